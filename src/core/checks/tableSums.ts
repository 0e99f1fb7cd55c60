/**
 * Column sums inside the standard tables, whatever their code layout (one 7-digit column or split
 * 类 | 款 | 项): SUM-CODES (类 = Σ 款, 款 = Σ 项; 301 = Σ 301xx), SUM-TOTAL-ROW (合计 = Σ the 类 rows; a
 * 总表's 本年收入合计 / 本年支出合计 = Σ the rows above it) and ID-PERSONNEL on the 基本支出明细表's footer
 * (人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310).
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { basicDetailFooter } from "../recognize/standardTables/buildBook";
import type { StandardTable, TableRow } from "../recognize/standardTables/types";
import { messages, partsList } from "./common";
import { checkTableSum, standardMessages, tablesOf } from "./tableCommon";

export const SUM_CODES = "SUM-CODES";
export const SUM_TOTAL_ROW = "SUM-TOTAL-ROW";
export const ID_PERSONNEL = "ID-PERSONNEL";

function columnsOf(table: StandardTable, block: number): { key: string; header: string }[] {
  return table.blocks[block]?.columns ?? [{ key: "current", header: "决算数" }];
}

export function checkTableCodes(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    if (table.empty || table.kind === "threePublic") continue;
    // The 明细表's economic codes are Book lines when the tables feed the report: SUM-CODES on lines speaks.
    if (table.kind === "basicDetail" && book.source.kind === "standard-tables") continue;
    const byCode = new Map<string, TableRow>();
    const children = new Map<string, TableRow[]>();
    for (const row of table.rows) {
      if (!row.code || row.total || byCode.has(row.code)) continue;
      byCode.set(row.code, row);
      if (row.code.length > 3) {
        const prefix = row.code.slice(0, row.code.length - 2);
        const list = children.get(prefix);
        if (list) list.push(row);
        else children.set(prefix, [row]);
      }
    }
    for (const [code, target] of byCode) {
      const parts = children.get(code);
      if (!parts) continue;
      const relation = text.relationCodes(
        code,
        partsList(
          parts.map((p) => `${p.code} ${p.label}`),
          text
        )
      );
      for (const column of columnsOf(table, target.block)) {
        const figure = target.figures[column.key];
        if (!figure) continue;
        const finding = checkTableSum({
          rule: SUM_CODES,
          options,
          unit: table.unit,
          label: `${code} ${target.label}`,
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

export function checkTableTotals(book: Book, options: Options): Finding[] {
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

const DETAIL_CLASSES = {
  personnel: ["301", "303"],
  publicOperating: ["302", "307", "309", "310", "399"],
};

export function checkDetailFooters(book: Book, options: Options): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    if (table.kind !== "basicDetail" || table.empty) continue;
    for (const which of ["personnel", "publicOperating"] as const) {
      const footer = basicDetailFooter(table, which);
      const target = footer?.figures.current ?? footer?.figures.total;
      if (!footer || !target) continue;
      const classes = table.rows.filter(
        (r) => r.code && r.code.length === 3 && DETAIL_CLASSES[which].includes(r.code)
      );
      if (classes.length === 0) continue;
      const finding = checkTableSum({
        rule: ID_PERSONNEL,
        options,
        unit: table.unit,
        label: footer.label,
        column: table.blocks[footer.block]?.columns[0]?.header ?? "决算数",
        relation: text.relationDetail(classes.map((r) => `${r.code} ${r.label}`).join("、")),
        target,
        addends: classes.map((r) => ({ figure: r.figures.current ?? r.figures.total })),
        lineKey: which,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

const hasTables = (book: Book): boolean =>
  tablesOf(book).some((t) => !t.empty && t.rows.length > 0);

export const tableSumCodesRule: Rule = {
  id: SUM_CODES,
  appliesTo: hasTables,
  check: checkTableCodes,
};
export const tableTotalRowRule: Rule = {
  id: SUM_TOTAL_ROW,
  appliesTo: hasTables,
  check: checkTableTotals,
};
export const detailFooterRule: Rule = {
  id: ID_PERSONNEL,
  // When the tables feed the report, the footer rows are the 人员经费 / 公用经费 lines: ID-PERSONNEL on lines speaks.
  appliesTo: (book) =>
    book.source.kind !== "standard-tables" && tablesOf(book).some((t) => t.kind === "basicDetail"),
  check: checkDetailFooters,
};
