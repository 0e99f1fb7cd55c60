/**
 * Fixture workbooks for the standard-table tests, built through the file host (ExcelJS write → read) as a
 * user's file would arrive, and small edits to their specs ("type a wrong number into F9").
 */
import type { Grid } from "../../../src/core/grid";
import { parseAddress } from "../../../src/core/grid";
import {
  buildWorkbook,
  type FixtureCellInput,
  type SheetFixture,
  type WorkbookFixture,
} from "../../fixtures/workbook";
import { readWorkbook } from "../../../src/hosts/file/readWorkbook";

export async function gridsOf(fixture: WorkbookFixture | SheetFixture[]): Promise<Grid[]> {
  const workbook = Array.isArray(fixture) ? { sheets: fixture } : fixture;
  return readWorkbook(await buildWorkbook(workbook));
}

/** What a figure read from `address` holds as its position: for toMatchObject ("F6" → row 5, column 5). */
export function at(
  address: string,
  sheet?: string
): { row: number; column: number; sheet?: string } {
  return { ...parseAddress(address), ...(sheet !== undefined ? { sheet } : {}) };
}

/** The sheet whose name starts with `prefix` (or equals it). */
export function sheetNamed(sheets: SheetFixture[], prefix: string): SheetFixture {
  const sheet =
    sheets.find((s) => s.name === prefix) ?? sheets.find((s) => s.name.startsWith(prefix));
  if (!sheet) throw new Error(`no sheet ${prefix}`);
  return sheet;
}

/** Overwrites one cell of a sheet spec (A1 address). */
export function setCell(sheet: SheetFixture, address: string, value: FixtureCellInput): void {
  const { row, column } = parseAddress(address);
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const entry = sheet.rows[row];
  const cells = Array.isArray(entry) ? entry : entry.cells;
  while (cells.length <= column) cells.push(null);
  cells[column] = value;
}

/** The cell spec at an address. */
export function getCell(sheet: SheetFixture, address: string): FixtureCellInput {
  const { row, column } = parseAddress(address);
  const entry = sheet.rows[row];
  const cells = Array.isArray(entry) ? entry : (entry?.cells ?? []);
  return cells[column] ?? null;
}
