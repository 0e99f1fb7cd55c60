/**
 * Recognising the standard 部门决算 tables (docs/domain.md §3.2) by their titles and headers — public template
 * (公开0X表, split 类|款|项, 元 or 万元) and the finance software's export (Z04 … 财决04表 sheet names,
 * 7-digit codes, 行次, 栏次 row, four header rows) — and the Book they give.
 */
import { lineByKey } from "../../../src/core/book";
import { analyze } from "../../../src/core/pipeline";
import { gridFromValues, refAt } from "../../../src/core/grid";
import {
  kindFromText,
  readStandardTable,
  recognizeStandardTables,
} from "../../../src/core/recognize/standardTables";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";
import { at, gridsOf } from "./helpers";

describe("table kinds from titles and sheet names", () => {
  it.each([
    ["2023年度收入支出决算总表", "summary"],
    ["财政拨款收入支出决算总表", "fiscalSummary"],
    ["Z04 支出决算表(财决04表)", "expenditure"],
    ["Z03 收入决算表(财决03表)", "income"],
    ["一般公共预算财政拨款支出决算表", "generalBudget"],
    ["Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-1表)", "basicDetail"],
    ["一般公共预算财政拨款基本支出决算表", "basicDetail"],
    ["财政拨款“三公”经费支出决算表", "threePublic"],
    ['财政拨款"三公"经费支出决算表', "threePublic"],
    ["政府性基金预算财政拨款收入支出决算表", "govFund"],
    ["国有资本经营预算财政拨款支出决算表", "stateCapital"],
  ])("%s → %s", (text, kind) => {
    expect(kindFromText(text)).toBe(kind);
  });

  it("leaves the other finance-software sheets and the 基础数据表 alone", () => {
    expect(kindFromText("F03 机构运行信息表(财决附03表)")).toBeUndefined();
    expect(kindFromText("2023年度部门整体支出绩效评价基础数据表")).toBeUndefined();
    expect(kindFromText("基本情况")).toBeUndefined();
  });

  it("finds the table by its sheet name when the sheet has no title row", () => {
    const grid = gridFromValues("Z05 一般公共预算财政拨款支出决算表(财决05表)", [
      ["金额单位：元"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 300, 200, 100],
      ["2012901", "行政运行", 300, 200, 100],
    ]);
    const table = readStandardTable(grid);
    expect(table).toMatchObject({ kind: "generalBudget", unit: "元", unitAssumed: false });
    expect(table?.rows.map((r) => [r.code, r.label, r.figures.total?.value])).toEqual([
      [undefined, "合计", 30000],
      ["2012901", "行政运行", 30000],
    ]);
  });
});

