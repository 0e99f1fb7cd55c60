import { runChecks, RULES } from "../../../src/core/checks";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { refAt } from "../../../src/core/grid";
import { lineOf, seedBook } from "../../helpers/book";

describe("runChecks on the clean seed book", () => {
  it("finds nothing at all", () => {
    const book = seedBook();
    expect(runChecks(book, DEFAULT_OPTIONS)).toEqual([]);
  });

  it("lays the seed out as docs/domain.md §3.1: 基本支出 current in E5, prior in C5", () => {
    const basic = lineOf(seedBook(), "basic");
    expect(basic.current && refAt(basic.current).address).toBe("E5");
    expect(basic.prior && refAt(basic.prior).address).toBe("C5");
    expect(basic.current?.value).toBe(275_760_000);
  });

  it("has a rule for each id of issue 2", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "SUM-CHILDREN",
        "SUM-CODES",
        "SUM-TOTAL-ROW",
        "ID-BASIC",
        "ID-PERSONNEL",
        "ID-GENERAL",
        "ID-THREE-PUBLIC",
        "CELL-TEXT-NUMBER",
        "CELL-ERROR",
        "CELL-NEGATIVE",
        "CELL-UNIT",
        "CODE-NAME",
        "YOY-MISSING",
        "YOY-EXPLAIN",
        "EXEC-RATE",
        "TEXT-MISSING",
      ])
    );
  });
});
