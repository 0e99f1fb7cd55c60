/**
 * Auditing a report's text (issue 15): every figure claim found (claims.ts), checked against the text's own
 * figures with exact interval arithmetic and, given the workbook, against its data. Pure: the hosts read the
 * .docx / .txt / .md into plain text and show the findings.
 */
import type { Severity } from "../finding";
import { messagesFor } from "../../i18n";
import { findClaims } from "./claims";
import { blankRunningHeaders } from "./runningHeaders";
import { AUDIT_RULES } from "./rules";
import type { AuditFinding, AuditOptions } from "./types";
import { inAsciiDigits, inSimplified } from "./script";
import { sentenceAt, type Sentence } from "./text";

export type { AuditFinding, AuditOptions, AuditRuleId, WorkbookFacts } from "./types";
export { AUDIT_RULE_IDS } from "./types";
export { AUDIT_RULES } from "./rules";

export interface AuditResult {
  /** Figure-bearing sentences examined. */
  sentences: number;
  summary: Record<Severity, number>;
  /** In text order; one finding per figure and rule. */
  findings: AuditFinding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A finding quotes the sentence its marked words are in (a claim's item may have been named earlier) — or a quote
 * of it with a sentence near it, which a rule may give.
 */
function quotedWhereMarked(
  finding: AuditFinding,
  sentences: readonly Sentence[],
  text: string
): AuditFinding {
  const sentence = sentenceAt(sentences, finding.mark.start);
  const quotesMark =
    finding.offset <= finding.mark.start &&
    finding.mark.end <= finding.offset + finding.excerpt.length &&
    finding.excerpt.length > (sentence?.text.length ?? 0);
  const quoted =
    !sentence || sentence.start === finding.offset || quotesMark
      ? finding
      : { ...finding, excerpt: sentence.text, offset: sentence.start };
  // Marked words that run on into the next sentence (a change's word in one, its rate in the next) are quoted to
  // the end of that one.
  const end = quoted.offset + quoted.excerpt.length;
  if (finding.mark.end <= end) return quoted;
  const last = sentenceAt(sentences, finding.mark.end - 1);
  const to = Math.max(last?.end ?? finding.mark.end, finding.mark.end);
  return { ...quoted, excerpt: text.slice(quoted.offset, to) };
}

/**
 * A finding's quotes in the characters the report prints them in (the same offsets: see script.ts) — its excerpt, its
 * marked words, and what it says was printed when those are words of the mark ("２０%", not "20%").
 */
function asPrinted(finding: AuditFinding, plain: string, read: string): AuditFinding {
  const { offset, excerpt, mark, printed } = finding;
  const printedExcerpt = plain.slice(offset, offset + excerpt.length);
  if (printedExcerpt === excerpt) return finding;
  const inMark = printed ? read.slice(mark.start, mark.end).indexOf(printed) : -1;
  return {
    ...finding,
    excerpt: printedExcerpt,
    mark: { ...mark, text: plain.slice(mark.start, mark.end) },
    printed:
      inMark >= 0
        ? plain.slice(mark.start + inMark, mark.start + inMark + printed.length)
        : printed,
  };
}

export function auditText(printed: string, options: AuditOptions = {}): AuditResult {
  const plain = blankRunningHeaders(printed);
  // (Read in simplified characters and ASCII digits; quoted as printed.)
  const text = inAsciiDigits(inSimplified(plain));
  const claims = findClaims(text);
  const context = {
    text,
    claims,
    words: messagesFor(options.locale).audit,
    workbook: options.workbook,
  };
  const seen = new Set<string>();
  const findings = AUDIT_RULES.flatMap((rule) => rule.check(context))
    .map((finding) => asPrinted(quotedWhereMarked(finding, claims.sentences, text), plain, text))
    // (A figure a PDF's line cut or a layout spaced — "8105\n万元", "4944 亿 元" — reads in a message as one.)
    .map((finding) => ({
      ...finding,
      message: finding.message.replace(/[^\S\n]*\n\s*/g, "").replace(/(?<=[万亿])\s+(?=元)/g, ""),
    }))
    .filter((finding) => {
      // A figure wrong for one reason is said once per rule.
      const key = `${finding.rule}|${finding.mark.start}|${finding.mark.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        a.mark.start - b.mark.start ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.rule.localeCompare(b.rule)
    );
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return { sentences: claims.figureSentences, summary, findings };
}
