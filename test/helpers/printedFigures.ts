/**
 * "A report must never state a figure the product did not read" (issue 11) as a check: every number the
 * report prints with a source cell is that cell's figure, or a change, rate or difference computed from the
 * line the cell belongs to. Returns the runs that are neither.
 */
import {
  FIGURE_COLUMNS,
  figureIn,
  reasonPosition,
  type Book,
  type Line,
} from "../../src/core/book";
import { hasValue } from "../../src/core/figure";
import { positionKey, positionOf } from "../../src/core/grid";
import {
  formatBasisPoints,
  formatWan,
  percentChange,
  ratioBasisPoints,
} from "../../src/core/money";
import { formatCount } from "../../src/core/report/wording";
import type { Block, Report, Run } from "../../src/core/report/types";

const NUMBER = /^-?[\d,]+(\.\d+)?$/;

/** Every text a line's figures allow the report to print. */
function allowedTexts(line: Line): Set<string> {
  const out = new Set<string>();
  const value = (column: "current" | "prior" | "budget") => {
    const figure = figureIn(line, column);
    return hasValue(figure) ? figure.value : undefined;
  };
  const format = (n: number) => (line.kind === "count" ? formatCount(n) : formatWan(n));
  const current = value("current");
  const prior = value("prior");
  const budget = value("budget");
  for (const v of [current, prior, budget]) if (v !== undefined) out.add(format(v));
  if (current !== undefined && prior !== undefined) {
    out.add(format(Math.abs(current - prior)));
    const percent = percentChange(current, prior);
    if (percent !== undefined && Number.isSafeInteger(percent))
      out.add(formatBasisPoints(Math.abs(percent)));
  }
  if (current !== undefined && budget !== undefined) {
    const rate = ratioBasisPoints(current, budget);
    if (rate !== undefined && Number.isSafeInteger(rate)) out.add(formatBasisPoints(rate));
    out.add(format(current - budget));
  }
  return out;
}

function runsOf(blocks: readonly Block[], out: Run[] = []): Run[] {
  for (const block of blocks) {
    if (block.kind === "section") runsOf(block.blocks, out);
    else out.push(...block.runs);
  }
  return out;
}

export function unreadFigures(book: Book, report: Report): string[] {
  // A computed figure (基本支出 = 人员经费 + 公用经费 from the 明细表) stands at the cell of one it is
  // computed from: a cell may carry the figures of several lines.
  const linesAt = new Map<string, Line[]>();
  for (const line of book.lines)
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (!figure) continue;
      const key = positionKey(figure);
      const list = linesAt.get(key);
      if (list) list.push(line);
      else linesAt.set(key, [line]);
    }
  // Text the report quotes (a reason, a 基本情况 text, the unit's name) may be digits; it is not a figure.
  const textCells = new Set<string>();
  for (const field of Object.values(book.texts))
    if (field?.ref) textCells.add(positionKey(positionOf(field.ref)));
  if (book.unitRef) textCells.add(positionKey(positionOf(book.unitRef)));
  for (const line of book.lines) {
    const at = reasonPosition(book, line);
    if (at) textCells.add(positionKey(at));
  }
  const wrong: string[] = [];
  for (const run of runsOf(report.sections)) {
    if (!run.ref || run.placeholder || !NUMBER.test(run.text)) continue;
    if (textCells.has(positionKey(positionOf(run.ref)))) continue;
    const lines = linesAt.get(positionKey(positionOf(run.ref)));
    if (!lines) {
      wrong.push(`${run.text} at ${run.ref.sheet}!${run.ref.address}: no figure read there`);
      continue;
    }
    if (!lines.some((line) => allowedTexts(line).has(run.text)))
      wrong.push(
        `${run.text} at ${run.ref.sheet}!${run.ref.address}: not ${lines.map((l) => l.label).join("/")}'s figure`
      );
  }
  return wrong;
}
