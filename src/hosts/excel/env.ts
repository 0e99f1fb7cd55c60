/**
 * The slice of Office.js the Excel host uses, behind one small object so tests can pass a recording fake
 * (test/fakes/excel.ts) instead of the real `Excel` and `Office` globals.
 */

/** Excel.run's options the host uses. */
export interface RunOptions {
  /**
   * Wait while the user is typing in a cell instead of failing with InvalidOperationInCellEditMode
   * (ExcelApi 1.11; older hosts ignore it). The Excel host always asks for it.
   */
  delayForCellEdit?: boolean;
}

/** Runs a batch against the workbook, like `Excel.run`. */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: RunOptions
) => Promise<T>;

/** Office.context.document.settings: per-document key/value storage saved inside the workbook. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface ExcelEnv {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, minVersion: string): boolean;
  settings: DocumentSettings;
  /** The document's URL or path, when Office knows it. */
  documentUrl(): string | undefined;
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS", … */
  platform(): string | undefined;
  /** Office.context.document.mode: a workbook opened read-only cannot be written. */
  documentMode(): "ReadOnly" | "ReadWrite";
}

/** The real environment, from the `Excel` and `Office` globals (call after Office.onReady). */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, minVersion) =>
      Boolean(Office.context.requirements?.isSetSupported(name, minVersion)),
    settings: Office.context.document.settings as unknown as DocumentSettings,
    documentUrl: () => Office.context.document.url || undefined,
    platform: () => (Office.context.platform ? String(Office.context.platform) : undefined),
    documentMode: () =>
      Office.context.document.mode === Office.DocumentMode.ReadOnly ? "ReadOnly" : "ReadWrite",
  };
}

/** Requirement sets the host checks at run time (the manifest asks only for ExcelApi 1.4). */
export interface ApiSupport {
  /** 1.7: hyperlinks, freeze panes. */
  api17: boolean;
  /** 1.9: getCellProperties / getRowProperties (indent, bold, hidden rows), page layout, fill pattern. */
  api19: boolean;
  /** 1.13: getMergedAreasOrNullObject. */
  api113: boolean;
}

export function apiSupport(env: ExcelEnv): ApiSupport {
  return {
    api17: env.isSetSupported("ExcelApi", "1.7"),
    api19: env.isSetSupported("ExcelApi", "1.9"),
    api113: env.isSetSupported("ExcelApi", "1.13"),
  };
}
