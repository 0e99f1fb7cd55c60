/**
 * Pure conversions between what Office.js returns or accepts and the core's plain types: loaded range
 * matrices → Grid, and a SheetSpec → the matrices and ranges one write batch sets. No Office.js calls here.
 */
import {
  columnLetters,
  formatAddress,
  parseAddress,
  parseRange,
  type Cell,
  type CellRef,
  type CellValue,
  type Grid,
} from "../../core/grid";
import type { CellStyle, SheetSpec } from "../../core/sheetSpec";

/** Error values as Office.js returns them in `values` (plain strings). */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/** "'My Sheet'!$A$1:$D$20" → "A1:D20"; "Sheet1!B3" → "B3". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
}

/** A RangeAreas address ("Sheet1!A1:B2,Sheet1!D4:E5", possibly with spaces) → ["A1:B2", "D4:E5"]. */
export function splitAreas(address: string | null | undefined): string[] {
  if (!address) return [];
  // Sheet names may contain commas only when quoted; split outside quotes.
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map(localAddress).filter((part) => part.length > 0);
}

/** One value from `range.values` → a core CellValue ("" is blank; "#REF!" and friends are errors). */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "string") {
    if (raw === "") return null;
    if (raw.startsWith("#") && ERROR_VALUES.has(raw)) return { error: raw };
    return raw;
  }
  return String(raw);
}

/** Per-cell formatting that recognition uses, from getCellProperties. */
export interface CellFormat {
  indent?: number;
  bold?: boolean;
}

/** One worksheet as loaded from Office.js (matrices are row-major, starting at `address`). */
export interface LoadedSheet {
  name: string;
  visibility?: string;
  /** The used range's address (with or without the sheet name). */
  address: string;
  values: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  formats?: (CellFormat | undefined)[][];
  /** 0-based indices into `values` of hidden rows. */
  hiddenRows?: number[];
  merges?: string[];
  /** Indent, bold, hidden rows or merged areas could not be read (the host refused them). */
  formatsUnread?: boolean;
}

/** Office.js matrices → Grid. Blank cells without a formula become `undefined`. */
export function toGrid(sheet: LoadedSheet): Grid {
  const range = localAddress(sheet.address);
  const origin = range.split(":")[0];
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const valueRow = sheet.values[r] ?? [];
    const formulaRow = sheet.formulas?.[r];
    const formatRow = sheet.numberFormat?.[r];
    const styleRow = sheet.formats?.[r];
    const row: (Cell | undefined)[] = [];
    let last = -1;
    for (let c = 0; c < valueRow.length; c++) {
      const value = toCellValue(valueRow[c]);
      const rawFormula = formulaRow?.[c];
      const formula =
        typeof rawFormula === "string" && rawFormula.startsWith("=") ? rawFormula : undefined;
      if (value === null && formula === undefined) continue;
      const cell: Cell = { value };
      if (formula !== undefined) cell.formula = formula;
      const numberFormat = formatRow?.[c];
      if (typeof numberFormat === "string" && numberFormat !== "General" && numberFormat !== "") {
        cell.numberFormat = numberFormat;
      }
      const style = styleRow?.[c];
      if (style?.indent) cell.indent = style.indent;
      if (style?.bold) cell.bold = true;
      row[c] = cell;
      last = c;
    }
    row.length = last + 1;
    rows.push(row);
  }
  // Drop trailing empty rows (the used range can extend past the last value when valuesOnly is ignored).
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const grid: Grid = { sheet: sheet.name, rows, origin };
  if (sheet.merges && sheet.merges.length > 0) grid.merges = sheet.merges;
  const hiddenRows = (sheet.hiddenRows ?? []).filter((r) => r < rows.length);
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  if (sheet.visibility && sheet.visibility !== "Visible") grid.hidden = true;
  if (sheet.formatsUnread) grid.formatsUnread = true;
  return grid;
}

/** True when a used range is the blank-sheet answer of getUsedRange: one empty cell. */
export function isBlankRange(values: unknown[][]): boolean {
  return (
    values.length === 1 && values[0].length === 1 && (values[0][0] === "" || values[0][0] === null)
  );
}

/** A stored Excel column width (characters, as in the file and ExcelJS) → points (Office.js `columnWidth`), for the default 7-px digit. */
export function widthToPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(pixels * 0.75 * 100) / 100;
}

