/**
 * PRIOR-YEAR: last year's figures come from a workbook (or year sheet) whose year is not this year − 1, or
 * states no year — 警告: the changes may compare the wrong years.
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { standardMessages } from "./tableCommon";

function priorYearFindings(book: Book, options: Options): Finding[] {
  const prior = book.priorSource;
  if (!prior || book.year === undefined) return [];
  const text = standardMessages(options);
  const ref = book.source.titleRef ?? book.unitRef ?? { sheet: book.source.sheet, address: "A1" };
  if (prior.year === undefined)
    return [{ rule: "PRIOR-YEAR", severity: "warning", message: text.priorYearUnknown, ref }];
  if (prior.year !== book.year - 1)
    return [
      {
        rule: "PRIOR-YEAR",
        severity: "warning",
        message: text.priorYear(prior.year, book.year - 1),
        ref,
      },
    ];
  return [];
}

export const priorYearRule: Rule = {
  id: "PRIOR-YEAR",
  severities: ["warning"],
  messages: ["standard.priorYearUnknown", "standard.priorYear"],
  appliesTo: (book) => book.priorSource !== undefined,
  check: () => [],
  readingFindings: priorYearFindings,
};
