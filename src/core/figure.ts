/**
 * Reading one cell as a figure: a money amount (exact fen) or a head count, with a record of how it was
 * stored so the CELL-* rules can say what is wrong with it.
 */
import { Cell, CellPosition, isCellError } from "./grid";
import { CurrencyUnit, Fen, decimalTextToFen, numberToFen } from "./money";
import { toHalfWidth } from "./text";

export type FigureOrigin =
  | "number" // a real number cell (or a formula's cached number)
  | "text-number" // a number typed as text: "1,234.00", "１２３", "（123）", "123元"
  | "blank" // nothing in the cell
  | "dash" // "-", "—", "/" : shown as nothing, read as zero
  | "error" // #REF!, #DIV/0!, …
  | "formula-no-value" // a formula whose cached value the file does not hold
  | "computed" // a formula whose cached value the file does not hold, computed from the cells it reads
  | "text" // text that is not a number (a date, a word)
  | "out-of-range"; // a number too large to be money (1e308)

/** A figure is read from a cell: its sheet, row and column are the figure's own (`refAt` gives "E12"). */
export interface Figure extends CellPosition {
  /** Exact amount in fen (元 terms) — or, for head counts, the count itself. Undefined when unusable. */
  value?: Fen;
  origin: FigureOrigin;
  /** The cell's text as typed when it was not a plain number. */
  raw?: string;
  /** Excel error code for origin 'error'. */
  error?: string;
  formula?: string;
  /** The unit the number was typed in, when the text itself named one ("12.5万元"). */
  unitInText?: CurrencyUnit;
}

const DASHES = new Set(["-", "--", "—", "——", "–", "/", "\\", "－", "—-"]);

export interface ParsedNumberText {
  /** Plain decimal text ("-1234.00"). */
  decimal: string;
  unit?: CurrencyUnit;
}

/**
 * Reads a number written as text: thousands separators, full-width digits, "(123)" or "（123）" as
 * negative, a leading ¥/￥, a trailing 元/万元, inner spaces. Undefined when it is not a number.
 */
export function parseNumberText(text: string): ParsedNumberText | undefined {
  let t = toHalfWidth(text).replace(/[\s\u00a0]+/g, "");
  if (t === "") return undefined;
  let unit: CurrencyUnit | undefined;
  const unitMatch = /(万元|元)$/.exec(t);
  if (unitMatch) {
    unit = unitMatch[1] as CurrencyUnit;
    t = t.slice(0, -unitMatch[1].length);
  }
  t = t.replace(/^[¥￥]/, "").replace(/^([+-])[¥￥]/, "$1");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  if (negative) t = t.startsWith("-") ? t.slice(1) : `-${t.replace(/^\+/, "")}`;
  return { decimal: t, unit };
}

/** True when the text is one of the dash forms that stand for "nothing" in published tables. */
export function isDashText(text: string): boolean {
  return DASHES.has(text.trim());
}

/**
 * A cell → a money figure in fen. `unit` is the sheet's unit; a unit written in the text itself wins.
 */
export function readMoney(cell: Cell | undefined, at: CellPosition, unit: CurrencyUnit): Figure {
  // Most cells of a large sheet are plain numbers: read them without the general path's closures.
  if (
    cell !== undefined &&
    typeof cell.value === "number" &&
    !cell.formulaWithoutValue &&
    !cell.computed
  ) {
    const fen = numberToFen(cell.value, unit);
    if (fen !== undefined) return makeFigure(at, "number", fen, undefined, undefined, cell);
  }
  return readFigure(
    cell,
    at,
    (decimal, textUnit) => decimalTextToFen(decimal, textUnit ?? unit),
    (n) => numberToFen(n, unit)
  );
}

/** "24人", "24 名": a head count typed with its unit. */
const COUNT_SUFFIX = /\s*(人|名|个)$/;

