/**
 * A host whose workbook is a file the user picks (the web page). The pane shows file pickers for such
 * a host; the Excel host reads the open workbook instead. Kept here, not in src/hosts/web, so the Excel
 * bundle never pulls in the web host.
 */
import type { SheetSpec } from "../core/sheetSpec";
import type { Host } from "./host";

export interface FileSourceHost extends Host {
  /** Remembers this year's workbook; readGrids() reads it. */
  openWorkbook(file: File): Promise<void>;
  hasWorkbook(): boolean;
  /** Downloads a new .xlsx holding just these sheets (the blank template). */
  downloadNewWorkbook(fileName: string, sheets: SheetSpec[]): Promise<void>;
}

export function isFileSourceHost(host: Host): host is FileSourceHost {
  return typeof (host as Partial<FileSourceHost>).openWorkbook === "function";
}

/** A file name without characters Windows refuses. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "_").trim() || "report";
}

/**
 * "常宁市总工会-2023.xlsx" → "常宁市总工会-2023-绩效自评报告.xlsx"; a workbook with macros stays .xlsm (Excel
 * refuses a macro workbook named .xlsx).
 */
export function reportWorkbookName(workbookName: string | undefined, suffix: string): string {
  const name = workbookName ?? "workbook";
  const extension = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx";
  const base = name.replace(/\.xls[xm]$/i, "");
  return `${safeFileName(base)}-${suffix}${extension}`;
}
