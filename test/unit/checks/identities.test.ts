import { checkIdBasic } from "../../../src/core/checks/idBasic";
import { checkIdGeneral } from "../../../src/core/checks/idGeneral";
import { checkIdPersonnel } from "../../../src/core/checks/idPersonnel";
import { checkIdThreePublic } from "../../../src/core/checks/idThreePublic";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildBook, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("ID-BASIC", () => {
  it("reports 基本支出 ≠ 人员经费 + 公用经费 at the 基本支出 cell, with the wording of docs/domain.md §4", () => {
    const book = seedBook({ basic: { current: 2757500 } });
    const findings = checkIdBasic(book, options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "ID-BASIC",
      severity: "error",
      ref: { sheet: "基础数据表", address: "E5" },
      expected: 275_760_000,
      actual: 275_750_000,
      difference: -10_000,
      lineKey: "basic",
    });
    expect(findings[0].message).toBe(
      "基本支出（E5，本年决算数）应等于人员经费+公用经费 2,757,600.00元，实为 2,757,500.00元，相差 -100.00元：请核对该单元格或各组成项的金额。"
    );
  });

  it("holds without the hierarchy too (a flat sheet by keys)", () => {
    const book = buildBook({
      rows: [
        { label: "人员经费", key: "personnel", prior: 2423400 },
        { label: "公用经费", key: "publicOperating", prior: 228732 },
        { label: "基本支出", key: "basic", prior: 2652000 },
      ],
    });
    expect(checkIdBasic(book, options)).toMatchObject([
      { ref: { address: "C6" }, expected: 265_213_200, actual: 265_200_000, difference: -13_200 },
    ]);
  });

  it("is silent on the clean seed and when a part is missing", () => {
    expect(checkIdBasic(seedBook(), options)).toEqual([]);
    const book = buildBook({
      rows: [
        { label: "基本支出", key: "basic", current: 5 },
        { label: "人员经费", key: "personnel", current: 1 },
      ],
    });
    expect(checkIdBasic(book, options)).toEqual([]);
  });
});

describe("ID-PERSONNEL", () => {
  it("reports 人员经费 ≠ 301 + 303 and 公用经费 ≠ 302 + 310", () => {
    const book = seedBook({ personnel: { prior: 2423000 }, publicOperating: { budget: 245000 } });
    const findings = checkIdPersonnel(book, options);
    expect(
      findings.map((f) => [f.lineKey, f.ref.address, f.expected, f.actual, f.difference])
    ).toEqual([
      ["personnel", "C6", 242_340_000, 242_300_000, -40_000],
      ["publicOperating", "D19", 24_551_200, 24_500_000, -51_200],
    ]);
    expect(findings[0].message).toContain("301 工资福利支出+303 对个人和家庭的补助");
  });

  it("counts an absent 303 row as 0 when 301 is there", () => {
    const book = buildBook({
      rows: [
        { label: "人员经费", key: "personnel", current: 120 },
        { label: "工资福利支出", code: "301", depth: 1, current: 100 },
      ],
    });
    expect(checkIdPersonnel(book, options)).toMatchObject([{ expected: 10_000, actual: 12_000 }]);
  });

  it("is silent on the clean seed and without economic codes", () => {
    expect(checkIdPersonnel(seedBook(), options)).toEqual([]);
    const book = buildBook({ rows: [{ label: "人员经费", key: "personnel", current: 120 }] });
    expect(checkIdPersonnel(book, options)).toEqual([]);
  });
});

describe("ID-GENERAL", () => {
  it("reports 一般公共预算支出 ≠ 基本支出 + 项目支出", () => {
    const book = seedBook({ generalBudget: { current: 2786000 } });
    expect(checkIdGeneral(book, options)).toMatchObject([
      {
        rule: "ID-GENERAL",
        severity: "error",
        ref: { address: "E4" },
        expected: 278_660_000,
        actual: 278_600_000,
        difference: -60_000,
      },
    ]);
  });

  it("is silent on the clean seed", () => {
    expect(checkIdGeneral(seedBook(), options)).toEqual([]);
  });
});

describe("ID-THREE-PUBLIC", () => {
  it("reports 三公 ≠ 出国 + 公务用车 + 接待 in the 预算数 column as well as 决算", () => {
    const book = seedBook({ threePublic: { budget: 40000, prior: 33700 } });
    const findings = checkIdThreePublic(book, options);
    expect(findings.map((f) => [f.ref.address, f.expected, f.actual])).toEqual([
      ["C33", 3_373_200, 3_370_000],
      ["D33", 3_551_200, 4_000_000],
    ]);
  });

  it("reports 公务用车 ≠ 购置 + 运行维护 (an identity, though the rows are 其中)", () => {
    const book = seedBook({ vehicleOperation: { current: 29000 } });
    expect(checkIdThreePublic(book, options)).toMatchObject([
      { lineKey: "vehicle", ref: { address: "E35" }, expected: 2_900_000, actual: 3_000_000 },
    ]);
  });

  it("is silent on the clean seed", () => {
    expect(checkIdThreePublic(seedBook(), options)).toEqual([]);
  });
});
