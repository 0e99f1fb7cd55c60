import { checkSumChildren } from "../../../src/core/checks/sumChildren";
import { checkSumCodes } from "../../../src/core/checks/sumCodes";
import { checkSumTotalRow } from "../../../src/core/checks/sumTotalRow";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildBook, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("SUM-CHILDREN", () => {
  it("reports a parent that is not the sum of its children, at the parent's cell", () => {
    // 工资福利支出 (row 7) typed 100 元 short in 本年.
    const book = seedBook({ "code:301": { current: 2421100 } });
    const findings = checkSumChildren(book, options);
    const onRow7 = findings.filter((f) => f.lineKey === "code:301");
    expect(onRow7).toHaveLength(1);
    expect(onRow7[0]).toMatchObject({
      rule: "SUM-CHILDREN",
      severity: "error",
      ref: { sheet: "基础数据表", address: "E7" },
      expected: 242_120_000,
      actual: 242_110_000,
      difference: -10_000,
    });
    expect(onRow7[0].message).toContain("工资福利支出（E7，本年决算数）应等于下级各项之和");
    expect(onRow7[0].message).toContain("2,421,200.00元");
    expect(onRow7[0].message).toContain("-100.00元");
    // Its own parent 人员经费 (E6) now differs from 301 + 303 as well — the sum is checked at every level.
    expect(findings.find((f) => f.lineKey === "personnel")).toMatchObject({
      ref: { address: "E6" },
      expected: 251_198_800,
      actual: 251_208_800,
      difference: 10_000,
    });
  });

  it("checks the 上年 and 预算数 columns too", () => {
    const book = seedBook({ "code:302": { prior: 210000, budget: 225000 } });
    const findings = checkSumChildren(book, options).filter((f) => f.lineKey === "code:302");
    expect(findings.map((f) => [f.ref.address, f.expected, f.actual])).toEqual([
      ["C20", 21_073_200, 21_000_000],
      ["D20", 22_551_200, 22_500_000],
    ]);
  });

  it("requires only Σ ≤ parent for 其中 rows", () => {
    // 公务用车购置及运行维护费 30 000 with 其中 operation 30 000 is fine; 其中 operation 31 000 is not.
    const fine = seedBook({ vehiclePurchase: { current: null } });
    expect(checkSumChildren(fine, options)).toEqual([]);
    const book = seedBook({ vehicleOperation: { current: 31000 } });
    const findings = checkSumChildren(book, options).filter((f) => f.lineKey === "vehicle");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ref: { address: "E35" },
      expected: 3_100_000,
      actual: 3_000_000,
      difference: -100_000,
    });
    expect(findings[0].message).toContain("“其中”各项合计");
  });

  it("says so when hidden rows take part", () => {
    const book = seedBook({ "code:30101": { hidden: true }, "code:301": { current: 2421100 } });
    const finding = checkSumChildren(book, options).find((f) => f.lineKey === "code:301");
    expect(finding?.message).toContain("含隐藏行");
  });

  it("reports a blank parent whose children are not blank", () => {
    const book = seedBook({ "code:303": { current: null } });
    const finding = checkSumChildren(book, options).find((f) => f.lineKey === "code:303");
    expect(finding).toMatchObject({ ref: { address: "E17" }, expected: 9_088_800, actual: 0 });
    expect(finding?.message).toContain("为空");
  });

  it("leaves a heading row (blank in every column) and unreadable children alone", () => {
    const rows = [
      { label: "人员经费", depth: 0 },
      { label: "a", depth: 1, current: 1 },
      { label: "b", depth: 1, current: 2 },
      { label: "公用经费", depth: 0, current: 10 },
      { label: "c", depth: 1, current: { value: { error: "#REF!" } } },
      { label: "d", depth: 1, current: 2 },
    ];
    expect(checkSumChildren(buildBook({ rows }), options)).toEqual([]);
  });

  it("is silent on the clean seed", () => {
    expect(checkSumChildren(seedBook(), options)).toEqual([]);
  });
});

