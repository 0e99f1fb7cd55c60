/**
 * Grid: the plain-cell picture of one worksheet that every host (Office.js, ExcelJS, tests) produces.
 * The core reads nothing else.
 */

/** Where a value came from: a sheet name and an A1 address ("E12"). */
export interface CellRef {
  sheet: string;
  address: string;
}

/**
 * Where a figure or label sits, as numbers: the sheet and the 0-based row and column in sheet coordinates.
 * The Book keeps positions rather than CellRefs: a 100 000-row sheet would otherwise hold half a million
 * address strings. `refAt` formats the A1 CellRef where one is shown: findings, report runs, JSON.
 */
export interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

/** An Excel error value such as "#REF!" or "#DIV/0!". */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export interface Cell {
  /** Typed value: number for numbers (and cached formula results), string for text, null for blank. */
  value: CellValue;
  /** The text Excel shows (number format applied) when the host knows it; otherwise a plain rendering. */
  text?: string;
  /** The formula without cached value knowledge, e.g. "=SUM(C5:C9)". */
  formula?: string;
  /** True when the cell holds a formula whose cached result is unknown (file never recalculated). */
  formulaWithoutValue?: boolean;
  /** True when `value` was computed by the core from the formula (src/core/formula.ts), not read. */
  computed?: boolean;
  numberFormat?: string;
  /** Indent level from cell formatting (Excel's "increase indent"). */
  indent?: number;
  bold?: boolean;
}

export interface Grid {
  sheet: string;
  /** rows[r][c] for r, c from 0; row 0 / column 0 is at `origin`. Ragged rows are allowed. */
  rows: (Cell | undefined)[][];
  /** A1 address of rows[0][0]; "A1" when omitted. */
  origin?: string;
  /** Merged areas as A1 ranges ("A3:A4"), in sheet coordinates. */
  merges?: string[];
  /** 0-based indices into `rows` of hidden rows. */
  hiddenRows?: number[];
  hidden?: boolean;
  /**
   * The host could not read this sheet's indent, bold, hidden rows or merged areas (Excel on the web's
   * request limits): recognition worked from values alone, and the 数据 tab says so.
   */
  formatsUnread?: boolean;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** 0-based column index → letters: 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → 0-based column index: "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "E12" → { row: 11, column: 4 } (0-based). Accepts "$E$12". */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** 0-based row/column → "E12". */
export function formatAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A3:B4" → bounds (0-based, inclusive). A single cell "A3" is a 1×1 range. */
export function parseRange(range: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [start, end = start] = range.split(":");
  const a = parseAddress(start);
  const b = parseAddress(end);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Sheet-coordinates offset of a grid's rows[0][0]. */
export function gridOrigin(grid: Grid): { row: number; column: number } {
  return grid.origin ? parseAddress(grid.origin) : { row: 0, column: 0 };
}

/** The CellRef of rows[r][c] in a grid, honouring its origin. */
export function cellRef(grid: Grid, row: number, column: number): CellRef {
  const origin = gridOrigin(grid);
  return { sheet: grid.sheet, address: formatAddress(origin.row + row, origin.column + column) };
}

/** The position of rows[r][c] in a grid, honouring its origin. */
export function cellPosition(grid: Grid, row: number, column: number): CellPosition {
  const origin = gridOrigin(grid);
  return { sheet: grid.sheet, row: origin.row + row, column: origin.column + column };
}

/** The A1 CellRef of a position: { sheet: "基础数据表", address: "E12" }. */
export function refAt(at: CellPosition): CellRef {
  return { sheet: at.sheet, address: formatAddress(at.row, at.column) };
}

/** The position of an A1 CellRef (the inverse of `refAt`). */
export function positionOf(ref: CellRef): CellPosition {
  const { row, column } = parseAddress(ref.address);
  return { sheet: ref.sheet, row, column };
}

/** True when two positions name the same cell. */
export function samePosition(a: CellPosition | undefined, b: CellPosition | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.column === b.column
  );
}

/** A map key for a position ("基础数据表!11:4" for E12), made without formatting the A1 address. */
export function positionKey(at: CellPosition): string {
  return `${at.sheet}!${at.row}:${at.column}`;
}

/** "基础数据表!E12" for people; quotes names that need it the way Excel does. */
export function formatRef(ref: CellRef): string {
  const needsQuotes = /[^A-Za-z0-9_\u4e00-\u9fff]/.test(ref.sheet);
  const sheet = needsQuotes ? `'${ref.sheet.replace(/'/g, "''")}'` : ref.sheet;
  return `${sheet}!${ref.address}`;
}

/** Shown text of a cell: the host's text if any, else a plain rendering of the value. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  const value = cell.value;
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

/** Builds a Grid from a plain 2-D array of values: the shortest way to write a test grid. */
export function gridFromValues(
  sheet: string,
  values: CellValue[][],
  extra: Partial<Grid> = {}
): Grid {
  return {
    sheet,
    rows: values.map((row) => row.map((value) => (value === null ? undefined : { value }))),
    ...extra,
  };
}
