/**
 * Last year's workbook (docs/domain.md §3.2: the public tables carry no 上年 column). The prior book's 本年 figures
 * become this book's 上年 figures, row by row: matched by stable key, then classification code, then
 * normalised label. A prior row that matches nothing is recorded on `priorSource.unmatched` (YOY-MISSING
 * names it), never silently dropped; this year's rows without a match are left to the YOY-MISSING rule. A
 * prior workbook whose year is not this year − 1 is PRIOR-YEAR's to say (checks/priorYear.ts).
 */
import type { Book, Line } from "./book";
import { hasValue } from "./figure";
import { normalizeLabel } from "./text";

export interface PriorMerge {
  book: Book;
  /** How each of this year's lines found its prior (by key, code or label), for the 数据 tab. */
  matches: { key: string; priorKey: string; by: "key" | "code" | "label" }[];
}

/** A label as matched across years: no markers, spaces, quotes or brackets' width differences. */
function labelKey(line: Line): string {
  return normalizeLabel(line.label).replace(/[()（）]/g, "");
}

export function mergePrior(book: Book, priorBook: Book): PriorMerge {
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
  const unmatched: NonNullable<Book["priorSource"]>["unmatched"] = [];
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
    unmatched.push({ key: prior.key, label: prior.label, kind: prior.kind, figure: prior.current });
  }
  const merged: Book = {
    ...book,
    lines,
    priorSource: {
      sourceKind: priorBook.source.kind,
      sheet: priorBook.source.sheet,
      ...(priorBook.year !== undefined ? { year: priorBook.year } : {}),
      unitName: priorBook.unit,
      currencyUnit: priorBook.currencyUnit,
      unmatched,
    },
  };
  return { book: merged, matches };
}
