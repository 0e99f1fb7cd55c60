/**
 * Sheet classification (issue 11): the kind a sheet's table code, title, name or header gives it — on the
 * names and titles real workbooks carry (the finance software's sheet names as published in
 * test/fixtures/corpus/TABLE-CODES.md, public templates' titles and the wordings units print).
 */
import { classifySheet } from "../../../src/core/recognize/classify";
import { gridFromValues, type Grid } from "../../../src/core/grid";

const named = (sheet: string, rows: (string | number | null)[][] = [["某某"]]): Grid =>
  gridFromValues(sheet, rows);
const titled = (title: string, sheet = "Sheet1"): Grid =>
  gridFromValues(sheet, [[title], ["编制单位：某某局", null, "单位：万元"], ["项目", "金额"]]);

describe("the finance software's sheet names (code prefix, 财决 code, cut at 31 characters)", () => {
  it.each([
    ["Z01 收入支出决算总表(财决01表)", "summary"],
    ["Z03 收入决算表(财决03表)", "income"],
    ["Z04 支出决算表(财决04表)", "expenditure"],
    ["Z05 支出决算明细表(财决05表)", "other-table"],
    ["Z05_1 基本支出决算明细表(财决05-1表)", "basicDetail"],
    ["Z05_2 项目支出决算明细表(财决05-2表)", "other-table"],
    ["Z05_3 经营支出决算明细表(财决05-3表)", "other-table"],
    ["Z07 一般公共预算财政拨款收入支出决算表(财决07表)", "generalBudget"],
    ["Z08 一般公共预算财政拨款支出决算明细表(财决08表)", "other-table"],
    ["Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-", "basicDetail"],
    ["Z08_2 一般公共预算财政拨款项目支出决算明细表(财决08-", "other-table"],
    ["Z09 财政拨款“三公”经费支出决算表(财决09表)", "threePublic"],
    ["Z12 资产负债简表(财决12表)", "other-table"],
    ["F01 预算支出相关信息表(财决附01表)", "other-table"],
    ["F03 机构运行信息表(财决附03表)", "institution-info"],
  ])("%s → %s", (sheet, kind) => {
    const cls = classifySheet(named(sheet));
    expect(cls.kind).toBe(kind);
    expect(cls.how).toBe("table-code");
  });
});

describe("titles as units print them", () => {
  it.each([
    ["2023年度收入支出决算总表", "summary"],
    ["财政拨款收支决算总体情况表", "fiscalSummary"],
    ["部门收支决算总体情况表", "summary"],
    ["部门收入决算总体情况表", "income"],
    ["部门支出决算总体情况表", "expenditure"],
    ["一般公开预算支出决算情况表", "generalBudget"],
    ["一般公开预算财政拨款基本支出决算情况表", "basicDetail"],
    ["一般公开预算“三公”经费支出决算情况表", "threePublic"],
    ["政府性基金预算支出情况决算表", "govFund"],
    ["国有资本经营预算财政拨款支出决算表", "stateCapital"],
    ["一般公共预算财政拨款项目支出决算表", "other-table"],
    ["2023年度部门整体支出绩效评价基础数据表", "basic-data-sheet"],
    ["部门整体支出绩效评价指标表", "self-evaluation"],
    ["2023年度部门整体支出绩效自评表", "self-evaluation"],
    ["2023年度机构运行信息表", "institution-info"],
  ])("%s → %s", (title, kind) => {
    const cls = classifySheet(titled(title));
    expect(cls.kind).toBe(kind);
    expect(cls.evidenceRef?.address).toBe("A1");
  });

  it("the title beats the sheet name, and agreeing makes it surer", () => {
    expect(classifySheet(titled("财政拨款“三公”经费支出决算表", "Sheet1"))).toMatchObject({
      kind: "threePublic",
      how: "title",
      confidence: 0.9,
    });
    expect(classifySheet(titled("财政拨款“三公”经费支出决算表", "三公经费"))).toMatchObject({
      confidence: 0.95,
    });
    expect(classifySheet(titled("2023年度收入支出决算总表", "基础数据表")).kind).toBe("summary");
  });

  it("a generic title does not name a kind: the header decides", () => {
    const grid = gridFromValues("Sheet1", [
      ["2023年度部门支出情况统计表"],
      ["项目", "上年决算数", "本年决算数"],
      ["一、一般公共预算支出", 100, 110],
    ]);
    expect(classifySheet(grid)).toMatchObject({ kind: "basic-data-sheet", how: "header" });
  });
});

describe("content and names", () => {
  it("the product's own report sheets", () => {
    expect(classifySheet(named("变动分析")).kind).toBe("report-output");
    expect(classifySheet(named("绩效自评报告 (2)")).kind).toBe("report-output");
  });

  it("a 基本情况 sheet, even when its texts mention 决算 and 金额", () => {
    const grid = gridFromValues("基本情况", [
      ["项目", "内容"],
      ["主要职能", "负责决算编报，金额以元计。"],
      ["机构情况", "内设4个部室。"],
    ]);
    expect(classifySheet(grid)).toMatchObject({ kind: "profile", how: "content" });
  });

  it("a 自评表 by its header words", () => {
    const grid = gridFromValues("Sheet2", [
      ["一级指标", "二级指标", "三级指标", "分值", "得分", "实际完成值"],
      ["产出", "数量", "培训人次", 10, 10, 1200],
    ]);
    expect(classifySheet(grid).kind).toBe("self-evaluation");
  });

  it("the Hunan form by its blocks, without a title", () => {
    const grid = gridFromValues("Sheet1", [
      ["财政供养人员情况", "编制数", "实际在职人数", "控制率"],
      [null, 10, 9, "90%"],
      ["经费控制情况", "2022年决算数", "2023年预算数", "2023年决算数"],
      ["三公经费", 1, 2, 3],
      ["政府采购金额", 1, 2, 3],
    ]);
    expect(classifySheet(grid).kind).toBe("hunan-basic-data-form");
  });

  it("blank, unknown, hidden, and a kind set by hand", () => {
    expect(classifySheet({ sheet: "Sheet3", rows: [] }).kind).toBe("blank");
    expect(
      classifySheet(
        named("通讯录", [
          ["姓名", "电话"],
          ["张三", "0734"],
        ])
      ).kind
    ).toBe("unknown");
    const hidden = { ...titled("2023年度收入支出决算总表"), hidden: true };
    expect(classifySheet(hidden)).toMatchObject({ kind: "summary", hidden: true });
    expect(classifySheet(titled("2023年度收入支出决算总表"), "blank")).toMatchObject({
      kind: "blank",
      how: "user",
      confidence: 1,
    });
  });
});
