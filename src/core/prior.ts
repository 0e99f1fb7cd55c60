/**
 * Last year's workbook (DOMAIN §3.2: the public tables carry no 上年 column). The prior book's 本年 figures
 * become this book's 上年 figures, row by row: matched by stable key, then classification code, then
 * normalised label. A prior row that matches nothing is listed (YOY-MISSING), never silently dropped; this
 * year's rows without a match are left to the YOY-MISSING rule. A prior workbook whose year is not this
 * year − 1 is a warning (PRIOR-YEAR).
 */
import type { Book, Line } from "./book";
import { hasValue } from "./figure";
import type { Finding } from "./finding";
import { refAt } from "./grid";
import { formatAmount } from "./money";
import type { Options } from "./options";
import { normalizeLabel } from "./text";
import { messagesFor } from "../i18n";

export const PRIOR_YEAR = "PRIOR-YEAR";
export const YOY_MISSING = "YOY-MISSING";

export interface PriorMerge {
  book: Book;
  findings: Finding[];
  /** How each of this year's lines found its prior (by key, code or label), for the 数据 tab. */
  matches: { key: string; priorKey: string; by: "key" | "code" | "label" }[];
}

/** A label as matched across years: no markers, spaces, quotes or brackets' width differences. */
function labelKey(line: Line): string {
  return normalizeLabel(line.label).replace(/[()（）]/g, "");
}

export function mergePrior(book: Book, priorBook: Book, options: Options): PriorMerge {
  const text = messagesFor(options.locale).standard;
  const lines: Line[] = book.lines.map((line) => ({ ...line, children: [...line.children] }));
  const byKey = new Map<string, Line>();
  const byCode = new Map<string, Line>();
  const byLabel = new Map<string, Line>();
  for (const line of lines) {
    byKey.set(line.key, line);
    if (line.code && !byCode.has(line.code)) byCode.set(line.code, line);
    const label = labelKey(line);
    if (label && !byLabel.has(label)) byLabel.set(label, line);
  }
  const taken = new Set<number>();
  const matches: PriorMerge["matches"] = [];
  const findings: Finding[] = [];
  const candidates = (prior: Line): [Line | undefined, "key" | "code" | "label"][] => [
    [byKey.get(prior.key), "key"],
    [prior.code ? byCode.get(prior.code) : undefined, "code"],
    [byLabel.get(labelKey(prior)), "label"],
  ];
  for (const prior of priorBook.lines) {
    if (prior.total && !/^(generalBudget|basic|threePublic)$/.test(prior.key)) {
      // A 合计 row is matched only when this year has the same total row.
      const same = byKey.get(prior.key);
      if (!same || !same.total) continue;
    }
    let match: [Line, "key" | "code" | "label"] | undefined;
    for (const [line, by] of candidates(prior)) {
      if (line && !taken.has(line.index) && line.kind === prior.kind) {
        match = [line, by];
        break;
      }
    }
    if (match) {
      const [line, by] = match;
      taken.add(line.index);
      if (prior.current) line.prior = prior.current;
      else delete line.prior;
      matches.push({ key: line.key, priorKey: prior.key, by });
      continue;
    }
    if (!hasValue(prior.current) || prior.current.value === 0) continue;
    const ref = refAt(prior.current);
    findings.push({
      rule: YOY_MISSING,
      severity: "warning",
      message: text.priorRowUnmatched({
        label: prior.label,
        cell: `${ref.sheet}!${ref.address}`,
        prior:
          prior.kind === "count"
            ? String(prior.current.value)
            : `${formatAmount(prior.current.value, priorBook.currencyUnit)}${priorBook.currencyUnit}`,
      }),
      ref,
      actual: prior.current.value,
      lineKey: prior.key,
    });
  }
  if (book.year !== undefined) {
    const ref = book.source.titleRef ?? book.unitRef ?? { sheet: book.source.sheet, address: "A1" };
    if (priorBook.year === undefined) {
      findings.unshift({
        rule: PRIOR_YEAR,
        severity: "warning",
        message: text.priorYearUnknown,
        ref,
      });
    } else if (priorBook.year !== book.year - 1) {
      findings.unshift({
        rule: PRIOR_YEAR,
        severity: "warning",
        message: text.priorYear(priorBook.year, book.year - 1),
        ref,
      });
    }
  }
  const merged: Book = {
    ...book,
    lines,
    priorSource: {
      sourceKind: priorBook.source.kind,
      sheet: priorBook.source.sheet,
      ...(priorBook.year !== undefined ? { year: priorBook.year } : {}),
      unitName: priorBook.unit,
    },
  };
  return { book: merged, findings, matches };
}
