import { composeReport } from "../../../src/core/report/compose";
import type { Finding } from "../../../src/core/finding";
import { reportSheetSpecs } from "../../../src/render";
import type { SheetSpec } from "../../../src/core/sheetSpec";
import { makeChanges, makeInput, seedBook } from "../../helpers/report";

const book = seedBook();
const input = makeInput(book);
const composed = composeReport(input);
const changes = makeChanges(book);
changes.find((c) => c.key === "publicOperating")!.needsExplanation = true;
const findings: Finding[] = [
  {
    rule: "SUM-CHILDREN",
    severity: "error",
    message: "基本支出应等于人员经费与公用经费之和。",
    ref: { sheet: "基础数据表", address: "E6" },
    expected: 275760000,
    actual: 275750000,
    difference: -10000,
    lineKey: "basic",
  },
  {
    rule: "YOY-MISSING",
    severity: "warning",
    message: "缺少上年人数。",
    ref: { sheet: "基础数据表", address: "C20" },
    actual: 24,
    lineKey: "staffActual",
  },
];
const [reportSpec, changesSpec, findingsSpec] = reportSheetSpecs(composed, changes, findings);

const values = (spec: SheetSpec) => spec.rows.map((r) => r.cells.map((c) => c.value));

describe("report worksheets", () => {
  test("names and print setup", () => {
    expect([reportSpec.name, changesSpec.name, findingsSpec.name]).toEqual([
      "绩效自评报告",
      "变动分析",
      "校验结果",
    ]);
    expect(reportSpec.print).toEqual({ paper: "A4", orientation: "portrait", fitToWidth: true });
    expect(reportSpec.columnWidths).toHaveLength(1);
  });

  test("绩效自评报告: one wide wrapped column, title centred, paragraphs indented, sign-off right", () => {
    const column = values(reportSpec).map((r) => r[0]);
    expect(column[0]).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
    expect(reportSpec.rows[0].cells[0].style).toMatchObject({ horizontal: "center", bold: true });
    expect(column).toContain("\u3000\u3000一、部门（单位）基本情况");
    expect(
      column.some(
        (v) =>
          typeof v === "string" &&
          v.startsWith("\u3000\u30002023年度，单位一般公共预算基本支出完成275.76万元")
      )
    ).toBe(true);
    expect(column.slice(-2)).toEqual(["常宁市总工会", "2024年5月16日"]);
    expect(reportSpec.rows[reportSpec.rows.length - 1].cells[0].style?.horizontal).toBe("right");
    for (const row of reportSpec.rows) {
      if (row.cells[0].value) expect(row.cells[0].style?.wrap).toBe(true);
    }
  });

  test("row heights grow with the text", () => {
    const basic = reportSpec.rows.find((r) => String(r.cells[0].value).includes("275.76"))!;
    const heading = reportSpec.rows.find(
      (r) => r.cells[0].value === "\u3000\u3000七、存在的问题及原因分析"
    )!;
    expect(basic.height!).toBeGreaterThan(heading.height! * 2);
  });

  test("变动分析: amounts in 元 (#,##0.00), percent as a fraction, flag for needsExplanation", () => {
    const rows = values(changesSpec);
    expect(rows[1]).toEqual([
      "项目",
      "科目编码",
      "上年",
      "本年",
      "增减额",
      "增减率",
      "原因",
      "需说明",
    ]);
    const basic = changesSpec.rows.find((r) => String(r.cells[0].value).endsWith("基本支出"))!;
    expect(basic.cells.slice(2, 5).map((c) => c.value)).toEqual([2652132, 2757600, 105468]);
    expect(basic.cells[2].style?.numberFormat).toBe("#,##0.00");
    expect(basic.cells[5].value).toBeCloseTo(0.0398, 10);
    expect(basic.cells[5].style?.numberFormat).toBe("0.00%");
    const operating = changesSpec.rows.find((r) => String(r.cells[0].value).endsWith("公用经费"))!;
    expect(operating.cells[7].value).toBe("需说明原因");
    expect(basic.cells[7].value).toBeNull();
    const staff = changesSpec.rows.find((r) => String(r.cells[0].value).endsWith("年末实有人数"))!;
    expect(staff.cells[3]).toMatchObject({ value: 24, style: { numberFormat: "#,##0" } });
    expect(changesSpec.freezeRows).toBe(2);
  });

  test("校验结果: severity, rule, linked cell, message, expected/actual/difference in 元", () => {
    const rows = values(findingsSpec);
    expect(rows[1][0]).toBe("错误 1 项，警告 1 项，提示 0 项");
    expect(rows[2]).toEqual(["级别", "规则", "位置", "说明", "应为", "实为", "差额"]);
    expect(rows[3]).toEqual([
      "错误",
      "SUM-CHILDREN",
      "基础数据表!E6",
      "基本支出应等于人员经费与公用经费之和。",
      2757600,
      2757500,
      -100,
    ]);
    expect(findingsSpec.rows[3].cells[2].link).toEqual({ sheet: "基础数据表", address: "E6" });
    expect(rows[4]).toEqual([
      "警告",
      "YOY-MISSING",
      "基础数据表!C20",
      "缺少上年人数。",
      null,
      24,
      null,
    ]);
  });

  test("no findings: one line saying so; English column titles on request", () => {
    const [, , empty] = reportSheetSpecs(composed, changes, []);
    expect(values(empty)[3]).toEqual(["未发现问题。"]);
    const [, en] = reportSheetSpecs(composed, changes, [], { locale: "en-US" });
    expect(values(en)[1][0]).toBe("Item");
  });
});
