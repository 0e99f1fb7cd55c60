/**
 * Optional highlighting of finding cells. The previous fill of every highlighted cell is kept in the
 * workbook settings, so "clear highlights" restores them in one click, even after reopening the file.
 * A cell whose fill the user changed after highlighting is left as the user made it.
 */
import { formatRef, type CellRef } from "../../core/grid";
import type { WorkbookSettings } from "../host";
import type { ApiSupport, ExcelEnv } from "./env";
import { readSettings, writeSettings } from "./settings";

/** The highlight fill (Excel's light red "bad" cell style). */
export const HIGHLIGHT_FILL = "#FFC7CE";

type Tracked = NonNullable<WorkbookSettings["highlights"]>[number];

function key(ref: { sheet: string; address: string }): string {
  return formatRef({ sheet: ref.sheet, address: ref.address.replace(/\$/g, "").toUpperCase() });
}

/** Sheet names that exist now (one sync). */
async function existingSheets(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return new Set(sheets.items.map((sheet) => sheet.name));
}

/** Reads a fill as "#RRGGBB", or null for no fill. */
function previousFill(fill: Excel.RangeFill, support: ApiSupport): string | null {
  if (support.api19 && fill.pattern === "None") return null;
  const color = fill.color;
  if (!color) return null;
  // Without the pattern (ExcelApi < 1.9) an unfilled cell reads as white: restore it as no fill.
  if (!support.api19 && color.toUpperCase() === "#FFFFFF") return null;
  return color;
}

export async function highlightCells(
  env: ExcelEnv,
  support: ApiSupport,
  refs: CellRef[]
): Promise<void> {
  const settings: WorkbookSettings = readSettings(env.settings) ?? { version: 1 };
  const tracked: Tracked[] = [...(settings.highlights ?? [])];
  const known = new Set(tracked.map(key));
  const wanted = new Map<string, CellRef>();
  for (const ref of refs) {
    const k = key(ref);
    if (!known.has(k) && !wanted.has(k)) wanted.set(k, ref);
  }
  if (wanted.size === 0) return;

  const added = await env.run(async (context) => {
    const names = await existingSheets(context);
    const fills = [...wanted.values()]
      .filter((ref) => names.has(ref.sheet))
      .map((ref) => {
        const fill = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address)
          .format.fill;
        fill.load(support.api19 ? "color,pattern" : "color");
        return { ref, fill };
      });
    await context.sync();
    const result: Tracked[] = fills.map(({ ref, fill }) => ({
      sheet: ref.sheet,
      address: ref.address,
      previousFill: previousFill(fill, support),
    }));
    for (const { fill } of fills) fill.color = HIGHLIGHT_FILL;
    await context.sync();
    return result;
  });
  await writeSettings(env.settings, { ...settings, highlights: [...tracked, ...added] });
}

export async function clearHighlightedCells(env: ExcelEnv): Promise<void> {
  const settings = readSettings(env.settings);
  const tracked = settings?.highlights ?? [];
  if (!settings || tracked.length === 0) return;
  await env.run(async (context) => {
    const names = await existingSheets(context);
    const fills = tracked
      .filter((item) => names.has(item.sheet))
      .map((item) => {
        const fill = context.workbook.worksheets.getItem(item.sheet).getRange(item.address)
          .format.fill;
        fill.load("color");
        return { item, fill };
      });
    await context.sync();
    for (const { item, fill } of fills) {
      if ((fill.color ?? "").toUpperCase() !== HIGHLIGHT_FILL) continue;
      if (item.previousFill === null) fill.clear();
      else fill.color = item.previousFill;
    }
    await context.sync();
  });
  const rest: WorkbookSettings = { ...settings };
  delete rest.highlights;
  await writeSettings(env.settings, rest);
}
