/**
 * Queries over the standard tables as read: a table by kind, its 合计 row, a row by its label, a row's figure
 * in the first of some columns, and the 基本支出明细表's footer rows — what the Book's lines and the
 * cross-table checks both look up.
 */
import type { Figure } from "../../figure";
import { normalizeLabel } from "../../text";
import type { StandardTable, StandardTableKind, TableRow } from "./types";

export function tableOf(
  tables: StandardTable[],
  kind: StandardTableKind
): StandardTable | undefined {
  return tables.find((t) => t.kind === kind);
}

/** The 合计 row of a list table (the first total row, else the first row). */
export function totalRow(table: StandardTable | undefined, block = 0): TableRow | undefined {
  if (!table) return undefined;
  const rows = table.rows.filter((r) => r.block === block);
  return rows.find((r) => r.total === "total" || r.total === "grandTotal") ?? undefined;
}

/** A row of a two-sided table (总表) by its normalised label. */
export function rowByLabel(
  table: StandardTable | undefined,
  pattern: RegExp,
  block?: number
): TableRow | undefined {
  if (!table) return undefined;
  return table.rows.find(
    (r) => (block === undefined || r.block === block) && pattern.test(normalizeLabel(r.label))
  );
}

/** Footer rows of the 基本支出明细表: 人员经费合计 / 公用经费合计. */
export function basicDetailFooter(
  table: StandardTable | undefined,
  which: "personnel" | "publicOperating"
): TableRow | undefined {
  const pattern =
    which === "personnel" ? /^人员经费(合计|小计)?$/ : /^(日常)?公用经费(合计|小计)?$/;
  const row = rowByLabel(table, pattern);
  const figure = figureOf(row, "current", "total");
  if (!row || (figure && figure.origin !== "blank")) return row;
  // The label merged across a block and its figure in the last block's 决算数 column (公用经费 spans two
  // blocks in the 2024 template): take the next figure to the right on the same row.
  const right = table?.rows.find(
    (r) =>
      r.row === row.row &&
      r.block > row.block &&
      (r.label === "" || r.label === row.label) &&
      [r.figures.current, r.figures.total].some((f) => f && f.origin !== "blank")
  );
  const moved = figureOf(right, "current", "total");
  return moved ? { ...row, figures: { ...row.figures, current: moved } } : row;
}

/** The first figure of a row in one of the given columns. */
export function figureOf(row: TableRow | undefined, ...keys: string[]): Figure | undefined {
  if (!row) return undefined;
  for (const key of keys) if (row.figures[key]) return row.figures[key];
  return undefined;
}
