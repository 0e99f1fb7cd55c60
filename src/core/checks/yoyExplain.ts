/**
 * YOY-EXPLAIN: a change against last year of at least `explainPercent` AND at least `explainFloor` in
 * amount, with no reason (reason column or task pane) — 警告. New items (上年 0) and stopped items (本年 0)
 * of at least the floor need a reason too.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { BasisPoints, Fen, formatBasisPoints, percentChange } from "../money";
import { Options } from "../options";
import {
  figureRef,
  formatMoney,
  formatSigned,
  messages,
  reasonCell,
  reasonFor,
  valueIn,
} from "./common";

const YOY_EXPLAIN = "YOY-EXPLAIN" as const;

export type ChangeKind = "change" | "new" | "stopped";

/** Whether a change needs a written reason, by the options' thresholds (shared with compare). */
export function needsExplanation(
  current: Fen,
  prior: Fen,
  options: Options
): ChangeKind | undefined {
  const delta = current - prior;
  if (delta === 0) return undefined;
  if (prior === 0) return Math.abs(current) >= options.explainFloor ? "new" : undefined;
  if (current === 0) return Math.abs(prior) >= options.explainFloor ? "stopped" : undefined;
  if (Math.abs(delta) < options.explainFloor) return undefined; // cheap test first
  const percent = percentChange(current, prior) as BasisPoints;
  return Math.abs(percent) >= options.explainPercent ? "change" : undefined;
}

function formatPercent(current: Fen, prior: Fen): string {
  const percent = percentChange(current, prior);
  if (percent === undefined) return "";
  return `${percent > 0 ? "+" : ""}${formatBasisPoints(percent)}%`;
}

export function checkYoyExplain(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const unit = book.currencyUnit;
  const findings: Finding[] = [];
  const explain = (line: Line): Finding | undefined => {
    const current = valueIn(line, "current");
    const prior = valueIn(line, "prior");
    if (current === null || current === undefined || prior === null || prior === undefined) {
      return undefined;
    }
    const kind = needsExplanation(current, prior, options);
    if (!kind || reasonFor(line, options)) return undefined;
    const ref = figureRef(book, line, "current");
    const delta = current - prior;
    const params = {
      label: line.label,
      cell: ref.address,
      prior: formatMoney(prior, unit),
      current: formatMoney(current, unit),
      delta: formatSigned(delta, unit),
      percent: formatPercent(current, prior),
      reasonCell: reasonCell(book, line),
      hidden: line.hidden === true,
    };
    const message =
      kind === "new"
        ? text.yoyExplainNew(params)
        : kind === "stopped"
          ? text.yoyExplainStopped(params)
          : text.yoyExplain(params);
    return {
      rule: YOY_EXPLAIN,
      severity: "warning",
      message,
      ref,
      expected: prior,
      actual: current,
      difference: delta,
      lineKey: line.key,
    };
  };
  for (const line of book.lines) {
    if (line.kind !== "money" || line.total) continue;
    const finding = explain(line);
    if (finding) findings.push(finding);
  }
  return findings;
}

export const yoyExplainRule: Rule = {
  id: YOY_EXPLAIN,
  severities: ["warning"],
  messages: ["findings.yoyExplain", "findings.yoyExplainNew", "findings.yoyExplainStopped"],
  appliesTo: () => true,
  check: checkYoyExplain,
};
