/** The report sheets through the real writer (ExcelJS) and back through the reader. */
import { cellText } from "../../../src/core/grid";
import { composeReport } from "../../../src/core/report/compose";
import { readWorkbook } from "../../../src/hosts/file/readWorkbook";
import { workbookFromSpecs } from "../../../src/hosts/file/writeWorkbook";
import { reportSheetSpecs } from "../../../src/render";
import { makeChanges, makeInput, SAMPLE_TEXTS, seedBook } from "../../helpers/report";

test("report, change and findings sheets survive a write and a read", async () => {
  // A text that would be a formula if written carelessly.
  const book = seedBook({ texts: { ...SAMPLE_TEXTS, problems: "=SUM(A1:A2) 不是公式" } });
  const composed = composeReport(makeInput(book));
  const specs = reportSheetSpecs(composed, makeChanges(book), [
    {
      rule: "ID-BASIC",
      severity: "error",
      message: "基本支出不等于人员经费与公用经费之和。",
      ref: { sheet: "基础数据表", address: "E6" },
      expected: 275760000,
      actual: 275750000,
      difference: -10000,
    },
  ]);
  const grids = await readWorkbook(await workbookFromSpecs(specs));
  expect(grids.map((g) => g.sheet)).toEqual(["绩效自评报告", "变动分析", "校验结果"]);
  const [report, changes, findings] = grids;
  const column = report.rows.map((r) => cellText(r[0]));
  expect(column[0]).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
  expect(column).toContain("\u3000\u3000=SUM(A1:A2) 不是公式");
  expect(report.rows.every((r) => !r[0]?.formula)).toBe(true);
  const basic = changes.rows.find((r) => cellText(r[0]).trim() === "基本支出")!;
  expect(basic.slice(2, 5).map((c) => c?.value)).toEqual([2652132, 2757600, 105468]);
  const finding = findings.rows[3];
  expect(cellText(finding[2])).toBe("基础数据表!E6");
  expect(finding[2]?.formula).toMatch(/HYPERLINK\("#'?基础数据表'?!E6"/);
  expect(finding.slice(4, 7).map((c) => c?.value)).toEqual([2757600, 2757500, -100]);
});
