/** Findings: what a check says about the workbook. */
import type { Book } from "./book";
import { CellRef } from "./grid";
import { Fen } from "./money";
import type { Options } from "./options";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type RuleId =
  | "SUM-CHILDREN"
  | "SUM-CODES"
  | "SUM-TOTAL-ROW"
  | "SUM-COLUMNS"
  | "ID-BASIC"
  | "ID-PERSONNEL"
  | "ID-GENERAL"
  | "ID-THREE-PUBLIC"
  | "ID-BALANCE"
  | "XT"
  | "CELL-TEXT-NUMBER"
  | "CELL-ERROR"
  | "CELL-NEGATIVE"
  | "CELL-UNIT"
  | "CODE-NAME"
  | "FORMULA-RANGE"
  | "YOY-MISSING"
  | "YOY-EXPLAIN"
  | "EXEC-RATE"
  | "TEXT-MISSING"
  | string;

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

/** One check: a named function over the book. */
export interface Rule {
  id: RuleId;
  appliesTo(book: Book): boolean;
  check(book: Book, options: Options): Finding[];
}
