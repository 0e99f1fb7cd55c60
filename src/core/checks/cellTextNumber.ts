/** CELL-TEXT-NUMBER: a number stored as text ("1,234.00", "１２３", "（123）") — read, and warned about. */
import type { Book } from "../book";
import type { Finding } from "../finding";
import type { Options } from "../options";
import { cellRule } from "./cellRule";

const CELL_TEXT_NUMBER = "CELL-TEXT-NUMBER" as const;

export const cellTextNumberRule = cellRule({
  id: CELL_TEXT_NUMBER,
  severities: ["warning"],
  messages: ["findings.textNumber"],
  tableCells: true,
  concerns: (figure) => figure.origin === "text-number",
  judge: (figure, params, text) =>
    figure.value !== undefined
      ? { severity: "warning", message: text.textNumber(params()), actual: figure.value }
      : undefined,
});

export function checkCellTextNumber(book: Book, options: Options): Finding[] {
  return cellTextNumberRule.check(book, options);
}
