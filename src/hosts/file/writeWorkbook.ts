/**
 * SheetSpec[] → .xlsx bytes, for the CLI (`report --out x.xlsx`, `template`, the batch summary) and the web
 * page (downloads). Sheets are written as SpreadsheetML parts directly (ooxml/worksheet.ts) and added at the
 * package level (ooxml/package.ts): a new workbook is an empty package with the sheets added, and the
 * user's workbook comes back with every part it had — charts, pivot tables, pictures, the VBA project —
 * byte for byte. Runs in Node and in browsers.
 *
 * - Text that starts with = + - @ is stored as text, never a formula.
 * - A link to another cell is =HYPERLINK("#'Sheet'!E12", "text") with the text cached.
 * - Sheet names: invalid characters ([]:*?/\) replaced, cut to 31 characters, then the next free name
 *   (freeSheetName) among the workbook's sheets.
 */
import { isUnusableInputError, unusableInput } from "../../core/errors";
import type { SheetSpec } from "../../core/sheetSpec";
import { appendSheetsToPackage, type AppendResult } from "./ooxml/package";
import type { ReadOptions } from "./readWorkbook";
import { inspectXlsx } from "./zipGuard";

export { cleanSheetName, workbookFromSpecs, type AppendResult } from "./ooxml/package";

/**
 * The workbook `original` with the sheets added after its own, and the names they got. The bytes pass the
 * same guard as a workbook being read (zipGuard.ts); only the workbook part, its relationships,
 * [Content_Types].xml and styles.xml change, and only by the additions. The user's file is never touched:
 * this is a new file.
 */
export async function appendSheetsToXlsx(
  original: Uint8Array,
  specs: readonly SheetSpec[],
  options: ReadOptions & { date?: Date } = {}
): Promise<AppendResult> {
  const name = options.fileName ?? "workbook.xlsx";
  await inspectXlsx(original, {
    maxUncompressedBytes: options.maxUncompressedBytes,
    maxCells: options.maxCells,
    maxRows: options.maxRows,
    fileName: name,
  });
  try {
    return await appendSheetsToPackage(original, specs, { date: options.date });
  } catch (error) {
    if (isUnusableInputError(error)) throw error;
    // A package whose workbook part, relationships or content types cannot be found or edited.
    throw unusableInput("corrupt", (t) => t.fileHost.contentCorrupt(name));
  }
}
