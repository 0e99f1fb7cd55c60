/**
 * SheetSpec[] → ExcelJS worksheets → .xlsx bytes. Used by the CLI (`report --out x.xlsx`, `template`) and
 * the web page (download). Runs in Node and in browsers.
 *
 * Conventions:
 * - `cells[i]` is column i (A, B, …). A cell with `mergeAcross: n` covers the next n columns; entries of
 *   `cells` under a merge are ignored (leave them out or null). Its style is applied to every covered cell,
 *   so borders show all round the merged area.
 * - Text that starts with = + - @ is stored as a text value, never a formula (ExcelJS writes a plain
 *   string cell, which Excel does not evaluate).
 * - A link to another cell is written as =HYPERLINK("#'Sheet'!E12", "text") with the text as its cached
 *   value: ExcelJS's own internal hyperlinks produce a broken target (exceljs#3027), the formula works in
 *   Excel, WPS and LibreOffice alike.
 * - Sheet names: invalid characters ([]:*?/\) replaced, cut to 31 characters, then the next free name
 *   (freeSheetName) among the workbook's sheets.
 */
import type { CellRef } from "../../core/grid";
import { formatRef } from "../../core/grid";
import { freeSheetName, type CellStyle, type SheetSpec } from "../../core/sheetSpec";
import { loadCheckedWorkbook, loadExcelJS, type ReadOptions } from "./readWorkbook";

type Workbook = import("exceljs").Workbook;
type Worksheet = import("exceljs").Worksheet;
type ExcelCell = import("exceljs").Cell;

/** A valid sheet name: no []:*?/\ , not blank, not starting/ending with ', at most 31 characters. */
export function cleanSheetName(name: string): string {
  let clean = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!clean) clean = "Sheet";
  return Array.from(clean).slice(0, 31).join("");
}

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };

function applyStyle(cell: ExcelCell, style: CellStyle | undefined, isLink: boolean): void {
  if (!style && !isLink) return;
  const s = style ?? {};
  const font: Partial<import("exceljs").Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontName) font.name = s.fontName;
  if (s.color) font.color = { argb: argb(s.color) };
  else if (isLink) font.color = { argb: "FF0563C1" };
  if (isLink) font.underline = true;
  if (Object.keys(font).length) cell.font = font;
  if (s.fill) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  }
  const alignment: Partial<import("exceljs").Alignment> = {};
  if (s.wrap) alignment.wrapText = true;
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.vertical) alignment.vertical = s.vertical;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

/** The HYPERLINK formula for a link to `ref`, or undefined when the text is too long for it. */
function linkFormula(ref: CellRef, text: string): string | undefined {
  const target = `#${formatRef({ sheet: ref.sheet, address: ref.address })}`;
  if (text.length > 255 || target.length > 255) return undefined;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(target)},${quote(text)})`;
}

function writeSheet(sheet: Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  spec.rows.forEach((rowSpec, r) => {
    const row = sheet.getRow(r + 1);
    if (rowSpec.height) row.height = rowSpec.height;
    let coveredUntil = -1;
    rowSpec.cells.forEach((cellSpec, c) => {
      if (c <= coveredUntil || !cellSpec) return;
      const cell = row.getCell(c + 1);
      const value = cellSpec.value;
      let isLink = false;
      if (cellSpec.link && value !== null && value !== undefined) {
        const text = String(value);
        const formula = linkFormula(cellSpec.link, text);
        if (formula) {
          cell.value = { formula, result: text } as import("exceljs").CellFormulaValue;
          isLink = true;
        } else {
          cell.value = text;
        }
      } else if (typeof value === "number") {
        cell.value = Number.isFinite(value) ? value : null;
      } else if (typeof value === "string") {
        // A string value is always stored as text: "=1+1" stays the three characters "=1+1".
        cell.value = value;
      }
      applyStyle(cell, cellSpec.style, isLink);
      const across = cellSpec.mergeAcross ?? 0;
      if (across > 0) {
        for (let k = 1; k <= across; k++) applyStyle(row.getCell(c + 1 + k), cellSpec.style, false);
        sheet.mergeCells(r + 1, c + 1, r + 1, c + 1 + across);
        coveredUntil = c + across;
      }
    });
  });
  if (spec.freezeRows && spec.freezeRows > 0) {
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows }];
  }
  if (spec.print) applyPrint(sheet, spec);
}

/** Printable width of A4 at 96 px per inch with ExcelJS's default 0.7 in side margins. */
const A4_PRINTABLE_PX = { portrait: (8.27 - 1.4) * 96, landscape: (11.69 - 1.4) * 96 };
/**
 * Pixels per character of column width, on the generous side: Excel's Calibri 11 gives 7 px, LibreOffice
 * and WPS lay the same width out wider when Calibri is absent.
 */
const PX_PER_CHAR = 8;

/**
 * A4, orientation, and fit to the page width. Excel and WPS honour fit-to-page (fitToWidth 1, height
 * unbounded); LibreOffice only scales a sheet that spans several page columns, and clips a single column
 * wider than the page (a report's one wide text column). Such a sheet gets an explicit scale instead, which
 * every program honours.
 */
function applyPrint(sheet: Worksheet, spec: SheetSpec): void {
  const print = spec.print;
  if (!print) return;
  sheet.pageSetup.paperSize = 9; // A4
  sheet.pageSetup.orientation = print.orientation;
  if (!print.fitToWidth) return;
  const printable = A4_PRINTABLE_PX[print.orientation];
  const widest = Math.max(0, ...spec.columnWidths.map((w) => w * PX_PER_CHAR + 5));
  if (widest > printable) {
    sheet.pageSetup.fitToPage = false;
    sheet.pageSetup.scale = Math.max(10, Math.floor((printable / widest) * 100));
  } else {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = 1;
    sheet.pageSetup.fitToHeight = 0;
  }
}

/** Adds one worksheet per spec (free names, never touching existing sheets); returns the names used. */
export function addSheetsToWorkbook(workbook: Workbook, specs: readonly SheetSpec[]): string[] {
  const used: string[] = [];
  for (const spec of specs) {
    const existing = workbook.worksheets.map((ws) => ws.name);
    const name = freeSheetName(cleanSheetName(spec.name), existing);
    const sheet = workbook.addWorksheet(name);
    writeSheet(sheet, spec);
    used.push(name);
  }
  return used;
}

async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** A new workbook holding the given sheets, as .xlsx bytes. */
export async function workbookFromSpecs(
  specs: readonly SheetSpec[],
  options: { date?: Date } = {}
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget-report";
  if (options.date) {
    workbook.created = options.date;
    workbook.modified = options.date;
  }
  addSheetsToWorkbook(workbook, specs);
  return toBytes(workbook);
}

/**
 * The input workbook with the sheets added. Existing cells keep their values, formulas and formats as
 * ExcelJS round-trips them (it drops what it does not model: charts, pivot tables, VBA). A workbook
 * ExcelJS can only read from its salvage copy (readWorkbook.ts) is written from that copy: cells, styles
 * and sheets as they were, drawings, tables, comments and links left out. The user's file is never
 * touched; this is a new file.
 */
export async function appendSheetsToXlsx(
  original: Uint8Array,
  specs: readonly SheetSpec[],
  options: ReadOptions = {}
): Promise<Uint8Array> {
  const workbook = await loadCheckedWorkbook(original, options);
  addSheetsToWorkbook(workbook, specs);
  return toBytes(workbook);
}
