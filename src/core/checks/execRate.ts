/**
 * EXEC-RATE: 预算执行率 = 决算 ÷ 全年预算, when the row has a budget ≠ 0; outside
 * [executionLow, executionHigh] with no reason — 警告. A blank 决算 counts as 0 (nothing spent).
 */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { formatBasisPoints, ratioBasisPoints } from "../money";
import { Options } from "../options";
import {
  amountOf,
  figureRef,
  formatMoney,
  messages,
  presentColumns,
  reasonCell,
  reasonFor,
  valueOrZero,
} from "./common";

export const EXEC_RATE = "EXEC-RATE";

const percent = (points: number): string => `${formatBasisPoints(points)}%`;

export function checkExecRate(book: Book, options: Options): Finding[] {
  const columns = presentColumns(book);
  if (!columns.includes("budget") || !columns.includes("current")) return [];
  const text = messages(options);
  const unit = book.currencyUnit;
  const findings: Finding[] = [];
  for (const line of book.lines) {
    if (line.kind !== "money" || line.total) continue;
    const budget = amountOf(line, "budget");
    if (budget.kind !== "value" || budget.value === 0) continue;
    const current = valueOrZero(amountOf(line, "current"));
    if (current === undefined) continue;
    // A float screen for the rows clearly inside the range; the exact rate only near its edges.
    const approximate = (current / budget.value) * 10000;
    if (approximate >= options.executionLow + 1 && approximate <= options.executionHigh - 1)
      continue;
    const rate = ratioBasisPoints(current, budget.value);
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
        budget: formatMoney(budget.value, unit),
        rate: percent(rate),
        low: percent(options.executionLow),
        high: percent(options.executionHigh),
        reasonCell: reasonCell(book, line),
        hidden: line.hidden === true,
      }),
      ref,
      expected: budget.value,
      actual: current,
      difference: current - budget.value,
      lineKey: line.key,
    });
  }
  return findings;
}

export const execRateRule: Rule = {
  id: EXEC_RATE,
  appliesTo: (book) => presentColumns(book).includes("budget"),
  check: checkExecRate,
};
