/**
 * recognizeBook: grids → Book (issue 11). Every sheet is classified first (classify.ts); every readable source
 * is read — each 基础数据表, pairs of year sheets, the standard tables together — and the one that yields most
 * of what the report needs becomes the Book (sources.ts), the others cross-check it or are listed as unused.
 * Unit, year and texts come from whichever place states them; the 数据 tab and the JSON list every sheet with
 * its kind, evidence, role and reason.
 */
import type { Book, BookSource, SheetUse } from "../book";
import { TEXT_KEYS, type TextKey } from "../book";
import { unusableInput } from "../errors";
import { Grid, cellText } from "../grid";
import type { Options } from "../options";
import { mergePrior } from "../prior";
import { DataSheet, recognizeDataSheet } from "./basicDataSheet";
import { SheetClass, classifySheets, isDataSheetKind, isStandardKind } from "./classify";
import { readInstitutionInfo, type StaffCounts } from "./institutionInfo";
import { ProfileSheet, recognizeProfileSheet } from "./profileSheet";
import { SourceCandidate, candidate, chooseSource, sheetUses } from "./sources";
import { linesFromTables, readStandardTable } from "./standardTables";
import { standardTablesBook, tableInfo } from "./standardTables/book";
import type { StandardTable } from "./standardTables/types";

export { recognizeDataSheet } from "./basicDataSheet";
export { recognizeStandardTables } from "./standardTables";
export { recognizeProfileSheet } from "./profileSheet";
export { classifySheet, classifySheets } from "./classify";

/** What every candidate Book shares: the texts, the report date, the unit and year the user typed. */
interface Shared {
  profile?: ProfileSheet;
  texts: Book["texts"];
  reportDate?: string;
  typedUnit?: string;
  typedYear?: number;
}

export function recognizeBook(grids: Grid[], options: Options): Book {
  if (grids.every(isBlankGrid)) {
    throw unusableInput("empty-workbook", (t) => t.recognition.emptyWorkbook);
  }
  const classes = classifySheets(grids, options.overrides?.sheetKinds);
  const classOf = new Map(classes.map((c) => [c.sheet, c]));
  const userSheet = options.overrides?.sheet;
  const shared = sharedParts(
    grids.filter((g) => {
      const kind = classOf.get(g.sheet)?.kind;
      return kind === "profile" || kind === "unknown";
    }),
    options
  );

  const unreadable = new Set<string>();
  const duplicates = new Set<string>();
  const candidates: SourceCandidate[] = [];

  // Each 基础数据表 (or the sheet the user chose), read on its own.
  const dataSheets: { data: DataSheet; cls: SheetClass }[] = [];
  for (const grid of grids) {
    const cls = classOf.get(grid.sheet) as SheetClass;
    const chosenByUser = grid.sheet === userSheet;
    if (!chosenByUser && !isDataSheetKind(cls.kind)) continue;
    const data = recognizeDataSheet(
      grid,
      chosenByUser ? options.overrides : undefined,
      cls.kind === "hunan-basic-data-form" ? "hunan" : undefined
    );
    if (!data || data.lines.length === 0) {
      unreadable.add(grid.sheet);
      continue;
    }
    dataSheets.push({ data, cls });
    candidates.push(
      candidate("data-sheet", dataBook(data, grids, shared), [grid.sheet], cls.confidence)
    );
  }
  // This year and last year on separate sheets of one workbook: one Book of two years.
  for (const pair of yearPairs(dataSheets)) {
    const current = dataBook(pair.current.data, grids, shared);
    const prior = dataBook(pair.prior.data, grids, shared);
    const merged = mergePrior(current, prior).book;
    const book: Book = {
      ...merged,
      priorSource: {
        ...(merged.priorSource as NonNullable<Book["priorSource"]>),
        sameWorkbook: true,
      },
    };
    candidates.push(
      candidate(
        "year-pair",
        book,
        [pair.current.data.sheet, pair.prior.data.sheet],
        Math.min(pair.current.cls.confidence, pair.prior.cls.confidence)
      )
    );
  }

  // The standard tables, read as one source; the 机构运行信息表 gives them their head counts.
  const tables = readTables(grids, classOf, unreadable, duplicates);
  const staff = readStaff(grids, classOf);
  const standard = linesFromTables(tables, staff?.counts);
  if (standard) {
    const named = tables.find((t) => t.unitName);
    const book = standardTablesBook(tables, standard, {
      unit: shared.typedUnit || shared.profile?.unitName?.value || named?.unitName || "",
      unitRef: shared.profile?.unitName?.value ? shared.profile.unitName.ref : named?.unitNameRef,
      year:
        shared.typedYear ?? tables.find((t) => t.year !== undefined)?.year ?? shared.profile?.year,
      texts: shared.texts,
      reportDate: shared.reportDate,
      textSheet: shared.profile?.sheet,
    });
    candidates.push(
      candidate(
        "standard-tables",
        book,
        tables.map((t) => t.sheet),
        Math.min(...tables.map((t) => classOf.get(t.sheet)?.confidence ?? 1))
      )
    );
  }

  const chosen = chooseSource(candidates, userSheet);
  if (!chosen) throw unusableInput("no-table", (t) => t.recognition.noTable);
  const sheets = sheetUses({
    classes,
    chosen,
    candidates,
    userSheet,
    profileSheet: shared.profile?.sheet,
    tableSheets: tables.map((t) => t.sheet),
    duplicateSheets: duplicates,
    unreadableSheets: unreadable,
    staffSheet: chosen.kind === "standard-tables" && staff?.counts ? staff.sheet : undefined,
  });
  const book = chosen.book;
  const source: BookSource = {
    ...book.source,
    sheets,
    ...(tables.length ? { tables: tableInfo(tables) } : {}),
  };
  return {
    ...book,
    source,
    // The standard tables stay on a 基础数据表's Book: the cross-table checks compare the two.
    ...(tables.length ? { tables } : {}),
  };
}

