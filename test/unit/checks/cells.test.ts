import { checkCellError } from "../../../src/core/checks/cellError";
import { checkCellNegative } from "../../../src/core/checks/cellNegative";
import { checkCellTextNumber } from "../../../src/core/checks/cellTextNumber";
import { checkCellUnit } from "../../../src/core/checks/cellUnit";
import { checkSumChildren } from "../../../src/core/checks/sumChildren";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildBook, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("CELL-TEXT-NUMBER", () => {
  it("warns about numbers stored as text, and still uses the value", () => {
    const book = seedBook({
      "code:30101": { current: "700,000.00" },
      "code:30102": { prior: "５８００００" },
      "code:30103": { budget: "（100000）" },
    });
    const findings = checkCellTextNumber(book, options);
    expect(findings.map((f) => [f.ref.address, f.severity, f.actual])).toEqual([
      ["E8", "warning", 70_000_000],
      ["C9", "warning", 58_000_000],
      ["D10", "warning", -10_000_000],
    ]);
    expect(findings[0].message).toContain("“700,000.00”");
    expect(findings[0].message).toContain("已按 700,000.00元 读取");
    // The value read from the text takes part in the sums: 30101 as text keeps 301 balanced.
    expect(checkSumChildren(book, options).some((f) => f.ref.address === "E7")).toBe(false);
  });

  it("is silent on real numbers", () => {
    expect(checkCellTextNumber(seedBook(), options)).toEqual([]);
  });
});

describe("CELL-ERROR", () => {
  it("makes #REF!, #DIV/0! and formulas without a cached value errors at their cell", () => {
    const book = seedBook({
      "code:30101": { current: { value: { error: "#REF!" } } },
      "code:30102": { prior: "#DIV/0!" },
      "code:30103": { current: { value: null, formula: "=SUM(E5:E6)", formulaWithoutValue: true } },
    });
    const findings = checkCellError(book, options);
    expect(findings.map((f) => [f.ref.address, f.severity])).toEqual([
      ["E8", "error"],
      ["C9", "error"],
      ["E10", "error"],
    ]);
    expect(findings[0].message).toContain("#REF!");
    expect(findings[2].message).toContain("重新计算");
    // The sum over an unreadable cell is not claimed to be wrong.
    expect(checkSumChildren(book, options).filter((f) => f.lineKey === "code:301")).toEqual([]);
  });

  it("warns about words in a figure cell", () => {
    const book = seedBook({ "code:30101": { prior: "见附表" } });
    expect(checkCellError(book, options)).toMatchObject([
      { ref: { address: "C8" }, severity: "warning" },
    ]);
  });

  it("is silent on the clean seed (dashes are zero, not errors)", () => {
    expect(checkCellError(seedBook({ annuity: { current: "—", prior: "-" } }), options)).toEqual(
      []
    );
  });
});

describe("CELL-NEGATIVE", () => {
  it("warns about a negative expenditure", () => {
    const book = seedBook({ "code:30299": { current: -400 } });
    expect(checkCellNegative(book, options)).toMatchObject([
      {
        rule: "CELL-NEGATIVE",
        severity: "warning",
        ref: { address: "E26" },
        actual: -40_000,
        lineKey: "code:30299",
      },
    ]);
  });

  it("is silent on the clean seed", () => {
    expect(checkCellNegative(seedBook(), options)).toEqual([]);
  });
});

describe("CELL-UNIT", () => {
  it("warns at the title cell when no unit was found", () => {
    const findings = checkCellUnit(seedBook({}, { unitAssumed: true }), options);
    expect(findings).toMatchObject([
      { rule: "CELL-UNIT", severity: "warning", ref: { address: "A1" } },
    ]);
    expect(findings[0].message).toContain("单位：元");
  });

  it("flags a figure typed in 元 on a 万元 sheet: 10 000× its siblings", () => {
    const book = buildBook({
      unit: "万元",
      rows: [
        { label: "工资福利支出", code: "301", current: 170008 },
        { label: "基本工资", code: "30101", depth: 1, current: 70 },
        { label: "津贴补贴", code: "30102", depth: 1, current: 60 },
        { label: "奖金", code: "30103", depth: 1, current: 100000 },
        { label: "绩效工资", code: "30107", depth: 1, current: 40 },
      ],
    });
    const findings = checkCellUnit(book, options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ref: { address: "E7" },
      actual: 100_000_000_000,
      expected: 10_000_000,
      lineKey: "code:30103",
    });
    expect(findings[0].message).toContain("一万倍");
  });

  it("flags a year typed in 万元 on a 元 sheet: 10 000× smaller than the other year", () => {
    const book = seedBook({ publicOperating: { prior: 22.87 } });
    expect(checkCellUnit(book, options)).toMatchObject([
      { ref: { address: "C19" }, actual: 2_287, expected: 22_870_000 },
    ]);
  });

  it("is silent on the clean seed and on ordinary small items in 元", () => {
    expect(checkCellUnit(seedBook(), options)).toEqual([]);
    const book = buildBook({
      rows: [
        { label: "基本工资", current: 800000, prior: 780000 },
        { label: "手续费", current: 30, prior: 45 },
        { label: "邮电费", current: 50, prior: 60 },
      ],
    });
    expect(checkCellUnit(book, options)).toEqual([]);
  });
});
