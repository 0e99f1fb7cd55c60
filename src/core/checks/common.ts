/**
 * What the rules share: reading a line's amount in a column, the cell to point at, formatting, and the one
 * sum-or-identity check every SUM-* and ID-* rule is built from.
 */
import {
  Book,
  FIGURE_COLUMNS,
  FigureColumn,
  Line,
  figureIn,
  labelPosition,
  reasonPosition,
} from "../book";
import type { Figure } from "../figure";
import { Finding, RuleId, Severity } from "../finding";
import { CellRef, formatAddress, parseAddress, refAt } from "../grid";
import { CurrencyUnit, Fen, FEN_PER_WAN, formatAmount, formatYuan, groupThousands } from "../money";
import { Options } from "../options";
import { messagesFor } from "../../i18n";
import { roundingTolerance, severityForDifference } from "./tolerance";

export type FindingMessages = ReturnType<typeof messagesFor>["findings"];

export function messages(options: Options): FindingMessages {
  return messagesFor(options.locale).findings;
}

/**
 * A line's amount in one column, without allocating: the value in fen, `null` for a blank cell (which
 * counts as 0 in sums), `undefined` for an unusable one (an error, words, a formula without a value).
 */
export function valueIn(line: Line, column: FigureColumn): Fen | null | undefined {
  const figure = figureIn(line, column);
  if (figure === undefined || figure.origin === "blank") return null;
  return figure.value;
}

/** True when the line has no usable or unusable content in any column: a heading row. */
function isHeading(line: Line): boolean {
  for (const column of FIGURE_COLUMNS) if (valueIn(line, column) !== null) return false;
  return true;
}

const columnCache = new WeakMap<Book, FigureColumn[]>();

/** The figure columns the book has (recognised, or holding at least one figure). */
export function presentColumns(book: Book): FigureColumn[] {
  let cached = columnCache.get(book);
  if (!cached) {
    const present = new Set<FigureColumn>();
    for (const column of FIGURE_COLUMNS) {
      if (book.source.columns[column] !== undefined) present.add(column);
    }
    if (present.size < FIGURE_COLUMNS.length) {
      for (const line of book.lines) {
        for (const column of FIGURE_COLUMNS) if (figureIn(line, column)) present.add(column);
      }
    }
    cached = FIGURE_COLUMNS.filter((column) => present.has(column));
    columnCache.set(book, cached);
  }
  return cached;
}

/** The cell of a line's figure in a column (computed from the column position when the cell is empty). */
export function figureRef(book: Book, line: Line, column: FigureColumn): CellRef {
  const figure = figureIn(line, column);
  if (figure) return refAt(figure);
  const index = book.source.columns[column];
  if (index !== undefined)
    return { sheet: book.source.sheet, address: formatAddress(line.row, index) };
  return refAt(labelPosition(book, line));
}

/** The cell of the title, else the first header cell, else A1 of the data sheet: for file-level findings. */
export function bookRef(book: Book): CellRef {
  if (book.source.titleRef) return book.source.titleRef;
  const labelColumn = book.source.columns.label ?? 0;
  return {
    sheet: book.source.sheet,
    address: formatAddress(book.source.headerRows[0] ?? 0, labelColumn),
  };
}

/** Money in the sheet's unit, with the unit: "2,757,600.00元", "275.76万元" (more decimals if needed). */
export function formatMoney(fen: Fen, unit: CurrencyUnit): string {
  if (unit === "万元") {
    if (fen % 10_000 === 0) return `${formatAmount(fen, "万元")}万元`;
    // A figure typed with more than two decimals of 万元: show them all rather than round them away.
    const abs = Math.abs(fen);
    const whole = groupThousands(Math.floor(abs / FEN_PER_WAN).toString());
    const fraction = String(abs % FEN_PER_WAN)
      .padStart(6, "0")
      .replace(/0+$/, "");
    return `${fen < 0 ? "-" : ""}${whole}.${fraction}万元`;
  }
  return `${formatYuan(fen)}元`;
}

/** A difference with an explicit sign: "+100.00元", "-100.00元". */
export function formatSigned(fen: Fen, unit: CurrencyUnit): string {
  return fen > 0 ? `+${formatMoney(fen, unit)}` : formatMoney(fen, unit);
}

/** Staff counts are people, not money. */
export function formatFigure(line: Line, value: Fen, unit: CurrencyUnit): string {
  return line.kind === "count" ? String(value) : formatMoney(value, unit);
}

/** A reason typed in the task pane wins over the reason column. */
export function reasonFor(line: Line, options: Options): string | undefined {
  const typed = options.reasons?.[line.key];
  if (typed !== undefined && typed.trim() !== "") return typed.trim();
  return line.reason !== undefined && line.reason.trim() !== "" ? line.reason.trim() : undefined;
}

/** A short list of labels for a message: the first few, then "等N项". */
export function partsList(labels: string[], text: FindingMessages, max = 5): string {
  return text.moreParts(labels.slice(0, max), labels.length);
}

/** The reason cell of a line (for "type it here"), as "F12". */
export function reasonCell(book: Book, line: Line): string | undefined {
  const at = reasonPosition(book, line);
  return at && formatAddress(at.row, at.column);
}

/**
 * The one comparison every SUM-*, ID-* and XT-* rule makes: a target amount against the signed sum of parts,
 * exact on 元 data and within the 尾差 tolerance (as a 提示) on 万元 data. Amounts are fen; `null` is a blank
 * cell (0), `undefined` an unusable one — then nothing can be verified and CELL-ERROR speaks instead. A
 * blank target with only blank parts says nothing.
 */
