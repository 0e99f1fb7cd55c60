/**
 * CELL-ERROR: a figure cell that cannot be read — an Excel error (#REF!, #DIV/0!, #VALUE!, #N/A), a formula
 * without a cached value the core could not compute, or a number beyond any amount: 错误. Text that is not a
 * number ("无", "见附表") in a figure cell is a 警告: it is left out of the sums. A formula without a cached
 * value that the core computed (src/core/formula.ts) is a 提示: the figure is used, and the file should be
 * recalculated to confirm it.
 */
import { Book, FIGURE_COLUMNS, figureIn } from "../book";
import { Finding, Rule, Severity } from "../finding";
import { refAt } from "../grid";
import { Options } from "../options";
import { cellParams } from "./cellParams";
import { messages } from "./common";

export const CELL_ERROR = "CELL-ERROR";

export function checkCellError(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const line of book.lines) {
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (!figure) continue;
      const origin = figure.origin;
      if (
        origin !== "error" &&
        origin !== "formula-no-value" &&
        origin !== "computed" &&
        origin !== "out-of-range" &&
        origin !== "text"
      ) {
        continue;
      }
      const params = cellParams(book, line, column, figure, text);
      let severity: Severity = "error";
      let message: string;
      if (origin === "computed") {
        severity = "info";
        message = text.formulaComputed({ ...params, formula: figure.formula ?? "" });
      } else if (origin === "error") {
        message = text.cellError({ ...params, raw: figure.error ?? figure.raw ?? "#ERROR" });
      } else if (origin === "formula-no-value") {
        message = text.formulaNoValue(params);
      } else if (origin === "out-of-range") {
        message = text.outOfRange(params);
      } else {
        severity = "warning";
        message = text.notANumber(params);
      }
      findings.push({ rule: CELL_ERROR, severity, message, ref: refAt(figure), lineKey: line.key });
    }
  }
  return findings;
}

export const cellErrorRule: Rule = {
  id: CELL_ERROR,
  appliesTo: () => true,
  check: checkCellError,
};
