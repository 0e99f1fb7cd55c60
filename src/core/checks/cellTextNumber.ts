/** CELL-TEXT-NUMBER: a number stored as text ("1,234.00", "１２３", "（123）") — read, and warned about. */
import { Book, FIGURE_COLUMNS, figureIn } from "../book";
import { Finding, Rule } from "../finding";
import { refAt } from "../grid";
import { Options } from "../options";
import { cellParams } from "./cellParams";
import { messages } from "./common";

export const CELL_TEXT_NUMBER = "CELL-TEXT-NUMBER";

export function checkCellTextNumber(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const line of book.lines) {
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (!figure || figure.origin !== "text-number" || figure.value === undefined) continue;
      findings.push({
        rule: CELL_TEXT_NUMBER,
        severity: "warning",
        message: text.textNumber(cellParams(book, line, column, figure, text)),
        ref: refAt(figure),
        actual: figure.value,
        lineKey: line.key,
      });
    }
  }
  return findings;
}

export const cellTextNumberRule: Rule = {
  id: CELL_TEXT_NUMBER,
  appliesTo: () => true,
  check: checkCellTextNumber,
};
