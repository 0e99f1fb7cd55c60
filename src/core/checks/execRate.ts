/**
 * EXEC-RATE: 预算执行率 = 决算 ÷ 全年预算, when the row has a budget ≠ 0; outside
 * [executionLow, executionHigh] with no reason — 警告. A blank 决算 counts as 0 (nothing spent).
 */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { formatBasisPoints, ratioBasisPoints } from "../money";
import { Options } from "../options";
import {
  figureRef,
  formatMoney,
  messages,
  presentColumns,
  reasonCell,
  reasonFor,
  valueIn,
} from "./common";

const EXEC_RATE = "EXEC-RATE" as const;

const percent = (points: number): string => `${formatBasisPoints(points)}%`;

export function checkExecRate(book: Book, options: Options): Finding[] {
  const columns = presentColumns(book);
  if (!columns.includes("budget") || !columns.includes("current")) return [];
  const text = messages(options);
  const unit = book.currencyUnit;
  const findings: Finding[] = [];
  for (const line of book.lines) {
    if (line.kind !== "money" || line.total) continue;
    const budget = valueIn(line, "budget");
    if (budget === null || budget === undefined || budget === 0) continue;
    const blankOrCurrent = valueIn(line, "current");
    if (blankOrCurrent === undefined) continue;
    const current = blankOrCurrent ?? 0;
    // A float screen for the rows clearly inside the range; the exact rate only near its edges.
    const approximate = (current / budget) * 10000;
    if (approximate >= options.executionLow + 1 && approximate <= options.executionHigh - 1)
      continue;
    const rate = ratioBasisPoints(current, budget);
    if (rate === undefined || (rate >= options.executionLow && rate <= options.executionHigh)) {
      continue;
    }
    if (reasonFor(line, options)) continue;
    const ref = figureRef(book, line, "current");
    findings.push({
      rule: EXEC_RATE,
      severity: "warning",
      message: text.execRate({
        label: line.label,
        cell: ref.address,
        current: formatMoney(current, unit),
        budget: formatMoney(budget, unit),
        rate: percent(rate),
        low: percent(options.executionLow),
        high: percent(options.executionHigh),
        reasonCell: reasonCell(book, line),
        hidden: line.hidden === true,
      }),
      ref,
      expected: budget,
      actual: current,
      difference: current - budget,
      lineKey: line.key,
    });
  }
  return findings;
}

export const execRateRule: Rule = {
  id: EXEC_RATE,
  severities: ["warning"],
  messages: ["findings.execRate"],
  appliesTo: (book) => presentColumns(book).includes("budget"),
  check: checkExecRate,
};
