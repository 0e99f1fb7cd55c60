/**
 * The ways real files come that issue 11 lists, one by one: each was misread and then reported with
 * confidence. Each test states what an accountant expects from such a file.
 */
import { lineByKey } from "../../../src/core/book";
import type { CellValue, Grid } from "../../../src/core/grid";
import { gridFromValues } from "../../../src/core/grid";
import { analyze, type Analysis } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report";
import { renderText } from "../../../src/render/markdown";
import type { SheetFixture } from "../../fixtures/workbook";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { gridsOf } from "../standard/helpers";
import { exportSheets } from "./workbooks";

const current = (a: Analysis, key: string) => lineByKey(a.book, key)?.current?.value;
const prior = (a: Analysis, key: string) => lineByKey(a.book, key)?.prior?.value;
const errors = (a: Analysis) =>
  a.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.ref.address}`);
const reportText = (a: Analysis) => renderText(composeReport(a).report);

describe("the Hunan 部门整体支出绩效评价基础数据表, newer edition (blocks, 万元, staff across)", () => {
  // The edition issue 11 describes: 财政供养人员情况 across the top, 经费支出 with 支出总额 / 基本支出 / 其中：
  // 公用经费 (with its own 其中) / 人员经费 / 项目支出 and named projects / 运行维护经费, the "三公" block in the
  // form's own words, then 政府采购金额, 部门整体支出预算调整, 楼堂馆所 and 厉行节约 — amounts in 万元.
  const rows: CellValue[][] = [
    ["部门整体支出绩效评价基础数据表"],
    ["填报单位：衡山县某某局", null, null, "单位：万元"],
    ["财政供养人员情况", "编制数", "2023年实际在职人数", "控制率"],
    [null, 30, 28, "93.33%"],
    ["经费控制情况", "2022年决算数", "2023年预算数", "2023年决算数"],
    ["一、支出总额", 980.5, 1000, 1019.99],
    ["1、基本支出", 700.5, 710, 719.99],
    ["其中：公用经费", 80.5, 85, 82.3],
    ["      其中：办公经费", 20, 22, 21.5],
    ["            水费、电费、差旅费", 15, 16, 15.2],
    ["            会议费、培训费", 5, 6, 4.1],
    ["      人员经费", 620, 625, 637.69],
    ["2、项目支出", 280, 290, 300],
    ["其中：业务工作专项", 200, 210, 220],
    ["      运行维护经费", 80, 80, 80],
    ["二、“三公”经费", 12.5, 15, 11.2],
    ["1、公务用车购置和维护经费", 8, 10, 7.5],
    ["其中：公车购置", 0, 0, 0],
    ["      公车运行维护", 8, 10, 7.5],
    ["2、出国经费", 0, 0, 0],
    ["3、公务接待", 4.5, 5, 3.7],
    ["三、政府采购金额", 60, 70, 65.4],
    ["四、部门整体支出预算调整", null, 1000, 1019.99],
    ["五、楼堂馆所控制情况（2023年完工项目）", null, null, null],
    ["六、厉行节约保障措施", "严格执行", null, null],
  ];
  let analysis: Analysis;
  beforeAll(() => {
    analysis = analyze([gridFromValues("基础数据表", rows)]);
  });

  it("is classified as the Hunan form and read in 万元", () => {
    expect(analysis.book.source.sheets[0]).toMatchObject({ kind: "hunan-basic-data-form" });
    expect(analysis.book.currencyUnit).toBe("万元");
    expect(current(analysis, "basic")).toBe(719_990_000);
    expect(analysis.book.year).toBe(2023);
  });

  it("reads the staff counts across the top, the 三公 parts in its own words and the projects", () => {
    expect(current(analysis, "staffAuthorized")).toBe(30);
    expect(current(analysis, "staffActual")).toBe(28);
    expect(current(analysis, "threePublic")).toBe(11_200_000);
    expect(current(analysis, "vehicle")).toBe(7_500_000);
    expect(current(analysis, "vehicleOperation")).toBe(7_500_000);
    expect(current(analysis, "abroad")).toBe(0);
    expect(current(analysis, "reception")).toBe(3_700_000);
    expect(prior(analysis, "reception")).toBe(4_500_000);
    expect(current(analysis, "personnel")).toBe(637_690_000);
    expect(current(analysis, "publicOperating")).toBe(82_300_000);
    expect(current(analysis, "project")).toBe(300_000_000);
  });

  it("raises no 错误: its block headings and stand-alone rows are parts of nothing", () => {
    expect(errors(analysis)).toEqual([]);
    const purchase = lineByKey(analysis.book, "row:政府采购金额");
    expect(purchase?.parent).toBeUndefined();
  });

  it("writes the report from the 万元 figures", () => {
    const text = reportText(analysis);
    expect(text).toContain(
      "单位一般公共预算基本支出完成719.99万元，比上年增加19.49万元，增长2.78%"
    );
    expect(text).toContain("编制数30人，年末实有人数28人");
  });
});

describe("this year and last year on separate sheets (2022年 / 2023年)", () => {
  const yearSheet = (year: number, basic: number, personnel: number, project: number): Grid =>
    gridFromValues(`${year}年`, [
      [`${year}年度部门支出决算情况表`],
      ["单位名称：某某局", null, "单位：元"],
      ["项目", "预算数", "决算数"],
      ["一、一般公共预算支出", basic + project, basic + project],
      ["（一）基本支出", basic, basic],
      ["1.人员经费", personnel, personnel],
      ["2.公用经费", basic - personnel, basic - personnel],
      ["（二）项目支出", project, project],
    ]);
  it.each([
    ["last year first", [yearSheet(2022, 1000, 800, 100), yearSheet(2023, 1100, 850, 50)]],
    ["this year first", [yearSheet(2023, 1100, 850, 50), yearSheet(2022, 1000, 800, 100)]],
  ])("pairs into one book of two years (%s)", (_order, grids) => {
    const analysis = analyze(grids);
    expect(analysis.book.year).toBe(2023);
    expect(analysis.book.source.sheet).toBe("2023年");
    expect(analysis.book.priorSource).toMatchObject({ sheet: "2022年", sameWorkbook: true });
    const basic = analysis.changes.find((c) => c.key === "basic");
    expect(basic).toMatchObject({
      current: 110_000,
      prior: 100_000,
      direction: "increase",
      percent: 1000,
    });
    expect(analysis.changes.find((c) => c.key === "project")).toMatchObject({
      direction: "decrease",
    });
    expect(analysis.book.source.sheets.find((s) => s.sheet === "2022年")).toMatchObject({
      role: "source",
      reason: "prior-year-sheet",
    });
    expect(reportText(analysis)).toContain(
      "2023年度，单位一般公共预算基本支出完成0.11万元，比上年增加0.01万元，增长10.00%"
    );
  });
});

describe("年初预算数 beside 调整预算数 / 全年预算数", () => {
  it.each(["调整预算数", "全年预算数"])(
    "the execution rate is measured against the %s, and the report says so",
    (adjusted) => {
      const analysis = analyze([
        gridFromValues("基础数据表", [
          ["2023年度部门整体支出绩效评价基础数据表"],
          ["单位：元"],
          ["项目", "上年决算数", "年初预算数", adjusted, "本年决算数"],
          ["一、一般公共预算支出", 100_000, 100_000, 180_000, 178_000],
          ["（一）基本支出", 80_000, 80_000, 160_000, 158_000],
          ["（二）项目支出", 20_000, 20_000, 20_000, 20_000],
        ]),
      ]);
      expect(analysis.book.source.columnHeaders.budget).toBe(adjusted);
      expect(analysis.findings.filter((f) => f.rule === "EXEC-RATE")).toEqual([]);
      const text = reportText(analysis);
      expect(text).toContain(
        `一般公共预算支出${adjusted}18.00万元，决算数17.80万元，预算执行率98.89%`
      );
      expect(text).not.toContain("178.00%");
    }
  );

  it("years over the columns: this year's budget, not last year's", async () => {
    const sheet: SheetFixture = {
      name: "支出情况",
      rows: [
        ["2023年度部门支出情况表"],
        ["单位：元"],
        ["项目", "2022年", null, "2023年", null],
        [null, "预算数", "决算数", "预算数", "决算数"],
        ["一、一般公共预算支出", 90_000, 100_000, 180_000, 178_000],
        ["（一）基本支出", 70_000, 80_000, 160_000, 158_000],
        ["（二）项目支出", 20_000, 20_000, 20_000, 20_000],
      ],
      merges: ["A3:A4", "B3:C3", "D3:E3"],
    };
    const analysis = analyze(await gridsOf([sheet]));
    const general = lineByKey(analysis.book, "generalBudget");
    expect(general?.budget?.value).toBe(18_000_000);
    expect(general?.prior?.value).toBe(10_000_000);
    expect(reportText(analysis)).toContain("预算执行率98.89%");
  });
});

describe("totals that are formulas with no cached value", () => {
  const sheet = (basicFormula: string): SheetFixture => ({
    name: "基础数据表",
    rows: [
      ["2023年度部门整体支出绩效评价基础数据表"],
      ["单位名称：某某局", null, null, "单位：元"],
      ["项目", "上年决算数", "预算数", "本年决算数"],
      ["一、一般公共预算支出", 100_000, 100_000, { formula: "D5+D8" }],
      ["（一）基本支出", 80_000, 80_000, { formula: basicFormula }],
      ["1.人员经费", 50_000, 50_000, 60_000],
      ["2.公用经费", 30_000, 30_000, 20_500.55],
      ["（二）项目支出", 20_000, 20_000, 20_000],
    ],
  });

  it("are computed from the cells they read, and the report states the computed figures", async () => {
    const analysis = analyze(await gridsOf([sheet("SUM(D6:D7)")]));
    expect(current(analysis, "basic")).toBe(8_050_055);
    expect(current(analysis, "generalBudget")).toBe(10_050_055);
    expect(lineByKey(analysis.book, "basic")?.current?.origin).toBe("computed");
    expect(errors(analysis)).toEqual([]);
    expect(analysis.findings.some((f) => f.rule === "CELL-ERROR" && f.severity === "info")).toBe(
      true
    );
    expect(reportText(analysis)).toContain("基本支出完成8.05万元");
  });

  it("a figure that cannot be computed is unknown: a placeholder and a finding, never 无…支出", async () => {
    const analysis = analyze(await gridsOf([sheet("VLOOKUP(A5,数据!A:B,2,FALSE)")]));
    expect(lineByKey(analysis.book, "basic")?.current?.origin).toBe("formula-no-value");
    expect(analysis.changes.find((c) => c.key === "basic")?.direction).toBe("unknown");
    expect(errors(analysis)).toContain("CELL-ERROR E5".replace("E5", "D5"));
    const text = reportText(analysis);
    expect(text).not.toMatch(/无一般公共预算基本支出/);
    expect(text).toContain("【待补充：单位一般公共预算基本支出（基础数据表!D5未能读取）】");
    // The total that reads the unknown figure is unknown too.
    expect(current(analysis, "generalBudget")).toBeUndefined();
  });
});

describe("amounts typed as text with a unit", () => {
  it("388.18万元 in a 万元 sheet reads as 388.18万元, and 24人 as 24", () => {
    const analysis = analyze([
      gridFromValues("基础数据表", [
        ["2023年度部门整体支出绩效评价基础数据表"],
        ["单位名称：某某局", null, null, "单位：万元"],
        ["项目", "上年决算数", "预算数", "本年决算数"],
        ["一、一般公共预算支出", "400.00万元", "420.00万元", "410.00万元"],
        ["（一）基本支出", "388.18万元", "400.00万元", "390.00万元"],
        ["1.人员经费", "300.00万元", "310万元", "305.00万元"],
        ["2.公用经费", "88.18万元", "90万元", "85.00万元"],
        ["（二）项目支出", "11.82万元", "20万元", "20.00万元"],
        ["二、人员情况", null, null, null],
        ["编制数", "30人", null, "30人"],
        ["年末实有人数", "28人", null, "27人"],
      ]),
    ]);
    expect(current(analysis, "basic")).toBe(390_000_000);
    expect(prior(analysis, "basic")).toBe(388_180_000);
    expect(current(analysis, "staffAuthorized")).toBe(30);
    expect(current(analysis, "staffActual")).toBe(27);
    expect(prior(analysis, "staffActual")).toBe(28);
    expect(errors(analysis)).toEqual([]);
    expect(reportText(analysis)).toContain("年末实有人数27人，比上年减少1人");
  });
});

describe("two units' tables on one sheet", () => {
  const unitTable = (name: string, basic: number): CellValue[][] => [
    ["2023年度部门整体支出绩效评价基础数据表"],
    [`单位名称：${name}`, null, null, "单位：元"],
    ["项目", "上年决算数", "预算数", "本年决算数"],
    ["一、一般公共预算支出", basic + 100, basic + 100, basic + 100],
    ["（一）基本支出", basic, basic, basic],
    ["1.人员经费", basic - 50, basic - 50, basic - 50],
    ["2.公用经费", 50, 50, 50],
    ["（二）项目支出", 100, 100, 100],
  ];
  it("are found and said, the first one read, with no cascade of 错误", () => {
    const analysis = analyze([
      gridFromValues("基础数据表", [
        ...unitTable("甲单位", 1000),
        [],
        ...unitTable("乙单位", 5000),
      ]),
    ]);
    expect(errors(analysis)).toEqual([]);
    expect(current(analysis, "basic")).toBe(100_000);
    expect(analysis.book.unit).toBe("甲单位");
    const warning = analysis.findings.find((f) => f.rule === "UNITS-ON-SHEET");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("乙单位");
    expect(warning?.ref.address).toBe("A10");
    expect(analysis.book.source.repeatedTables).toEqual([
      { sheet: "基础数据表", units: ["甲单位", "乙单位"], rows: [2, 9] },
    ]);
  });
});

describe("a workbook holding only the 收入支出决算总表", () => {
  it("reads what it holds instead of refusing, and the report asks for what it lacks", async () => {
    const summaryOnly = exportSheets(2023).filter((s) => s.name.startsWith("Z01"));
    const analysis = analyze(await gridsOf(summaryOnly));
    expect(analysis.book.source.kind).toBe("standard-tables");
    expect(current(analysis, "row:本年支出合计")).toBe(278_660_000);
    const text = reportText(analysis);
    expect(text).toContain("【待补充：一般公共预算基本支出（工作簿中没有此项）】");
    expect(text).not.toMatch(/本单位2023年度无一般公共预算基本支出/);
  });
});

describe("last year in another layout than this year", () => {
  it("a Hunan-worded 基础数据表 last year and the export this year keep the 三公 items", async () => {
    const priorSheet = gridFromValues("基础数据表", [
      ["2022年度部门整体支出绩效评价基础数据表"],
      ["单位名称：常宁市总工会", null, null, "单位：元"],
      ["项目", "2021年决算数", "2022年预算数", "2022年决算数"],
      ["一、一般公共预算支出", 2_687_132, 2_700_000, 2_687_132],
      ["（一）基本支出", 2_652_132, 2_660_000, 2_652_132],
      ["1.人员经费", 2_423_400, 2_430_000, 2_423_400],
      ["2.公用经费", 228_732, 230_000, 228_732],
      ["（二）项目支出", 35_000, 40_000, 35_000],
      ["二、“三公”经费", 33_220, 34_000, 33_220],
      ["1、公务用车购置和维护经费", 27_900, 28_000, 27_900],
      ["其中：公车购置", 0, 0, 0],
      ["      公车运行维护", 27_900, 28_000, 27_900],
      ["2、出国经费", 0, 0, 0],
      ["3、公务接待", 5_320, 6_000, 5_320],
    ]);
    const analysis = analyze(await gridsOf(exportSheets(2023)), {}, [priorSheet]);
    const change = (key: string) => analysis.changes.find((c) => c.key === key);
    expect(change("threePublic")).toMatchObject({ current: 3_140_000, prior: 3_322_000 });
    expect(change("vehicle")).toMatchObject({ current: 2_654_000, prior: 2_790_000 });
    expect(change("vehicleOperation")).toMatchObject({ prior: 2_790_000 });
    expect(change("reception")).toMatchObject({ current: 486_000, prior: 532_000 });
    expect(change("basic")).toMatchObject({ percent: 398 });
  });
});

describe("the hierarchy given by columns", () => {
  it("一级 labels in A, 二级 in B, items in C under 项目 merged over A:C", async () => {
    const sheet: SheetFixture = {
      name: "基础数据表",
      rows: [
        ["2023年度部门整体支出绩效评价基础数据表"],
        ["单位名称：某某局", null, null, null, null, "单位：元"],
        ["项目", null, null, "上年决算数", "预算数", "本年决算数"],
        ["一般公共预算支出", null, null, 100_000, 110_000, 108_000],
        [null, "基本支出", null, 80_000, 85_000, 88_000],
        [null, null, "人员经费", 60_000, 64_000, 66_000],
        [null, null, "公用经费", 20_000, 21_000, 22_000],
        [null, "项目支出", null, 20_000, 25_000, 20_000],
        [null, null, "工会日常工作经费", 12_000, 15_000, 12_000],
        [null, null, "职工服务经费", 8_000, 10_000, 8_000],
        ["“三公”经费", null, null, 3_000, 3_000, 2_500],
        [null, "公务接待费", null, 3_000, 3_000, 2_500],
      ],
      merges: ["A3:C3"],
    };
    const analysis = analyze(await gridsOf([sheet]));
    expect(errors(analysis)).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === "SUM-CHILDREN")).toEqual([]);
    expect(current(analysis, "basic")).toBe(8_800_000);
    const basic = lineByKey(analysis.book, "basic");
    const children = basic?.children.map((i) => analysis.book.lines[i].key);
    expect(children).toEqual(["personnel", "publicOperating"]);
    expect(
      lineByKey(analysis.book, "project")?.children.map((i) => analysis.book.lines[i].label)
    ).toEqual(["工会日常工作经费", "职工服务经费"]);
  });
});

describe("the sample as the finance software exports it, as a pair of files", () => {
  it("reads the same 基本支出 as the sample workbook", async () => {
    const sample = analyze(await gridsOf(changningWorkbook()));
    const exported = analyze(
      await gridsOf(exportSheets(2023)),
      {},
      await gridsOf(exportSheets(2022))
    );
    expect(current(exported, "basic")).toBe(current(sample, "basic"));
  });
});

describe("the 基本支出明细表 with three blocks across (the 2024 national template)", () => {
  it("reads 人员经费合计 and 公用经费合计 (merged over two blocks) and the codes of all three", async () => {
    const sheet: SheetFixture = {
      name: "一般公共预算财政拨款基本支出决算表",
      rows: [
        ["一般公共预算财政拨款基本支出决算明细表", null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, "公开06表"],
        ["编制单位：某某局", null, null, null, null, null, null, null, "单位：元"],
        ["人员经费", null, null, "公用经费", null, null, null, null, null],
        [
          "科目编码",
          "科目名称",
          "决算数",
          "科目编码",
          "科目名称",
          "决算数",
          "科目编码",
          "科目名称",
          "决算数",
        ],
        [
          "301",
          "工资福利支出",
          900_000,
          "302",
          "商品和服务支出",
          120_000,
          "310",
          "资本性支出",
          30_000,
        ],
        ["30101", "基本工资", 500_000, "30201", "办公费", 70_000, "31002", "办公设备购置", 30_000],
        [
          "30108",
          "机关事业单位基本养老保险缴费",
          300_000,
          "30211",
          "差旅费",
          50_000,
          null,
          null,
          null,
        ],
        ["30110", "职工基本医疗保险缴费", 100_000, null, null, null, null, null, null],
        ["303", "对个人和家庭的补助", 20_000, null, null, null, null, null, null],
        ["30305", "生活补助", 20_000, null, null, null, null, null, null],
        ["人员经费合计", null, 920_000, "公用经费合计", null, null, null, null, 150_000],
      ],
      merges: ["A1:I1", "A4:C4", "D4:I4", "A12:B12", "D12:H12"],
    };
    const analysis = analyze(await gridsOf([sheet]));
    expect(current(analysis, "personnel")).toBe(92_000_000);
    expect(current(analysis, "publicOperating")).toBe(15_000_000);
    expect(current(analysis, "basic")).toBe(107_000_000);
    expect(current(analysis, "pension")).toBe(30_000_000);
    expect(current(analysis, "code:310")).toBe(3_000_000);
    expect(errors(analysis)).toEqual([]);
  });
});

describe("上年 and 本年 sheets without years", () => {
  it("pair by their names", () => {
    const sheet = (name: string, basic: number): Grid =>
      gridFromValues(name, [
        ["部门支出决算情况表"],
        ["单位：元"],
        ["项目", "决算数"],
        ["一、一般公共预算支出", basic],
        ["（一）基本支出", basic],
      ]);
    const analysis = analyze([sheet("本年", 1200), sheet("上年", 1000)]);
    expect(analysis.book.source.sheet).toBe("本年");
    expect(analysis.changes.find((c) => c.key === "basic")).toMatchObject({
      current: 120_000,
      prior: 100_000,
      percent: 2000,
    });
  });
});

describe("the export's 一般公共预算财政拨款收入支出决算表 (Z07) as the general-budget table", () => {
  it("reads 本年支出 (小计 | 基本支出 | 项目支出), not 本年收入, as the year's spending", async () => {
    const sheet: SheetFixture = {
      name: "Z07 一般公共预算财政拨款收入支出决算表(财决07表)",
      rows: [
        ["2023年度一般公共预算财政拨款收入支出决算表", null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, "财决07表"],
        ["编制单位：某某局", null, null, null, null, null, null, "金额单位：元"],
        [
          "科目编码",
          "科目名称",
          "年初结转和结余",
          "本年收入",
          "本年支出",
          null,
          null,
          "年末结转和结余",
        ],
        [null, null, null, null, "小计", "基本支出", "项目支出", null],
        [null, "栏次", 1, 2, 3, 4, 5, 6],
        [null, "合计", 0, 1000, 900, 700, 200, 100],
        ["201", "一般公共服务支出", 0, 1000, 900, 700, 200, 100],
        ["2012901", "行政运行", 0, 700, 700, 700, 0, 0],
        ["2012906", "工会事务", 0, 300, 200, 0, 200, 100],
      ],
      merges: ["A1:H1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5"],
    };
    const analysis = analyze(await gridsOf([sheet]));
    expect(analysis.book.source.sheets[0]).toMatchObject({ kind: "generalBudget", role: "source" });
    expect(current(analysis, "generalBudget")).toBe(90_000);
    expect(current(analysis, "basic")).toBe(70_000);
    expect(current(analysis, "project")).toBe(20_000);
    expect(errors(analysis)).toEqual([]);
  });
});

describe("a Hunan form edition with its staff counts down the sheet", () => {
  it("reads them as head counts standing alone, not as projects", () => {
    const analysis = analyze([
      gridFromValues("基础数据表", [
        ["部门整体支出绩效评价基础数据表"],
        ["填报单位：某某中心", null, null, "单位：万元"],
        ["项目", "2022年决算数", "2023年预算数", "2023年决算数"],
        ["一、三公经费", 3, 4, 2.5],
        ["1、公务用车购置和维护经费", 2, 3, 2],
        ["2、出国经费", 0, 0, 0],
        ["3、公务接待", 1, 1, 0.5],
        ["二、项目支出", 100, 120, 110],
        ["1、业务工作专项", 100, 120, 110],
        ["三、财政供养人员情况", null, null, null],
        ["编制数", 12, 12, 12],
        ["实际在职人数", 11, null, 10],
        ["在职人员控制率", "91.67%", null, "83.33%"],
        ["四、政府采购金额", 5, 6, 5.5],
      ]),
    ]);
    expect(analysis.book.source.sheets[0].kind).toBe("hunan-basic-data-form");
    expect(current(analysis, "staffActual")).toBe(10);
    expect(prior(analysis, "staffActual")).toBe(11);
    const project = lineByKey(analysis.book, "project");
    expect(project?.children.map((i) => analysis.book.lines[i].label)).toEqual(["业务工作专项"]);
    expect(errors(analysis)).toEqual([]);
  });
});
