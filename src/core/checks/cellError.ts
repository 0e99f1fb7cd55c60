/**
 * CELL-ERROR: a figure cell that cannot be read — an Excel error (#REF!, #DIV/0!, #VALUE!, #N/A), a formula
 * without a cached value the core could not compute, or a number beyond any amount: 错误. Text that is not a
 * number ("无", "见附表") in a figure cell is a 警告: it is left out of the sums. A formula without a cached
 * value that the core computed (src/core/formula.ts) is a 提示: the figure is used, and the file should be
 * recalculated to confirm it. On the Book's lines and on the standard tables' cells no line reads.
 */
import type { Book } from "../book";
import type { Figure } from "../figure";
import type { Finding } from "../finding";
import type { Options } from "../options";
import { cellRule } from "./cellRule";

const CELL_ERROR = "CELL-ERROR" as const;

/** The origins of a figure this rule speaks about. */
const UNREADABLE = new Set<Figure["origin"]>([
  "error",
  "formula-no-value",
  "computed",
  "out-of-range",
  "text",
]);

export const cellErrorRule = cellRule({
  id: CELL_ERROR,
  severities: ["error", "warning", "info"],
  messages: [
    "findings.cellError",
    "findings.formulaNoValue",
    "findings.formulaComputed",
    "findings.outOfRange",
    "findings.notANumber",
  ],
  tableCells: true,
  concerns: (figure) => UNREADABLE.has(figure.origin),
  judge: (figure, params, text) => {
    switch (figure.origin) {
      case "error":
        return {
          severity: "error",
          message: text.cellError({ ...params(), raw: figure.error ?? figure.raw ?? "#ERROR" }),
        };
      case "formula-no-value":
        return { severity: "error", message: text.formulaNoValue(params()) };
      case "computed":
        return {
          severity: "info",
          message: text.formulaComputed({ ...params(), formula: figure.formula ?? "" }),
        };
      case "out-of-range":
        return { severity: "error", message: text.outOfRange(params()) };
      case "text":
        return { severity: "warning", message: text.notANumber(params()) };
      default:
        return undefined;
    }
  },
});

export function checkCellError(book: Book, options: Options): Finding[] {
  return cellErrorRule.check(book, options);
}