export interface AmountCheck {
  rule: RuleId;
  unit: CurrencyUnit;
  /** The cell the finding points at (a function: made only for a finding). */
  ref: CellRef | (() => CellRef);
  lineKey?: string;
  actual: Fen | null | undefined;
  parts: { value: Fen | null | undefined; sign?: 1 | -1 }[];
  /** How many rounded cells the tolerance allows for (default: one per part). */
  cells?: number;
  /** "equal" (default) or "at-most" for `其中` breakdowns: Σ parts ≤ target. */
  mode?: "equal" | "at-most";
  /** The finding's words, once its severity and amounts are known. */
  message(result: AmountResult): string;
}

export interface AmountResult {
  severity: Severity;
  expected: Fen;
  actual: Fen;
  difference: Fen;
  /** The target cell was blank (read as 0). */
  targetBlank: boolean;
  /** The 尾差 tolerance the comparison allowed. */
  tolerance: Fen;
}

export function checkAmounts(spec: AmountCheck): Finding | undefined {
  if (spec.actual === undefined) return undefined;
  let expected = 0;
  let anyValue = false;
  for (const part of spec.parts) {
    if (part.value === undefined) return undefined;
    if (part.value === null) continue;
    anyValue = true;
    expected += (part.sign ?? 1) * part.value;
  }
  const targetBlank = spec.actual === null;
  if (targetBlank && !anyValue) return undefined;
  const actual = spec.actual ?? 0;
  const difference = actual - expected;
  if (spec.mode === "at-most" && difference >= 0) return undefined;
  const cells = spec.cells ?? spec.parts.length;
  const severity = severityForDifference(difference, spec.unit, cells);
  if (!severity) return undefined;
  const tolerance = roundingTolerance(spec.unit, cells);
  return {
    rule: spec.rule,
    severity,
    message: spec.message({ severity, expected, actual, difference, targetBlank, tolerance }),
    ref: typeof spec.ref === "function" ? spec.ref() : spec.ref,
    expected,
    actual,
    difference,
    ...(spec.lineKey !== undefined ? { lineKey: spec.lineKey } : {}),
  };
}

/** A figure as an amount for checkAmounts: fen, `null` when blank or absent, `undefined` when unusable. */
export function amountOf(figure: Figure | undefined): Fen | null | undefined {
  return figure === undefined || figure.origin === "blank" ? null : figure.value;
}

export interface SumCheck {
  rule: RuleId;
  book: Book;
  options: Options;
  target: Line;
  addends: Line[];
  column: FigureColumn;
  /** What the target should equal, in words (from the i18n relation helpers); built only when needed. */
  relation: string | (() => string);
  /** "equal" (default) or "at-most" for `其中` breakdowns: Σ addends ≤ target. */
  mode?: "equal" | "at-most";
}

/**
 * target = Σ addends in one column of the Book's lines (or Σ ≤ target for `其中`). A target that is blank
 * in every column is a heading, not a figure, and is not checked; head counts are never summed with money.
 */
export function checkSum(spec: SumCheck): Finding | undefined {
  const { book, target, addends, column, options } = spec;
  // Sums are of money; a head count in the mix means the rows were not what their keys say.
  if (target.kind !== "money" || addends.some((addend) => addend.kind !== "money"))
    return undefined;
  const actual = valueIn(target, column);
  if (actual === null && isHeading(target)) return undefined;
  // Σ addends in one pass (a 项目支出 line can have 100 000 children): one part for checkAmounts, with the
  // tolerance of every cell summed.
  let sum = 0;
  let anyValue = false;
  for (const addend of addends) {
    const value = valueIn(addend, column);
    if (value === undefined) return undefined;
    if (value === null) continue;
    sum += value;
    anyValue = true;
  }
  const unit = book.currencyUnit;
  const ref = () => figureRef(book, target, column);
  return checkAmounts({
    rule: spec.rule,
    unit,
    ref,
    lineKey: target.key,
    actual,
    parts: [{ value: anyValue ? sum : null }],
    cells: addends.length,
    mode: spec.mode,
    message: (result) => {
      const text = messages(options);
      const hidden = target.hidden === true || addends.some((addend) => addend.hidden === true);
      const params = {
        label: target.label,
        cell: ref().address,
        column: text.columns[column],
        relation: typeof spec.relation === "string" ? spec.relation : spec.relation(),
        expected: formatMoney(result.expected, unit),
        actual: formatMoney(result.actual, unit),
        difference: formatSigned(result.difference, unit),
        hidden,
        blank: result.targetBlank,
      };
      if (result.severity === "info")
        return text.roundingDifference({
          ...params,
          tolerance: formatMoney(result.tolerance, unit),
        });
      return spec.mode === "at-most" ? text.ofWhichExceeds(params) : text.sumMismatch(params);
    },
  });
}

/** "sheet!E12" as a map key. */
export function refKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}

/** Sort position of an address: row, then column. */
export function addressOrder(address: string): [number, number] {
  try {
    const { row, column } = parseAddress(address);
    return [row, column];
  } catch {
    return [Number.MAX_SAFE_INTEGER, 0];
  }
}

/** Lines in groups of siblings (same parent), in sheet order: every parent's children, and the top level. */
export function siblingGroups(book: Book): Line[][] {
  const groups: Line[][] = [];
  const topLevel: Line[] = [];
  for (const line of book.lines) {
    if (line.parent === undefined) topLevel.push(line);
    if (line.children.length > 0) groups.push(line.children.map((i) => book.lines[i]));
  }
  groups.push(topLevel);
  return groups;
}
