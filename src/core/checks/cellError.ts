/**
 * CELL-ERROR: a figure cell that cannot be read — an Excel error (#REF!, #DIV/0!, #VALUE!, #N/A), a formula
 * without a cached value, or a number beyond any amount: 错误. Text that is not a number ("无", "见附表")
 * in a figure cell is a 警告: it is left out of the sums.
 */
import { Book, FIGURE_COLUMNS } from "../book";
import { Finding, Rule, Severity } from "../finding";
import { Options } from "../options";
import { cellParams } from "./cellParams";
import { messages } from "./common";

export const CELL_ERROR = "CELL-ERROR";

export function checkCellError(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const line of book.lines) {
    for (const column of FIGURE_COLUMNS) {
      const figure = line[column];
      if (!figure) continue;
      let severity: Severity;
      let message: string;
      const params = () => cellParams(book, line, column, figure, text);
      switch (figure.origin) {
        case "error":
          severity = "error";
          message = text.cellError({ ...params(), raw: figure.error ?? figure.raw ?? "#ERROR" });
          break;
        case "formula-no-value":
          severity = "error";
          message = text.formulaNoValue(params());
          break;
        case "out-of-range":
          severity = "error";
          message = text.outOfRange(params());
          break;
        case "text":
          severity = "warning";
          message = text.notANumber(params());
          break;
        default:
          continue;
      }
      findings.push({ rule: CELL_ERROR, severity, message, ref: figure.ref, lineKey: line.key });
    }
  }
  return findings;
}

export const cellErrorRule: Rule = {
  id: CELL_ERROR,
  appliesTo: () => true,
  check: checkCellError,
};
