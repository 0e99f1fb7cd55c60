/**
 * The Excel host: the task pane's Host over Office.js. Reading costs two context.sync() calls whatever the
 * number of sheets, writing the report sheets two; only sheets the add-in creates are written to.
 */
import type { CellRef, Grid } from "../../core/grid";
import type { Locale } from "../../core/options";
import { messagesFor } from "../../i18n";
import type { SheetSpec } from "../../core/sheetSpec";
import type { Host, WorkbookSettings } from "../host";
import { apiSupport, officeEnv, type ExcelEnv } from "./env";
import { clearHighlightedCells, highlightCells } from "./highlight";
import { readGrids, type ReadOptions } from "./read";
import { mergeSettings, readSettings, writeSettings } from "./settings";
import { writeSheets } from "./write";

export type { ExcelEnv, ExcelRun, DocumentSettings, ApiSupport } from "./env";
export { SETTINGS_KEY } from "./settings";
export { HIGHLIGHT_FILL } from "./highlight";

/** "C:\\财务\\2023年基础数据表.xlsx" or "https://…/2023.xlsx?web=1" → "2023年基础数据表.xlsx". */
export function fileNameFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.split(/[?#]/)[0];
  const name = path.split(/[\\/]/).pop();
  if (!name) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export interface ExcelHostOptions {
  /** Defaults to the real Office.js environment (call after Office.onReady). */
  env?: ExcelEnv;
  read?: ReadOptions;
  /** Request weight (≈ cells) per sync when writing; only huge sheets need more than one sync. */
  writeBatchWeight?: number;
  /** Language of the host's own error messages. */
  locale?: Locale;
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === "ItemNotFound";
}

export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const env = options.env ?? officeEnv();
  const support = apiSupport(env);
  return {
    kind: "excel",
    capabilities: {
      selectCell: true,
      writeSheets: true,
      // Downloads from the task pane do not work in Excel on Mac: the pane offers copying instead.
      download: env.platform() !== "Mac",
      highlight: true,
    },
    async workbookName() {
      return fileNameFromUrl(env.documentUrl());
    },
    readGrids(): Promise<Grid[]> {
      return readGrids(env.run, support, options.read);
    },
    async selectCell(ref: CellRef) {
      try {
        await env.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(ref.sheet);
          // Activate first and sync: selecting a range on an inactive sheet is unreliable across hosts.
          sheet.activate();
          await context.sync();
          sheet.getRange(ref.address).select();
          await context.sync();
        });
      } catch (error) {
        if (isItemNotFound(error))
          throw new Error(messagesFor(options.locale).addin.sheetMissing(ref.sheet));
        throw error;
      }
    },
    writeSheets(sheets: SheetSpec[]) {
      return writeSheets(env.run, support, sheets, options.writeBatchWeight);
    },
    highlight(refs: CellRef[]) {
      return highlightCells(env, support, refs);
    },
    clearHighlights() {
      return clearHighlightedCells(env);
    },
    async loadSettings() {
      return readSettings(env.settings);
    },
    async saveSettings(settings: WorkbookSettings) {
      await writeSettings(env.settings, mergeSettings(readSettings(env.settings), settings));
    },
  };
}
