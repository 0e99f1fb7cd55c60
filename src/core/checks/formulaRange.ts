/**
 * FORMULA-RANGE (docs/domain.md §4), from the formulas the hosts read (Cell.formula → Figure.formula), on the
 * 基础数据表 lines and on the standard tables alike — 警告:
 * - a total whose SUM leaves out rows of its block (=SUM(C5:C9) where its parts are C5:C10);
 * - a typed constant where its sibling totals are formulas (it will not follow its parts);
 * - a formula referring to an empty cell of its own column.
 * Only plain sums are read (SUM(…), +, cell and range references on the same sheet); anything else is left alone.
 */
import type { Book, Line } from "../book";
import { FIGURE_COLUMNS, figureIn } from "../book";
import type { Figure } from "../figure";
import type { Finding, Rule } from "../finding";
import { formulaReferences } from "../formula";
import { formatAddress, positionKey, refAt } from "../grid";
import type { Options } from "../options";
import type { StandardTable, TableRow } from "../recognize/standardTables/types";
import { formatMoney } from "./common";
import { standardMessages, tablesOf } from "./tableCommon";
import { totalledRows } from "./sumTotalRow";

const FORMULA_RANGE = "FORMULA-RANGE" as const;

/** Appends to a list in a map (linear, however large a group grows). */
function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface SumReferences {
  /** The row spans (0-based sheet rows, inclusive) referenced in the formula's own column. */
  spans: [number, number][];
  /** Single-cell references (0-based row, column), not ranges. */
  cells: { row: number; column: number }[];
  /** True when the formula is nothing but SUM(…) and + over same-sheet references. */
  plainSum: boolean;
}

/** Reads the references of a formula, as far as they concern one column (core/formula.ts reads them). */
function sumReferences(formula: string, column: number): SumReferences | undefined {
  const refs = formulaReferences(formula);
  if (!refs || refs.namesSheet) return undefined; // another sheet
  const spans: [number, number][] = [];
  for (const range of refs.ranges)
    if (range.left <= column && column <= range.right) spans.push([range.top, range.bottom]);
  for (const cell of refs.cells) if (cell.column === column) spans.push([cell.row, cell.row]);
  return { spans, cells: refs.cells, plainSum: refs.plainSum };
}

function covers(refs: SumReferences, row: number): boolean {
  for (const [top, bottom] of refs.spans) if (top <= row && row <= bottom) return true;
  return false;
}

/** "C5:C10" for contiguous rows, else "C5,C7,C9". */
function describeRows(rows: number[], column: number): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 1)
    return `${formatAddress(sorted[0], column)}:${formatAddress(sorted[sorted.length - 1], column)}`;
  return sorted.map((r) => formatAddress(r, column)).join(",");
}

interface Target {
  label: string;
  figure: Figure;
  /** 0-based sheet rows of the parts it should total. */
  parts: number[];
  /** The rows a part row is itself the sum of: a formula may add those instead of the part. */
  partsOf?: (row: number) => number[];
  /** Where to look up referenced cells of this sheet: figure by address. */
  lineKey?: string;
}

/**
 * Every figure the book read, by cell, and every row that holds one. A 基础数据表's lines hold their figures
 * on their own rows, in sheet-row order, so a cell is found by binary search with nothing built (a
 * 100 000-row sheet is not indexed for one =C5+C13); the standard tables and their lines (a few hundred
 * rows) are indexed on the first lookup.
 */
class FigureIndex {
  private indexed?: Map<string, Figure>;
  private readonly linesByRow: readonly Line[];

  constructor(private readonly book: Book) {
    const lines = book.source.kind === "basic-data-sheet" ? book.lines : [];
    const inRowOrder = lines.every((line, i) => i === 0 || lines[i - 1].row <= line.row);
    this.linesByRow = inRowOrder ? lines : [...lines].sort((a, b) => a.row - b.row);
  }

  /** The figure read at a cell; `undefined` when none was read there. */
  at(sheet: string, row: number, column: number): Figure | undefined {
    for (const figure of this.lineFiguresOnRow(sheet, row))
      if (figure.column === column) return figure;
    return this.tables().get(positionKey({ sheet, row, column }));
  }