/** Formats a link target the way Excel's documentReference wants it: 'Sheet name'!A1. */
export function documentReference(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${ref.address}`;
}

interface StyleRun {
  /** A1 range on the new sheet. */
  address: string;
  style: CellStyle;
}

/** Everything one SheetSpec sets, as whole-block matrices and a few ranges. */
export interface SheetPlan {
  /** The block the values and number formats cover ("A1:F40"), or undefined for an empty sheet. */
  block?: string;
  values: (string | number)[][];
  numberFormat: string[][];
  styleRuns: StyleRun[];
  merges: string[];
  links: { address: string; ref: CellRef; text: string }[];
  columnWidths: { column: string; points: number }[];
  rowHeights: { row: number; points: number }[];
}

function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  // The number format travels in the block's numberFormat matrix, not in style runs.
  const keys = (Object.keys(style) as (keyof CellStyle)[])
    .filter((key) => key !== "numberFormat")
    .sort();
  return keys.map((key) => `${key}=${String(style[key])}`).join(";");
}

/**
 * Lays a SheetSpec out: `rows[r].cells[c]` is written to row r, column c. Every text cell gets the text
 * number format "@" so Excel stores it as typed — a text starting with = + - @ stays text (never a
 * formula) and codes like "30108" stay text. Numbers get the spec's number format or General.
 */
export function planSheet(spec: SheetSpec): SheetPlan {
  let width = spec.columnWidths.length;
  for (const row of spec.rows) {
    row.cells.forEach((cell, c) => {
      width = Math.max(width, c + 1 + Math.max(0, cell.mergeAcross ?? 0));
    });
  }
  const height = spec.rows.length;
  const values: (string | number)[][] = [];
  const numberFormat: string[][] = [];
  const styleRuns: StyleRun[] = [];
  const merges: string[] = [];
  const links: SheetPlan["links"] = [];
  const rowHeights: SheetPlan["rowHeights"] = [];

  spec.rows.forEach((row, r) => {
    const valueRow: (string | number)[] = new Array(width).fill("");
    const formatRow: string[] = new Array(width).fill("General");
    let run: { start: number; end: number; key: string; style: CellStyle } | undefined;
    const flush = () => {
      if (run) {
        const start = formatAddress(r, run.start);
        const end = formatAddress(r, run.end);
        styleRuns.push({ address: start === end ? start : `${start}:${end}`, style: run.style });
      }
      run = undefined;
    };
    for (let c = 0; c < row.cells.length; c++) {
      const cell = row.cells[c];
      if (!cell) {
        flush();
        continue;
      }
      const value = cell.value;
      if (typeof value === "number" && Number.isFinite(value)) {
        valueRow[c] = value;
        formatRow[c] = cell.style?.numberFormat ?? "General";
      } else if (typeof value === "string" && value !== "") {
        valueRow[c] = value;
        formatRow[c] = "@";
      }
      const span = Math.max(0, cell.mergeAcross ?? 0);
      if (span > 0) {
        merges.push(`${formatAddress(r, c)}:${formatAddress(r, c + span)}`);
      }
      if (cell.link) {
        links.push({ address: formatAddress(r, c), ref: cell.link, text: String(value ?? "") });
      }
      const key = styleKey(cell.style);
      if (key === "") {
        flush();
      } else if (run && run.key === key && run.end === c - 1) {
        run.end = c + span;
      } else {
        flush();
        run = { start: c, end: c + span, key, style: cell.style as CellStyle };
      }
      // A merged cell's style covers its whole area; the cells it covers are skipped.
      c += span;
    }
    flush();
    values.push(valueRow);
    numberFormat.push(formatRow);
    if (row.height !== undefined) rowHeights.push({ row: r, points: row.height });
  });

  return {
    block: width > 0 && height > 0 ? `A1:${formatAddress(height - 1, width - 1)}` : undefined,
    values,
    numberFormat,
    styleRuns,
    merges,
    links,
    columnWidths: spec.columnWidths.map((characters, c) => ({
      column: `${columnLetters(c)}:${columnLetters(c)}`,
      points: widthToPoints(characters),
    })),
    rowHeights,
  };
}

/** Rows [start, end) of a used range, as the A1 address of that slice. */
export function rowSlice(usedAddress: string, start: number, end: number): string {
  const bounds = parseRange(localAddress(usedAddress));
  const top = bounds.top + start;
  const bottom = Math.min(bounds.top + end - 1, bounds.bottom);
  return `${formatAddress(top, bounds.left)}:${formatAddress(bottom, bounds.right)}`;
}

/** The top-left cell of an address, 0-based. */
export function topLeft(address: string): { row: number; column: number } {
  return parseAddress(localAddress(address).split(":")[0]);
}
