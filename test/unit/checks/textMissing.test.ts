import { checkTextMissing, findPlaceholder } from "../../../src/core/checks/textMissing";
import { DEFAULT_OPTIONS, withDefaults } from "../../../src/core/options";
import { FILLED_TEXTS, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("TEXT-MISSING", () => {
  it("warns about an empty required text at its cell on the 基本情况 sheet", () => {
    const book = seedBook({}, { texts: { ...FILLED_TEXTS, organization: "  " } });
    const findings = checkTextMissing(book, options);
    expect(findings).toMatchObject([
      {
        rule: "TEXT-MISSING",
        severity: "warning",
        ref: { sheet: "基本情况", address: "B2" },
      },
    ]);
    expect(findings[0].message).toContain("“机构情况”没有填写");
    expect(findings[0].message).toContain("【待补充：机构情况】");
  });

  it("points at A1 of 基本情况, or the data sheet's title, when the text is absent", () => {
    const rest = { ...FILLED_TEXTS };
    delete rest.keyWork;
    expect(checkTextMissing(seedBook({}, { texts: rest }), options)).toMatchObject([
      { ref: { sheet: "基本情况", address: "A1" } },
    ]);
    const noSheet = seedBook({}, { texts: undefined });
    const findings = checkTextMissing(noSheet, options);
    expect(findings).toHaveLength(6);
    expect(findings[0].ref).toEqual({ sheet: "基础数据表", address: "A1" });
  });

  it("finds template placeholders", () => {
    expect(findPlaceholder("2023年本单位本级由组成。")).toBe("由组成");
    expect(findPlaceholder("内设XX个科室")).toBe("XX");
    expect(findPlaceholder("内设ＸＸ个科室")).toBe("XX");
    expect(findPlaceholder("负责××工作")).toBe("××");
    expect(findPlaceholder("某某同志")).toBe("某某");
    expect(findPlaceholder("主要包括……")).toBe("……");
    expect(findPlaceholder("【待补充：机构情况】")).toBe("【待补充");
    expect(findPlaceholder("内设办公室等3个科室。")).toBeUndefined();
    const book = seedBook({}, { texts: { ...FILLED_TEXTS, organization: "本单位由组成。" } });
    const findings = checkTextMissing(book, options);
    expect(findings).toMatchObject([{ ref: { address: "B2" }, severity: "warning" }]);
    expect(findings[0].message).toContain("“由组成”");
  });

  it("takes texts typed in the task pane over the sheet, and is silent when all are filled", () => {
    expect(checkTextMissing(seedBook(), options)).toEqual([]);
    const book = seedBook({}, { texts: { ...FILLED_TEXTS, problems: "" } });
    expect(
      checkTextMissing(book, withDefaults({ texts: { problems: "资金使用效率不高。" } }))
    ).toEqual([]);
  });

  it("checks the optional sections only when the options include them", () => {
    expect(checkTextMissing(seedBook(), withDefaults({ includeOtherMatters: false }))).toEqual([]);
    const findings = checkTextMissing(seedBook(), withDefaults({ includeOtherMatters: true }));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("“其他需要说明的情况”没有填写");
    expect(findings[0].ref).toEqual({ sheet: "基本情况", address: "A1" });
  });
});