  /** True when any figure was read on that row of that sheet. */
  rowHasFigure(sheet: string, row: number): boolean {
    return this.lineFiguresOnRow(sheet, row).length > 0 || this.tables().has(`${sheet}#${row}`);
  }

  private lineFiguresOnRow(sheet: string, row: number): Figure[] {
    const lines = this.linesByRow;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid].row < row) low = mid + 1;
      else high = mid;
    }
    const figures: Figure[] = [];
    for (let i = low; i < lines.length && lines[i].row === row; i++) {
      for (const column of FIGURE_COLUMNS) {
        const figure = lines[i][column];
        if (figure && figure.sheet === sheet && figure.row === row) figures.push(figure);
      }
    }
    return figures;
  }

  private tables(): Map<string, Figure> {
    if (!this.indexed) {
      const cells = new Map<string, Figure>();
      const remember = (figure: Figure | undefined): void => {
        if (!figure) return;
        cells.set(positionKey(figure), figure);
        cells.set(`${figure.sheet}#${figure.row}`, figure);
      };
      for (const table of tablesOf(this.book))
        for (const row of table.rows)
          for (const figure of Object.values(row.figures)) remember(figure);
      if (this.book.source.kind !== "basic-data-sheet")
        for (const line of this.book.lines)
          for (const column of FIGURE_COLUMNS) remember(figureIn(line, column));
      this.indexed = cells;
    }
    return this.indexed;
  }
}

function check(target: Target, known: FigureIndex, options: Options): Finding[] {
  const text = standardMessages(options);
  const { figure } = target;
  if (!figure.formula) return [];
  const { row, column } = figure;
  const ref = refAt(figure);
  const refs = sumReferences(figure.formula, column);
  if (!refs) return [];
  const findings: Finding[] = [];
  const formula = figure.formula.startsWith("=") ? figure.formula : `=${figure.formula}`;
  if (refs.plainSum && target.parts.length > 0) {
    const covered = (r: number, depth: number): boolean => {
      if (covers(refs, r)) return true;
      const below = depth < 20 ? (target.partsOf?.(r) ?? []) : [];
      return below.length > 0 && below.every((b) => covered(b, depth + 1));
    };
    const missing = target.parts.filter((r) => !covered(r, 0));
    if (missing.length > 0) {
      findings.push({
        rule: FORMULA_RANGE,
        severity: "warning",
        message: text.formulaLeavesOut({
          label: target.label,
          cell: ref.address,
          formula,
          missing: describeRows(missing, column),
          expected: describeRows(target.parts, column),
        }),
        ref,
        ...(target.lineKey ? { lineKey: target.lineKey } : {}),
      });
    }
  }
  for (const cell of refs.cells) {
    if (cell.column !== column || cell.row === row) continue;
    const referenced = known.at(figure.sheet, cell.row, cell.column);
    const empty = referenced
      ? referenced.origin === "blank"
      : !known.rowHasFigure(figure.sheet, cell.row);
    if (!empty) continue;
    findings.push({
      rule: FORMULA_RANGE,
      severity: "warning",
      message: text.formulaEmptyRef({
        label: target.label,
        cell: ref.address,
        formula,
        empty: formatAddress(cell.row, cell.column),
      }),
      ref,
      ...(target.lineKey ? { lineKey: target.lineKey } : {}),
    });
  }
  return findings;
}

/** Typed constants among sibling totals that are formulas (at least two formulas beside it). */
function constantsAmongFormulas(
  groups: { label: string; figure: Figure; lineKey?: string }[][],
  options: Options,
  unitText: (fen: number) => string
): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const group of groups) {
    const formulas = group.filter((t) => t.figure.formula);
    if (formulas.length < 2) continue;
    for (const t of group) {
      if (t.figure.formula || t.figure.origin !== "number" || t.figure.value === undefined)
        continue;
      findings.push({
        rule: FORMULA_RANGE,
        severity: "warning",
        message: text.formulaConstant({
          label: t.label,
          cell: formatAddress(t.figure.row, t.figure.column),
          value: unitText(t.figure.value),
          formulas: formulas.length,
        }),
        ref: refAt(t.figure),
        ...(t.lineKey ? { lineKey: t.lineKey } : {}),
      });
    }
  }
  return findings;
}