function isBlankGrid(grid: Grid): boolean {
  return grid.rows.every((row) => !row || row.every((cell) => cellText(cell).trim() === ""));
}

function sharedParts(profileCandidates: Grid[], options: Options): Shared {
  const profile = pickProfile(profileCandidates);
  const texts: Book["texts"] = { ...(profile?.texts ?? {}) };
  for (const key of TEXT_KEYS) {
    const typed = options.texts?.[key];
    if (typed !== undefined && typed.trim() !== "")
      texts[key as TextKey] = { value: typed, ref: texts[key]?.ref };
  }
  const yearText = options.texts?.year?.trim();
  const reportDate = options.texts?.reportDate?.trim() || profile?.reportDate;
  return {
    ...(profile ? { profile } : {}),
    texts,
    ...(reportDate ? { reportDate } : {}),
    ...(options.texts?.unitName?.trim() ? { typedUnit: options.texts.unitName.trim() } : {}),
    ...(yearText && /^\d{4}$/.test(yearText) ? { typedYear: Number(yearText) } : {}),
  };
}

/** A 基础数据表 as a Book. */
function dataBook(data: DataSheet, grids: Grid[], shared: Shared): Book {
  const origin = originRow(grids, data.sheet);
  const profile = shared.profile;
  const unit = shared.typedUnit || profile?.unitName?.value || data.unitName || "";
  const unitRef = profile?.unitName?.value ? profile.unitName.ref : data.unitNameRef;
  const year = shared.typedYear ?? data.year ?? profile?.year;
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
      sheets: [],
      ...(data.repeats.length > 0
        ? {
            repeatedTables: [
              {
                sheet: data.sheet,
                units: [data.unitName ?? "", ...data.repeats.map((r) => r.unitName ?? "")],
                rows: [data.header.top, ...data.repeats.map((r) => r.row)].map((r) => r + origin),
              },
            ],
          }
        : {}),
    },
    lines: data.lines,
    texts: shared.texts,
    ...(shared.reportDate ? { reportDate: shared.reportDate } : {}),
  };
}

interface YearSheet {
  data: DataSheet;
  cls: SheetClass;
}

