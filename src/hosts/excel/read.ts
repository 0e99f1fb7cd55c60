/**
 * Reads every worksheet into Grids in two context.sync() calls, whatever the number of sheets:
 *   1. the sheet names and visibility;
 *   2. for every sheet at once: the used range's values, formulas, number formats and address, and where
 *      the requirement sets allow, indent/bold (getCellProperties, 1.9), hidden rows (getRowProperties,
 *      1.9) and merged areas (getMergedAreasOrNullObject, 1.13).
 * Only when the host refuses that payload (Excel on the web: about 5 MB per request, 5 000 000 cells per
 * range) does it fall back to row chunks, a bounded number of cells per sync.
 */
import type { Grid } from "../../core/grid";
import type { ApiSupport, ExcelRun } from "./env";
import {
  isBlankRange,
  rowSlice,
  splitAreas,
  toGrid,
  type CellFormat,
  type LoadedSheet,
} from "./convert";

export interface ReadOptions {
  /** Cells per sync in the chunked fallback (values + formulas + number formats). */
  chunkCells?: number;
  /** Sheets larger than this get no per-cell formats (indent, bold) in the chunked fallback. */
  formatCellLimit?: number;
  /** Called with 0..1 while a chunked read progresses. */
  onProgress?: (fraction: number) => void;
}

const DEFAULT_CHUNK_CELLS = 100_000;
const DEFAULT_FORMAT_CELL_LIMIT = 50_000;

interface SheetInfo {
  name: string;
  visibility: string;
}