describe.each([
  ["public", "元"],
  ["public", "万元"],
  ["software", "元"],
  ["software", "万元"],
] as const)("the sample unit's 2023 tables, %s layout in %s", (layout, unit) => {
  let grids: Awaited<ReturnType<typeof gridsOf>>;
  beforeAll(async () => {
    grids = await gridsOf(changningStandardSheets({ year: 2023, layout, unit }));
  });

  it("recognises all nine tables, each in its unit", () => {
    const tables = recognizeStandardTables(grids);
    expect(tables.map((t) => t.kind).sort()).toEqual(
      [
        "summary",
        "income",
        "expenditure",
        "fiscalSummary",
        "generalBudget",
        "basicDetail",
        "threePublic",
        "govFund",
        "stateCapital",
      ].sort()
    );
    for (const table of tables) {
      expect(table.unit).toBe(unit);
      expect(table.year).toBe(2023);
      expect(table.unitName).toBe("常宁市总工会");
    }
  });

  it("reads codes (split 类|款|项 or 7 digits) and skips the 栏次 row", () => {
    const expenditure = recognizeStandardTables(grids).find((t) => t.kind === "expenditure");
    const codes = expenditure?.rows.map((r) => r.code ?? r.label);
    expect(codes).toEqual([
      "合计",
      "201",
      "20129",
      "2012901",
      "2012906",
      "208",
      "20805",
      "2080505",
      "210",
      "21011",
      "2101101",
      "221",
      "22102",
      "2210201",
    ]);
    expect(expenditure?.blocks[0].columns.map((c) => c.key)).toEqual([
      "total",
      "basic",
      "project",
      "upper",
      "businessExpenditure",
      "subsidiaryExpenditure",
    ]);
  });

  it("treats the …故本表无数据 tables as empty, read as 0", () => {
    const tables = recognizeStandardTables(grids);
    const govFund = tables.find((t) => t.kind === "govFund");
    expect(govFund?.empty).toBe(true);
    expect(govFund?.rows).toEqual([]);
    const book = analyze(grids).book;
    expect(lineByKey(book, "govFund")?.current?.value).toBe(0);
    expect(lineByKey(book, "stateCapital")?.current?.value).toBe(0);
  });

  it("fills the Book the report needs, in fen", () => {
    const { book, findings } = analyze(grids);
    expect(book.source.kind).toBe("standard-tables");
    expect(book.unit).toBe("常宁市总工会");
    expect(book.year).toBe(2023);
    const value = (key: string) => lineByKey(book, key)?.current?.value;
    // 万元 tables hold 275.76 for 2,757,600.00: the same fen either way for these figures.
    expect(value("basic")).toBe(275_760_000);
    expect(value("project")).toBe(2_900_000);
    expect(value("generalBudget")).toBe(278_660_000);
    if (unit === "元") {
      expect(value("personnel")).toBe(251_208_800);
      expect(value("publicOperating")).toBe(24_551_200);
      expect(value("pension")).toBe(24_090_000);
      expect(value("medical")).toBe(14_260_000);
      expect(value("annuity")).toBe(0);
      expect(value("otherSocial")).toBe(3_770_000);
    } else {
      expect(value("personnel")).toBe(251_210_000); // 251.21 万元
      expect(value("publicOperating")).toBe(24_550_000); // 24.55 万元
    }
    expect(value("threePublic")).toBe(3_140_000);
    expect(value("vehicleOperation")).toBe(unit === "元" ? 2_654_000 : 2_650_000); // 2.65 万元
    expect(lineByKey(book, "threePublic")?.budget?.value).toBe(3_400_000);
    expect(lineByKey(book, "reception")?.budget?.value).toBe(600_000);
    // Clean data: no 错误 at all (万元 rounding gaps are 提示 at most).
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(
      findings
        .filter((f) => /^(SUM-COLUMNS|XT-|ID-BALANCE|FORMULA-RANGE)/.test(f.rule))
        .filter((f) => f.severity !== "info")
    ).toEqual([]);
  });
});

