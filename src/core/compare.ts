/**
 * compare: every line with a figure in either year → a Change against the previous year, with the
 * percent from exact values and whether the change needs a written reason.
 */
import type { Book, Line } from "./book";
import type { Change, Direction } from "./change";
import { hasValue, isUnreadable } from "./figure";
import { percentChange } from "./money";
import type { Options } from "./options";

export function directionOf(current: number | undefined, prior: number | undefined): Direction {
  const c = current ?? 0;
  const p = prior ?? 0;
  if (c === 0 && p === 0) return "none";
  if (p === 0) return "new";
  if (c === 0) return "stopped";
  if (c === p) return "flat";
  return c > p ? "increase" : "decrease";
}

/** |change| at or above the percent threshold and the amount floor (new and stopped items by amount alone). */
export function needsExplanation(
  change: Pick<Change, "direction" | "delta" | "percent" | "kind">,
  options: Options
): boolean {
  if (change.kind !== "money" || change.delta === undefined) return false;
  const bigEnough = Math.abs(change.delta) >= options.explainFloor;
  if (change.direction === "new" || change.direction === "stopped") return bigEnough;
  return (
    bigEnough && change.percent !== undefined && Math.abs(change.percent) >= options.explainPercent
  );
}

export function compareLine(line: Line, options: Options): Change | undefined {
  const current = hasValue(line.current) ? line.current.value : undefined;
  const prior = hasValue(line.prior) ? line.prior.value : undefined;
  const unread = isUnreadable(line.current) || isUnreadable(line.prior);
  if (current === undefined && prior === undefined && !unread) return undefined;
  const direction = unread ? "unknown" : directionOf(current, prior);
  const both = !unread && current !== undefined && prior !== undefined;
  const delta = both ? (current as number) - (prior as number) : undefined;
  const percent = both ? percentChange(current as number, prior as number) : undefined;
  const reason = options.reasons?.[line.key]?.trim() || line.reason;
  // One fixed shape for every change (a 100 000-row sheet makes 100 000 of them); absent values are undefined.
  const change: Change = {
    key: line.key,
    label: line.label,
    code: line.code,
    kind: line.kind,
    current,
    prior,
    delta,
    percent,
    direction,
    needsExplanation: false,
    reason: reason || undefined,
    // A figure is its own position: no CellRef per change.
    currentAt: line.current,
    priorAt: line.prior,
    depth: line.depth,
  };
  change.needsExplanation = !reason && needsExplanation(change, options);
  return change;
}

export function compareBook(book: Book, options: Options): Change[] {
  const changes: Change[] = [];
  for (const line of book.lines) {
    if (line.total) continue;
    const change = compareLine(line, options);
    if (change) changes.push(change);
  }
  return changes;
}
