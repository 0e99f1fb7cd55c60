import { checkCodeName, labelMatchesName } from "../../../src/core/checks/codeName";
import {
  classificationName,
  ECONOMIC_CODES,
  FUNCTIONAL_CODES,
} from "../../../src/core/classification";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildBook, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("classification tables", () => {
  it("name the codes docs/domain.md §3.3 lists", () => {
    expect(classificationName("2012901")).toBe("行政运行");
    expect(classificationName("2012906")).toBe("工会事务");
    expect(classificationName("2080505")).toBe("机关事业单位基本养老保险缴费支出");
    expect(classificationName("2210201")).toBe("住房公积金");
    expect(classificationName("30108")).toBe("机关事业单位基本养老保险缴费");
    expect(classificationName("30231")).toBe("公务用车运行维护费");
    expect(classificationName("31013")).toBe("公务用车购置");
    expect(classificationName("310")).toBe("资本性支出");
    expect(classificationName("99999")).toBeUndefined();
    for (const code of ["301", "302", "303", "310"]) expect(ECONOMIC_CODES[code]).toBeDefined();
    for (const code of ["201", "20129", "208", "20805", "210", "21011", "221", "22102"]) {
      expect(FUNCTIONAL_CODES[code]).toBeDefined();
    }
  });
});

describe("CODE-NAME", () => {
  it("warns when a code's label is another item, at the label cell", () => {
    const book = buildBook({
      rows: [
        { label: "办公费", code: "2012901", current: 1 },
        { label: "基本工资", code: "30107", current: 1 },
      ],
    });
    const findings = checkCodeName(book, options);
    expect(findings.map((f) => [f.ref.address, f.severity, f.lineKey])).toEqual([
      ["A4", "warning", "code:2012901"],
      ["A5", "warning", "code:30107"],
    ]);
    expect(findings[0].message).toBe(
      "科目编码 2012901 的名称应为“行政运行”，表中为“办公费”（A4）：请核对编码或名称。"
    );
  });

  it("tolerates the common short forms", () => {
    expect(labelMatchesName("职业年金", "职业年金缴费")).toBe(true);
    expect(labelMatchesName("基本养老保险缴费", "机关事业单位基本养老保险缴费")).toBe(true);
    expect(labelMatchesName("公务用车运行维护费", "公务用车运行维护费")).toBe(true);
    expect(labelMatchesName("对个人和家庭补助", "对个人和家庭的补助")).toBe(true);
    expect(labelMatchesName("商品服务支出", "商品和服务支出")).toBe(true);
    expect(labelMatchesName("  1.行政运行", "行政运行")).toBe(true);
    expect(labelMatchesName("因公出国(境)费", "因公出国（境）费用")).toBe(true);
    expect(labelMatchesName("绩效工资", "基本工资")).toBe(false);
    expect(labelMatchesName("职工基本医疗保险缴费", "机关事业单位基本养老保险缴费")).toBe(false);
  });

  it("is silent on the clean seed and on unknown codes", () => {
    expect(checkCodeName(seedBook(), options)).toEqual([]);
    const book = buildBook({ rows: [{ label: "某专项", code: "30999", current: 1 }] });
    expect(checkCodeName(book, options)).toEqual([]);
  });
});
