/** Workbook settings (what the pane saves) ↔ core Options (what the pipeline reads). */
import type { Finding } from "../../core/finding";
import { formatRef } from "../../core/grid";
import type { Locale, Options, RecognitionOverrides } from "../../core/options";
import { isSheetKind, type SheetKind } from "../../core/recognize/classify";
import type { WorkbookSettings } from "../../hosts/host";

export const EMPTY_SETTINGS: WorkbookSettings = { version: 1 };

/** The options the pipeline runs with for these settings. */
export function optionsFromSettings(settings: WorkbookSettings, locale: Locale): Partial<Options> {
  const options: Partial<Options> = { locale };
  const t = settings.thresholds;
  if (t?.explainPercent !== undefined) options.explainPercent = t.explainPercent;
  if (t?.explainFloor !== undefined) options.explainFloor = t.explainFloor;
  if (t?.executionLow !== undefined) options.executionLow = t.executionLow;
  if (t?.executionHigh !== undefined) options.executionHigh = t.executionHigh;
  if (settings.includeResultUse !== undefined) options.includeResultUse = settings.includeResultUse;
  if (settings.includeOtherMatters !== undefined) {
    options.includeOtherMatters = settings.includeOtherMatters;
  }
  const overrides = overridesFromSettings(settings);
  if (overrides) options.overrides = overrides;
  const reasons = nonEmpty(settings.reasons);
  if (reasons) options.reasons = reasons;
  const texts = nonEmpty(settings.texts);
  if (texts) options.texts = texts;
  return options;
}

function overridesFromSettings(settings: WorkbookSettings): RecognitionOverrides | undefined {
  const o = settings.overrides;
  const result: RecognitionOverrides = {};
  if (o?.sheet) result.sheet = o.sheet;
  if (o?.headerRow !== undefined) result.headerRow = o.headerRow;
  if (o?.columns && Object.keys(o.columns).length > 0) result.columns = { ...o.columns };
  // A kind saved by an older or newer version that this one does not know is ignored, not trusted.
  const kinds = Object.entries(settings.sheetKinds ?? {}).filter(
    (entry): entry is [string, SheetKind] => isSheetKind(entry[1])
  );
  if (kinds.length > 0) result.sheetKinds = Object.fromEntries(kinds);
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Drops entries whose text is blank, so a cleared field falls back to the workbook. */
function nonEmpty(record: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!record) return undefined;
  const kept = Object.entries(record).filter(([, v]) => v.trim() !== "");
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The key under which an ignored finding is saved: "RULE|sheet!cell|subject", the subject being the
 * finding's line key, or its message when it has none (several TEXT-MISSING findings share one cell).
 */
export function ignoreKey(finding: Finding): string {
  return `${finding.rule}|${formatRef(finding.ref)}|${finding.lineKey ?? finding.message}`;
}

export function splitIgnored(
  findings: readonly Finding[],
  ignored: Record<string, string> | undefined
): { active: Finding[]; ignored: { finding: Finding; reason: string }[] } {
  const active: Finding[] = [];
  const skipped: { finding: Finding; reason: string }[] = [];
  for (const finding of findings) {
    const reason = ignored?.[ignoreKey(finding)];
    if (reason === undefined) active.push(finding);
    else skipped.push({ finding, reason });
  }
  return { active, ignored: skipped };
}

/** Tolerates settings saved by another version or hand-edited: anything malformed becomes empty. */
export function sanitizeSettings(raw: unknown): WorkbookSettings {
  if (!raw || typeof raw !== "object") return { ...EMPTY_SETTINGS };
  const value = raw as Partial<WorkbookSettings>;
  const strings = (r: unknown): Record<string, string> | undefined =>
    r && typeof r === "object"
      ? (Object.fromEntries(
          Object.entries(r as Record<string, unknown>).filter(([, v]) => typeof v === "string")
        ) as Record<string, string>)
      : undefined;
  const settings: WorkbookSettings = { ...value, version: 1 };
  settings.texts = strings(value.texts);
  settings.reasons = strings(value.reasons);
  settings.ignored = strings(value.ignored);
  for (const key of ["texts", "reasons", "ignored"] as const) {
    if (settings[key] === undefined) delete settings[key];
  }
  return settings;
}
