/**
 * CELL-ERROR / CELL-TEXT-NUMBER / CELL-NEGATIVE on the cells of the standard tables that no Book line reads
 * (the functional-classification rows, the 总表, the income table…): the line rules speak for the others.
 * A 年末结转和结余 or 收支差额 may be negative; an expenditure may not (警告).
 */
import type { Book } from "../book";
import { figureIn } from "../book";
import { FIGURE_COLUMNS } from "../book";
import type { Figure } from "../figure";
import type { Finding, Rule, Severity } from "../finding";
import { formatAddress, positionKey, refAt } from "../grid";
import type { Options } from "../options";
import { formatMoney, messages } from "./common";
import { standardMessages, tablesOf } from "./tableCommon";

export function checkTableCells(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const names = standardMessages(options).columnNames;
  const read = new Set<string>();
  for (const line of book.lines)
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (figure) read.add(positionKey(figure));
    }
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    for (const row of table.rows) {
      for (const [key, figure] of Object.entries(row.figures) as [string, Figure][]) {
        if (read.has(positionKey(figure))) continue;
        const header = table.blocks[row.block]?.columns.find((c) => c.key === key)?.header;
        const params = {
          label: row.label || row.rawLabel,
          cell: formatAddress(figure.row, figure.column),
          column: header ?? names[key] ?? key,
          raw: figure.raw ?? (figure.value !== undefined ? String(figure.value) : ""),
          value: figure.value !== undefined ? formatMoney(figure.value, table.unit) : "",
          hidden: false,
        };
        const push = (
          rule: string,
          severity: Severity,
          message: string,
          extra: Partial<Finding> = {}
        ) => findings.push({ rule, severity, message, ref: refAt(figure), ...extra });
        switch (figure.origin) {
          case "error":
            push(
              "CELL-ERROR",
              "error",
              text.cellError({ ...params, raw: figure.error ?? figure.raw ?? "#ERROR" })
            );
            break;
          case "formula-no-value":
            push("CELL-ERROR", "error", text.formulaNoValue(params));
            break;
          case "computed":
            push(
              "CELL-ERROR",
              "info",
              text.formulaComputed({ ...params, formula: figure.formula ?? "" })
            );
            break;
          case "out-of-range":
            push("CELL-ERROR", "error", text.outOfRange(params));
            break;
          case "text":
            push("CELL-ERROR", "warning", text.notANumber(params));
            break;
          case "text-number":
            push("CELL-TEXT-NUMBER", "warning", text.textNumber(params), { actual: figure.value });
            break;
          default:
            break;
        }
      }
    }
  }
  return findings;
}

export const tableCellsRule: Rule = {
  id: "CELL-ERROR",
  appliesTo: (book) => tablesOf(book).length > 0,
  check: checkTableCells,
};
