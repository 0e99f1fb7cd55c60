/**
 * The web page's Host: the workbook is a file the user opens in the browser. It is read with the file
 * host (ExcelJS, loaded on demand) and never leaves the machine. Writing the report means downloading the
 * original file with the report sheets added; cells cannot be selected, so the pane shows their address.
 * Settings live in localStorage, keyed by the file's name.
 */
import type { Grid } from "../../core/grid";
import type { SheetSpec } from "../../core/sheetSpec";
import type { HighlightResult, HostCapabilities, SaveResult, WorkbookSettings } from "../host";
import { reportWorkbookName, type FileSourceHost } from "../fileSource";
import { downloadBlob, readFileBytes } from "../browser";
import { REPORT_SHEET } from "../../render/reportSheets";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_MIME = "application/vnd.ms-excel.sheet.macroEnabled.12";
export const SETTINGS_PREFIX = "budget-report:settings:";

/** What the web host needs of the browser; tests pass fakes. */
export interface WebHostEnvironment {
  storage?: Pick<Storage, "getItem" | "setItem">;
  download?: (fileName: string, blob: Blob) => void;
  /** The suffix of the downloaded report workbook's name (default: the report sheet's name). */
  reportSuffix?: string;
}

export class WebHost implements FileSourceHost {
  readonly kind = "web" as const;
  readonly capabilities: HostCapabilities = {
    selectCell: false,
    writeSheets: false,
    download: true,
    highlight: false,
  };
  private file?: { name: string; bytes: Uint8Array };
  private grids?: Grid[];
  private readonly storage?: Pick<Storage, "getItem" | "setItem">;
  private readonly download: (fileName: string, blob: Blob) => void;
  private readonly reportSuffix: string;

  constructor(env: WebHostEnvironment = {}) {
    this.storage = env.storage ?? safeLocalStorage();
    this.download = env.download ?? downloadBlob;
    this.reportSuffix = env.reportSuffix ?? REPORT_SHEET;
  }

  async openWorkbook(file: File): Promise<void> {
    const bytes = new Uint8Array(await readFileBytes(file));
    this.file = { name: file.name, bytes };
    this.grids = undefined;
  }

  hasWorkbook(): boolean {
    return this.file !== undefined;
  }

  async workbookName(): Promise<string | undefined> {
    return this.file?.name;
  }

  async readGrids(): Promise<Grid[]> {
    const file = this.requireFile();
    const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../file/readWorkbook");
    this.grids = await readWorkbook(file.bytes, { fileName: file.name });
    return this.grids;
  }

  async selectCell(): Promise<void> {
    // Not possible in a browser: the pane shows the cell's address instead (capabilities.selectCell).
  }

  /** Downloads the original workbook with the sheets appended; returns the names they got. */
  async writeSheets(sheets: SheetSpec[]): Promise<string[]> {
    const file = this.requireFile();
    const { appendSheetsToXlsx } = await import(
      /* webpackChunkName: "xlsx" */ "../file/writeWorkbook"
    );
    const { bytes, names, macroEnabled } = await appendSheetsToXlsx(file.bytes, sheets, {
      fileName: file.name,
    });
    this.download(reportWorkbookName(file.name, this.reportSuffix), xlsxBlob(bytes, macroEnabled));
    return names;
  }

  async downloadNewWorkbook(fileName: string, sheets: SheetSpec[]): Promise<void> {
    const { workbookFromSpecs } = await import(
      /* webpackChunkName: "xlsx" */ "../file/writeWorkbook"
    );
    this.download(fileName, xlsxBlob(await workbookFromSpecs(sheets)));
  }

  async highlight(): Promise<HighlightResult> {
    // A downloaded file cannot be marked up in place (capabilities.highlight is false).
    return { marked: 0, protectedSheets: [], notMarked: 0 };
  }

  async clearHighlights(): Promise<void> {}

  async loadSettings(): Promise<WorkbookSettings | undefined> {
    if (!this.file || !this.storage) return undefined;
    const text = this.storage.getItem(SETTINGS_PREFIX + this.file.name);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as WorkbookSettings;
    } catch {
      return undefined;
    }
  }

  async saveSettings(settings: WorkbookSettings): Promise<SaveResult> {
    if (this.file && this.storage)
      this.storage.setItem(SETTINGS_PREFIX + this.file.name, JSON.stringify(settings));
    return { dropped: [] };
  }

  private requireFile(): { name: string; bytes: Uint8Array } {
    if (!this.file) throw new Error("no workbook has been opened");
    return this.file;
  }
}

function xlsxBlob(bytes: Uint8Array, macroEnabled = false): Blob {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Blob([copy], { type: macroEnabled ? XLSM_MIME : XLSX_MIME });
}

/** localStorage, or nothing where it is blocked (private windows, sandboxed frames). */
function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
