/**
 * Reads every worksheet into Grids. The workbooks units really have take two context.sync() calls, whatever
 * the number of sheets:
 *   1. the sheet names and visibility;
 *   2. for every sheet at once: the used range's values, formulas, number formats and address, and where
 *      the requirement sets allow, indent/bold (getCellProperties, 1.9), hidden rows (getRowProperties,
 *      1.9) and merged areas (getMergedAreasOrNullObject, 1.13).
 *
 * When the host refuses that request — Excel on the web answers at most about 5 MB of JSON per request, and
 * getMergedAreasOrNullObject fails on a range with more than 512 merged areas — the read goes part by part
 * (readInParts), with requests sized in bytes, not cells: one sync for the used ranges' sizes, then row
 * slices packed up to `requestBytes` of estimated JSON, a refused request halved and asked again.
 * - Values, formulas and number formats must all be read: a single row the host still refuses fails the read.
 * - Indent, bold and hidden rows are asked separately; a sheet whose formats cannot be read is read without
 *   them and marked `formatsUnread`, which the 数据 tab shows.
 * - Merged areas are asked per sheet, so a sheet with too many costs only itself (its halves are asked
 *   instead, down to ranges too small to hold 512 merges).
 */
import type { Grid } from "../../core/grid";
import type { ApiSupport, ExcelRun } from "./env";
import { isPayloadLimitError } from "./errors";
import {
  isBlankRange,
  rowSlice,
  splitAreas,
  toGrid,
  type CellFormat,
  type LoadedSheet,
} from "./convert";

export interface ReadOptions {
  /** Estimated JSON bytes per request in the part-by-part read (default DEFAULT_REQUEST_BYTES). */
  requestBytes?: number;
  /** Sheets with more cells than this are read without per-cell formats in the part-by-part read. */
  formatCellLimit?: number;
  /** Called with 0..1 while a part-by-part read progresses. */
  onProgress?: (fraction: number) => void;
}

/**
 * Estimated JSON bytes per cell of values + formulas + numberFormat. A cell's value and formula are the same
 * text unless it holds a formula, and a Chinese label takes 3 bytes a character: 20 characters ≈ 2 × 62 B.
 * Budget sheets are mostly numbers (≈ 2 × 10 B + "General"), so 64 B is a generous average.
 */
export const VALUE_BYTES_PER_CELL = 64;
/** Per cell of getCellProperties' {"format":{"indentLevel":0,"font":{"bold":false}}}. */
export const FORMAT_BYTES_PER_CELL = 56;
/** Per row of getRowProperties' {"rowIndex":12345,"rowHidden":false}. */
const ROW_PROPERTY_BYTES = 40;
/** Per sheet: a merged-areas answer is at most 512 addresses. */
const MERGE_BYTES_PER_SHEET = 512 * 16;
/** Excel on the web refuses about 5 MB per request; the estimate leaves a fifth for labels longer than it assumes. */
export const DEFAULT_REQUEST_BYTES = 4_000_000;
const DEFAULT_FORMAT_CELL_LIMIT = 200_000;
/** getMergedAreasOrNullObject fails above this many merged areas in the range (documented). */
const MAX_MERGED_AREAS = 512;

