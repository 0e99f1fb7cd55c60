/**
 * The standard 部门决算 tables (docs/domain.md §3.2) as read from a workbook: which table, in which unit, and every
 * row with its figures by column — kept on the Book so the column and cross-table checks can read them.
 */
import type { Figure } from "../../figure";
import type { CellRef } from "../../grid";
import type { CurrencyUnit } from "../../money";

export type StandardTableKind =
  | "summary" // 收入支出决算总表
  | "income" // 收入决算表
  | "expenditure" // 支出决算表
  | "fiscalSummary" // 财政拨款收入支出决算总表
  | "generalBudget" // 一般公共预算财政拨款支出决算表
  | "basicDetail" // 一般公共预算财政拨款基本支出决算（明细）表
  | "threePublic" // 财政拨款"三公"经费支出决算表
  | "govFund" // 政府性基金预算财政拨款收入支出决算表
  | "stateCapital"; // 国有资本经营预算财政拨款支出决算表

export const STANDARD_TABLE_KINDS: readonly StandardTableKind[] = [
  "summary",
  "income",
  "expenditure",
  "fiscalSummary",
  "generalBudget",
  "basicDetail",
  "threePublic",
  "govFund",
  "stateCapital",
];

/** One figure column of a block: a canonical key ("total", "basic", "budget", …) and its header as typed. */
export interface TableColumn {
  /** 0-based grid column. */
  index: number;
  key: string;
  header: string;
  unit: CurrencyUnit;
}

/** A side-by-side part of a table (收入 ‖ 支出; 人员经费 ‖ 公用经费); list tables have one. */
export interface TableBlock {
  labelColumn: number;
  /** One code column, or 类 | 款 | 项 columns. */
  codeColumns: number[];
  columns: TableColumn[];
}

export interface TableRow {
  block: number;
  /** 0-based sheet row. */
  row: number;
  rawLabel: string;
  /** Label without markers, 其中 or code prefix. */
  label: string;
  labelRef: CellRef;
  code?: string;
  codeRef?: CellRef;
  ofWhich: boolean;
  total?: "total" | "subtotal" | "grandTotal";
  /** Figures by column key. */
  figures: Record<string, Figure>;
}

export interface StandardTable {
  kind: StandardTableKind;
  sheet: string;
  /** The title as typed (or the sheet name when there is none). */
  title: string;
  titleRef?: CellRef;
  unit: CurrencyUnit;
  unitRef?: CellRef;
  unitAssumed: boolean;
  year?: number;
  unitName?: string;
  unitNameRef?: CellRef;
  /** 0-based sheet rows of the header block. */
  headerRows: [number, number];
  blocks: TableBlock[];
  rows: TableRow[];
  /** The table says it has no data ("…故本表无数据"): empty, not broken. */
  empty: boolean;
  emptyNoteRef?: CellRef;
}
