/**
 * SUM-CODES: by classification code, whatever the layout: 经济分类 301 = Σ 301xx; 功能分类 类 = Σ 款 and
 * 款 = Σ 项 (201 = Σ 201xx, 20129 = Σ 20129xx). A cell SUM-CHILDREN already reports is not reported again.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkSum, figureRef, messages, partsList, presentColumns, refKey } from "./common";
import { checkLineChildren } from "./sumChildren";

export const SUM_CODES = "SUM-CODES";

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

export const sumCodesRule: Rule = {
  id: SUM_CODES,
  appliesTo: (book) => book.lines.some((line) => line.code !== undefined),
  check: checkSumCodes,
};
