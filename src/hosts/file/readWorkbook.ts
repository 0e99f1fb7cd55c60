/**
 * .xlsx bytes → Grid[] with ExcelJS. Runs in Node and in the browser (no fs here; see readFile.ts for
 * Node's file access). ExcelJS is imported on demand so the web bundle loads it only when a file is opened.
 *
 * What a cell becomes (see src/core/grid.ts):
 * - numbers, text, booleans as they are; rich text flattened to its text; a hyperlink as its text;
 * - a formula keeps its text in `formula` ("=SUM(C5:C9)") and its cached result in `value`; without a
 *   cached result, `value` is null and `formulaWithoutValue` is true;
 * - error values as { error: "#REF!" };
 * - dates as the text Excel would show ("2024/5/16", or per the cell's date format), never a serial number,
 *   so a date typed into an amount column is caught as text;
 * - the slave cells of a merged area are empty (as Excel shows them); the merge is listed in `merges`.
 * Trailing empty rows and columns are trimmed; a cell with formatting but no value is empty.
 *
 * Files ExcelJS cannot load although Excel opens them (drawings it cannot resolve, tables, XML written with
 * a namespace prefix) are retried on a salvage copy holding only the cells' parts (salvage.ts).
 *
 * Limits: the bytes are inspected first (zipGuard.ts): not-an-xlsx, encrypted, corrupt, zip bombs and
 * sheets of more than `maxCells` cells (default 1 500 000) or `maxRows` rows (default 300 000) are refused
 * with UnusableInputError before ExcelJS sees them.
 */
import type { Cell, CellValue, Grid } from "../../core/grid";
import { type UnusableInputError, unusableInput } from "../../core/errors";
import { inspectXlsx, type ZipLimits } from "./zipGuard";
import { formatExcelDate } from "./dateText";
import { salvageXlsx } from "./salvage";

export interface ReadOptions {
  /** Refuse when the zip expands to more than this many bytes (default 200 MB). */
  maxUncompressedBytes?: number;
  /** Refuse when the worksheets hold more cells than this (default 1 500 000). */
  maxCells?: number;
  /** Refuse when the worksheets hold more rows than this (default 300 000). */
  maxRows?: number;
  /** The file's name, for messages. */
  fileName?: string;
}

/** ExcelJS value types (enums.js ValueType). */
const enum ValueType {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Date = 4,
  Hyperlink = 5,
  Formula = 6,
  SharedString = 7,
  RichText = 8,
  Boolean = 9,
  Error = 10,
}

/** The parts of ExcelJS's objects this module reads (ExcelJS's own typings are loose here). */
interface XCell {
  type: number;
  value: unknown;
  formula?: string;
  result?: unknown;
  style?: { numFmt?: string; alignment?: { indent?: number }; font?: { bold?: boolean } };
}
interface XRow {
  number: number;
  hidden: boolean;
  /** ExcelJS's cell array (internal; read when present, else eachCell). */
  _cells?: (XCell | undefined)[];
  eachCell(iteratee: (cell: XCell, column: number) => void): void;
}
interface XWorksheet {
  name: string;
  state: string;
  eachRow(iteratee: (row: XRow, rowNumber: number) => void): void;
  /** ExcelJS's row array (internal; read when present, else eachRow). */
  _rows?: (XRow | undefined)[];
  /** ExcelJS keeps merges by master address; the public `model` would rebuild the whole sheet. */
  _merges?: Record<string, { range?: string; tl?: string; br?: string } | undefined>;
}
interface XWorkbook {
  worksheets: XWorksheet[];
  xlsx: { load(data: ArrayBuffer | Uint8Array): Promise<unknown> };
}

/** The zip passed the guard (zipGuard.ts), so what ExcelJS cannot read is the sheets' content. */
function corrupt(name: string): UnusableInputError {
  return unusableInput("corrupt", (t) => t.fileHost.contentCorrupt(name));
}

/** Loads ExcelJS lazily (its module shape differs between CommonJS and bundlers). */
export async function loadExcelJS(): Promise<typeof import("exceljs")> {
  const mod = (await import("exceljs")) as typeof import("exceljs") & {
    default?: typeof import("exceljs");
  };
  return mod.Workbook ? mod : (mod.default as typeof import("exceljs"));
}

/** Loads checked bytes into an ExcelJS workbook; ExcelJS failures become a "corrupt" refusal. */
export async function loadCheckedWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {}
): Promise<import("exceljs").Workbook> {
  const limits: ZipLimits = {
    maxUncompressedBytes: options.maxUncompressedBytes,
    maxCells: options.maxCells,
    maxRows: options.maxRows,
    fileName: options.fileName,
  };
  await inspectXlsx(data, limits);
  const ExcelJS = await loadExcelJS();
  const load = async (bytes: ArrayBuffer | Uint8Array) => {
    const workbook = new ExcelJS.Workbook();
    await (workbook as unknown as XWorkbook).xlsx.load(bytes);
    return workbook;
  };
  try {
    return await load(data);
  } catch {
    // Excel opens files ExcelJS cannot (drawings, tables, prefixed XML): retry on a copy holding only
    // what the cells need (salvage.ts); a file that fails that too is corrupt.
    const salvaged = await salvageXlsx(data instanceof Uint8Array ? data : new Uint8Array(data));
    if (salvaged) {
      try {
        return await load(salvaged);
      } catch {
        /* fall through */
      }
    }
    throw corrupt(options.fileName ?? "workbook.xlsx");
  }
}

