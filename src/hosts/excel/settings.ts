/**
 * The add-in's settings live in the workbook (Office.context.document.settings, saved with saveAsync), so
 * reopening the file restores the chosen sheet/columns, thresholds, report texts, reasons and highlights.
 */
import type { WorkbookSettings } from "../host";
import type { DocumentSettings } from "./env";

export const SETTINGS_KEY = "budgetReport.settings";

/** The stored settings, or undefined when there are none or they are not ours (wrong shape/version). */
export function readSettings(store: DocumentSettings): WorkbookSettings | undefined {
  let raw = store.get(SETTINGS_KEY);
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof raw !== "object" || raw === null) return undefined;
  const settings = raw as Partial<WorkbookSettings>;
  return settings.version === 1 ? (settings as WorkbookSettings) : undefined;
}

/** Stores the settings and persists them in the document. */
export function writeSettings(store: DocumentSettings, settings: WorkbookSettings): Promise<void> {
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === "failed")
        reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
      else resolve();
    });
  });
}

/**
 * What to store when the pane saves its settings: everything it sends, except `highlights`, which only
 * highlight()/clearHighlights() change. The pane's copy of that list may be stale (loaded before the
 * last highlight), and saving it would lose the previous fills of cells highlighted since.
 */
export function mergeSettings(
  stored: WorkbookSettings | undefined,
  incoming: WorkbookSettings
): WorkbookSettings {
  const merged: WorkbookSettings = { ...incoming };
  delete merged.highlights;
  if (stored?.highlights && stored.highlights.length > 0) merged.highlights = stored.highlights;
  return merged;
}