describe("SUM-CODES", () => {
  const flat = (current301: number) =>
    buildBook({
      rows: [
        { label: "工资福利支出", code: "301", current: current301 },
        { label: "基本工资", code: "30101", current: 100 },
        { label: "津贴补贴", code: "30102", current: 50 },
        { label: "一般公共服务支出", code: "201", current: 150 },
        { label: "群众团体事务", code: "20129", current: 150 },
        { label: "行政运行", code: "2012901", current: 100 },
        { label: "工会事务", code: "2012906", current: 40 },
      ],
    });

  it("checks 301 = Σ 301xx and 款 = Σ 项 on a flat list by code prefix", () => {
    const findings = checkSumCodes(flat(160), options);
    expect(
      findings.map((f) => [f.lineKey, f.ref.address, f.expected, f.actual, f.difference])
    ).toEqual([
      ["code:301", "E4", 15_000, 16_000, 1_000],
      ["code:20129", "E8", 14_000, 15_000, 1_000],
    ]);
    expect(findings[0].message).toContain("301下各明细科目之和（30101 基本工资、30102 津贴补贴）");
  });

  it("is silent when the codes add up", () => {
    const book = buildBook({
      rows: [
        { label: "工资福利支出", code: "301", current: 150 },
        { label: "基本工资", code: "30101", current: 100 },
        { label: "津贴补贴", code: "30102", current: 50 },
      ],
    });
    expect(checkSumCodes(book, options)).toEqual([]);
    expect(checkSumCodes(seedBook(), options)).toEqual([]);
  });

  it("does not repeat a cell SUM-CHILDREN already reports", () => {
    const book = seedBook({ "code:301": { current: 2421100 } });
    expect(checkSumChildren(book, options).some((f) => f.ref.address === "E7")).toBe(true);
    expect(checkSumCodes(book, options)).toEqual([]);
  });
});

describe("SUM-TOTAL-ROW", () => {
  it("checks a 合计 row against the rows above it in its block", () => {
    const book = buildBook({
      rows: [
        { label: "行政运行", current: 100, prior: 90 },
        { label: "工会事务", current: 40, prior: 30 },
        { label: "合计", total: "total", current: 150, prior: 120 },
      ],
    });
    const findings = checkSumTotalRow(book, options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "SUM-TOTAL-ROW",
      severity: "error",
      ref: { address: "E6" },
      expected: 14_000,
      actual: 15_000,
      difference: 1_000,
      lineKey: "row:合计",
    });
    expect(findings[0].message).toContain("所合计各行之和（行政运行、工会事务）");
  });

  it("checks a 合计 at the top against the rows below it, skipping 小计 rows and memo rows", () => {
    const book = buildBook({
      rows: [
        { label: "合计", total: "total", current: 140 },
        { label: "一般公共预算支出", current: 100 },
        { label: "政府性基金预算支出", current: 30 },
        { label: '"三公"经费', key: "threePublic", current: 20 },
        { label: "小计", total: "subtotal", current: 130 },
      ],
    });
    const findings = checkSumTotalRow(book, options);
    expect(findings.map((f) => [f.ref.address, f.expected, f.actual])).toEqual([
      ["E4", 13_000, 14_000],
    ]);
  });

  it("checks a total row with children against its children", () => {
    const book = buildBook({
      rows: [
        { label: "支出合计", total: "total", current: 100 },
        { label: "基本支出", depth: 1, current: 70 },
        { label: "项目支出", depth: 1, current: 20 },
      ],
    });
    expect(checkSumTotalRow(book, options)).toMatchObject([
      { ref: { address: "E4" }, expected: 9_000, actual: 10_000 },
    ]);
  });

  it("is silent when the totals hold", () => {
    const book = buildBook({
      rows: [
        { label: "行政运行", current: 100 },
        { label: "工会事务", current: 40 },
        { label: "小计", total: "subtotal", current: 140 },
        { label: "其他", current: 10 },
        { label: "合计", total: "total", current: 150 },
      ],
    });
    expect(checkSumTotalRow(book, options)).toEqual([]);
  });
});
