/**
 * The rules about one cell at a time (CELL-TEXT-NUMBER, CELL-ERROR, CELL-NEGATIVE) share their walk: every
 * figure of the Book's lines, and — for rules that say so — every cell of the standard tables that no line
 * reads (the functional-classification rows, the 总表, the income table…). A rule only judges one figure.
 */
import type { Book } from "../book";
import { FIGURE_COLUMNS, figureIn } from "../book";
import type { Figure } from "../figure";
import type { Finding, Rule, RuleId, Severity } from "../finding";
import { formatAddress, positionKey, refAt } from "../grid";
import type { Fen } from "../money";
import type { Options } from "../options";
import type { CellParams } from "../../i18n/zh-CN/findings";
import { cellParams } from "./cellParams";
import { type FindingMessages, formatMoney, messages } from "./common";
import { standardMessages, tablesOf } from "./tableCommon";

export interface CellJudgement {
  severity: Severity;
  message: string;
  /** The amount the cell was read as, when the finding reports one. */
  actual?: Fen;
}

export interface CellRuleSpec {
  id: RuleId;
  severities: readonly Severity[];
  messages: readonly string[];
  /** Only money lines (head counts are not expenditure). */
  moneyOnly?: boolean;
  /** Also the standard tables' cells that no line reads. */
  tableCells?: boolean;
  /** Whether the rule has anything to say about a figure: a cheap test, asked of every figure. */
  concerns(figure: Figure): boolean;
  /**
   * The rule's verdict on a figure it concerns. `params` builds the message's wording (label, cell, formatted amount)
   * on demand: most figures are fine, and a 100 000-row sheet should not format 300 000 amounts to say so.
   */
  judge(figure: Figure, params: () => CellParams, text: FindingMessages): CellJudgement | undefined;
}

export function cellRule(spec: CellRuleSpec): Rule {
  const check = (book: Book, options: Options): Finding[] => {
    const text = messages(options);
    const findings: Finding[] = [];
    const push = (figure: Figure, judged: CellJudgement, lineKey?: string): void => {
      findings.push({
        rule: spec.id,
        severity: judged.severity,
        message: judged.message,
        ref: refAt(figure),
        ...(judged.actual !== undefined ? { actual: judged.actual } : {}),
        ...(lineKey !== undefined ? { lineKey } : {}),
      });
    };
    for (const line of book.lines) {
      if (spec.moneyOnly && line.kind !== "money") continue;
      for (const column of FIGURE_COLUMNS) {
        const figure = figureIn(line, column);
        if (!figure || !spec.concerns(figure)) continue;
        const judged = spec.judge(figure, () => cellParams(book, line, column, figure, text), text);
        if (judged) push(figure, judged, line.key);
      }
    }
    if (spec.tableCells && tablesOf(book).length > 0) {
      const names = standardMessages(options).columnNames;
      const read = new Set<string>();
      for (const line of book.lines)
        for (const column of FIGURE_COLUMNS) {
          const figure = figureIn(line, column);
          if (figure) read.add(positionKey(figure));
        }
      for (const table of tablesOf(book))
        for (const row of table.rows)
          for (const [key, figure] of Object.entries(row.figures) as [string, Figure][]) {
            if (!spec.concerns(figure) || read.has(positionKey(figure))) continue;
            const params = (): CellParams => ({
              label: row.label || row.rawLabel,
              cell: formatAddress(figure.row, figure.column),
              column:
                table.blocks[row.block]?.columns.find((c) => c.key === key)?.header ??
                names[key] ??
                key,
              raw: figure.raw ?? (figure.value !== undefined ? String(figure.value) : ""),
              value: figure.value !== undefined ? formatMoney(figure.value, table.unit) : "",
              hidden: false,
            });
            const judged = spec.judge(figure, params, text);
            if (judged) push(figure, judged);
          }
    }
    return findings;
  };
  return {
    id: spec.id,
    severities: spec.severities,
    messages: spec.messages,
    appliesTo: () => true,
    check,
  };
}