/** Reads every worksheet of an .xlsx into grids, in workbook order (hidden sheets included, flagged). */
export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: ReadOptions = {}
): Promise<Grid[]> {
  const workbook = (await loadCheckedWorkbook(data, options)) as unknown as XWorkbook;
  // ExcelJS applies the workbook's 1900/1904 date system itself when it builds Date values.
  try {
    return workbook.worksheets.map((sheet) => worksheetToGrid(sheet));
  } catch {
    // A shape of ExcelJS's model this reader does not expect: a refusal, never a stack trace.
    throw corrupt(options.fileName ?? "workbook.xlsx");
  }
}

function flattenRichText(value: { richText?: { text?: string }[] }): string {
  let text = "";
  for (const run of value.richText ?? []) text += run.text ?? "";
  return text;
}

/** A plain JS value from ExcelJS (a value or a formula result) → a grid value and shown text. */
function plainValue(raw: unknown, numFmt: string | undefined): { value: CellValue; text?: string } {
  if (raw === null || raw === undefined) return { value: null };
  switch (typeof raw) {
    case "number":
    case "boolean":
      return { value: raw };
    case "string":
      return { value: raw };
    case "object": {
      if (raw instanceof Date) {
        const text = formatExcelDate(raw, numFmt);
        return { value: text, text };
      }
      const obj = raw as Record<string, unknown>;
      if (typeof obj.error === "string") return { value: { error: obj.error } };
      if (Array.isArray(obj.richText)) return { value: flattenRichText(obj) };
      if ("text" in obj && "hyperlink" in obj) {
        const text = obj.text;
        if (typeof text === "string") return { value: text };
        if (text && typeof text === "object") return plainValue(text, numFmt);
        return { value: null };
      }
      return { value: null };
    }
    default:
      return { value: null };
  }
}

/** Adds number format, indent and bold from the cell's (shared) style object. */
function addStyle(out: Cell, style: XCell["style"] & { numFmt?: string }): Cell {
  const numFmt = style.numFmt;
  if (numFmt && numFmt !== "General") out.numberFormat = numFmt;
  const indent = style.alignment?.indent;
  if (indent) out.indent = indent;
  if (style.font?.bold) out.bold = true;
  return out;
}

/** One ExcelJS cell → a grid cell, or undefined when it holds nothing. */
function convertCell(cell: XCell): Cell | undefined {
  const type = cell.type;
  const style = (cell.style ?? {}) as NonNullable<XCell["style"]> & { numFmt?: string };
  // Fast paths: plain numbers and text are most of any sheet.
  if (type === ValueType.Number || type === ValueType.String || type === ValueType.Boolean) {
    return addStyle({ value: cell.value as number | string | boolean }, style);
  }
  if (type === ValueType.Null || type === ValueType.Merge) return undefined;
  const numFmt = style.numFmt;
  let out: Cell;
  if (type === ValueType.Formula) {
    const formulaText = cell.formula;
    const result = cell.result;
    const converted = plainValue(result, numFmt);
    out = { value: converted.value };
    if (converted.text !== undefined) out.text = converted.text;
    if (formulaText) out.formula = `=${formulaText}`;
    if (result === undefined || result === null) out.formulaWithoutValue = true;
  } else {
    const converted = plainValue(cell.value, numFmt);
    if (converted.value === null) return undefined;
    out = { value: converted.value };
    if (converted.text !== undefined) out.text = converted.text;
  }
  return addStyle(out, style);
}

/** One worksheet → a grid. Linear in the number of stored cells. */
export function worksheetToGrid(sheet: XWorksheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let lastRow = -1;
  const visit = (row: XRow, rowNumber: number): void => {
    const r = rowNumber - 1;
    let cells: (Cell | undefined)[] | undefined;
    const take = (xcell: XCell | undefined, column: number): void => {
      const cell = xcell && convertCell(xcell);
      if (!cell) return;
      if (!cells) cells = [];
      // Dense, packed arrays: push the gap as undefined rather than assigning past the end.
      while (cells.length < column - 1) cells.push(undefined);
      cells.push(cell);
    };
    if (Array.isArray(row._cells)) {
      const xcells = row._cells;
      for (let c = 0; c < xcells.length; c++) take(xcells[c], c + 1);
    } else {
      row.eachCell(take);
    }
    if (cells) {
      rows[r] = cells;
      lastRow = r;
    }
    if (row.hidden) hiddenRows.push(r);
  };
  // ExcelJS's eachRow asks every row whether it has values (a second pass over its cells); its row
  // array, when present, is walked directly instead.
  if (Array.isArray(sheet._rows)) {
    const xrows = sheet._rows;
    for (let i = 0; i < xrows.length; i++) {
      const row = xrows[i];
      if (row) visit(row, i + 1);
    }
  } else {
    sheet.eachRow(visit);
  }
  rows.length = lastRow + 1;
  for (let r = 0; r <= lastRow; r++) if (!rows[r]) rows[r] = [];

  const grid: Grid = { sheet: sheet.name, rows, origin: "A1" };
  const merges: string[] = [];
  for (const merge of Object.values(sheet._merges ?? {})) {
    if (!merge) continue;
    const range = merge.range ?? (merge.tl && merge.br ? `${merge.tl}:${merge.br}` : undefined);
    if (range) merges.push(range.replace(/\$/g, ""));
  }
  if (merges.length) grid.merges = merges;
  const visibleHidden = hiddenRows.filter((r) => r <= lastRow);
  if (visibleHidden.length) grid.hiddenRows = visibleHidden;
  if (sheet.state === "hidden" || sheet.state === "veryHidden") grid.hidden = true;
  return grid;
}
