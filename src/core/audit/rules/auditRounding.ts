/**
 * AUDIT-ROUNDING — the 提示 class. A printed figure that the other figures do not reproduce, but misses by no
 * more than one unit of its last printed digit (a rate truncated instead of rounded, a total of rounded
 * parts): worth a look, never an error. The arithmetic rules (AUDIT-PCT, AUDIT-SUM, AUDIT-SHARE,
 * AUDIT-WORKBOOK) judge every figure with `judge` and word a rounding-level miss through `verdictFinding`,
 * so this rule's findings are theirs, said once, in one voice.
 */
import { compare, intersects, mul, rational, scale, sub, widen, type Interval } from "../interval";
import type { Sentence, Span } from "../text";
import { findingAt, type AuditFinding, type AuditRule, type AuditRuleId } from "../types";

export type Verdict = "consistent" | "rounding" | "wrong";

/**
 * A printed figure (its interval: ± half a unit of its last digit) against what the other figures allow:
 * consistent when they meet, a rounding-level miss within one more unit of the last digit, wrong beyond.
 */
export function judge(printed: Interval, possible: Interval): Verdict {
  if (intersects(printed, possible)) return "consistent";
  if (overlapsWithin(roundingLeeway(printed), possible)) return "rounding";
  return "wrong";
}

/**
 * Shares more than an end point: one unit of the last digit off is no rounding, even when the other figures'
 * own rounding just reaches it (醴陵市 2020: 节约资金 821.5 for 25439.38 − 24617.99, which is at most 821.40).
 */
function overlapsWithin(leeway: Interval, possible: Interval): boolean {
  return compare(leeway.lo, possible.hi) < 0 && compare(possible.lo, leeway.hi) < 0;
}

/**
 * Every value a printed figure can be, truncated or rounded up as well as rounded: less than one unit of its
 * last printed digit from it (the interval is one unit wide, so half a unit more on each side). 2.8% for
 * 2.667% is no rounding of it.
 */
export function roundingLeeway(printed: Interval): Interval {
  return widen(printed, mul(sub(printed.hi, printed.lo), rational(1n, 2n)));
}

/** A miss as a finding: the rule's own 错误 when wrong, an AUDIT-ROUNDING 提示 when rounding-level. */
export function verdictFinding(
  verdict: Verdict,
  rule: AuditRuleId,
  sentence: Sentence,
  mark: Span,
  message: { wrong: string; rounding: string },
  printed: string,
  expected: string
): AuditFinding[] {
  if (verdict === "consistent") return [];
  return verdict === "wrong"
    ? [findingAt(rule, "error", sentence, mark, message.wrong, printed, expected)]
    : [findingAt("AUDIT-ROUNDING", "info", sentence, mark, message.rounding, printed, expected)];
}

/**
 * The findings of a figure that has several readings (which budget a rate or a difference is against): none when one
 * reading makes it right, a 提示 when one makes it right to rounding, else the first reading's.
 */
export function bestReading(readings: readonly AuditFinding[][]): AuditFinding[] {
  if (readings.length === 0 || readings.some((found) => found.length === 0)) return [];
  return (
    readings.find((found) => found.every((finding) => finding.severity === "info")) ?? readings[0]
  );
}

/** Scales an interval by 100 (a ratio → a percentage). */
export function asPercent(ratio: Interval): Interval {
  return scale(ratio, rational(100n));
}

/** A percentage as the ratio it states: 7.35% → 0.0735. */
export function asRatio(percent: Interval): Interval {
  return scale(percent, rational(1n, 100n));
}

export const auditRounding: AuditRule = {
  id: "AUDIT-ROUNDING",
  severities: ["info"],
  // Its findings come from the arithmetic rules' judgements (verdictFinding): nothing to look at alone.
  check: () => [],
};
