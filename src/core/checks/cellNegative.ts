/** CELL-NEGATIVE: a negative expenditure — 警告 (a write-back can be real, but it needs a look). */
import type { Book } from "../book";
import type { Finding } from "../finding";
import type { Options } from "../options";
import { cellRule } from "./cellRule";

const CELL_NEGATIVE = "CELL-NEGATIVE" as const;

export const cellNegativeRule = cellRule({
  id: CELL_NEGATIVE,
  severities: ["warning"],
  messages: ["findings.negative"],
  moneyOnly: true,
  concerns: (figure) => figure.value !== undefined && figure.value < 0,
  judge: (figure, params, text) =>
    figure.value !== undefined
      ? { severity: "warning", message: text.negative(params()), actual: figure.value }
      : undefined,
});

export function checkCellNegative(book: Book, options: Options): Finding[] {
  return cellNegativeRule.check(book, options);
}
