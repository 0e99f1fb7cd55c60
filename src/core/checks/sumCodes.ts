/**
 * SUM-CODES: by classification code, whatever the layout: 经济分类 301 = Σ 301xx; 功能分类 类 = Σ 款 and
 * 款 = Σ 项 (201 = Σ 201xx, 20129 = Σ 20129xx) — on the Book's lines and on the standard tables' own code
 * rows (one 7-digit column or split 类 | 款 | 项). A cell SUM-CHILDREN already reports is not reported again.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkSum, figureRef, messages, partsList, presentColumns, refKey } from "./common";
import { checkLineChildren } from "./sumChildren";
import { checkTableSum, columnsOf, hasTableRows, tablesOf } from "./tableCommon";
import type { TableRow } from "../recognize/standardTables/types";

const SUM_CODES = "SUM-CODES" as const;

function normalizedCode(line: Line): string | undefined {
  const code = line.code?.trim();
  return code && /^\d{3}(\d{2}){0,2}$/.test(code) ? code : undefined;
}

export function checkSumCodes(book: Book, options: Options): Finding[] {
  // One pass: the first line of every code, and the lines one level below each code prefix.
  const byCode = new Map<string, Line>();
  const childrenByPrefix = new Map<string, Line[]>();
  for (const line of book.lines) {
    const code = normalizedCode(line);
    if (!code || line.kind !== "money" || line.total) continue;
    if (byCode.has(code)) continue; // a duplicate code is counted once
    byCode.set(code, line);
    if (code.length > 3) {
      const prefix = code.slice(0, code.length - 2);
      const list = childrenByPrefix.get(prefix);
      if (list) list.push(line);
      else childrenByPrefix.set(prefix, [line]);
    }
  }
  if (childrenByPrefix.size === 0) return [];
  const text = messages(options);
  const columns = presentColumns(book);
  const findings: Finding[] = [];
  for (const [code, target] of byCode) {
    const children = childrenByPrefix.get(code);
    if (!children) continue;
    // The cells SUM-CHILDREN reports for this line are not reported again.
    const reported = new Set(
      checkLineChildren(book, options, target).map((finding) => refKey(finding.ref))
    );
    const relation = (): string =>
      text.relationCodes(
        code,
        partsList(
          children.map((child) => `${child.code} ${child.label}`),
          text
        )
      );
    for (const column of columns) {
      if (reported.has(refKey(figureRef(book, target, column)))) continue;
      const finding = checkSum({
        rule: SUM_CODES,
        book,
        options,
        target,
        addends: children,
        column,
        relation,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** The same on the standard tables' own code rows (类 = Σ 款 = Σ 项; 301 = Σ 301xx), split codes or whole. */
function checkTableCodes(book: Book, options: Options): Finding[] {
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

const linesHaveCodes = (book: Book): boolean => book.lines.some((line) => line.code !== undefined);

export const sumCodesRule: Rule = {
  id: SUM_CODES,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "findings.relationCodes"],
  appliesTo: (book) => linesHaveCodes(book) || hasTableRows(book),
  check: (book, options) => [
    ...(linesHaveCodes(book) ? checkSumCodes(book, options) : []),
    ...(hasTableRows(book) ? checkTableCodes(book, options) : []),
  ],
};
