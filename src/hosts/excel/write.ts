/**
 * Writes SheetSpecs into new worksheets in three context.sync() calls: one to learn the existing sheet
 * names and whether the workbook's structure is protected (then no sheet can be added: said before anything
 * is tried), one for everything else (add, values, number formats, styles, merges, widths, links), and one
 * to activate the first new sheet — Excel on the web ignores an activation queued in the request that adds
 * the sheet. Existing sheets are never touched: every write goes through a sheet this function has added.
 */
import { freeSheetName, type CellStyle, type SheetSpec } from "../../core/sheetSpec";
import type { ApiSupport, ExcelRun } from "./env";
import { hostError } from "./errors";
import { columnLetters } from "../../core/grid";
import { documentReference, planSheet } from "./convert";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

/**
 * Keeps one request under the host's size limit (Excel on the web: about 5 MB). A report of a few
 * hundred rows weighs far less than the limit and goes out in the one final sync; only a huge sheet
 * (a change list of 100 000 lines) is flushed in several.
 */
const WRITE_BATCH_WEIGHT = 60_000;
const COMMAND_WEIGHT = 10;

class Batch {
  private weight = 0;
  constructor(
    private context: Excel.RequestContext,
    private limit: number
  ) {}
  /** Call before queueing `weight`: sends what is queued first when the request would grow too big. */
  async reserve(weight: number): Promise<void> {
    if (this.weight > 0 && this.weight + weight > this.limit) {
      this.weight = 0;
      await this.context.sync();
    }
    this.weight += weight;
  }
}

/** Queues the essentials of one spec into a freshly added sheet: values, formats, merges, sizes. */
async function queueSheet(sheet: Excel.Worksheet, spec: SheetSpec, batch: Batch, limit: number) {
  const plan = planSheet(spec);
  if (plan.block) {
    const width = plan.values[0]?.length ?? 1;
    const rowsPerSlice = Math.max(1, Math.floor(limit / (2 * width)));
    for (let top = 0; top < plan.values.length; top += rowsPerSlice) {
      const bottom = Math.min(plan.values.length, top + rowsPerSlice);
      await batch.reserve(2 * (bottom - top) * width);
      const slice = sheet.getRange(`A${top + 1}:${columnLetters(width - 1)}${bottom}`);
      // Number formats first: text cells are "@" before their values arrive, so "=…" stays text.
      slice.numberFormat = plan.numberFormat.slice(top, bottom);
      slice.values = plan.values.slice(top, bottom);
    }
  }
  for (const run of plan.styleRuns) {
    await batch.reserve(COMMAND_WEIGHT * (run.style.border ? 4 : 1));
    applyStyle(sheet.getRange(run.address), run.style);
  }
  for (const merge of plan.merges) {
    await batch.reserve(COMMAND_WEIGHT);
    sheet.getRange(merge).merge(false);
  }
  for (const { column, points } of plan.columnWidths) {
    await batch.reserve(COMMAND_WEIGHT);
    sheet.getRange(column).format.columnWidth = points;
  }
  for (const { row, points } of plan.rowHeights) {
    await batch.reserve(COMMAND_WEIGHT);
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = points;
  }
}

/**
 * Queues the extras (links, frozen header, print layout). They go after every sheet's essentials: a
 * host that rejects one of them then still has the report's content written.
 */
function queueExtras(sheet: Excel.Worksheet, spec: SheetSpec, support: ApiSupport): void {
  if (support.api17) {
    for (const link of planSheet(spec).links) {
      sheet.getRange(link.address).hyperlink = {
        documentReference: documentReference(link.ref),
        textToDisplay: link.text,
        screenTip: `${link.ref.sheet}!${link.ref.address}`,
      };
    }
    if (spec.freezeRows && spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  }
  if (support.api19 && spec.print) {
    sheet.pageLayout.orientation =
      spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    sheet.pageLayout.paperSize = "A4";
    if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
}

/** Adds one new sheet per spec under a free name and writes it; returns the names used. */
export async function writeSheets(
  run: ExcelRun,
  support: ApiSupport,
  specs: SheetSpec[],
  limit = WRITE_BATCH_WEIGHT
): Promise<string[]> {
  if (specs.length === 0) return [];
  let names: string[] = [];
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      // WorkbookProtection is ExcelApi 1.7; before it, a protected structure fails the add (AccessDenied).
      const protection = support.api17 ? context.workbook.protection : undefined;
      protection?.load("protected");
      await context.sync();
      if (protection?.protected) throw hostError("WorkbookProtected", (t) => t.workbookProtected);
      const taken = sheets.items.map((sheet) => sheet.name);
      names = specs.map((spec) => {
        const name = freeSheetName(sanitizeSheetName(spec.name), taken);
        taken.push(name);
        return name;
      });
      const batch = new Batch(context, limit);
      const added: Excel.Worksheet[] = [];
      for (const [i, spec] of specs.entries()) {
        const sheet = sheets.add(names[i]);
        added.push(sheet);
        await queueSheet(sheet, spec, batch, limit);
      }
      specs.forEach((spec, i) => queueExtras(added[i], spec, support));
      await context.sync();
      added[0].activate();
      await context.sync();
      return names;
    });
  } catch (error) {
    // Office.js batches are not transactional: commands before a failing one have run. When the failing
    // command is an extra (link, freeze, print layout) and every new sheet exists, the report is written.
    if (names.length === 0 || !isExtraFailure(error)) throw error;
    const written = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const existing = new Set(sheets.items.map((sheet) => sheet.name));
      if (!names.every((name) => existing.has(name))) return false;
      sheets.getItem(names[0]).activate();
      await context.sync();
      return true;
    });
    if (written) return names;
    throw error;
  }
}

/** True when Office.js says the failing command was one of the extras queued last. */
function isExtraFailure(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: string } } | undefined)?.debugInfo
    ?.errorLocation;
  return (
    typeof location === "string" &&
    /hyperlink|freezePanes|freezeRows|pageLayout|zoom|paperSize|orientation/i.test(location)
  );
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  return cleaned.length > 0 ? cleaned : "Sheet";
}
