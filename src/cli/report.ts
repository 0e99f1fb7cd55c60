/** `report --out`: compose the report and write it in the format the file name asks for. */
import { readFile as readFileBytes, writeFile } from "node:fs/promises";
import type { Locale } from "../core/options";
import type { Analysis } from "../core/pipeline";
import { composeReport } from "../core/report";
import { appendSheetsToXlsx } from "../hosts/file/writeWorkbook";
import { messagesFor } from "../i18n";
import { type ReportFormat, renderReport, reportFormatFor, reportSheetSpecs } from "../render";
import { summarize } from "./contracts";
import { argumentError } from "./errors";
import type { Io } from "./io";

/** The report's own formats, or "xlsx": a copy of the input workbook with the report sheets added. */
function outputFormat(path: string): ReportFormat | "xlsx" {
  const format = /\.xlsx$/i.test(path) ? "xlsx" : reportFormatFor(path);
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
  const format = outputFormat(out);
  const composed = composeReport(analysis);
  if (format === "xlsx") {
    // A copy of the input workbook with the report sheets added; the user's sheets stay as they were.
    const original = await readFileBytes(workbookPath);
    const specs = reportSheetSpecs(composed, analysis.changes, analysis.findings);
    await writeFile(out, await appendSheetsToXlsx(new Uint8Array(original), specs));
  } else {
    const rendered = await renderReport(format, composed);
    await writeFile(out, rendered);
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
