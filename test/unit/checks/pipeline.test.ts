/**
 * Grid → analyze() → findings: the checks on Books the recognizer really makes from a 基础数据表 and a
 * 基本情况 sheet, not on hand-built ones.
 */
import { analyze } from "../../../src/core/pipeline";
import { CellValue, Grid, gridFromValues, refAt } from "../../../src/core/grid";
import { seedRows } from "../../helpers/book";

type Overrides = Record<string, { prior?: CellValue; budget?: CellValue; current?: CellValue }>;

const MARKERS: Record<string, string> = {
  generalBudget: "一、",
  basic: "（一）",
  personnel: "1.",
  publicOperating: "2.",
  project: "（二）",
  govFund: "二、",
  stateCapital: "三、",
  threePublic: "四、",
  vehiclePurchase: "其中：",
};

/** The seed rows as a sheet: markers and indentation for the hierarchy, codes in column B, 元. */
function dataSheet(overrides: Overrides = {}, unitLine = "单位：元"): Grid {
  const values: CellValue[][] = [
    ["2023年度部门整体支出绩效评价基础数据表", null, null, null, null, null],
    ["单位名称：常宁市总工会", null, null, null, null, unitLine],
    ["项目", "科目编码", "2022年决算数", "2023年预算数", "2023年决算数", "变动原因"],
  ];
  for (const row of seedRows()) {
    const key = row.key ?? (row.code ? `code:${row.code}` : `row:${row.label}`);
    const marker =
      row.key === "staffAuthorized" || row.key === "staffActual" ? "" : (MARKERS[key] ?? "");
    const label =
      row.label === "人员情况（人）"
        ? "五、人员情况（人）"
        : `${"  ".repeat(row.depth ?? 0)}${marker}${row.label}`;
    const pick = (column: "prior" | "budget" | "current"): CellValue => {
      const override = overrides[key];
      if (override && column in override) return override[column] ?? null;
      const value = row[column];
      return value === undefined ? null : (value as CellValue);
    };
    values.push([label, row.code ?? null, pick("prior"), pick("budget"), pick("current"), null]);
  }
  return gridFromValues("基础数据表", values);
}

const profileSheet = (organization = "本单位内设办公室、组织部、权益保障部三个科室。"): Grid =>
  gridFromValues("基本情况", [
    ["主要职能", "负责全市工会组织建设、职工权益维护和劳动竞赛等工作。"],
    ["机构情况", organization],
    ["年度重点工作", "开展送温暖活动，组织职工技能竞赛。"],
    ["部门整体支出绩效情况", "各项工作按计划完成，职工满意度较高。"],
    ["存在的问题及原因分析", "预算编制的精细化程度有待提高。"],
    ["下一步改进措施", "加强预算执行监控，提高资金使用效益。"],
  ]);

describe("checks through the pipeline", () => {
  it("a clean 基础数据表 gives no findings at all", () => {
    const { findings, book } = analyze([dataSheet(), profileSheet()]);
    const basic = book.lines.find((l) => l.key === "basic")?.current;
    expect(basic && refAt(basic).address).toBe("E5");
    expect(findings).toEqual([]);
  });

  it("one wrong parent: SUM-CHILDREN at its 本年 cell, with expected, actual and difference", () => {
    // 工资福利支出 (301), sheet row 7, typed 100 元 short.
    const { findings } = analyze([dataSheet({ "code:301": { current: 2421100 } }), profileSheet()]);
    const errors = findings.filter((f) => f.severity === "error");
    const atE7 = errors.filter((f) => f.ref.address === "E7");
    expect(atE7.map((f) => f.rule)).toEqual(["SUM-CHILDREN"]);
    expect(atE7[0]).toMatchObject({
      ref: { sheet: "基础数据表", address: "E7" },
      expected: 242_120_000,
      actual: 242_110_000,
      difference: -10_000,
    });
    // …and its parent 人员经费 no longer equals 301 + 303.
    expect(errors.some((f) => f.ref.address === "E6" && f.rule === "ID-PERSONNEL")).toBe(true);
  });

  it("基本支出 off by 100 元: ID-BASIC at E5 with the message of docs/domain.md §4", () => {
    const { findings } = analyze([dataSheet({ basic: { current: 2757500 } }), profileSheet()]);
    const finding = findings.find((f) => f.rule === "ID-BASIC");
    expect(finding).toMatchObject({
      severity: "error",
      ref: { address: "E5" },
      expected: 275_760_000,
      actual: 275_750_000,
      difference: -10_000,
    });
    expect(finding?.message).toContain(
      "应等于人员经费+公用经费 2,757,600.00元，实为 2,757,500.00元"
    );
  });

  it("cell problems and a placeholder text are found at their cells", () => {
    const { findings } = analyze([
      dataSheet({
        "code:30101": { current: "700,000.00" },
        "code:30102": { prior: { error: "#REF!" } },
        "code:30299": { budget: -1 },
      }),
      profileSheet("本单位由组成。"),
    ]);
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.ref.address);
    expect(at("CELL-TEXT-NUMBER")).toEqual(["E8"]);
    expect(at("CELL-ERROR")).toEqual(["C9"]);
    expect(at("CELL-NEGATIVE")).toEqual(["D26"]);
    expect(findings.find((f) => f.rule === "TEXT-MISSING")?.ref).toEqual({
      sheet: "基本情况",
      address: "B2",
    });
  });

  it("a sheet with no unit line gets CELL-UNIT at its title", () => {
    const { findings, book } = analyze([dataSheet({}, ""), profileSheet()]);
    expect(book.source.unitAssumed).toBe(true);
    expect(findings.find((f) => f.rule === "CELL-UNIT")?.ref.address).toBe("A1");
  });

  it("a 合计 row above the table totals 一 + 二 + 三, not the 三公 memo nor the head counts", () => {
    const sheet = (total: number): Grid =>
      gridFromValues("基础数据表", [
        ["2023年度部门整体支出绩效评价基础数据表", null, null, null],
        ["单位名称：测试单位", null, null, "单位：元"],
        ["项目", "上年决算数", "预算数", "本年决算数"],
        ["合计", 2677132, 2786600, total],
        ["一、一般公共预算支出", 2677132, 2786600, 2786600],
        ["  （一）基本支出", 2652132, 2757600, 2757600],
        ["  （二）项目支出", 25000, 29000, 29000],
        ["二、政府性基金预算支出", 0, 0, 0],
        ["三、国有资本经营预算支出", 0, 0, 0],
        ["四、“三公”经费", 100, 100, 100],
        ["  公务接待费", 100, 100, 100],
        ["五、人员情况（人）", null, null, null],
        ["  年末实有人数", 24, null, 24],
      ]);
    const rules = (total: number) =>
      analyze([sheet(total), profileSheet()]).findings.filter((f) => f.rule === "SUM-TOTAL-ROW");
    expect(rules(2786600)).toEqual([]);
    expect(rules(2786000)).toMatchObject([
      {
        severity: "error",
        ref: { address: "D4" },
        expected: 278_660_000,
        actual: 278_600_000,
        difference: -60_000,
      },
    ]);
  });
});
