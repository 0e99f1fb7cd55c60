/** Findings: what a check says about the workbook. */
import type { Book } from "./book";
import { CellRef } from "./grid";
import type { RuleId } from "./checks/ruleIds";
import { Fen } from "./money";
import type { Options } from "./options";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type { RuleId } from "./checks/ruleIds";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Says what is wrong and what to fix, in the options' locale. */
  message: string;
  ref: CellRef;
  /** Money in fen (or a head count for staff rows). */
  expected?: Fen;
  actual?: Fen;
  /** actual − expected. */
  difference?: Fen;
  /** The line the finding is about, when there is one. */
  lineKey?: string;
}

/**
 * One rule: its id, the severities and messages its findings can have, and a function over the book. A
 * newcomer finds all of it, and its tests, from the id: SUM-CODES is src/core/checks/sumCodes.ts.
 */
export interface Rule {
  id: RuleId;
  /** The severities its findings can have. */
  severities: readonly Severity[];
  /** The i18n messages its findings are worded with: "findings.sumMismatch", "standard.crossMismatch". */
  messages: readonly string[];
  appliesTo(book: Book): boolean;
  check(book: Book, options: Options): Finding[];
  /**
   * Findings about how the workbook was read (last year's file, year sheets, several units on a sheet):
   * listed after the checks' findings of the same severity, in the order the rules come.
   */
  readingFindings?(book: Book, options: Options): Finding[];
}
