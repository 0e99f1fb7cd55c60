/**
 * The Book: what recognition makes of a workbook, and all that checks, compare and compose read.
 * Every figure keeps its cell, so findings select it in Excel and the report can say where a number came from.
 */
import { CellPosition, CellRef } from "./grid";
import { Figure } from "./figure";
import { CurrencyUnit } from "./money";
import type { SheetClass } from "./recognize/sheetKinds";
import type { StandardTable, StandardTableKind } from "./recognize/standardTables/types";

/** The stable keys of docs/design.md §2 for the rows every report needs. Other rows get `code:<code>` or `row:<label>`. */
export const STABLE_KEYS = [
  "generalBudget",
  "basic",
  "personnel",
  "publicOperating",
  "project",
  "govFund",
  "stateCapital",
  "pension",
  "annuity",
  "medical",
  "otherSocial",
  "threePublic",
  "abroad",
  "vehicle",
  "vehiclePurchase",
  "vehicleOperation",
  "reception",
  "staffAuthorized",
  "staffActual",
] as const;
export type StableKey = (typeof STABLE_KEYS)[number];

const STABLE_KEY_SET: ReadonlySet<string> = new Set<string>(STABLE_KEYS);

/** True for the stable keys of docs/design.md §2, false for `code:…` and `row:…` keys. */
export function isStableKey(key: string): key is StableKey {
  return STABLE_KEY_SET.has(key);
}

/** The figure columns of a 基础数据表. */
export type FigureColumn = "current" | "prior" | "budget";
export const FIGURE_COLUMNS: readonly FigureColumn[] = ["current", "prior", "budget"];

/**
 * A line's figure in one column. Named reads (not `line[column]`): the checks read every figure of a
 * 100 000-row book several times, and a keyed read by three different names is several times slower.
 */
export function figureIn(line: Line, column: FigureColumn): Figure | undefined {
  return column === "current" ? line.current : column === "prior" ? line.prior : line.budget;
}

/** Money rows are in fen; staff rows are head counts. */
export type LineKind = "money" | "count";

export interface Line {
  /** Position in `book.lines` (also its id). */
  index: number;
  /** Stable key, `code:<code>` or `row:<label>`; unique within a book. */
  key: string;
  /** Label without outline markers, 其中 prefix or surrounding spaces. */
  label: string;
  /** The label cell as typed. */
  rawLabel: string;
  /**
   * The label cell, where it is not simply the book's label column on the line's row (the standard tables'
   * lines). A 基础数据表 stores none per line: `labelPosition` gives it.
   */
  labelAt?: CellPosition;
  /** Classification code when the row has one (typed, or inferred from an exact economic-classification name). */
  code?: string;
  /** True when the code came from the label, not from a code column. */
  codeInferred?: boolean;
  /** Outline marker as typed ("一、", "（一）", "1.", "（1）"), if any. */
  marker?: string;
  /** Depth in the hierarchy: 0 for top-level rows. */
  depth: number;
  parent?: number;
  /** Indices of the lines directly under this one (leaves share one frozen empty list). */
  children: readonly number[];
  /** A `其中：` row: part of a partial breakdown of its parent (Σ ≤ parent, not =). */
  ofWhich: boolean;
  /** A 合计/总计/小计 row. */
  total?: "total" | "subtotal" | "grandTotal";
  kind: LineKind;
  /** 0-based sheet row. */
  row: number;
  hidden?: boolean;
  current?: Figure;
  prior?: Figure;
  budget?: Figure;
  /** The reason as typed in the sheet's reason column (`reasonPosition` gives the cell). */
  reason?: string;
}

