/**
 * The Office sync counts the bench prints and the tests hold to docs/design.md §5's budget (≤ 2 to read any workbook,
 * ≤ 2 to write the report sheets): the real Excel host over the recording fake of test/fakes/excel.ts.
 */
import { FakeExcel, budgetSheet } from "../fakes/excel";

/**
 * The sync counts the bench and README report: reading a 1-sheet and a 20-sheet workbook, and writing
 * the three report sheets. The host is imported lazily, when a measurement runs.
 */
export async function measureSyncCounts(): Promise<{
  read1Sheet: number;
  read20Sheets: number;
  writeReportSheets: number;
}> {
  const { createExcelHost } = await import("../../src/hosts/excel");
  const one = new FakeExcel({ sheets: [budgetSheet("基础数据表", 200)] });
  const read1Sheet = await one.countSyncs(() => createExcelHost({ env: one.env }).readGrids());
  const many = new FakeExcel({
    sheets: Array.from({ length: 20 }, (_, i) => budgetSheet(`表${i + 1}`, 100)),
  });
  const read20Sheets = await many.countSyncs(() => createExcelHost({ env: many.env }).readGrids());
  const writer = new FakeExcel({
    sheets: [budgetSheet("基础数据表", 10), { name: "绩效自评报告" }],
  });
  const spec = (name: string) => ({
    name,
    columnWidths: [30, 14, 14],
    rows: [
      { cells: [{ value: name, style: { bold: true, fontSize: 16 }, mergeAcross: 2 }] },
      { cells: [{ value: "项目" }, { value: "上年" }, { value: "本年" }] },
      { cells: [{ value: "基本支出" }, { value: 2652132 }, { value: 2757600 }] },
    ],
  });
  const writeReportSheets = await writer.countSyncs(() =>
    createExcelHost({ env: writer.env }).writeSheets([
      spec("绩效自评报告"),
      spec("变动分析"),
      spec("校验结果"),
    ])
  );
  return { read1Sheet, read20Sheets, writeReportSheets };
}
