/**
 * What the checks of the standard tables share: a sum or equality between cells of the tables (not lines),
 * with the 万元 尾差 tolerance of tolerance.ts, and messages from the findings and standard message areas.
 */
import type { Book } from "../book";
import type { Figure } from "../figure";
import type { Finding, RuleId } from "../finding";
import { formatAddress, refAt } from "../grid";
import type { CurrencyUnit, Fen } from "../money";
import type { Options } from "../options";
import type { StandardTable } from "../recognize/standardTables/types";
import { messagesFor } from "../../i18n";
import { formatMoney, formatSigned, messages } from "./common";
import { roundingTolerance, severityForDifference } from "./tolerance";

export function standardMessages(options: Options): ReturnType<typeof messagesFor>["standard"] {
  return messagesFor(options.locale).standard;
}

export function tablesOf(book: Book): StandardTable[] {
  return book.tables ?? [];
}

/** A figure's value, blank as 0; undefined when unusable (CELL-* rules speak then). */
export function valueOf(figure: Figure | undefined): Fen | undefined {
  if (!figure || figure.origin === "blank") return 0;
  return figure.value;
}

export function isBlank(figure: Figure | undefined): boolean {
  return !figure || figure.origin === "blank";
}

/** The coarser unit of several: a 万元 table anywhere makes the comparison a 万元 one. */
export function coarser(...units: CurrencyUnit[]): CurrencyUnit {
  return units.includes("万元") ? "万元" : "元";
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

/** target = Σ ± addends; a finding (error, or 提示 within the 尾差 tolerance) when it does not hold. */
export function checkTableSum(spec: TableSum): Finding | undefined {
  const actual = valueOf(spec.target);
  if (actual === undefined) return undefined;
  let expected = 0;
  let anyValue = false;
  for (const { figure, sign = 1 } of spec.addends) {
    const value = valueOf(figure);
    if (value === undefined) return undefined;
    if (!isBlank(figure)) anyValue = true;
    expected += sign * value;
  }
  if (isBlank(spec.target) && !anyValue) return undefined;
  const difference = actual - expected;
  const severity = severityForDifference(difference, spec.unit, spec.addends.length);
  if (!severity) return undefined;
  const text = messages(spec.options);
  const params = {
    label: spec.label,
    cell: formatAddress(spec.target.row, spec.target.column),
    column: spec.column,
    relation: spec.relation,
    expected: formatMoney(expected, spec.unit),
    actual: formatMoney(actual, spec.unit),
    difference: formatSigned(difference, spec.unit),
    hidden: false,
    blank: isBlank(spec.target),
  };
  const message =
    severity === "info"
      ? text.roundingDifference({
          ...params,
          tolerance: formatMoney(roundingTolerance(spec.unit, spec.addends.length), spec.unit),
        })
      : text.sumMismatch(params);
  return {
    rule: spec.rule,
    severity,
    message,
    ref: refAt(spec.target),
    expected,
    actual,
    difference,
    ...(spec.lineKey ? { lineKey: spec.lineKey } : {}),
  };
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

/** left = right across two tables; the finding sits on the left cell. */
export function checkCross(spec: CrossCheck): Finding | undefined {
  const { left, right } = spec;
  if (!left.figure || !right.figure) return undefined;
  const actual = valueOf(left.figure);
  const expected = valueOf(right.figure);
  if (actual === undefined || expected === undefined) return undefined;
  const difference = actual - expected;
  const severity = severityForDifference(difference, spec.unit, spec.cells ?? 2);
  if (!severity) return undefined;
  const text = standardMessages(spec.options);
  const cell = (f: Figure): string => {
    const address = formatAddress(f.row, f.column);
    return f.sheet === left.figure?.sheet ? address : `${f.sheet}!${address}`;
  };
  const params = {
    left: left.name,
    leftCell: cell(left.figure),
    right: right.name,
    rightCell: cell(right.figure),
    leftValue: formatMoney(actual, spec.unit),
    rightValue: formatMoney(expected, spec.unit),
    difference: formatSigned(difference, spec.unit),
  };
  const message =
    severity === "info"
      ? text.crossRounding(params)
      : spec.wording === "data-sheet"
        ? text.dataSheetDisagrees(params)
        : text.crossMismatch(params);
  return {
    rule: spec.rule,
    severity,
    message,
    ref: refAt(left.figure),
    expected,
    actual,
    difference,
  };
}