/** True for the errors Office.js raises when a request or response is too large. */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  const text = `${e?.code ?? ""} ${e?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|ResponsePayload|RequestPayload|InsufficientResources|ExceedsLimit|too large|5MB/i.test(
    text
  );
}

const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { indentLevel: true, font: { bold: true } },
};

function formatsFrom(
  properties: Excel.CellProperties[][] | undefined
): (CellFormat | undefined)[][] | undefined {
  if (!properties) return undefined;
  return properties.map((row) =>
    row.map((cell) => {
      const indent = cell.format?.indentLevel ?? 0;
      const bold = cell.format?.font?.bold === true;
      return indent > 0 || bold
        ? { indent: indent > 0 ? indent : undefined, bold: bold || undefined }
        : undefined;
    })
  );
}

/** Hidden rows as indices into the range (getRowProperties returns one entry per row, in order). */
function hiddenRowsFrom(rows: Excel.RowProperties[] | undefined): number[] | undefined {
  if (!rows) return undefined;
  const hidden: number[] = [];
  rows.forEach((row, i) => {
    if (row.rowHidden) hidden.push(i);
  });
  return hidden;
}

/** Sync 1: names and visibility of every worksheet, in workbook order. */
async function loadSheetInfos(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  return sheets.items.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
}

/** Sync 2: every sheet's used range with everything recognition uses, queued together. */
async function loadAll(
  context: Excel.RequestContext,
  infos: SheetInfo[],
  support: ApiSupport,
  withFormats: boolean
): Promise<LoadedSheet[]> {
  const queued = infos.map((info) => {
    const sheet = context.workbook.worksheets.getItem(info.name);
    // getUsedRange (not …OrNullObject) so the format calls below can be queued on it: a blank sheet
    // answers with its top-left cell instead of a null object.
    const used = sheet.getUsedRange(true);
    used.load("address,values,formulas,numberFormat");
    const cells =
      withFormats && support.api19 ? used.getCellProperties(CELL_PROPERTIES) : undefined;
    const rows =
      withFormats && support.api19 ? used.getRowProperties({ rowHidden: true }) : undefined;
    let merged: Excel.RangeAreas | undefined;
    if (withFormats && support.api113) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { info, used, cells, rows, merged };
  });
  await context.sync();
  return queued.map(({ info, used, cells, rows, merged }) => {
    const blank = isBlankRange(used.values);
    return {
      name: info.name,
      visibility: info.visibility,
      address: used.address,
      values: blank ? [] : used.values,
      formulas: blank ? undefined : used.formulas,
      numberFormat: blank ? undefined : used.numberFormat,
      formats: blank ? undefined : formatsFrom(cells?.value),
      hiddenRows: blank ? undefined : hiddenRowsFrom(rows?.value),
      merges: merged && !merged.isNullObject ? splitAreas(merged.address) : undefined,
    };
  });
}

/**
 * The fallback for workbooks beyond the host's request limit: one sync for the used ranges' sizes, then
 * row chunks of at most `chunkCells` cells, several chunks per sync.
 */
async function loadChunked(
  context: Excel.RequestContext,
  infos: SheetInfo[],
  support: ApiSupport,
  options: ReadOptions
): Promise<LoadedSheet[]> {
  const chunkCells = options.chunkCells ?? DEFAULT_CHUNK_CELLS;
  const formatLimit = options.formatCellLimit ?? DEFAULT_FORMAT_CELL_LIMIT;
  const sized = infos.map((info) => {
    const used = context.workbook.worksheets.getItem(info.name).getUsedRange(true);
    used.load("address,rowCount,columnCount");
    return { info, used };
  });
  await context.sync();

  const loaded: LoadedSheet[] = sized.map(({ info, used }) => ({
    name: info.name,
    visibility: info.visibility,
    address: used.address,
    values: [],
    formulas: [],
    numberFormat: [],
  }));
  type Job = { sheet: number; start: number; end: number; cells: number };
  const jobs: Job[] = [];
  sized.forEach(({ used }, sheet) => {
    const columns = Math.max(1, used.columnCount);
    const rowsPerChunk = Math.max(1, Math.floor(chunkCells / columns));
    for (let start = 0; start < used.rowCount; start += rowsPerChunk) {
      const end = Math.min(used.rowCount, start + rowsPerChunk);
      jobs.push({ sheet, start, end, cells: (end - start) * columns });
    }
  });
  const total = jobs.length;
  let done = 0;
  while (jobs.length > 0) {
    const batch: Job[] = [];
    let cells = 0;
    while (jobs.length > 0 && (batch.length === 0 || cells + jobs[0].cells <= chunkCells)) {
      const job = jobs.shift() as Job;
      batch.push(job);
      cells += job.cells;
    }
    const ranges = batch.map((job) => {
      const { info, used } = sized[job.sheet];
      const range = context.workbook.worksheets
        .getItem(info.name)
        .getRange(rowSlice(used.address, job.start, job.end));
      range.load("values,formulas,numberFormat");
      return range;
    });
    // Deliberate: one sync per bounded batch is the only way past the host's request-size limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    batch.forEach((job, i) => {
      const target = loaded[job.sheet];
      target.values.push(...ranges[i].values);
      target.formulas?.push(...ranges[i].formulas);
      target.numberFormat?.push(...ranges[i].numberFormat);
    });
    done += batch.length;
    options.onProgress?.(done / total);
  }

  // Formats, hidden rows and merges for the sheets small enough to ask about, in one more sync.
  if (support.api19 || support.api113) {
    const extras = sized.map(({ info, used }) => {
      if (used.rowCount * used.columnCount > formatLimit) return undefined;
      const range = context.workbook.worksheets.getItem(info.name).getUsedRange(true);
      const cells = support.api19 ? range.getCellProperties(CELL_PROPERTIES) : undefined;
      const rows = support.api19 ? range.getRowProperties({ rowHidden: true }) : undefined;
      let merged: Excel.RangeAreas | undefined;
      if (support.api113) {
        merged = range.getMergedAreasOrNullObject();
        merged.load("address");
      }
      return { cells, rows, merged };
    });
    await context.sync();
    extras.forEach((extra, i) => {
      if (!extra) return;
      loaded[i].formats = formatsFrom(extra.cells?.value);
      loaded[i].hiddenRows = hiddenRowsFrom(extra.rows?.value);
      loaded[i].merges =
        extra.merged && !extra.merged.isNullObject ? splitAreas(extra.merged.address) : undefined;
    });
  }
  for (const sheet of loaded) {
    if (isBlankRange(sheet.values)) sheet.values = [];
  }
  return loaded;
}

/** Every worksheet as a Grid, in workbook order (hidden sheets included, marked `hidden`). */
export async function readGrids(
  run: ExcelRun,
  support: ApiSupport,
  options: ReadOptions = {}
): Promise<Grid[]> {
  let infos: SheetInfo[] = [];
  try {
    const loaded = await run(async (context) => {
      infos = await loadSheetInfos(context);
      return loadAll(context, infos, support, true);
    });
    return loaded.map(toGrid);
  } catch (error) {
    if (infos.length === 0) throw error;
    if (!isPayloadLimitError(error) && (support.api19 || support.api113)) {
      // An optional format API may have failed on this host: read again without it.
      try {
        const loaded = await run((context) => loadAll(context, infos, support, false));
        return loaded.map(toGrid);
      } catch {
        // Too large after all, or something else: the chunked read below settles it (or throws).
      }
    }
    // Large ranges fail with a payload or resource error; read them in bounded row chunks.
    const loaded = await run((context) => loadChunked(context, infos, support, options));
    return loaded.map(toGrid);
  }
}
