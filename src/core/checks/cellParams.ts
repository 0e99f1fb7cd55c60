/** Message parameters for a finding about one figure cell. */
import { Book, FigureColumn, Line } from "../book";
import { Figure } from "../figure";
import { formatAddress } from "../grid";
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
    cell: formatAddress(figure.row, figure.column),
    column: text.columns[column],
    raw: figure.raw ?? (figure.value !== undefined ? String(figure.value) : ""),
    value: figure.value !== undefined ? formatFigure(line, figure.value, book.currencyUnit) : "",
    hidden: line.hidden === true,
  };
}
