/**
 * AUDIT-PCT — a rate of change or an execution rate against the amounts it comes from. The rate is
 * (本年 − 上年) ÷ 上年, from whichever figures the text prints (本年 and 上年, or the change and 上年, or the change
 * and 本年); an execution rate is 决算 ÷ 预算. When no value inside the printed figures' rounding gives the
 * printed rate, the finding says what it should be and, where one explains it, the mistake: dividing by this
 * year instead of last year, a ratio never multiplied by 100, or this year ÷ last year taken for the change.
 */
import {
  abs,
  compare,
  div,
  magnitude,
  minus,
  mul,
  negate,
  plus,
  quotient,
  rational,
  sub,
  type Interval,
  type Rational,
} from "../interval";
import type { ItemClaim } from "../claims";
import type { PrintedAmount } from "../text";
import type { AuditContext, AuditFinding, AuditRule } from "../types";
import { asPercent, judge, verdictFinding } from "./auditRounding";
import { sayPercentLike, signed, statedYuan } from "./common";

interface Derivation {
  possible: Interval;
  stated: Rational | undefined;
  basis: string;
}

/** The part of `x` that `y` allows too, when they meet. */
function meet(x: Interval, y: Interval): Interval | undefined {
  const lo = compare(x.lo, y.lo) >= 0 ? x.lo : y.lo;
  const hi = compare(x.hi, y.hi) <= 0 ? x.hi : y.hi;
  return compare(lo, hi) <= 0 ? { lo, hi } : undefined;
}

/**
 * The rates every printed figure allows at once: the change is the printed change where 本年 − 上年 allows it
 * too (each constrains the other), over 上年 — printed, or 本年 less the change.
 */
function derivation(item: ItemClaim, context: AuditContext): Derivation | undefined {
  const { words } = context;
  const { current, prior, delta } = item;
  const printedChange = delta ? signed(delta.figure.yuan, delta.direction) : undefined;
  const statedChange = delta
    ? delta.direction === 1
      ? statedYuan(delta.figure)
      : negate(statedYuan(delta.figure))
    : current && prior
      ? sub(statedYuan(current), statedYuan(prior))
      : undefined;
  if (prior) {
    const fromAmounts = current ? minus(current.yuan, prior.yuan) : undefined;
    const change =
      printedChange && fromAmounts
        ? (meet(printedChange, fromAmounts) ?? printedChange)
        : (printedChange ?? fromAmounts);
    const ratio = change ? quotient(change, prior.yuan) : undefined;
    if (!ratio || !statedChange) return undefined;
    return {
      possible: asPercent(ratio),
      stated: ratioOf(statedChange, statedYuan(prior)),
      basis: delta
        ? words.basisDelta(delta.figure.text, prior.text)
        : words.basisAmounts((current as PrintedAmount).text, prior.text),
    };
  }
  if (current && printedChange && statedChange) {
    const ratio = quotient(printedChange, minus(current.yuan, printedChange));
    if (!ratio) return undefined;
    return {
      possible: asPercent(ratio),
      stated: ratioOf(statedChange, sub(statedYuan(current), statedChange)),
      basis: words.basisDeltaCurrent(
        (delta as { figure: PrintedAmount }).figure.text,
        current.text
      ),
    };
  }
  return undefined;
}

/** a ÷ b × 100; undefined when b is 0. */
function ratioOf(a: Rational, b: Rational): Rational | undefined {
  return b.n === 0n ? undefined : mul(div(a, b), rational(100n));
}

/** The mistake that explains a wrong rate, when one does. */
function mistake(item: ItemClaim, printed: Interval, context: AuditContext): string {
  const { mistakes } = context.words;
  const { current, prior, delta } = item;
  const rate = item.rate;
  if (!rate) return "";
  const change = delta
    ? signed(delta.figure.yuan, delta.direction)
    : current && prior
      ? minus(current.yuan, prior.yuan)
      : undefined;
  const currentYuan = current?.yuan ?? (prior && change ? plus(prior.yuan, change) : undefined);
  if (change && currentYuan) {
    const byCurrent = quotient(change, currentYuan);
    if (byCurrent && judge(printed, asPercent(byCurrent)) === "consistent")
      return mistakes.wrongDenominator;
  }
  const base = prior?.yuan ?? (currentYuan && change ? minus(currentYuan, change) : undefined);
  if (change && base) {
    const ratio = quotient(change, base);
    // 减幅0.02% for a fall of 2.17%: the ratio itself printed as a percentage.
    if (ratio && judge(printed, magnitude(ratio)) === "consistent") return mistakes.notTimes100;
  }
  if (currentYuan && base) {
    const ratio = quotient(currentYuan, base);
    if (ratio && judge(signed(printed, rate.direction), asPercent(ratio)) === "consistent")
      return mistakes.ratioNotChange;
  }
  return "";
}

function checkRate(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const rate = item.rate;
  // A rate whose direction contradicts its change is AUDIT-DIRECTION's.
  if (!rate || item.flat || (item.delta && item.delta.direction !== rate.direction)) return [];
  const chosen = derivation(item, context);
  if (!chosen) return [];
  const printed = signed(rate.figure.interval, rate.direction);
  const verdict = judge(printed, chosen.possible);
  if (verdict === "consistent") return [];
  const expected = chosen.stated ? sayPercentLike(abs(chosen.stated), rate.figure) : "";
  const claim = `${rate.word.text}${rate.figure.text}`;
  const explained = verdict === "wrong" ? mistake(item, rate.figure.interval, context) : "";
  return verdictFinding(
    verdict,
    "AUDIT-PCT",
    item.sentence,
    { start: rate.word.start, end: rate.figure.end, text: claim },
    {
      wrong: `${context.words.pct(claim, chosen.basis, expected)}${explained}。`,
      rounding: context.words.rounding(claim, expected),
    },
    rate.figure.text,
    expected
  );
}

function checkExecution(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { executionRate, current, budget } = item;
  if (!executionRate || !current || !budget) return [];
  const ratio = quotient(current.yuan, budget.yuan);
  if (!ratio) return [];
  const verdict = judge(executionRate.interval, asPercent(ratio));
  const stated = ratioOf(statedYuan(current), statedYuan(budget));
  const expected = stated ? sayPercentLike(stated, executionRate) : "";
  const claim = executionRate.text;
  return verdictFinding(
    verdict,
    "AUDIT-PCT",
    item.sentence,
    executionRate,
    {
      wrong: `${context.words.pct(claim, context.words.basisExecution(current.text, budget.text), expected)}。`,
      rounding: context.words.rounding(claim, expected),
    },
    claim,
    expected
  );
}

export const auditPct: AuditRule = {
  id: "AUDIT-PCT",
  severities: ["error"],
  check: (context) =>
    context.claims.items.flatMap((item) => [
      ...checkRate(item, context),
      ...checkExecution(item, context),
    ]),
};
