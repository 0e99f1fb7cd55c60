/**
 * The task pane talks to its world only through this interface. The Excel host (Office.js) and the web
 * host (a file opened in the browser, read with ExcelJS) implement it; tests use fakes.
 */
import type { CellRef, Grid } from "../core/grid";
import type { SheetSpec } from "../core/sheetSpec";

/** What the add-in saves in the workbook (Excel: workbook.settings; web page: localStorage by file name). */
export interface WorkbookSettings {
  version: 1;
  /** Manual recognition corrections (sheet, header row, columns). */
  overrides?: { sheet?: string; headerRow?: number; columns?: Record<string, number> };
  /** Sheet kinds set by hand in the 数据 tab: sheet name → kind (core SheetKind). */
  sheetKinds?: Record<string, string>;
  /** Thresholds in the units of core Options (basis points, fen). */
  thresholds?: {
    explainPercent?: number;
    explainFloor?: number;
    executionLow?: number;
    executionHigh?: number;
  };
  /** Report texts typed in the pane, by TextKey. */
  texts?: Record<string, string>;
  /** Reasons typed in the 变动 tab, by line key. */
  reasons?: Record<string, string>;
  /** Ignored findings: "RULE|sheet!cell" → the user's reason. */
  ignored?: Record<string, string>;
  includeResultUse?: boolean;
  includeOtherMatters?: boolean;
  /** Cells the add-in highlighted, with their previous fill, so one click restores them. */
  highlights?: { sheet: string; address: string; previousFill: string | null }[];
}

export interface HostCapabilities {
  /** Can select a cell in the user's workbook (Excel only). */
  selectCell: boolean;
  /** Can write new sheets into the open workbook (Excel); the web page offers an .xlsx download instead. */
  writeSheets: boolean;
  /** Can download files from the pane (false on Mac Excel: offer copying instead). */
  download: boolean;
  highlight: boolean;
}

export interface Host {
  kind: "excel" | "web";
  capabilities: HostCapabilities;
  /** The workbook's display name, if known. */
  workbookName(): Promise<string | undefined>;
  /** Every sheet of the current workbook as grids (Excel: ≤ 2 syncs). */
  readGrids(): Promise<Grid[]>;
  /**
   * Shows a cell. A cell on a hidden sheet is not selected blindly: the Excel host fails with code
   * "SheetHidden" unless `unhide` (the user chose "unhide and go").
   */
  selectCell(ref: CellRef, options?: { unhide?: boolean }): Promise<void>;
  /** Creates new sheets with free names; returns the names used. Never touches existing sheets. */
  writeSheets(sheets: SheetSpec[]): Promise<string[]>;
  /** Marks the cells; cells on protected sheets are left alone and their sheets named. */
  highlight(refs: CellRef[]): Promise<HighlightResult>;
  clearHighlights(): Promise<void>;
  loadSettings(): Promise<WorkbookSettings | undefined>;
  /** Saves what fits; says which parts did not (a workbook holds about 2 MB of settings). */
  saveSettings(settings: WorkbookSettings): Promise<SaveResult>;
}

export interface HighlightResult {
  /** Cells marked now. */
  marked: number;
  /** Sheets left unmarked because they are protected. */
  protectedSheets: string[];
  /** Cells not marked because the record of previous fills would not fit in the workbook's settings. */
  notMarked: number;
}

export interface SaveResult {
  /** Parts of the settings not saved because the whole was too large. */
  dropped: ("texts" | "ignored")[];
}