describe("other variants", () => {
  it("codes written inside the label (“2012901 行政运行”), one header row, no table number", async () => {
    const { listTable } = await import("../../fixtures/specs/standard/layout");
    const sheet = listTable({
      sheetName: "Sheet1",
      title: "2023年度一般公共预算财政拨款支出决算表",
      unitName: "某单位",
      unit: "元",
      codes: "in-label",
      figureHeaders: ["合计", "基本支出", "项目支出"],
      rows: [
        { code: "201", label: "一般公共服务支出", values: [300, 200, 100] },
        { code: "20129", label: "群众团体事务", values: [300, 200, 100] },
        { code: "2012901", label: "行政运行", values: [200, 200, 0] },
        { code: "2012906", label: "工会事务", values: [100, 0, 100] },
      ],
    });
    const [table] = recognizeStandardTables(await gridsOf([sheet]));
    expect(table.kind).toBe("generalBudget");
    expect(table.rows.map((r) => [r.code ?? r.label, r.label, r.figures.total?.value])).toEqual([
      ["合计", "合计", 30_000],
      ["201", "一般公共服务支出", 30_000],
      ["20129", "群众团体事务", 30_000],
      ["2012901", "行政运行", 20_000],
      ["2012906", "工会事务", 10_000],
    ]);
  });

  it("without the 一般公共预算 table, 基本/项目 come from the 支出决算表; 政府性基金 from the 财政拨款总表", async () => {
    const sheets = changningStandardSheets({ year: 2023, layout: "public" }).filter(
      (s) => !/^(一般公共预算财政拨款支出决算表|政府性基金|国有资本经营)/.test(s.name)
    );
    const { book } = analyze(await gridsOf(sheets));
    expect(lineByKey(book, "basic")?.current).toMatchObject({
      value: 275_760_000,
      ...at("F6", "支出决算表"),
    });
    expect(lineByKey(book, "project")?.current?.value).toBe(2_900_000);
    // 财政拨款收入支出决算总表 row 10 (本年支出合计), F 政府性基金 | G 国有资本经营.
    expect(lineByKey(book, "govFund")?.current).toMatchObject({
      value: 0,
      ...at("F10", "财政拨款收入支出决算总表"),
    });
    const stateCapital = lineByKey(book, "stateCapital")?.current;
    expect(stateCapital && refAt(stateCapital).address).toBe("G10");
  });

  it("only the 基本支出明细表: 基本支出 = 人员经费合计 + 公用经费合计", async () => {
    const sheets = changningStandardSheets({ year: 2023, layout: "software" }).filter((s) =>
      s.name.startsWith("Z08_1")
    );
    const { book } = analyze(await gridsOf(sheets));
    expect(book.source.kind).toBe("standard-tables");
    expect(lineByKey(book, "basic")?.current?.value).toBe(275_760_000);
    expect(lineByKey(book, "personnel")?.current?.value).toBe(251_208_800);
  });

  it("the 2024 基本支出表: three blocks, 公用经费合计 merged across two of them", () => {
    const grid = gridFromValues(
      "公开06表",
      [
        ["一般公共预算财政拨款基本支出决算表"],
        ["部门：某单位", null, null, null, null, null, null, null, "金额单位：万元"],
        ["人员经费", null, null, "公用经费"],
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
          100.01,
          "302",
          "商品和服务支出",
          20.02,
          "307",
          "债务利息及费用支出",
          0,
        ],
        ["30101", "基本工资", 100.01, "30201", "办公费", 20.02, "310", "资本性支出", 3.03],
        ["303", "对个人和家庭的补助", 5, null, null, null, "31002", "办公设备购置", 3.03],
        ["人员经费合计", null, 105.01, "公用经费合计", null, null, null, null, 23.05],
      ],
      { merges: ["A3:C3", "D3:I3", "A8:B8", "D8:H8"] }
    );
    const table = readStandardTable(grid);
    expect(table?.blocks).toHaveLength(3);
    const { book, findings } = analyze([grid]);
    expect(lineByKey(book, "personnel")?.current).toMatchObject({ value: 105_010_000 }); // 105.01 万元
    expect(lineByKey(book, "publicOperating")?.current).toMatchObject({
      value: 23_050_000,
      ...at("I8", "公开06表"),
    });
    expect(lineByKey(book, "basic")?.current?.value).toBe(105_010_000 + 23_050_000);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the 三公 table with the parts across and 预算数 / 决算数 as rows", () => {
    const grid = gridFromValues(
      "Sheet3",
      [
        ["2023年度财政拨款“三公”经费支出决算表"],
        ["单位：万元"],
        ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
        [null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
        ["预算数", 3.4, 0, 2.8, 0, 2.8, 0.6],
        ["决算数", 3.14, 0, 2.65, 0, 2.65, 0.49],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"] }
    );
    const { book, findings } = analyze([grid]);
    const line = (key: string) => lineByKey(book, key);
    expect(line("threePublic")?.current).toMatchObject({
      value: 3_140_000,
      ...at("B6"),
    });
    expect(line("threePublic")?.budget).toMatchObject({ value: 3_400_000, ...at("B5") });
    expect(line("vehicleOperation")?.current?.value).toBe(2_650_000);
    expect(line("reception")?.budget?.value).toBe(600_000);
    expect(findings.filter((f) => f.rule === "ID-THREE-PUBLIC")).toEqual([]);
  });

  it("no title and a plain sheet name: known by its header titles", () => {
    const grid = gridFromValues("Sheet1", [
      [
        "科目编码",
        "科目名称",
        "本年支出合计",
        "基本支出",
        "项目支出",
        "上缴上级支出",
        "经营支出",
        "对附属单位补助支出",
      ],
      [null, "合计", 300, 200, 100, 0, 0, 0],
      ["2012901", "行政运行", 300, 200, 100, 0, 0, 0],
    ]);
    expect(readStandardTable(grid)).toMatchObject({ kind: "expenditure", unitAssumed: true });
    // A 基础数据表 naming 因公出国（境）费 and 公务接待费 on different rows is not a 三公 table.
    const dataSheet = gridFromValues("Sheet2", [
      ["项目", "上年决算数", "本年决算数"],
      ["因公出国（境）费", 0, 0],
      ["公务接待费", 5320, 4860],
    ]);
    expect(readStandardTable(dataSheet)).toBeUndefined();
  });

  it("a 无数据 note does not empty a table that has figures", () => {
    const grid = gridFromValues("G", [
      ["政府性基金预算财政拨款收入支出决算表"],
      ["单位：元"],
      ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
      [null, "合计", 0, 500, 300, 200],
      ["2296002", "用于社会福利的彩票公益金支出", 0, 500, 300, 200],
      ["注：没有使用政府性基金的单位，本表为空表。"],
    ]);
    const table = readStandardTable(grid);
    expect(table?.empty).toBe(false);
    const { book, findings } = analyze([grid]);
    expect(lineByKey(book, "govFund")?.current).toMatchObject({
      value: 30_000,
      ...at("E4"),
    });
    expect(findings.filter((f) => f.rule === "ID-BALANCE")).toEqual([]);
  });
});
