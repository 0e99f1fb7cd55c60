/**
 * The add-in's settings live in the workbook (Office.context.document.settings, saved with saveAsync), so
 * reopening the file restores the chosen sheet/columns, thresholds, report texts, reasons and highlights.
 */
import type { SaveResult, WorkbookSettings } from "../host";
import type { DocumentSettings } from "./env";
import { hostError } from "./errors";

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

/**
 * What a workbook's settings may hold: Office documents about 2 MB for all of an add-in's settings
 * (stored as UTF-16 JSON); half of it leaves room for other add-ins and for growth.
 */
export const SETTINGS_BYTE_LIMIT = 1_000_000;

/**
 * Parts dropped first when the settings are too large: what can be typed again or recomputed. Never the
 * highlight record (without it the marks could not be cleared: highlightCells marks no more than fits).
 */
const DROPPABLE: SaveResult["dropped"] = ["texts", "ignored"];

/** Bytes the settings take in the document (UTF-16 JSON). */
export function storedBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/**
 * The settings as they can be saved: whole when they fit; else without the report texts, then without the
 * ignored findings — the overrides, sheet kinds, thresholds, reasons and highlight record always stay.
 */
export function fitSettings(
  settings: WorkbookSettings,
  limit = SETTINGS_BYTE_LIMIT
): { settings: WorkbookSettings; dropped: SaveResult["dropped"] } {
  let fitted: WorkbookSettings = settings;
  const dropped: SaveResult["dropped"] = [];
  for (const part of DROPPABLE) {
    if (storedBytes(fitted) <= limit) break;
    if (fitted[part] === undefined) continue;
    fitted = { ...fitted };
    delete fitted[part];
    dropped.push(part);
  }
  return { settings: fitted, dropped };
}

/** Stores the settings and persists them in the document (the caller fits them first: fitSettings). */
export function writeSettings(store: DocumentSettings, settings: WorkbookSettings): Promise<void> {
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === "failed")
        reject(hostError("SettingsNotSaved", (t) => t.settingsNotSaved));
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
