/**
 * YOY-MISSING: an item with a 本年 amount but a blank 上年 cell — 警告: the change cannot be computed.
 * When the sheet has no 上年 column at all (or it is empty throughout), one file-level 提示 instead.
 */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { formatAddress, refAt } from "../grid";
import { formatAmount } from "../money";
import { messagesFor } from "../../i18n";
import { Options } from "../options";
import { bookRef, figureRef, formatMoney, messages, presentColumns, valueIn } from "./common";

const YOY_MISSING = "YOY-MISSING" as const;

export function checkYoyMissing(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const columns = presentColumns(book);
  if (!columns.includes("current")) return [];
  const priorIndex = book.source.columns.prior;
  const anyPrior = book.lines.some((line) => valueIn(line, "prior") !== null);
  if (!columns.includes("prior") || !anyPrior) {
    const ref =
      priorIndex !== undefined
        ? {
            sheet: book.source.sheet,
            address: formatAddress(book.source.headerRows[0], priorIndex),
          }
        : bookRef(book);
    return [
      {
        rule: YOY_MISSING,
        severity: "info",
        message: text.priorColumnMissing(ref.address),
        ref,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const line of book.lines) {
    if (line.kind !== "money") continue;
    const current = valueIn(line, "current");
    if (current === null || current === undefined || current === 0) continue;
    if (valueIn(line, "prior") !== null) continue;
    const amount = formatMoney(current, book.currencyUnit);
    const hidden = line.hidden === true;
    if (book.priorSource) {
      // 上年 comes from last year's workbook: the row found no match there, and there is no cell to fill.
      const ref = figureRef(book, line, "current");
      findings.push({
        rule: YOY_MISSING,
        severity: "warning",
        message: text.yoyMissingInPrior({
          label: line.label,
          cell: ref.address,
          current: amount,
          priorSheet: book.priorSource.sheet,
          hidden,
        }),
        ref,
        lineKey: line.key,
      });
      continue;
    }
    const ref = figureRef(book, line, "prior");
    findings.push({
      rule: YOY_MISSING,
      severity: "warning",
      message: text.yoyMissing({ label: line.label, cell: ref.address, current: amount, hidden }),
      ref,
      lineKey: line.key,
    });
  }
  return findings;
}

/** Last year's rows with an amount that no row of this year matched (last year's workbook or year sheet). */
function unmatchedPriorFindings(book: Book, options: Options): Finding[] {
  const prior = book.priorSource;
  if (!prior) return [];
  const text = messagesFor(options.locale).standard;
  return prior.unmatched.map(({ key, label, kind, figure }) => {
    const ref = refAt(figure);
    const value = figure.value as number;
    return {
      rule: YOY_MISSING,
      severity: "warning",
      message: text.priorRowUnmatched({
        label,
        cell: `${ref.sheet}!${ref.address}`,
        prior:
          kind === "count"
            ? String(value)
            : `${formatAmount(value, prior.currencyUnit)}${prior.currencyUnit}`,
      }),
      ref,
      actual: value,
      lineKey: key,
    };
  });
}

export const yoyMissingRule: Rule = {
  id: YOY_MISSING,
  severities: ["warning", "info"],
  messages: [
    "findings.priorColumnMissing",
    "findings.yoyMissing",
    "findings.yoyMissingInPrior",
    "standard.priorRowUnmatched",
  ],
  appliesTo: () => true,
  check: checkYoyMissing,
  readingFindings: unmatchedPriorFindings,
};