/** A cell → a head count (people), as an integer; fractional counts are kept to two decimals. */
export function readCount(cell: Cell | undefined, at: CellPosition): Figure {
  const toCount = (n: number): number | undefined =>
    Number.isFinite(n) && Math.abs(n) < 1e9 ? n : undefined;
  return readFigure(cell, at, (decimal) => toCount(Number(decimal)), toCount, COUNT_SUFFIX);
}

/**
 * Every figure is built here, in one of two fixed shapes: a plain number (most cells of a large sheet: no
 * text, error, formula or unit to remember) carries only its position, value and origin; every other figure
 * carries all the fields, absent ones undefined. Two shapes keep property reads fast and a 100 000-row
 * sheet's figures a third smaller.
 */
function makeFigure(
  at: CellPosition,
  origin: FigureOrigin,
  value: number | undefined,
  raw: string | undefined,
  error: string | undefined,
  cell: Cell | undefined,
  unitInText?: CurrencyUnit
): Figure {
  const formula = cell?.formula;
  if (origin === "number" && formula === undefined) {
    return { sheet: at.sheet, row: at.row, column: at.column, value, origin };
  }
  return {
    sheet: at.sheet,
    row: at.row,
    column: at.column,
    value,
    origin,
    raw,
    error,
    formula,
    unitInText,
  };
}

function readFigure(
  cell: Cell | undefined,
  at: CellPosition,
  fromText: (decimal: string, unit: CurrencyUnit | undefined) => number | undefined,
  fromNumber: (n: number) => number | undefined,
  /** A unit word the text may end with that is not money ("人" for head counts). */
  suffix?: RegExp
): Figure {
  const figure = (
    origin: FigureOrigin,
    value?: number,
    raw?: string,
    error?: string,
    unit?: CurrencyUnit
  ): Figure => makeFigure(at, origin, value, raw, error, cell, unit);
  if (!cell) return figure("blank");
  if (cell.formulaWithoutValue) return figure("formula-no-value");
  const value = cell.value;
  if (typeof value === "number") {
    const converted = fromNumber(value);
    return converted === undefined
      ? figure("out-of-range", undefined, String(value))
      : figure(cell.computed ? "computed" : "number", converted);
  }
  if (value === null || value === undefined) return figure("blank");
  if (isCellError(value)) return figure("error", undefined, value.error, value.error);
  if (typeof value === "boolean") return figure("text", undefined, String(value));
  const text = value;
  const trimmed = text.trim();
  if (trimmed === "") return figure("blank");
  if (isDashText(trimmed)) return figure("dash", 0, text);
  if (/^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(trimmed)) {
    return figure("error", undefined, text, trimmed.toUpperCase());
  }
  const parsed = parseNumberText(suffix ? trimmed.replace(suffix, "") : text);
  if (!parsed) return figure("text", undefined, text);
  const converted = fromText(parsed.decimal, parsed.unit);
  if (converted === undefined) return figure("out-of-range", undefined, text);
  return figure("text-number", converted, text, undefined, parsed.unit);
}

/** A figure of 0 standing at a cell that holds none: a table's "本表无数据" note, its title, or A1. */
export function zeroFigureAt(at: CellPosition): Figure {
  return makeFigure(at, "dash", 0, "", undefined, undefined);
}

/** A figure the core computed rather than read (基本支出 = 人员经费 + 公用经费), placed at the cell it is shown with. */
export function computedFigureAt(at: CellPosition, value: Fen): Figure {
  return makeFigure(at, "number", value, undefined, undefined, undefined);
}

/**
 * True when the cell holds something that is not an amount — an error, words, a formula without a value the
 * core could compute: the figure is unknown, never 0 (a blank cell is 0, and not this).
 */
export function isUnreadable(figure: Figure | undefined): figure is Figure {
  return figure !== undefined && figure.value === undefined && figure.origin !== "blank";
}

/** True when the figure carries a usable value (numbers, text numbers, dashes). */
export function hasValue(figure: Figure | undefined): figure is Figure & { value: number } {
  return figure !== undefined && figure.value !== undefined;
}
