/** Message parameters for a finding about one figure cell. */
import { Book, FigureColumn, Line } from "../book";
import { Figure } from "../figure";
import { CellParams } from "../../i18n/zh-CN/findings";
import { FindingMessages, formatFigure } from "./common";

export function cellParams(
  book: Book,
  line: Line,
  column: FigureColumn,
  figure: Figure,
  text: FindingMessages
): CellParams {
  return {
    label: line.label,
    cell: figure.ref.address,
    column: text.columns[column],
    raw: figure.raw ?? (figure.value !== undefined ? String(figure.value) : ""),
    value: figure.value !== undefined ? formatFigure(line, figure.value, book.currencyUnit) : "",
    hidden: line.hidden === true,
  };
}
