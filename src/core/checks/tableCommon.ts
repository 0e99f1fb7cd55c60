/**
 * What the checks of the standard tables share: their tables, a sum or equality between cells of the tables
 * (not lines) worded for the tables — both through common.ts's one comparison, checkAmounts — and the
 * names, units and fund totals the cross-table rules use.
 */
import type { Book } from "../book";
import { type Figure, zeroFigureAt } from "../figure";
import type { Finding, RuleId } from "../finding";
import { formatAddress, positionOf, refAt } from "../grid";
import type { CurrencyUnit } from "../money";
import type { Options } from "../options";
import { figureOf, tableOf, totalRow } from "../recognize/standardTables/query";
import type { StandardTable, StandardTableKind } from "../recognize/standardTables/types";
import { messagesFor } from "../../i18n";
import { amountOf, checkAmounts, formatMoney, formatSigned, messages } from "./common";

export function standardMessages(options: Options): ReturnType<typeof messagesFor>["standard"] {
  return messagesFor(options.locale).standard;
}

export function tablesOf(book: Book): StandardTable[] {
  return book.tables ?? [];
}

/** The coarser unit of several: a 万元 table anywhere makes the comparison a 万元 one. */
export function coarser(...units: CurrencyUnit[]): CurrencyUnit {
  return units.includes("万元") ? "万元" : "元";
}

/** The unit a comparison between tables of these kinds is made in (元 for a kind the book lacks). */
export function unitOfTables(book: Book, ...kinds: StandardTableKind[]): CurrencyUnit {
  return coarser(...kinds.map((k) => tableOf(tablesOf(book), k)?.unit ?? "元"));
}

/** A table's item as a message names it: 收入支出决算总表“本年支出合计”. */
export function tableItemName(options: Options, kind: StandardTableKind, item: string): string {
  return `${standardMessages(options).kinds[kind]}“${item}”`;
}

/** A fund table's 本年支出合计; a table that says it has no data counts as 0 at its note. */
export function fundTotal(table: StandardTable | undefined): Figure | undefined {
  if (!table) return undefined;
  if (table.empty) {
    const ref = table.emptyNoteRef ?? table.titleRef ?? { sheet: table.sheet, address: "A1" };
    return zeroFigureAt(positionOf(ref));
  }
  return figureOf(totalRow(table), "expenditure", "total");
}

export interface TableSum {
  rule: RuleId;
  options: Options;
  unit: CurrencyUnit;
  label: string;
  /** Column name for the message. */
  column: string;
  relation: string;
  target: Figure;
  addends: { figure: Figure | undefined; sign?: 1 | -1 }[];
  lineKey?: string;
}

/** target = Σ ± addends between cells of the tables; a finding (error, or 提示 within the 尾差 tolerance). */
export function checkTableSum(spec: TableSum): Finding | undefined {
  return checkAmounts({
    rule: spec.rule,
    unit: spec.unit,
    ref: refAt(spec.target),
    ...(spec.lineKey ? { lineKey: spec.lineKey } : {}),
    actual: amountOf(spec.target),
    parts: spec.addends.map(({ figure, sign }) => ({ value: amountOf(figure), sign })),
    message: (result) => {
      const text = messages(spec.options);
      const params = {
        label: spec.label,
        cell: formatAddress(spec.target.row, spec.target.column),
        column: spec.column,
        relation: spec.relation,
        expected: formatMoney(result.expected, spec.unit),
        actual: formatMoney(result.actual, spec.unit),
        difference: formatSigned(result.difference, spec.unit),
        hidden: false,
        blank: result.targetBlank,
      };
      return result.severity === "info"
        ? text.roundingDifference({
            ...params,
            tolerance: formatMoney(result.tolerance, spec.unit),
          })
        : text.sumMismatch(params);
    },
  });
}

export interface CrossCheck {
  rule: RuleId;
  options: Options;
  unit: CurrencyUnit;
  left: { name: string; figure: Figure | undefined };
  right: { name: string; figure: Figure | undefined };
  /** How many rounded cells make up the right side (for the tolerance). */
  cells?: number;
  wording?: "cross" | "data-sheet";
}

/** left = right across two tables (or a 基础数据表 and a table); the finding sits on the left cell. */
export function checkCross(spec: CrossCheck): Finding | undefined {
  const { left, right } = spec;
  const leftFigure = left.figure;
  const rightFigure = right.figure;
  if (!leftFigure || !rightFigure) return undefined;
  return checkAmounts({
    rule: spec.rule,
    unit: spec.unit,
    ref: refAt(leftFigure),
    actual: amountOf(leftFigure),
    parts: [{ value: amountOf(rightFigure) }],
    cells: spec.cells ?? 2,
    message: (result) => {
      const text = standardMessages(spec.options);
      const cell = (f: Figure): string => {
        const address = formatAddress(f.row, f.column);
        return f.sheet === leftFigure.sheet ? address : `${f.sheet}!${address}`;
      };
      const params = {
        left: left.name,
        leftCell: cell(leftFigure),
        right: right.name,
        rightCell: cell(rightFigure),
        leftValue: formatMoney(result.actual, spec.unit),
        rightValue: formatMoney(result.expected, spec.unit),
        difference: formatSigned(result.difference, spec.unit),
      };
      if (result.severity === "info") return text.crossRounding(params);
      return spec.wording === "data-sheet"
        ? text.dataSheetDisagrees(params)
        : text.crossMismatch(params);
    },
  });
}

/** The figure columns of a table block (a bare 决算数 when the block names none). */
export function columnsOf(table: StandardTable, block: number): { key: string; header: string }[] {
  return table.blocks[block]?.columns ?? [{ key: "current", header: "决算数" }];
}

/** True when the book holds a standard table with rows. */
export const hasTableRows = (book: Book): boolean =>
  tablesOf(book).some((t) => !t.empty && t.rows.length > 0);
