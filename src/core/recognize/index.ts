/**
 * recognizeBook: grids → Book. Picks the sheet that reads best as a 基础数据表 (or the one the user chose),
 * reads the 基本情况 texts, and fills unit, year and currency unit from whichever place states them.
 */
import type { Book, TextKey } from "../book";
import { TEXT_KEYS } from "../book";
import { UnusableInputError } from "../errors";
import { Grid, cellText } from "../grid";
import type { Options } from "../options";
import { messagesFor } from "../../i18n";
import { DataSheet, recognizeDataSheet, scoreDataSheet } from "./basicDataSheet";
import { findHeader } from "./header";
import { ProfileSheet, recognizeProfileSheet } from "./profileSheet";

import { linesFromTables, recognizeStandardTables } from "./standardTables";
import { standardTablesBook, tableInfo } from "./standardTables/book";

export { recognizeDataSheet } from "./basicDataSheet";
export { recognizeStandardTables } from "./standardTables";
export { recognizeProfileSheet } from "./profileSheet";

export function recognizeBook(grids: Grid[], options: Options): Book {
  const messages = messagesFor(options.locale);
  const zh = messagesFor("zh-CN").recognition;
  const en = messagesFor("en-US").recognition;
  void messages;
  if (
    grids.every((g) => g.rows.every((row) => row.every((cell) => cellText(cell).trim() === "")))
  ) {
    throw new UnusableInputError("empty-workbook", zh.emptyWorkbook, en.emptyWorkbook);
  }
  const skippedSheets: Book["skippedSheets"] = [];
  const profile = pickProfile(grids);
  // The standard 部门决算 tables (DOMAIN §3.2) are never mistaken for a 基础数据表 — and a sheet that holds
  // both years side by side (上年 and 本年 columns) is a 基础数据表, whatever rows it starts with: the public
  // tables carry no 上年 column.
  const bothYears = new Set(grids.filter(holdsBothYears).map((g) => g.sheet));
  const tables = recognizeStandardTables(grids).filter((t) => !bothYears.has(t.sheet));
  const tableSheets = new Set(tables.map((t) => t.sheet));
  const data = pickDataSheet(
    grids.filter((g) => !tableSheets.has(g.sheet) || g.sheet === options.overrides?.sheet),
    options,
    profile?.sheet,
    skippedSheets
  );
  const standard = data ? undefined : linesFromTables(tables);
  if (!data && !standard) throw new UnusableInputError("no-table", zh.noTable, en.noTable);

  const texts: Book["texts"] = { ...(profile?.texts ?? {}) };
  for (const key of TEXT_KEYS) {
    const typed = options.texts?.[key];
    if (typed !== undefined && typed.trim() !== "")
      texts[key as TextKey] = { value: typed, ref: texts[key]?.ref };
  }
  const named = data ?? tables.find((t) => t.unitName);
  const unit = options.texts?.unitName?.trim() || profile?.unitName?.value || named?.unitName || "";
  const unitRef = profile?.unitName?.value ? profile.unitName.ref : named?.unitNameRef;
  const yearText = options.texts?.year?.trim();
  const year =
    (yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined) ??
    (data ? data.year : tables.find((t) => t.year !== undefined)?.year) ??
    profile?.year;
  const reportDate = options.texts?.reportDate?.trim() || profile?.reportDate;
  if (!data && standard) {
    return standardTablesBook(tables, standard, {
      unit,
      unitRef,
      year,
      texts,
      reportDate,
      textSheet: profile?.sheet,
      skippedSheets,
    });
  }
  if (!data) throw new UnusableInputError("no-table", zh.noTable, en.noTable);
  for (const table of tables)
    skippedSheets.push({ sheet: table.sheet, reason: "standard-table-not-used" });

  return {
    unit,
    ...(unitRef ? { unitRef } : {}),
    ...(year !== undefined ? { year } : {}),
    currencyUnit: data.currencyUnit,
    source: {
      kind: "basic-data-sheet",
      sheet: data.sheet,
      headerRows: [
        data.header.top + originRow(grids, data.sheet),
        data.header.bottom + originRow(grids, data.sheet),
      ],
      columns: offsetColumns(data, grids),
      columnHeaders: data.header.headers,
      range: data.range,
      ...(data.unitRef ? { unitRef: data.unitRef } : {}),
      unitAssumed: data.unitAssumed,
      ...(data.titleRef ? { titleRef: data.titleRef } : {}),
      ...(profile ? { textSheet: profile.sheet } : {}),
      ...(tables.length ? { tables: tableInfo(tables) } : {}),
    },
    lines: data.lines,
    texts,
    ...(reportDate ? { reportDate } : {}),
    skippedSheets,
    ...(tables.length ? { tables } : {}),
  };
}

function holdsBothYears(grid: Grid): boolean {
  const header = findHeader(grid);
  return header?.columns.prior !== undefined && header.columns.current !== undefined;
}

function originRow(grids: Grid[], sheet: string): number {
  const grid = grids.find((g) => g.sheet === sheet);
  return grid?.origin ? Number(/\d+/.exec(grid.origin)?.[0] ?? 1) - 1 : 0;
}

function offsetColumns(data: DataSheet, grids: Grid[]): Book["source"]["columns"] {
  const grid = grids.find((g) => g.sheet === data.sheet);
  const letters = grid?.origin ? /^[A-Z]+/i.exec(grid.origin)?.[0] : undefined;
  let offset = 0;
  if (letters) for (const ch of letters.toUpperCase()) offset = offset * 26 + ch.charCodeAt(0) - 64;
  offset = Math.max(0, offset - 1);
  const out: Book["source"]["columns"] = {};
  for (const [role, column] of Object.entries(data.header.columns)) {
    if (column !== undefined) out[role as keyof typeof out] = column + offset;
  }
  return out;
}

function pickProfile(grids: Grid[]): ProfileSheet | undefined {
  let best: ProfileSheet | undefined;
  for (const grid of grids) {
    const named = /基本情况|基本信息|文字说明/.test(grid.sheet);
    const profile = recognizeProfileSheet(grid);
    if (!profile) continue;
    const score = profile.score + (named ? 10 : 0);
    if (!best || score > best.score) best = { ...profile, score };
  }
  return best;
}

function pickDataSheet(
  grids: Grid[],
  options: Options,
  profileSheet: string | undefined,
  skipped: Book["skippedSheets"]
): DataSheet | undefined {
  const overrides = options.overrides;
  if (overrides?.sheet) {
    const grid = grids.find((g) => g.sheet === overrides.sheet);
    if (grid) {
      const data = recognizeDataSheet(grid, overrides);
      if (data) return data;
    }
  }
  const ranked = grids
    .filter((g) => g.sheet !== profileSheet)
    .map((grid) => ({
      grid,
      score:
        scoreDataSheet(grid) +
        (/基础数据|数据表/.test(grid.sheet) ? 0.5 : 0) -
        (grid.hidden ? 5 : 0),
    }))
    .sort((a, b) => b.score - a.score);
  for (const { grid, score } of ranked) {
    if (score <= 0) {
      skipped.push({ sheet: grid.sheet, reason: "no-header" });
      continue;
    }
    const data = recognizeDataSheet(grid);
    if (data && data.lines.length > 0) {
      for (const other of ranked)
        if (other.grid !== grid && !skipped.some((s) => s.sheet === other.grid.sheet))
          skipped.push({ sheet: other.grid.sheet, reason: "not-chosen" });
      return data;
    }
    skipped.push({ sheet: grid.sheet, reason: "no-rows" });
  }
  return undefined;
}
