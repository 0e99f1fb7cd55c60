/**
 * The Excel host: the task pane's Host over Office.js. Reading costs two context.sync() calls whatever the
 * number of sheets, writing the report sheets two; only sheets the add-in creates are written to.
 *
 * Every batch runs with `delayForCellEdit` (it waits while the user is typing in a cell instead of failing);
 * a read-only document and a protected workbook are told before anything is tried; every Office.js error
 * reaches the pane as a sentence that says what to do (errors.ts).
 */
import type { CellRef, Grid } from "../../core/grid";
import type { Locale } from "../../core/options";
import type { SheetSpec } from "../../core/sheetSpec";
import type { Host, HighlightResult, SaveResult, WorkbookSettings } from "../host";
import { apiSupport, officeEnv, type ExcelEnv, type ExcelRun } from "./env";
import { explainOfficeError, hostError } from "./errors";
import { clearHighlightedCells, highlightCells } from "./highlight";
import { readGrids, type ReadOptions } from "./read";
import { fitSettings, mergeSettings, readSettings, writeSettings } from "./settings";
import { writeSheets } from "./write";

export type { ExcelEnv, ExcelRun, DocumentSettings, ApiSupport, RunOptions } from "./env";
export { SETTINGS_KEY, SETTINGS_BYTE_LIMIT } from "./settings";
export { HIGHLIGHT_FILL } from "./highlight";
export { HostError } from "./errors";

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
  /** Kept for callers; the host's errors carry both languages and the pane picks one. */
  locale?: Locale;
}

/** Runs `work`, handing the pane an error it can show (explainOfficeError). */
async function explained<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainOfficeError(error);
  }
}

/** Platforms where a download from the pane does not work: the pane offers copying instead. */
const NO_DOWNLOAD_PLATFORMS = new Set(["Mac", "iOS"]);

export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const env = options.env ?? officeEnv();
  const support = apiSupport(env);
  const run: ExcelRun = (batch) => env.run(batch, { delayForCellEdit: true });
  const waitingEnv: ExcelEnv = { ...env, run };
  const refuseReadOnly = () => {
    if (env.documentMode() === "ReadOnly") throw hostError("ReadOnly", (t) => t.readOnly);
  };
  return {
    kind: "excel",
    capabilities: {
      selectCell: true,
      writeSheets: true,
      download: !NO_DOWNLOAD_PLATFORMS.has(env.platform() ?? ""),
      highlight: true,
    },
    async workbookName() {
      return fileNameFromUrl(env.documentUrl());
    },
    readGrids(): Promise<Grid[]> {
      return explained(() => readGrids(run, support, options.read));
    },
    selectCell(ref: CellRef, select: { unhide?: boolean } = {}) {
      return explained(() =>
        run(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(ref.sheet);
          sheet.load("visibility");
          await context.sync();
          if (sheet.isNullObject) throw hostError("ItemNotFound", (t) => t.sheetMissing(ref.sheet));
          if (sheet.visibility !== "Visible") {
            if (!select.unhide) throw hostError("SheetHidden", (t) => t.sheetHidden(ref.sheet));
            sheet.visibility = "Visible";
          }
          // Activate first and sync: selecting a range on an inactive sheet is unreliable across hosts.
          sheet.activate();
          await context.sync();
          sheet.getRange(ref.address).select();
          await context.sync();
        })
      );
    },
    writeSheets(sheets: SheetSpec[]) {
      return explained(async () => {
        refuseReadOnly();
        return writeSheets(run, support, sheets, options.writeBatchWeight);
      });
    },
    highlight(refs: CellRef[]): Promise<HighlightResult> {
      return explained(async () => {
        refuseReadOnly();
        return highlightCells(waitingEnv, support, refs);
      });
    },
    clearHighlights() {
      return explained(async () => {
        refuseReadOnly();
        await clearHighlightedCells(waitingEnv);
      });
    },
    async loadSettings() {
      return readSettings(env.settings);
    },
    saveSettings(settings: WorkbookSettings): Promise<SaveResult> {
      return explained(async () => {
        const { settings: fitted, dropped } = fitSettings(
          mergeSettings(readSettings(env.settings), settings)
        );
        await writeSettings(env.settings, fitted);
        return { dropped };
      });
    },
  };
}
