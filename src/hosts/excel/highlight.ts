/**
 * Optional highlighting of finding cells. The previous fill of every highlighted cell is kept in the
 * workbook settings — saved before any fill is applied, so a fill that fails half-way (a sheet protected
 * meanwhile) never leaves red cells that "clear highlights" cannot restore — and restored in one click, even
 * after reopening the file. A cell whose fill the user changed after highlighting is left as the user made
 * it. Protected sheets are not touched: their names come back so the pane can say so.
 */
import { formatRef, type CellRef } from "../../core/grid";
import type { HighlightResult, WorkbookSettings } from "../host";
import type { ApiSupport, ExcelEnv } from "./env";
import { readSettings, SETTINGS_BYTE_LIMIT, storedBytes, writeSettings } from "./settings";

/** The highlight fill (Excel's light red "bad" cell style). */
export const HIGHLIGHT_FILL = "#FFC7CE";

type Tracked = NonNullable<WorkbookSettings["highlights"]>[number];

function key(ref: { sheet: string; address: string }): string {
  return formatRef({ sheet: ref.sheet, address: ref.address.replace(/\$/g, "").toUpperCase() });
}

/** Sheets that exist now, and which of them are protected (one sync). */
async function existingSheets(
  context: Excel.RequestContext
): Promise<{ names: Set<string>; protectedNames: Set<string> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  await context.sync();
  return {
    names: new Set(sheets.items.map((sheet) => sheet.name)),
    protectedNames: new Set(
      sheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name)
    ),
  };
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
): Promise<HighlightResult> {
  const settings: WorkbookSettings = readSettings(env.settings) ?? { version: 1 };
  const tracked: Tracked[] = [...(settings.highlights ?? [])];
  const known = new Set(tracked.map(key));
  const wanted = new Map<string, CellRef>();
  for (const ref of refs) {
    const k = key(ref);
    if (!known.has(k) && !wanted.has(k)) wanted.set(k, ref);
  }
  if (wanted.size === 0) return { marked: 0, protectedSheets: [], notMarked: 0 };

  const protectedSheets = new Set<string>();
  let notMarked = 0;
  const marked = await env.run(async (context) => {
    const { names, protectedNames } = await existingSheets(context);
    const fills = [...wanted.values()]
      .filter((ref) => {
        if (protectedNames.has(ref.sheet)) protectedSheets.add(ref.sheet);
        return names.has(ref.sheet) && !protectedNames.has(ref.sheet);
      })
      .map((ref) => {
        const fill = context.workbook.worksheets.getItem(ref.sheet).getRange(ref.address)
          .format.fill;
        fill.load(support.api19 ? "color,pattern" : "color");
        return { ref, fill };
      });
    await context.sync();
    // Only as many cells as the record of their previous fills can be saved for.
    let room = SETTINGS_BYTE_LIMIT - storedBytes({ ...settings, highlights: tracked });
    const added: Tracked[] = [];
    for (const { ref, fill } of fills) {
      const item = {
        sheet: ref.sheet,
        address: ref.address,
        previousFill: previousFill(fill, support),
      };
      room -= storedBytes(item) + 2;
      if (room < 0) break;
      added.push(item);
    }
    notMarked = fills.length - added.length;
    if (added.length === 0) return 0;
    // The record first: whatever happens to the fills, "clear" can put every cell back.
    await writeSettings(env.settings, { ...settings, highlights: [...tracked, ...added] });
    for (const { fill } of fills.slice(0, added.length)) fill.color = HIGHLIGHT_FILL;
    await context.sync();
    return added.length;
  });
  return { marked, protectedSheets: [...protectedSheets], notMarked };
}

export async function clearHighlightedCells(env: ExcelEnv): Promise<void> {
  const settings = readSettings(env.settings);
  const tracked = settings?.highlights ?? [];
  if (!settings || tracked.length === 0) return;
  const kept = await env.run(async (context) => {
    const { names, protectedNames } = await existingSheets(context);
    const fills = tracked
      .filter((item) => names.has(item.sheet) && !protectedNames.has(item.sheet))
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
    // Cells on a sheet protected since they were marked stay recorded, to be restored once it is not.
    return tracked.filter((item) => protectedNames.has(item.sheet));
  });
  const rest: WorkbookSettings = { ...settings };
  delete rest.highlights;
  if (kept.length > 0) rest.highlights = kept;
  await writeSettings(env.settings, rest);
}
