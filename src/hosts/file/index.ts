/**
 * The file host: .xlsx → Grid with ExcelJS, SheetSpec → .xlsx parts at the package level, for the CLI and the web page. Node-only file access lives in
 * readFile.ts and is not re-exported here, so the web bundle can import this barrel.
 */
export { readWorkbook, loadCheckedWorkbook, loadExcelJS, worksheetToGrid } from "./readWorkbook";
export type { ReadOptions } from "./readWorkbook";
export {
  inspectXlsx,
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_ROWS,
  ElementCounter,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  type ZipLimits,
  type ZipSummary,
} from "./zipGuard";
export {
  appendSheetsToXlsx,
  workbookFromSpecs,
  cleanSheetName,
  type AppendResult,
} from "./writeWorkbook";
export { formatExcelDate } from "./dateText";
export { salvageXlsx } from "./salvage";