function lineChecks(book: Book, options: Options, known: FigureIndex): Finding[] {
  if (book.source.kind !== "basic-data-sheet") return [];
  const unitText = (fen: number) => formatMoney(fen, book.currencyUnit);
  const findings: Finding[] = [];
  const groups = new Map<string, { label: string; figure: Figure; lineKey?: string }[]>();
  const partRows = (line: Line): number[] => {
    const rows: number[] = [];
    for (const i of line.children) if (!book.lines[i].ofWhich) rows.push(book.lines[i].row);
    return rows;
  };
  // Only needed when a SUM skips a part row that may be covered through that part's own parts.
  let lineAtRow: Map<number, Line> | undefined;
  const partsOf = (row: number): number[] => {
    lineAtRow ??= new Map(book.lines.map((line) => [line.row, line]));
    const part = lineAtRow.get(row);
    return part ? partRows(part) : [];
  };
  for (const line of book.lines) {
    if (line.children.length === 0 || line.kind !== "money") continue;
    if (!line.children.some((i) => !book.lines[i].ofWhich)) continue;
    let parts: number[] | undefined;
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (!figure) continue;
      if (figure.formula !== undefined) {
        parts ??= partRows(line);
        findings.push(
          ...check({ label: line.label, figure, parts, partsOf, lineKey: line.key }, known, options)
        );
      }
      const groupKey = `${line.parent ?? "top"}|${column}`;
      pushTo(groups, groupKey, { label: line.label, figure, lineKey: line.key });
    }
  }
  findings.push(...constantsAmongFormulas([...groups.values()], options, unitText));
  return findings;
}

function tableChecks(table: StandardTable, options: Options, known: FigureIndex): Finding[] {
  const unitText = (fen: number) => formatMoney(fen, table.unit);
  const findings: Finding[] = [];
  const byCode = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (!row.code || row.code.length <= 3) continue;
    const prefix = row.code.slice(0, row.code.length - 2);
    pushTo(byCode, `${row.block}|${prefix}`, row);
  }
  const groups = new Map<string, { label: string; figure: Figure }[]>();
  const rowAt = new Map(table.rows.map((row) => [`${row.block}|${row.row}`, row]));
  for (const row of table.rows) {
    const partsOf = (at: number): number[] => {
      const code = rowAt.get(`${row.block}|${at}`)?.code;
      return code ? (byCode.get(`${row.block}|${code}`) ?? []).map((p) => p.row) : [];
    };
    const parts = row.total
      ? totalledRows(table, row)
      : row.code
        ? (byCode.get(`${row.block}|${row.code}`) ?? [])
        : [];
    if (parts.length === 0) continue;
    for (const [key, figure] of Object.entries(row.figures)) {
      findings.push(
        ...check(
          { label: row.label, figure, parts: parts.map((p) => p.row), partsOf },
          known,
          options
        )
      );
      const level = row.total ? "total" : String(row.code?.length);
      const groupKey = `${row.block}|${level}|${key}`;
      pushTo(groups, groupKey, { label: row.label, figure });
    }
  }
  findings.push(...constantsAmongFormulas([...groups.values()], options, unitText));
  return findings;
}

export function checkFormulaRange(book: Book, options: Options): Finding[] {
  // A reference to a cell no figure was read from, on a row that holds none, is empty.
  const known = new FigureIndex(book);
  const findings = lineChecks(book, options, known);
  for (const table of tablesOf(book))
    if (!table.empty) findings.push(...tableChecks(table, options, known));
  return findings;
}

function anyFormula(book: Book): boolean {
  const has = (f: Figure | undefined) => f?.formula !== undefined;
  return (
    book.lines.some((l: Line) => FIGURE_COLUMNS.some((c) => has(figureIn(l, c)))) ||
    tablesOf(book).some((t) => t.rows.some((r) => Object.values(r.figures).some(has)))
  );
}

export const formulaRangeRule: Rule = {
  id: FORMULA_RANGE,
  severities: ["warning"],
  messages: ["standard.formulaLeavesOut", "standard.formulaEmptyRef", "standard.formulaConstant"],
  appliesTo: anyFormula,
  check: checkFormulaRange,
};
