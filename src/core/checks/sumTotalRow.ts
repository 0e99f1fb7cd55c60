/**
 * SUM-TOTAL-ROW: a 合计/总计/小计 row = Σ the rows it totals — its children when it has any, otherwise
 * the sibling rows of its block: those since the previous total row at the same level (a 合计 ignores
 * the 小计 rows and sums the items themselves), or, for a total at the top of its block, those after it.
 * Memo rows ("三公"经费, which is part of 一般公共预算支出), `其中` rows and head counts are not added. On the
 * standard tables: 合计 = Σ the 类 rows; a 总表's 本年收入合计 / 本年支出合计 = Σ the rows above it.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import type { StandardTable, TableRow } from "../recognize/standardTables/types";
import { checkSum, messages, partsList, presentColumns, siblingGroups } from "./common";
import { checkTableSum, columnsOf, hasTableRows, tablesOf } from "./tableCommon";

const SUM_TOTAL_ROW = "SUM-TOTAL-ROW" as const;

/** Keys of rows that restate part of another row (a memo), never a further addend of a total. */
const MEMO_KEYS = new Set(["threePublic", "staffAuthorized", "staffActual"]);

function isAddend(line: Line): boolean {
  return !line.total && !line.ofWhich && line.kind === "money" && !MEMO_KEYS.has(line.key);
}

/** For each total line of a sibling group, the lines it totals. Linear in the group's size. */
function totalledLines(group: Line[]): Map<Line, Line[]> {
  const result = new Map<Line, Line[]>();
  let sinceSubtotal: Line[] = [];
  let sinceTotal: Line[] = [];
  const pendingAtTop: number[] = [];
  group.forEach((line, position) => {
    if (line.total) {
      const block = line.total === "subtotal" ? sinceSubtotal : sinceTotal;
      if (block.length > 0) result.set(line, block);
      else pendingAtTop.push(position);
      sinceSubtotal = [];
      if (line.total !== "subtotal") sinceTotal = [];
      return;
    }
    if (!isAddend(line)) return;
    sinceSubtotal.push(line);
    sinceTotal.push(line);
  });
  // A total at the top of its block (合计 first, items below) totals the items after it, up to the
  // next total of its kind.
  for (const start of pendingAtTop) {
    const total = group[start];
    const block: Line[] = [];
    for (let i = start + 1; i < group.length; i += 1) {
      const line = group[i];
      if (line.total && (line.total !== "subtotal" || total.total === "subtotal")) break;
      if (isAddend(line)) block.push(line);
    }
    if (block.length > 0) result.set(total, block);
  }
  return result;
}

export function checkSumTotalRow(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const columns = presentColumns(book);
  const findings: Finding[] = [];
  const targets = new Map<Line, Line[]>();
  for (const line of book.lines) {
    if (!line.total || line.kind !== "money" || line.children.length === 0) continue;
    const children = line.children.map((i) => book.lines[i]).filter(isAddend);
    if (children.length > 0) targets.set(line, children);
  }
  if (book.lines.some((line) => line.total && line.children.length === 0)) {
    for (const group of siblingGroups(book)) {
      if (!group.some((line) => line.total)) continue;
      for (const [total, block] of totalledLines(group)) {
        if (total.kind === "money" && total.children.length === 0) targets.set(total, block);
      }
    }
  }
  const ordered = Array.from(targets.keys()).sort((a, b) => a.index - b.index);
  for (const total of ordered) {
    const addends = targets.get(total) ?? [];
    const relation = (): string =>
      text.relationTotal(
        partsList(
          addends.map((line) => line.label),
          text
        )
      );
    for (const column of columns) {
      const finding = checkSum({
        rule: SUM_TOTAL_ROW,
        book,
        options,
        target: total,
        addends,
        column,
        relation,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** The rows a total row adds up: the top-level codes of its block, or (总表) the rows above it. */
export function totalledRows(table: StandardTable, total: TableRow): TableRow[] {
  const block = table.rows.filter((r) => r.block === total.block);
  const coded = block.filter((r) => r.code && !r.total);
  if (coded.length > 0) {
    const shortest = Math.min(...coded.map((r) => (r.code as string).length));
    return coded.filter((r) => (r.code as string).length === shortest);
  }
  if (table.kind !== "summary" && table.kind !== "fiscalSummary") return [];
  if (!/合计$/.test(total.label)) return [];
  const before = block.filter((r) => r.row < total.row);
  const start = before.reduce((last, r, i) => (r.total ? i + 1 : last), 0);
  return before.slice(start).filter((r) => !r.ofWhich && !/^\s/.test(r.rawLabel) && !r.total);
}

function checkTableTotals(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    if (table.empty || table.kind === "threePublic" || table.kind === "basicDetail") continue;
    for (const total of table.rows.filter((r) => r.total === "total")) {
      const parts = totalledRows(table, total);
      if (parts.length === 0) continue;
      const relation = text.relationTotal(
        partsList(
          parts.map((p) => (p.code ? `${p.code} ${p.label}` : p.label)),
          text
        )
      );
      for (const column of columnsOf(table, total.block)) {
        const figure = total.figures[column.key];
        if (!figure) continue;
        const finding = checkTableSum({
          rule: SUM_TOTAL_ROW,
          options,
          unit: table.unit,
          label: total.label,
          column: column.header,
          relation,
          target: figure,
          addends: parts.map((p) => ({ figure: p.figures[column.key] })),
        });
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

const linesHaveTotals = (book: Book): boolean =>
  book.lines.some((line) => line.total !== undefined);

export const sumTotalRowRule: Rule = {
  id: SUM_TOTAL_ROW,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "findings.relationTotal"],
  appliesTo: (book) => linesHaveTotals(book) || hasTableRows(book),
  check: (book, options) => [
    ...(linesHaveTotals(book) ? checkSumTotalRow(book, options) : []),
    ...(hasTableRows(book) ? checkTableTotals(book, options) : []),
  ],
};