/** The year a single-year sheet is for: its headers or title, else its name ("2023年", "2023"). */
function sheetYear(data: DataSheet): number | undefined {
  if (data.year !== undefined) return data.year;
  const named = /(19|20)\d{2}/.exec(data.sheet);
  return named ? Number(named[0]) : undefined;
}

/**
 * Pairs of year sheets: single-year 基础数据表s (a 本年 column and no 上年 column) whose years are Y and
 * Y − 1 — "2022年" and "2023年", or 上年 and 本年 by name. Each later year pairs with its previous year.
 */
function yearPairs(sheets: readonly YearSheet[]): { current: YearSheet; prior: YearSheet }[] {
  const single = sheets.filter(
    (s) => s.data.header.columns.prior === undefined && s.data.header.columns.current !== undefined
  );
  const pairs: { current: YearSheet; prior: YearSheet }[] = [];
  for (const current of single) {
    const year = sheetYear(current.data);
    const prior = single.find((other) => {
      if (other === current) return false;
      const otherYear = sheetYear(other.data);
      if (year !== undefined && otherYear !== undefined) return otherYear === year - 1;
      return /上年|去年|上期/.test(other.data.sheet) && /本年|今年|本期/.test(current.data.sheet);
    });
    if (prior) pairs.push({ current, prior });
  }
  return pairs;
}

/**
 * Every sheet classified as a standard table, read. Two tables of one kind: the one with figures, then the
 * surer classification, then the sheet name decides (the other is a duplicate) — never the sheet order.
 */
function readTables(
  grids: Grid[],
  classOf: ReadonlyMap<string, SheetClass>,
  unreadable: Set<string>,
  duplicates: Set<string>
): StandardTable[] {
  const read: { table: StandardTable; cls: SheetClass }[] = [];
  for (const grid of grids) {
    const cls = classOf.get(grid.sheet) as SheetClass;
    if (!isStandardKind(cls.kind)) continue;
    const table = readStandardTable(grid, cls.kind);
    if (table) read.push({ table, cls });
    else unreadable.add(grid.sheet);
  }
  // The fiscal-appropriation table before the all-funds one of a kind (Z08_1 一般公共预算财政拨款基本支出
  // 决算明细表 before Z05_1 基本支出决算明细表): the report speaks of 一般公共预算.
  const fiscal = (t: StandardTable): number => (/一般公[共开]预算|财政拨款/.test(t.title) ? 1 : 0);
  read.sort(
    (a, b) =>
      Number(a.table.empty) - Number(b.table.empty) ||
      fiscal(b.table) - fiscal(a.table) ||
      b.table.rows.length - a.table.rows.length ||
      b.cls.confidence - a.cls.confidence ||
      a.table.sheet.localeCompare(b.table.sheet)
  );
  const tables: StandardTable[] = [];
  for (const { table } of read) {
    if (tables.some((t) => t.kind === table.kind)) duplicates.add(table.sheet);
    else tables.push(table);
  }
  // Back in workbook order, so the Book's lines follow the tables as the accountant sees them.
  const order = new Map(grids.map((g, i) => [g.sheet, i]));
  return tables.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0));
}

/** The head counts of the 机构运行信息表 (F03), for a Book read from the standard tables. */
function readStaff(
  grids: Grid[],
  classOf: ReadonlyMap<string, SheetClass>
): { sheet: string; counts?: StaffCounts } | undefined {
  const sheets = grids
    .filter((g) => classOf.get(g.sheet)?.kind === "institution-info")
    .sort((a, b) => a.sheet.localeCompare(b.sheet));
  for (const grid of sheets) {
    const counts = readInstitutionInfo(grid);
    if (counts) return { sheet: grid.sheet, counts };
  }
  return undefined;
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
    if (!best || score > best.score || (score === best.score && grid.sheet < best.sheet))
      best = { ...profile, score };
  }
  return best;
}

/** The sheets that were not used, for messages that name them. */
export function unusedSheets(book: Book): SheetUse[] {
  return book.source.sheets.filter((s) => s.role === "unused");
}
