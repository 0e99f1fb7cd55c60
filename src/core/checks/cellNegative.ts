/** CELL-NEGATIVE: a negative expenditure — 警告 (a write-back can be real, but it needs a look). */
import { Book, FIGURE_COLUMNS, figureIn } from "../book";
import { Finding, Rule } from "../finding";
import { refAt } from "../grid";
import { Options } from "../options";
import { cellParams } from "./cellParams";
import { messages } from "./common";

export const CELL_NEGATIVE = "CELL-NEGATIVE";

export function checkCellNegative(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const line of book.lines) {
    if (line.kind !== "money") continue;
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (!figure || figure.value === undefined || figure.value >= 0) continue;
      findings.push({
        rule: CELL_NEGATIVE,
        severity: "warning",
        message: text.negative(cellParams(book, line, column, figure, text)),
        ref: refAt(figure),
        actual: figure.value,
        lineKey: line.key,
      });
    }
  }
  return findings;
}

export const cellNegativeRule: Rule = {
  id: CELL_NEGATIVE,
  appliesTo: () => true,
  check: checkCellNegative,
};
