/**
 * Renderers: everything a host needs to turn a composed report into a file or worksheets. Hosts (CLI, task
 * pane, web page) stay thin: `renderReport(format, composed)` and `reportSheetSpecs(composed, changes, findings)`.
 */
import type { ComposedReport } from "../core/report/types";
import { renderDocx, DocxOptions } from "./docx";
import { renderJson } from "./json";
import { renderMarkdown, renderText } from "./markdown";

export type ReportFormat = "docx" | "md" | "txt" | "json";

/** .docx as bytes; Markdown, text and JSON as strings (UTF-8 when written). */
export async function renderReport(
  format: ReportFormat,
  composed: ComposedReport,
  options: DocxOptions = {}
): Promise<Uint8Array | string> {
  switch (format) {
    case "docx":
      return renderDocx(composed.report, options);
    case "md":
      return renderMarkdown(composed.report);
    case "txt":
      return renderText(composed.report);
    case "json":
      return renderJson(composed.report);
  }
}

/** The format for a file name's extension, or undefined. */
export function reportFormatFor(fileName: string): ReportFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "docx" || ext === "json" || ext === "txt") return ext;
  if (ext === "md" || ext === "markdown") return "md";
  return undefined;
}

export { renderDocx, GB_FONTS, WINDOWS_FONTS, GB_LAYOUT } from "./docx";
export type { DocxFonts, DocxOptions } from "./docx";
export { renderMarkdown, renderText } from "./markdown";
export { renderJson, reportToJson } from "./json";
export type { ReportJson } from "./json";
export {
  reportSheetSpecs,
  reportSheet,
  changesSheet,
  findingsSheet,
  REPORT_SHEET,
  CHANGES_SHEET,
  FINDINGS_SHEET,
} from "./reportSheets";
export type { ReportSheetOptions } from "./reportSheets";