interface SheetInfo {
  name: string;
  visibility: string;
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
function hiddenRowsFrom(rows: Excel.RowProperties[] | undefined, offset = 0): number[] {
  const hidden: number[] = [];
  rows?.forEach((row, i) => {
    if (row.rowHidden) hidden.push(offset + i);
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
  support: ApiSupport
): Promise<LoadedSheet[]> {
  const queued = infos.map((info) => {
    const sheet = context.workbook.worksheets.getItem(info.name);
    // getUsedRange (not …OrNullObject) so the format calls below can be queued on it: a blank sheet
    // answers with its top-left cell instead of a null object.
    const used = sheet.getUsedRange(true);
    used.load("address,values,formulas,numberFormat");
    const cells = support.api19 ? used.getCellProperties(CELL_PROPERTIES) : undefined;
    const rows = support.api19 ? used.getRowProperties({ rowHidden: true }) : undefined;
    let merged: Excel.RangeAreas | undefined;
    if (support.api113) {
      merged = used.getMergedAreasOrNullObject();
      merged.load("address");
    }
    return { info, used, cells, rows, merged };
  });
  await context.sync();
  return queued.map(({ info, used, cells, rows, merged }) => {
    const blank = isBlankRange(used.values);
    const hiddenRows = hiddenRowsFrom(rows?.value);
    return {
      name: info.name,
      visibility: info.visibility,
      address: used.address,
      values: blank ? [] : used.values,
      formulas: blank ? undefined : used.formulas,
      numberFormat: blank ? undefined : used.numberFormat,
      formats: blank ? undefined : formatsFrom(cells?.value),
      hiddenRows: blank || !rows ? undefined : hiddenRows,
      merges: merged && !merged.isNullObject ? splitAreas(merged.address) : undefined,
    };
  });
}

/** Rows [start, end) of one sheet's used range. */
interface Part {
  sheet: number;
  start: number;
  end: number;
}

/** One kind of request of the part-by-part read. */
interface PartRequest<T> {
  /** Estimated JSON bytes of a part's answer. */
  bytes(part: Part): number;
  /** Queues a part's loads; the function returned takes its answer after the sync. */
  queue(part: Part): () => T;
  take(part: Part, answer: T): void;
  /** Parts to ask instead of one the host refused alone; undefined when it cannot be split usefully. */
  split(part: Part, error: unknown): Part[] | undefined;
  /**
   * A part that was refused and cannot be split: throw, or leave it unread; "stop" leaves every part not
   * yet read unread too (the host cannot answer this kind of request at all).
   */
  giveUp(part: Part, error: unknown): "next" | "stop";
}

function halves(part: Part): Part[] | undefined {
  if (part.end - part.start < 2) return undefined;
  const middle = part.start + Math.floor((part.end - part.start) / 2);
  return [
    { ...part, end: middle },
    { ...part, start: middle },
  ];
}

/** Row slices of each sheet, each at most `budget` estimated bytes (one row at least). */
function rowParts(
  rowCounts: number[],
  bytesPerRow: (sheet: number) => number,
  budget: number,
  include: (sheet: number) => boolean = () => true
): Part[] {
  const parts: Part[] = [];
  rowCounts.forEach((rows, sheet) => {
    if (!include(sheet)) return;
    const perPart = Math.max(1, Math.floor(budget / Math.max(1, bytesPerRow(sheet))));
    for (let start = 0; start < rows; start += perPart)
      parts.push({ sheet, start, end: Math.min(rows, start + perPart) });
  });
  return parts;
}

/**
 * Asks for `parts`, as many per sync as fit in `budget` estimated bytes. A refused request is halved (its
 * parts, then a lone part through `request.split`) and the halves asked on their own, so the number of
 * syncs stays bounded by the bytes read.
 */
async function readInParts<T>(
  context: Excel.RequestContext,
  parts: Part[],
  budget: number,
  request: PartRequest<T>,
  onRead?: (parts: Part[]) => void
): Promise<void> {
  const pending = [...parts];
  /** Halves of refused requests, asked as they are before anything new is packed. */
  const retries: Part[][] = [];
  const nextGroup = (): Part[] => {
    const retry = retries.shift();
    if (retry) return retry;
    const group: Part[] = [];
    let bytes = 0;
    while (
      pending.length > 0 &&
      (group.length === 0 || bytes + request.bytes(pending[0]) <= budget)
    ) {
      const part = pending.shift() as Part;
      group.push(part);
      bytes += request.bytes(part);
    }
    return group;
  };
  while (retries.length > 0 || pending.length > 0) {
    const group = nextGroup();
    const answers = group.map((part) => request.queue(part));
    try {
      // Deliberate: one sync per bounded request is the only way past the host's request-size limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (group.length > 1) {
        const middle = Math.ceil(group.length / 2);
        retries.unshift(group.slice(0, middle), group.slice(middle));
        continue;
      }
      const smaller = request.split(group[0], error);
      if (smaller) {
        retries.unshift(...smaller.map((part) => [part]));
        continue;
      }
      if (request.giveUp(group[0], error) === "stop") {
        for (const part of [...retries.flat(), ...pending]) request.giveUp(part, error);
        return;
      }
      continue;
    }
    group.forEach((part, i) => request.take(part, answers[i]()));
    onRead?.(group);
  }
}

/** One sync for the used ranges' sizes, then values, formats and merged areas by parts. */
async function loadInParts(
  context: Excel.RequestContext,
  infos: SheetInfo[],
  support: ApiSupport,
  options: ReadOptions
): Promise<LoadedSheet[]> {
  const budget = options.requestBytes ?? DEFAULT_REQUEST_BYTES;
  const formatLimit = options.formatCellLimit ?? DEFAULT_FORMAT_CELL_LIMIT;
  const sized = infos.map((info) => {
    const used = context.workbook.worksheets.getItem(info.name).getUsedRange(true);
    used.load("address,rowCount,columnCount");
    return { info, used };
  });
  await context.sync();
  const sheets = sized.map(({ info, used }) => ({
    name: info.name,
    address: used.address,
    rows: used.rowCount,
    columns: Math.max(1, used.columnCount),
  }));
  const loaded: LoadedSheet[] = sheets.map((sheet, i) => ({
    name: sheet.name,
    visibility: infos[i].visibility,
    address: sheet.address,
    values: new Array<unknown[]>(sheet.rows),
    formulas: new Array<unknown[]>(sheet.rows),
    numberFormat: new Array<unknown[]>(sheet.rows),
  }));
  const range = (part: Part) =>
    context.workbook.worksheets
      .getItem(sheets[part.sheet].name)
      .getRange(rowSlice(sheets[part.sheet].address, part.start, part.end));
  const partBytes =
    (perCell: number, perRow = 0) =>
    (part: Part) =>
      (part.end - part.start) * (sheets[part.sheet].columns * perCell + perRow);

  // Values, formulas and number formats: every row, or the read fails.
  const valueParts = rowParts(
    sheets.map((s) => s.rows),
    (i) => sheets[i].columns * VALUE_BYTES_PER_CELL,
    budget
  );
  const totalRows = Math.max(
    1,
    valueParts.reduce((sum, part) => sum + part.end - part.start, 0)
  );
  let rowsRead = 0;
  await readInParts(
    context,
    valueParts,
    budget,
    {
      bytes: partBytes(VALUE_BYTES_PER_CELL),
      queue(part) {
        const slice = range(part);
        slice.load("values,formulas,numberFormat");
        return () => slice;
      },
      take(part, slice) {
        const target = loaded[part.sheet];
        for (let r = 0; r < slice.values.length; r++) {
          target.values[part.start + r] = slice.values[r];
          (target.formulas as unknown[][])[part.start + r] = slice.formulas[r];
          (target.numberFormat as unknown[][])[part.start + r] = slice.numberFormat[r];
        }
      },
      split: (part, error) => (isPayloadLimitError(error) ? halves(part) : undefined),
      giveUp(_part, error) {
        throw error;
      },
    },
    (group) => {
      rowsRead += group.reduce((sum, part) => sum + part.end - part.start, 0);
      options.onProgress?.(Math.min(1, rowsRead / totalRows));
    }
  );
  options.onProgress?.(1);

  /** Sheets read without their formats or merged areas. */
  const unread = new Set<number>();
  // Indent, bold and hidden rows: a sheet whose formats cannot be read is read without them.
  if (support.api19) {
    const formats = sheets.map(() => [] as (CellFormat | undefined)[][]);
    const hidden = sheets.map(() => [] as number[]);
    sheets.forEach((sheet, i) => {
      if (sheet.rows * sheet.columns > formatLimit) unread.add(i);
    });
    await readInParts(
      context,
      rowParts(
        sheets.map((s) => s.rows),
        (i) => sheets[i].columns * FORMAT_BYTES_PER_CELL + ROW_PROPERTY_BYTES,
        budget,
        (i) => !unread.has(i) && !isBlankRange(loaded[i].values)
      ),
      budget,
      {
        bytes: partBytes(FORMAT_BYTES_PER_CELL, ROW_PROPERTY_BYTES),
        queue(part) {
          const slice = range(part);
          const cells = slice.getCellProperties(CELL_PROPERTIES);
          const rows = slice.getRowProperties({ rowHidden: true });
          // Read by readInParts after the sync (ClientResults need no load()).
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          return () => ({ cells: cells.value, rows: rows.value });
        },
        take(part, answer) {
          const cells = formatsFrom(answer.cells) ?? [];
          cells.forEach((row, r) => (formats[part.sheet][part.start + r] = row));
          hidden[part.sheet].push(...hiddenRowsFrom(answer.rows, part.start));
        },
        split: (part, error) => (isPayloadLimitError(error) ? halves(part) : undefined),
        giveUp(part, error) {
          unread.add(part.sheet);
          // Not about size: this host cannot answer the request at all.
          return isPayloadLimitError(error) ? "next" : "stop";
        },
      }
    );
    loaded.forEach((sheet, i) => {
      if (unread.has(i) || isBlankRange(sheet.values)) return;
      sheet.formats = formats[i];
      sheet.hiddenRows = hidden[i];
    });
  }

  // Merged areas, per sheet: a sheet with more than 512 is asked in halves.
  if (support.api113) {
    const merges = sheets.map(() => [] as string[]);
    const mergesUnread = new Set<number>();
    await readInParts(
      context,
      sheets
        .map((sheet, i) => ({ sheet: i, start: 0, end: sheet.rows }))
        .filter((part) => !isBlankRange(loaded[part.sheet].values)),
      budget,
      {
        bytes: () => MERGE_BYTES_PER_SHEET,
        queue(part) {
          const areas = range(part).getMergedAreasOrNullObject();
          areas.load("address");
          return () => (areas.isNullObject ? [] : splitAreas(areas.address));
        },
        take: (part, areas) => merges[part.sheet].push(...areas),
        split: (part) =>
          // A merged area has 2 cells at least: a range of ≤ 1 024 cells cannot hold more than 512.
          (part.end - part.start) * sheets[part.sheet].columns > 2 * MAX_MERGED_AREAS
            ? halves(part)
            : undefined,
        giveUp(part, error) {
          mergesUnread.add(part.sheet);
          return isPayloadLimitError(error) ? "next" : "stop";
        },
      }
    );
    loaded.forEach((sheet, i) => {
      if (mergesUnread.has(i)) unread.add(i);
      else if (merges[i].length > 0) sheet.merges = merges[i];
    });
  }
  for (const [i, sheet] of loaded.entries()) {
    if (isBlankRange(sheet.values)) {
      sheet.values = [];
      sheet.formulas = undefined;
      sheet.numberFormat = undefined;
    } else if (unread.has(i)) sheet.formatsUnread = true;
  }
  return loaded;
}

/** Every worksheet as a Grid, in workbook order (hidden sheets included, marked `hidden`). */
export async function readGrids(
  run: ExcelRun,
  support: ApiSupport,
  options: ReadOptions = {}
): Promise<Grid[]> {
  const loaded = await run(async (context) => {
    const infos = await loadSheetInfos(context);
    try {
      return await loadAll(context, infos, support);
    } catch (error) {
      if (!isPayloadLimitError(error) && !support.api19 && !support.api113) throw error;
      // Too large for one request, or an optional format API failing on this host (more than 512 merged
      // areas, a 1.9 call that misbehaves): read again part by part. Anything else fails there as well.
      return loadInParts(context, infos, support, options);
    }
  });
  return loaded.map(toGrid);
}
