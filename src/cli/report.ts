/** `report --out`: compose the report and write it in the format the file name asks for. */
import { readFile as readFileBytes } from "node:fs/promises";
import { basename } from "node:path";
import type { Locale } from "../core/options";
import type { Analysis } from "../core/pipeline";
import { composeReport } from "../core/report";
import { writeFileAtomic } from "../hosts/file/writeFile";
import { appendSheetsToXlsx } from "../hosts/file/writeWorkbook";
import { messagesFor } from "../i18n";
import { type ReportFormat, renderReport, reportFormatFor, reportSheetSpecs } from "../render";
import { summarize } from "./contracts";
import { argumentError } from "./errors";
import type { Io } from "./io";

/**
 * The report's own formats, or "workbook" (.xlsx, or .xlsm for a workbook with macros): a copy of the input
 * workbook with the report sheets added. Checked before any work is done.
 */
export function reportOutputFormat(path: string): ReportFormat | "workbook" {
  const format = /\.xls[xm]$/i.test(path) ? "workbook" : reportFormatFor(path);
  if (!format) throw argumentError((t) => t.unsupportedOut(path));
  return format;
}

export async function writeReport(
  analysis: Analysis,
  workbookPath: string,
  out: string,
  locale: Locale,
  io: Io
): Promise<void> {
  const t = messagesFor(locale).cli;
  const format = reportOutputFormat(out);
  const composed = composeReport(analysis);
  if (format === "workbook") {
    // A copy of the input workbook with the report sheets added; every part of the original kept as it was.
    const original = await readFileBytes(workbookPath);
    const specs = reportSheetSpecs(composed, analysis.changes, analysis.findings);
    const copy = await appendSheetsToXlsx(new Uint8Array(original), specs, {
      fileName: basename(workbookPath),
    });
    const namedXlsm = /\.xlsm$/i.test(out);
    if (copy.macroEnabled && !namedXlsm) throw argumentError((t) => t.macroWorkbookNeedsXlsm(out));
    if (!copy.macroEnabled && namedXlsm) throw argumentError((t) => t.plainWorkbookNeedsXlsx(out));
    await writeFileAtomic(out, copy.bytes);
  } else {
    await writeFileAtomic(out, await renderReport(format, composed));
  }
  io.out(t.reportWritten(out));
  const summary = summarize(analysis.findings);
  if (summary.error > 0 || summary.warning > 0)
    io.out(t.reportWithFindings(summary.error, summary.warning));
  const placeholders = composed.report.placeholders;
  io.out(
    placeholders.length
      ? t.placeholdersLeft(placeholders.length, placeholders.join("、"))
      : t.noPlaceholders
  );
}
