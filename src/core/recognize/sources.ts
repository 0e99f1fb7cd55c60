/**
 * Choosing where the Book comes from (issue 11). Every readable source of a workbook is a candidate — each
 * 基础数据表, a pair of year sheets, the standard 部门决算 tables together — and the one that yields most of what
 * the report needs wins; the others cross-check it or are listed as unused, with why. A source never wins by
 * its place in the workbook: sheet order and visibility do not enter the choice.
 */
import type { Book, SheetRole, SheetUse, SheetUseReason, StableKey } from "../book";
import { lineByKey } from "../book";
import { hasValue } from "../figure";
import type { SheetClass } from "./classify";

/** How much each item the report names weighs in a source's coverage. */
const COVERAGE_WEIGHTS: Partial<Record<StableKey, number>> = {
  basic: 4,
  personnel: 3,
  publicOperating: 3,
  project: 3,
  generalBudget: 1,
  threePublic: 1,
  abroad: 1,
  vehicle: 1,
  reception: 1,
  vehiclePurchase: 0.5,
  vehicleOperation: 0.5,
  pension: 0.5,
  annuity: 0.5,
  medical: 0.5,
  otherSocial: 0.5,
  staffAuthorized: 1,
  staffActual: 1,
  govFund: 0.5,
  stateCapital: 0.5,
};
const COVERED_KEYS = Object.keys(COVERAGE_WEIGHTS) as StableKey[];

/** Last year's figure counts half: the report compares, so a source with both years covers more. */
const PRIOR_WEIGHT = 0.5;

/**
 * What a source yields of the report's items: Σ weight over the stable keys whose 本年 figure it reads,
 * plus half of that for each 上年 figure. A figure that could not be read (an error, a formula without a
 * value) still counts: the source has the row, and the report says the figure is missing.
 */
export function coverage(book: Book): number {
  let total = 0;
  for (const key of COVERED_KEYS) {
    const line = lineByKey(book, key);
    if (!line) continue;
    const weight = COVERAGE_WEIGHTS[key] ?? 0;
    if (line.current && (hasValue(line.current) || line.current.origin !== "blank"))
      total += weight;
    if (hasValue(line.prior)) total += weight * PRIOR_WEIGHT;
  }
  return total;
}

export type CandidateKind = "data-sheet" | "year-pair" | "standard-tables";

export interface SourceCandidate {
  kind: CandidateKind;
  book: Book;
  /** The sheets whose figures the Book reads (for a year pair: this year's sheet first). */
  sheets: string[];
  /** How sure the classification of its sheets is (the least sure of them). */
  confidence: number;
  coverage: number;
}

export function candidate(
  kind: CandidateKind,
  book: Book,
  sheets: string[],
  confidence: number
): SourceCandidate {
  return { kind, book, sheets, confidence, coverage: coverage(book) };
}

/**
 * The candidate the Book comes from: the user's sheet when they chose one, else the most coverage; on a
 * tie a 基础数据表 (it has both years, the budget and the reasons) over the standard tables, then the surer
 * classification, the later year and the sheet name — never the sheet order.
 */
export function chooseSource(
  candidates: readonly SourceCandidate[],
  userSheet?: string
): SourceCandidate | undefined {
  if (userSheet) {
    const chosen = candidates.find((c) => c.sheets[0] === userSheet);
    if (chosen) return chosen;
  }
  const rank = (c: SourceCandidate): number => (c.kind === "standard-tables" ? 0 : 1);
  return [...candidates].sort(
    (a, b) =>
      b.coverage - a.coverage ||
      rank(b) - rank(a) ||
      b.confidence - a.confidence ||
      (b.book.year ?? 0) - (a.book.year ?? 0) ||
      b.sheets.length - a.sheets.length ||
      a.sheets[0].localeCompare(b.sheets[0])
  )[0];
}

export interface SheetUseFacts {
  classes: readonly SheetClass[];
  chosen: SourceCandidate;
  candidates: readonly SourceCandidate[];
  userSheet?: string;
  /** The 基本情况 sheet the texts came from. */
  profileSheet?: string;
  /** Standard tables read (the sheets XT-DATA-SHEET compares when a 基础数据表 is the source). */
  tableSheets: readonly string[];
  /** A second table of a kind already read. */
  duplicateSheets: ReadonlySet<string>;
  /** Sheets of a readable kind on which nothing could be read. */
  unreadableSheets: ReadonlySet<string>;
  /** The 机构运行信息表 whose head counts the Book uses. */
  staffSheet?: string;
}

/** Every sheet's role in the Book and why, in workbook order. */
export function sheetUses(facts: SheetUseFacts): SheetUse[] {
  const { chosen } = facts;
  const sourceSheets = new Set(chosen.sheets);
  const otherCandidates = new Set(
    facts.candidates.filter((c) => c !== chosen).flatMap((c) => c.sheets)
  );
  const onlySource = facts.candidates.length === 1;
  return facts.classes.map((cls) => {
    const use = (role: SheetRole, reason: SheetUseReason): SheetUse => ({ ...cls, role, reason });
    if (sourceSheets.has(cls.sheet)) {
      if (chosen.kind === "year-pair" && cls.sheet !== chosen.sheets[0])
        return use("source", "prior-year-sheet");
      if (chosen.kind === "standard-tables") return use("source", "standard-table");
      if (facts.userSheet === cls.sheet) return use("source", "user-choice");
      return use("source", onlySource ? "only-source" : "most-coverage");
    }
    if (cls.sheet === facts.profileSheet) return use("source", "report-texts");
    if (cls.sheet === facts.staffSheet) return use("source", "staff-counts");
    if (facts.duplicateSheets.has(cls.sheet)) return use("unused", "duplicate-table");
    if (facts.tableSheets.includes(cls.sheet)) {
      return chosen.kind === "standard-tables"
        ? use("source", "standard-table")
        : use("cross-check", "cross-check");
    }
    if (otherCandidates.has(cls.sheet)) return use("unused", "less-coverage");
    if (facts.unreadableSheets.has(cls.sheet)) return use("unused", "unreadable");
    if (cls.kind === "blank") return use("unused", "blank");
    if (cls.kind === "unknown") return use("unused", "unknown");
    return use("unused", "not-a-source");
  });
}
