/**
 * What auditing a report's text produces, and the pieces every audit rule shares: one module per rule under
 * src/core/audit/rules, named after its id (AUDIT-PCT → auditPct.ts), like the workbook checks.
 */
import type { Change } from "../change";
import type { Severity } from "../finding";
import type { Locale } from "../options";
import { messagesFor } from "../../i18n";
import type { TextClaims } from "./claims";
import type { Sentence, Span } from "./text";

export const AUDIT_RULE_IDS = [
  "AUDIT-PCT",
  "AUDIT-DIRECTION",
  "AUDIT-SUM",
  "AUDIT-SHARE",
  "AUDIT-TOTALS",
  "AUDIT-BLANK",
  "AUDIT-ROUNDING",
  "AUDIT-WORKBOOK",
] as const;
export type AuditRuleId = (typeof AUDIT_RULE_IDS)[number];

export interface AuditFinding {
  rule: AuditRuleId;
  severity: Severity;
  /** What is wrong and why, with the working ("按上年数 22.87万元 计算应为 7.35%"). */
  message: string;
  /** The sentence, verbatim from the plain text. */
  excerpt: string;
  /** The excerpt's character offset in the plain text. */
  offset: number;
  /** What is printed ("7.34%"), or "" when nothing is (a blank). */
  printed: string;
  /** What it should be ("7.35%"), or "" when the rule cannot say. */
  expected: string;
  /** The words to mark in the text (the printed figure, or the blank). */
  mark: Span;
}

/** The workbook's side of an audit: its changes by stable key and by label (AUDIT-WORKBOOK). */
export interface WorkbookFacts {
  changes: readonly Change[];
}

export type AuditWords = ReturnType<typeof messagesFor>["audit"];

export interface AuditContext {
  text: string;
  claims: TextClaims;
  words: AuditWords;
  workbook?: WorkbookFacts;
}

export interface AuditRule {
  id: AuditRuleId;
  severities: readonly Severity[];
  check(context: AuditContext): AuditFinding[];
}

export interface AuditOptions {
  locale?: Locale;
  workbook?: WorkbookFacts;
}

/** A finding about a claim of `sentence`, marking `mark`. */
export function findingAt(
  rule: AuditRuleId,
  severity: Severity,
  sentence: Sentence,
  mark: Span,
  message: string,
  printed: string,
  expected: string
): AuditFinding {
  return {
    rule,
    severity,
    message,
    excerpt: sentence.text,
    offset: sentence.start,
    printed,
    expected,
    mark: { start: mark.start, end: mark.end, text: mark.text },
  };
}
