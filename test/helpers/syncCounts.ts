/**
 * The Office sync counts the bench prints and the tests hold to docs/design.md §5's budget: ≤ 2 to read a
 * workbook that fits one request; beyond Excel on the web's 5 MB, requests sized by bytes (at most the
 * bound `webReadBound` gives, none above the limit); ≤ 3 to write the report sheets (names, content, then
 * the activation Excel on the web needs in its own request). The real Excel host over the recording fake
 * of test/fakes/excel.ts.
 */
import { FakeExcel, budgetSheet, type FakeSheetSpec } from "../fakes/excel";

/** Excel on the web's payload limit per request. */
export const WEB_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** A large 基础数据表-like sheet: `rows` × 10 columns, Chinese labels, bold header. */
function largeSheet(name: string, rows: number): FakeSheetSpec {
  const values: (string | number)[][] = [
    [
      "项目名称",
      "科目编码",
      "上年决算数",
      "本年预算数",
      "本年决算数",
      "增减额",
      "增减率",
      "备注",
      "来源",
      "序号",
    ],
  ];
  for (let r = 1; r < rows; r++)
    values.push([
      `第${r}项支出明细`,
      `${30100 + (r % 99)}`,
      r * 100,
      r * 101,
      r * 102,
      r * 2,
      0.02,
      "",
      "财政拨款",
      r,
    ]);
  return { name, values, bold: ["A1", "B1", "C1"] };
}

/**
 * The most syncs a part-by-part read may take: names, the refused whole request and the sizes, then per
 * sheet one request per `requestBytes` of estimated values and of formats, and the merged areas.
 */
export function webReadBound(
  sheetCells: number[],
  estimate: { valueBytesPerCell: number; formatBytesPerCell: number; requestBytes: number }
): number {
  const requests = (bytesPerCell: number) =>
    sheetCells.reduce(
      (sum, cells) => sum + Math.ceil((cells * bytesPerCell) / estimate.requestBytes),
      0
    );
  return 3 + requests(estimate.valueBytesPerCell) + requests(estimate.formatBytesPerCell + 4) + 1;
}

/** Reading two 100 000-cell sheets on Excel on the web (5 MB per request): syncs and bytes. */
export async function measureWebRead(): Promise<{
  syncs: number;
  refused: number;
  largestBytes: number;
  bound: number;
}> {
  const { createExcelHost } = await import("../../src/hosts/excel");
  const read = await import("../../src/hosts/excel/read");
  const sheets = [largeSheet("基础数据表", 10_000), largeSheet("支出明细", 10_000)];
  const fake = new FakeExcel({ sheets, maxPayloadBytes: WEB_PAYLOAD_BYTES });
  const syncs = await fake.countSyncs(() => createExcelHost({ env: fake.env }).readGrids());
  return {
    syncs,
    refused: fake.refusedSyncs,
    largestBytes: fake.largestPayloadBytes,
    bound: webReadBound([100_000, 100_000], {
      valueBytesPerCell: read.VALUE_BYTES_PER_CELL,
      formatBytesPerCell: read.FORMAT_BYTES_PER_CELL,
      requestBytes: read.DEFAULT_REQUEST_BYTES,
    }),
  };
}

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