/** The qualitative texts of the report (基本情况 sheet or the task pane). */
export const TEXT_KEYS = [
  "functions", // 主要职能
  "organization", // 机构情况
  "staffing", // 人员情况 (extra text beside the generated sentence)
  "keyWork", // 年度重点工作
  "performance", // 部门整体支出绩效情况 (the unit's own text)
  "problems", // 存在的问题及原因分析
  "improvements", // 下一步改进措施
  "resultUse", // 绩效自评结果拟应用和公开情况 (optional section)
  "otherMatters", // 其他需要说明的情况 (optional section)
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Texts the report cannot do without: empty ones become 【待补充：…】 and a TEXT-MISSING finding. */
export const REQUIRED_TEXT_KEYS: readonly TextKey[] = [
  "functions",
  "organization",
  "keyWork",
  "performance",
  "problems",
  "improvements",
];

export interface TextField {
  value: string;
  ref?: CellRef;
}

/** What a sheet did for the Book: gave its figures, checked them, or nothing (and why). */
export const SHEET_ROLES = ["source", "cross-check", "unused"] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

/** Why a sheet has its role (words for each in i18n `sheetReasons`). */
export const SHEET_USE_REASONS = [
  /** The source that covers most of what the report needs. */
  "most-coverage",
  /** The only readable source. */
  "only-source",
  /** Chosen by hand in the 数据 tab. */
  "user-choice",
  /** Last year's sheet of a pair of year sheets (2022年 / 2023年). */
  "prior-year-sheet",
  /** One of the standard tables the Book reads. */
  "standard-table",
  /** The report's texts (基本情况). */
  "report-texts",
  /** Head counts (机构运行信息表). */
  "staff-counts",
  /** Standard tables beside a 基础数据表: the XT-DATA-SHEET check compares them. */
  "cross-check",
  /** A readable source that covers less than the one chosen. */
  "less-coverage",
  /** A second table of a kind already read. */
  "duplicate-table",
  /** A kind the product reads, but nothing readable was found on it. */
  "unreadable",
  /** A kind that holds no figures for the report (自评表, another finance-software table, our own output). */
  "not-a-source",
  "blank",
  "unknown",
] as const;
export type SheetUseReason = (typeof SHEET_USE_REASONS)[number];

/** One sheet of the workbook: its kind, the evidence for it, and what it did. */
export interface SheetUse extends SheetClass {
  role: SheetRole;
  reason: SheetUseReason;
}

/** Where the Book came from and how it was read — shown in the task pane's 数据 tab. */
export interface BookSource {
  /** A 基础数据表 (docs/domain.md §3.1), or the standard 部门决算 tables (§3.2). */
  kind: "basic-data-sheet" | "standard-tables";
  sheet: string;
  /** 0-based sheet rows of the header block (first and last). */
  headerRows: [number, number];
  /** 0-based sheet column of each recognised column. */
  columns: Partial<Record<FigureColumn | "label" | "code" | "reason", number>>;
  /** The header text of each recognised column, as typed. */
  columnHeaders: Partial<Record<FigureColumn | "label" | "code" | "reason", string>>;
  /** A1 range of the data rows read. */
  range: string;
  unitRef?: CellRef;
  /** True when no unit line or unit in a header was found (元 assumed). */
  unitAssumed: boolean;
  titleRef?: CellRef;
  /** The 基本情况 sheet, when one was read. */
  textSheet?: string;
  /** Every sheet of the workbook: kind, evidence, role and why (issue 11). */
  sheets: SheetUse[];
  /**
   * Sheets that hold several units' tables (one below the other): each table's unit name ("" when it names
   * none) and its first sheet row (0-based). Only the first is read; UNITS-ON-SHEET says so.
   */
  repeatedTables?: { sheet: string; units: string[]; rows: number[] }[];
  /** The standard tables recognised in the workbook (used or not), for the 数据 tab. */
  tables?: {
    kind: StandardTableKind;
    sheet: string;
    title: string;
    unit: CurrencyUnit;
    empty: boolean;
  }[];
}

export interface Book {
  unit: string;
  unitRef?: CellRef;
  /** The report year (本年). Undefined when neither title nor headers say. */
  year?: number;
  currencyUnit: CurrencyUnit;
  source: BookSource;
  lines: Line[];
  texts: Partial<Record<TextKey, TextField>>;
  /** Report date from the 基本情况 sheet ("2024年5月16日"), if given. */
  reportDate?: string;
  /** The standard tables with every cell read, for the cross-table and column checks (XT-*, SUM-COLUMNS). */
  tables?: StandardTable[];
  /** Where the 上年 figures came from when they were merged from last year's workbook (src/core/prior.ts). */
  priorSource?: {
    sourceKind: BookSource["kind"];
    sheet: string;
    /** True when last year's figures came from a sheet of this workbook (a year sheet), not another file. */
    sameWorkbook?: boolean;
    /** Last year's money unit (its figures' messages are worded in it). */
    currencyUnit: CurrencyUnit;
    /** Last year's rows with an amount that matched no row of this year (YOY-MISSING says so). */
    unmatched: { key: string; label: string; kind: LineKind; figure: Figure }[];
    year?: number;
    /** The unit's name as last year's workbook gives it. */
    unitName: string;
  };
}

/** key → line, per lines array: built once (or handed over by recognition), then O(1) lookups. */
const keyIndexCache = new WeakMap<readonly Line[], ReadonlyMap<string, Line>>();

/** Finds a line by key in O(1) after the first call (the map is built once per book). */
export function lineByKey(book: Book, key: string): Line | undefined {
  let index = keyIndexCache.get(book.lines);
  if (!index) {
    index = new Map(book.lines.map((line) => [line.key, line]));
    keyIndexCache.set(book.lines, index);
  }
  return index.get(key);
}

/**
 * Recognition makes keys unique with a key → line map; handing it over spares lineByKey a second map of
 * every key. The lines must keep their keys from then on (they do: later steps copy lines, not rename them).
 */
export function rememberKeyIndex(lines: readonly Line[], index: ReadonlyMap<string, Line>): void {
  keyIndexCache.set(lines, index);
}

/** Where a line's label is: its own `labelAt`, else the book's label column on the line's row. */
export function labelPosition(book: Book, line: Line): CellPosition {
  return (
    line.labelAt ?? {
      sheet: book.source.sheet,
      row: line.row,
      column: book.source.columns.label ?? 0,
    }
  );
}

/** Where a line's reason is (or is to be) typed: the reason column on its row, when the sheet has one. */
export function reasonPosition(book: Book, line: Line): CellPosition | undefined {
  const column = book.source.columns.reason;
  return column === undefined ? undefined : { sheet: book.source.sheet, row: line.row, column };
}
