/** How the pane shows amounts: 元 with two decimals for money, whole numbers for head counts. */
import type { Book } from "../../core/book";
import { lineByKey } from "../../core/book";
import type { LineKind } from "../../core/book";
import { formatBasisPoints, formatYuan } from "../../core/money";

export function formatFigure(value: number | undefined, kind: LineKind): string {
  if (value === undefined) return "—";
  return kind === "count" ? String(value) : formatYuan(value);
}

export function formatPercent(points: number | undefined): string {
  return points === undefined ? "—" : `${formatBasisPoints(points)}%`;
}

/** The kind of the line a finding is about (money unless the line says otherwise). */
export function kindOf(book: Book | undefined, lineKey: string | undefined): LineKind {
  if (!book || !lineKey) return "money";
  return lineByKey(book, lineKey)?.kind ?? "money";
}
