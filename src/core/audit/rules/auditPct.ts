/**
 * AUDIT-PCT — a rate of change or an execution rate against the amounts it comes from. The rate is
 * (本年 − 上年) ÷ 上年, from whichever figures the text prints (本年 and 上年, or the change and 上年, or the change
 * and 本年); an execution rate is 决算 ÷ 预算. When no value inside the printed figures' rounding gives the
 * printed rate, the finding says what it should be and, where one explains it, the mistake: dividing by this
 * year instead of last year, a ratio never multiplied by 100, or this year ÷ last year taken for the change.
 */
import {
  abs,
  add,
  compare,
  div,
  magnitude,
  middle,
  minus,
  mul,
  negate,
  plus,
  point,
  intersects,
  quotient,
  rational,
  sign,
  sub,
  sum,
  toFixed,
  ZERO,
  type Interval,
  type Rational,
  signed,
} from "../interval";
import { amountThisYear, yearIn, type ChangeClaim, type ItemClaim } from "../claims";
import { PLAN_WORDS, heading, type BudgetKind } from "../items";
import { findNamedRatios } from "../namedRatios";
import { findScores } from "../scores";
import { yearComparisons } from "../yearSeries";
import {
  amountAt,
  amountKind,
  findFigures,
  percentAt,
  sentenceAt,
  type PrintedAmount,
  type PrintedPercent,
  type Sentence,
  type Span,
} from "../text";
import { findingAt, type AuditContext, type AuditFinding, type AuditRule } from "../types";
import {
  asPercent,
  asRatio,
  bestReading,
  judge,
  roundingLeeway,
  verdictFinding,
  type Verdict,
} from "./auditRounding";
import { BEYOND_ANY, sayAmountLike, sayPercentLike, statedYuan } from "./common";
import { partsMakeWhole } from "./auditSum";

interface Derivation {
  possible: Interval;
  stated: Rational | undefined;
  basis: string;
}

/** A rate and the figures it comes from: against last year, or against the budget. */
interface Comparison {
  against: "prior" | "budget";
  current?: PrintedAmount;
  /** 上年, or the budget. */
  base?: PrintedAmount;
  delta?: ChangeClaim<PrintedAmount>;
  rate?: ChangeClaim<PrintedPercent>;
  flat?: Span;
}

/**
 * The comparisons of an item's rates, each with the readings it allows: against last year one; against the
 * budget one per budget it may mean (the one the text names — 较年初预算 — or, unnamed, any printed); against last
 * year, also the whole's, and a budget printed twice.
 */
function comparisons(item: ItemClaim, context: AuditContext): Comparison[][] {
  const { current, prior, delta, rate, flat, budgetDelta, budgetRate } = item;
  // A budget printed twice: the rate is read against either (checkBudgetPrintedTwice says which is wrong).
  const twice = budgetPrintedTwice(item, context);
  const twiceReading: Comparison[] = twice
    ? [{ against: "prior", current: twice, base: prior, delta, rate, flat }]
    : [];
  const thisYear = amountThisYear(item, context.claims.kind);
  const named = item.budgets.filter((budget) => budget.kind === item.budgetCompared);
  const budgets = item.budgetCompared && named.length > 0 ? named : item.budgets;
  // "总收入534.96万元，其中本年收入525.11万元，较2020年度决算数减少307.5万元，下降36.5%": a change printed after
  // the part may be the whole's, when the whole has none of its own.
  const whole = item.parent;
  const wholeReading: Comparison[] =
    whole && whole.sentence === item.sentence && !whole.delta && !whole.rate
      ? [
          {
            against: "prior",
            current: amountThisYear(whole, context.claims.kind),
            base: whole.prior,
            delta,
            rate,
            flat,
          },
        ]
      : [];
  // "3.上级转移支付项目 10,289.74 万元,主要包括：…物业管理服务 2,520.00 万元，上年结转122.31 万元，…。免除查验…
  // 7,083.34 万元，上年结转 564.09万元，…。较2025 年年初预算增加 3,567.18 万元，增幅 53.1%。": a change naming nothing
  // may be of the item the paragraph opens with, when that one has none of its own (深圳市口岸办 2026).
  const opening = context.claims.itemsIn(item.sentence.paragraph)[0];
  const openingReading: Comparison[] =
    opening &&
    opening !== item &&
    opening !== whole &&
    !opening.delta &&
    !opening.rate &&
    opening.current &&
    delta &&
    rate &&
    delta.figure.start > opening.current.end
      ? [
          {
            against: "prior",
            current: amountThisYear(opening, context.claims.kind),
            base: opening.prior,
            delta,
            rate,
            flat,
          },
        ]
      : [];
  // "2025年，全市完成政府性基金预算支出359,135万元，下降12.5%。…政府性基金预算支出359,135万元，…" (楚雄州 2025, a
  // report on 2025 that budgets 2026): a rate printed after last year's amount and before this year's is of that
  // amount's own change, not of this year's against it.
  const rateOfThePrior =
    prior !== undefined &&
    thisYear !== undefined &&
    rate !== undefined &&
    prior.end <= rate.figure.start &&
    rate.figure.end <= thisYear.start;
  return [
    [
      {
        against: "prior",
        current: thisYear,
        base: rateOfThePrior ? undefined : prior,
        delta,
        rate,
        flat,
      },
      ...wholeReading,
      ...twiceReading,
      ...openingReading,
    ],
    (budgets.length > 0 ? budgets.map((budget) => budget.amount) : [undefined]).map((base) => ({
      against: "budget",
      current,
      base,
      delta: budgetDelta,
      rate: budgetRate,
    })),
  ];
}

/** The part of `x` that `y` allows too, when they meet. */
function meet(x: Interval, y: Interval): Interval | undefined {
  const lo = compare(x.lo, y.lo) >= 0 ? x.lo : y.lo;
  const hi = compare(x.hi, y.hi) <= 0 ? x.hi : y.hi;
  return compare(lo, hi) <= 0 ? { lo, hi } : undefined;
}

/**
 * change ÷ base as a percentage. Amounts are never below 0, so a base that may be 0 ("增加4.79万元" on a
 * spending of 4.79万元) gives a rate of at least |change| ÷ the most the base can be — no 100%.
 */
function rateOf(change: Interval, base: Interval): Interval | undefined {
  const ratio = quotient(change, base);
  if (ratio) return asPercent(ratio);
  const direction = sign(change.lo);
  if (direction === 0 || direction !== sign(change.hi)) return undefined;
  const most = compare(base.hi, ZERO) > 0 ? base.hi : undefined;
  const least = most
    ? mul(div(abs(direction > 0 ? change.lo : change.hi), most), rational(100n))
    : BEYOND_ANY;
  const magnitudes = { lo: least, hi: BEYOND_ANY };
  return direction > 0 ? magnitudes : { lo: negate(magnitudes.hi), hi: negate(magnitudes.lo) };
}

/**
 * The rate of a change to this year's amount, over last year's (本年 − change). The change is in the rate twice —
 * over and under the line — so the rate is bounded at the corners of the two printed ranges, not by dividing one
 * range by the other ("“三公”经费预算数为1.10万元，比上年减少25万元，下降95.0%": 24.5 to 25.5 over 25.6 to 26.6 is
 * 95.70% to 95.86%, where the ranges divided would allow 92% to 99.6%).
 */
function rateOfChangeTo(change: Interval, current: Interval): Interval | undefined {
  const base = minus(current, change);
  // (With a base that may be 0, the rate may be any size: the ranges are divided as they are.)
  if (compare(base.lo, ZERO) <= 0) return rateOf(change, base);
  return cornersOf([change.lo, change.hi], [current.lo, current.hi], (d, c) =>
    mul(div(d, sub(c, d)), rational(100n))
  );
}

/** The range of a function monotone in each of two printed ranges: its values at their corners. */
function cornersOf(
  x: readonly [Rational, Rational],
  y: readonly [Rational, Rational],
  f: (x: Rational, y: Rational) => Rational
): Interval {
  const values = x.flatMap((a) => y.map((b) => f(a, b))).sort(compare);
  return { lo: values[0], hi: values[values.length - 1] };
}

/**
 * The rates every printed figure allows at once: the change is the printed change where 本年 − base allows it
 * too (each constrains the other), over the base — printed, or 本年 less the change.
 */
function derivation(c: Comparison, context: AuditContext): Derivation | undefined {
  const { words } = context;
  const { current, base, delta, against } = c;
  const printedChange = delta ? signed(delta.figure.yuan, delta.direction) : undefined;
  const statedChange = delta
    ? delta.direction === 1
      ? statedYuan(delta.figure)
      : negate(statedYuan(delta.figure))
    : current && base
      ? sub(statedYuan(current), statedYuan(base))
      : undefined;
  if (base) {
    const fromAmounts = current ? minus(current.yuan, base.yuan) : undefined;
    const change =
      printedChange && fromAmounts
        ? (meet(printedChange, fromAmounts) ?? printedChange)
        : (printedChange ?? fromAmounts);
    // (With no change printed, 本年 ÷ 上年 − 1: each amount once, so the rate is bounded by their ranges alone.)
    const possible =
      !printedChange && current && compare(base.yuan.lo, ZERO) > 0
        ? cornersOf([current.yuan.lo, current.yuan.hi], [base.yuan.lo, base.yuan.hi], (c, b) =>
            mul(sub(div(c, b), rational(1n)), rational(100n))
          )
        : change
          ? rateOf(change, base.yuan)
          : undefined;
    if (!possible || !statedChange) return undefined;
    return {
      possible,
      stated: ratioOf(statedChange, statedYuan(base)),
      basis: delta
        ? words.basisDelta(delta.figure.text, base.text, against)
        : words.basisAmounts((current as PrintedAmount).text, base.text, against),
    };
  }
  if (current && printedChange && statedChange) {
    const possible = rateOfChangeTo(printedChange, current.yuan);
    if (!possible) return undefined;
    return {
      possible,
      stated: ratioOf(statedChange, sub(statedYuan(current), statedChange)),
      basis: words.basisDeltaCurrent(
        (delta as { figure: PrintedAmount }).figure.text,
        current.text
      ),
    };
  }
  return undefined;
}

/**
 * A rate right by 本年 and 上年 when the printed change is not (崇明区长兴镇 2022 with 减少35318.74 for 35418.74,
 * 下降14.82%): two figures of three agree, and AUDIT-SUM says the change is wrong — the rate is not said wrong too.
 */
function rightByAmounts(c: Comparison, printed: Interval): boolean {
  const { current, base, delta } = c;
  if (!current || !base || !delta) return false;
  const fromAmounts = minus(current.yuan, base.yuan);
  // A change the amounts allow narrows the rate with them (英德市 2016: 8 and 12.5 allow 4.35, and 35.22% is
  // right for neither 4.35 over 12.5 nor the amounts' own change): only one they do not allow is set aside.
  if (meet(signed(delta.figure.yuan, delta.direction), fromAmounts)) return false;
  const possible = rateOf(fromAmounts, base.yuan);
  return possible !== undefined && judge(printed, possible) === "consistent";
}

/** a ÷ b × 100; undefined when b is 0. */
function ratioOf(a: Rational, b: Rational): Rational | undefined {
  return b.n === 0n ? undefined : mul(div(a, b), rational(100n));
}

/** The mistake that explains a wrong rate, when one does. */
function mistake(c: Comparison, printed: Interval, context: AuditContext): string {
  const { mistakes } = context.words;
  const { current, base: prior, delta, rate } = c;
  if (!rate) return "";
  // "收支…增加606.12元、增长7.9%" of 8254.47万元: right with the amounts' unit, which the change lost.
  const other = prior ?? current;
  if (delta && other && delta.figure.unit !== other.unit) {
    const inTheirUnit = amountAt(delta.figure.digits, delta.figure.start, other.unit);
    const change = inTheirUnit && signed(inTheirUnit.yuan, delta.direction);
    const base = prior?.yuan ?? (current && change ? minus(current.yuan, change) : undefined);
    const ratio = change && base && quotient(change, base);
    if (ratio && judge(printed, asPercent(magnitude(ratio))) === "consistent")
      return mistakes.unitSlip(`${delta.figure.digits}${other.unit}`);
  }
  const change = delta
    ? signed(delta.figure.yuan, delta.direction)
    : current && prior
      ? minus(current.yuan, prior.yuan)
      : undefined;
  const currentYuan = current?.yuan ?? (prior && change ? plus(prior.yuan, change) : undefined);
  if (change && currentYuan) {
    const byCurrent = quotient(change, currentYuan);
    if (byCurrent && judge(printed, asPercent(magnitude(byCurrent))) === "consistent")
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

function checkRate(c: Comparison, sentence: Sentence, context: AuditContext): AuditFinding[] {
  const rate = c.rate;
  // A rate whose direction contradicts its change is AUDIT-DIRECTION's. (A rate said "flat" is checked only when
  // the text calls it so loosely: "增长0.8%，与上年基本持平" still prints a rate that must be right.)
  const loosely = c.flat !== undefined && /基本持平|大致持平|略有/.test(c.flat.text);
  if (!rate || (c.flat && !loosely) || (c.delta && heading(c.delta) !== heading(rate))) return [];
  const chosen = derivation(c, context);
  if (!chosen) return [];
  const printed = signed(rate.figure.interval, rate.direction);
  // Right but for its direction ("本年568.5万元，较上年606.81万元，增长6.31%"): AUDIT-DIRECTION's.
  const reversed = signed(rate.figure.interval, rate.direction === 1 ? -1 : 1);
  if (judge(reversed, chosen.possible) === "consistent" && sign(rate.figure.value) !== 0) return [];
  const verdict = judge(printed, chosen.possible);
  if (verdict === "consistent" || rightByAmounts(c, printed)) return [];
  const expected = chosen.stated
    ? sayPercentLike(abs(chosen.stated), rate.figure)
    : context.words.noRate(c.against);
  const claim = `${rate.word.text}${rate.figure.text}`;
  const explained = verdict === "wrong" ? mistake(c, rate.figure.interval, context) : "";
  return verdictFinding(
    verdict,
    "AUDIT-PCT",
    sentence,
    { start: rate.word.start, end: rate.figure.end, text: claim },
    {
      wrong: chosen.stated
        ? `${context.words.pct(claim, chosen.basis, expected)}${explained}。`
        : `${context.words.pctOfZero(claim, chosen.basis, c.against, false)}${explained}。`,
      rounding: context.words.rounding(claim, expected),
    },
    rate.figure.text,
    expected
  );
}

/** An execution rate against the budgets printed for the item: right when it is right against one of them. */
function checkExecution(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const rate = item.executionRate;
  if (!rate) return [];
  // "支出完成68.3亿元，为预算的105%": a rate said as what the amount is of the budget, in a government's budget
  // report, is of the amounts its own paragraph prints — the text's 支出 before may be another fund's (周口市 2019,
  // 三门峡市 2019).
  const paragraphOf = (offset: number) => sentenceAt(context.claims.sentences, offset)?.paragraph;
  const ofPlan = isRateOfPlan(item, context.text);
  if (ofPlan && (!item.current || paragraphOf(item.current.start) !== paragraphOf(rate.start)))
    return [];
  const inReach = item.budgets.filter(
    (budget) => !ofPlan || paragraphOf(budget.amount.start) === paragraphOf(rate.start)
  );
  // "…年初预算为0万元，全年预算为321.02万元，…完成年初预算的95.89%": a rate that names its budget is of that one.
  const named = executionBasis(item, context.text);
  const ofNamed = inReach.filter((budget) => named && budget.kind === named);
  // A rate of the adjusted budget where the text adjusted one and it was not read ("支出预算调整为 0.9 亿元（含高新区
  // 0 元），…为调整预算的 1.6%": 焦作市 2025) is not judged against the budget as first passed.
  if (
    named === "adjusted" &&
    ofNamed.length === 0 &&
    /调整(?:后|为)|调[增减]/.test(context.text.slice(Math.max(0, rate.start - 200), rate.start))
  )
    return [];
  const budgets =
    ofNamed.length > 0
      ? ofNamed.map((budget) => budget.amount)
      : ofPlan
        ? inReach.map((budget) => budget.amount)
        : budgetsOf(item, context, named);
  if (budgets.length === 0) return checkExecutionAgainstShortfall(item, context);
  return bestReading(budgets.map((budget) => checkExecutionAgainst(item, budget, context)));
}

/**
 * "一般公共预算收入完成174.8亿元，为年计划的110.91%，超收24.2亿元" (吕梁市 2018): with no budget printed, the one
 * the 超收 / 短收 gives — what was done less what it went over by — is the rate's base.
 */
function checkExecutionAgainstShortfall(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { executionRate, current, budgetDelta } = item;
  // (Only what was done over or under the plan, in the rate's paragraph: "调整后的支出预算为18.65亿元，比年初预算增加
  // 8.04亿元" changes the budget itself — 阜新市 2025.)
  if (
    !executionRate ||
    !current ||
    !budgetDelta ||
    !/超|短收|少收|多收|节支|决算数?[大小多少高低]于/.test(budgetDelta.word.text) ||
    amountKind(current.unit) !== amountKind(budgetDelta.figure.unit)
  )
    return [];
  const over = signed(budgetDelta.figure.yuan, budgetDelta.direction);
  // (Each of the amounts once: 完成 ÷ (完成 − 超收) at the corners of their ranges.)
  const possible = cornersOf([current.yuan.lo, current.yuan.hi], [over.lo, over.hi], (done, off) =>
    mul(div(done, sub(done, off)), rational(100n))
  );
  const stated = ratioOf(
    statedYuan(current),
    sub(
      statedYuan(current),
      budgetDelta.direction === 1
        ? statedYuan(budgetDelta.figure)
        : negate(statedYuan(budgetDelta.figure))
    )
  );
  if (!stated || compare(sub(current.yuan.lo, over.hi), ZERO) <= 0) return [];
  const expected = sayPercentLike(stated, executionRate);
  const claim = executionRate.text;
  const basis = context.words.basisShortfall(
    current.text,
    `${budgetDelta.word.text}${budgetDelta.figure.text}`
  );
  return verdictFinding(
    judge(executionRate.interval, possible),
    "AUDIT-PCT",
    item.sentence,
    executionRate,
    {
      wrong: `${context.words.pct(claim, basis, expected)}。`,
      rounding: context.words.rounding(claim, expected),
    },
    claim,
    expected
  );
}

/** An execution rate said as "为预算的", "为年计划的". */
function isRateOfPlan(item: ItemClaim, text: string): boolean {
  return RATE_OF_PLAN.test(wordsBeforeRate(item, text));
}

const RATE_OF_PLAN = new RegExp(`为${PLAN_WORDS}的\\s*$`);

/** The words just before an item's execution rate, in its sentence. */
function wordsBeforeRate(item: ItemClaim, text: string): string {
  const rate = item.executionRate as PrintedPercent;
  return text.slice(Math.max(item.sentence.start, rate.start - 12), rate.start);
}

/** The budget an execution rate names just before it: "完成年初预算的", "为调整预算的". */
function executionBasis(item: ItemClaim, text: string): BudgetKind | undefined {
  const named = /(年初|调整(?:后)?|全年)预算(?:数)?的?\s*$/.exec(wordsBeforeRate(item, text))?.[1];
  return named === undefined ? undefined : named === "年初" ? "initial" : "adjusted";
}

/** The year named last before an offset: the year a figure is of ("2018年“三公”经费决算执行情况…"). */
function yearAt(text: string, offset: number): number | undefined {
  return yearIn(text.slice(Math.max(0, offset - 2000), offset));
}

/**
 * The item's budgets; with none printed beside an execution rate, those of the item of the same name and year (and
 * of the kind the rate names, if it names one) printed elsewhere in its document, within 30 paragraphs ("公务接待费预算288万元" in the budget's section, "公务接待费282元，完成预算的97.92%" in the
 * accounts').
 */
function budgetsOf(
  item: ItemClaim,
  context: AuditContext,
  named: BudgetKind | undefined
): PrintedAmount[] {
  // (Not by a bare 收入 / 支出: "支出完成21.4亿元，为预算的105.2%" is no 国有资本经营 "支出预算为367万元" four
  // paragraphs before — 周口市 2019.)
  if (
    item.budgets.length > 0 ||
    !item.executionRate ||
    !item.current ||
    item.name === "" ||
    /^(?:收入|支出)$/.test(item.name)
  )
    return item.budgets.map((b) => b.amount);
  const year = yearAt(context.text, item.current.start);
  if (year === undefined) return [];
  const paragraph = item.sentence.paragraph;
  return (
    context.claims
      .itemsNamedNear(item.name, paragraph, 30)
      .filter((other) => other !== item)
      .flatMap((other) => other.budgets)
      // (A rate that names its budget is of that kind only: "收入完成210,236万元，占年度调整预算的102.68%" is not of
      // the next year's "收入预算为197,083万元" — 三明市 2018.)
      .filter((budget) => named === undefined || budget.kind === named)
      .map((budget) => budget.amount)
      .filter((budget) => yearAt(context.text, budget.start) === year)
  );
}

function checkExecutionAgainst(
  item: ItemClaim,
  budget: PrintedAmount,
  context: AuditContext
): AuditFinding[] {
  const { executionRate, current } = item;
  if (!executionRate || !current) return [];
  // (A budget of 0 with an amount spent allows no rate: "决算为0.16万元，完成预算0万元的0%".)
  const possible = rateOf(current.yuan, budget.yuan);
  if (!possible) return [];
  const verdict = judge(executionRate.interval, possible);
  const stated = ratioOf(statedYuan(current), statedYuan(budget));
  const expected = stated ? sayPercentLike(stated, executionRate) : context.words.noExecutionRate;
  const claim = executionRate.text;
  // "公务接待费282元，完成预算的97.92%" against 288万元: right with the budget's unit, which the amount lost.
  const inBudgetUnit =
    current.unit !== budget.unit ? amountAt(current.digits, current.start, budget.unit) : undefined;
  const unitRatio = inBudgetUnit && quotient(inBudgetUnit.yuan, budget.yuan);
  const unitSlip =
    unitRatio && judge(executionRate.interval, asPercent(unitRatio)) === "consistent"
      ? context.words.mistakes.unitSlip(`${current.digits}${budget.unit}`)
      : "";
  return verdictFinding(
    verdict,
    "AUDIT-PCT",
    item.sentence,
    executionRate,
    {
      wrong: stated
        ? `${context.words.pct(claim, context.words.basisExecution(current.text, budget.text), expected)}${unitSlip}。`
        : `${context.words.pctOfZero(
            claim,
            context.words.basisExecution(current.text, budget.text),
            "budget",
            true
          )}。`,
      rounding: context.words.rounding(claim, expected),
    },
    claim,
    expected
  );
}

/**
 * A budget text prints an item's budget twice — in its heading ("住房公积金（项）350.35万元") and as "2024年预算安排
 * 352.67万元" — with the rate against last year beside the second: that budget, when it differs from the heading
 * beyond rounding. (In a 决算 the item's amount and its budget differ by nature; a budget text's amounts are its
 * budgets.)
 */
function budgetPrintedTwice(item: ItemClaim, context: AuditContext): PrintedAmount | undefined {
  const { current, prior, rate } = item;
  if (context.claims.kind !== "budget" || !current || !prior || !rate) return undefined;
  // (Not a budget a rate of it follows — "完成预算数31220万元的101.7%": the plan the amount was done against.)
  const rateOfIt = (amount: PrintedAmount) =>
    item.executionRate !== undefined &&
    /^\s*的\s*$/.test(context.text.slice(amount.end, item.executionRate.start));
  const budget = item.budgets.find(
    ({ amount, kind }) =>
      kind === undefined &&
      !rateOfIt(amount) &&
      amount.start > current.start &&
      amount.end <= rate.figure.start &&
      (sentenceAt(context.claims.sentences, amount.start)?.end ?? -1) >= rate.figure.end
  )?.amount;
  return budget && judge(current.yuan, budget.yuan) === "wrong" ? budget : undefined;
}

/** Of the two, the one the rate does not reproduce from, when it reproduces from the other. */
function checkBudgetPrintedTwice(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const budget = budgetPrintedTwice(item, context);
  const { current, prior, rate, delta } = item;
  if (!budget || !current || !prior || !rate) return [];
  const fits = (amount: PrintedAmount) =>
    checkRate(
      { against: "prior", current: amount, base: prior, rate, delta },
      item.sentence,
      context
    ).length === 0;
  const [right, wrong] = fits(current) ? [current, budget] : [budget, current];
  if (fits(wrong) || !fits(right)) return [];
  return [
    findingAt(
      "AUDIT-PCT",
      "error",
      item.sentence,
      wrong,
      context.words.budgetPrintedTwice(
        current.text,
        budget.text,
        `${rate.word.text}${rate.figure.text}`,
        prior.text,
        right.text
      ),
      wrong.text,
      right.text
    ),
  ];
}

/** 节约率, 审减率: right when some base the text gives reproduces it (namedRatios.ts). */
function checkNamedRatios(context: AuditContext): AuditFinding[] {
  return findNamedRatios(context.claims.sentences).flatMap((ratio) => {
    const verdicts = ratio.readings.map((reading) => judge(ratio.percent.interval, reading.value));
    if (verdicts.includes("consistent")) return [];
    // The reading nearest what is printed: the base the writer most likely meant.
    const distance = (value: Interval) => abs(sub(middle(value), ratio.percent.value));
    const reading = ratio.readings.reduce((best, next) =>
      compare(distance(next.value), distance(best.value)) < 0 ? next : best
    );
    const stated = middle(reading.value);
    const expected = sayPercentLike(stated, ratio.percent);
    const claim = `${ratio.name}${ratio.percent.text}`;
    const basis = context.words.basisNamedRatio(
      reading.part.text,
      reading.base.text,
      reading.addedBack !== undefined
    );
    return verdictFinding(
      verdicts.includes("rounding") ? "rounding" : "wrong",
      "AUDIT-PCT",
      ratio.sentence,
      ratio.percent,
      {
        wrong: `${context.words.pct(claim, basis, expected)}。`,
        rounding: context.words.rounding(claim, expected),
      },
      ratio.percent.text,
      expected
    );
  });
}

/**
 * "“三公”经费…预算为76.43万元，…支出决算为46.21万元，完成预算的60.46%。其中：因公出国（境）费支出决算为4.69万元，
 * 完成预算的15.63%；…": each part's budget is its spending over its execution rate, and the parts' budgets make the
 * whole's — its printed budget (AUDIT-SUM), or, with none printed, the budget its own execution rate is of.
 */
function checkImpliedBudgets(whole: ItemClaim, context: AuditContext): AuditFinding[] {
  const breakdowns = [...new Set(whole.children.map((child) => child.breakdown))];
  return breakdowns.flatMap((breakdown) => {
    const parts = whole.children.filter((child) => child.breakdown === breakdown);
    if (
      parts.length < 2 ||
      parts.some((part) => !part.current || !part.executionRate || part.budgets.length > 0)
    )
      return [];
    const spent = sum(parts.map((part) => (part.current as PrintedAmount).yuan));
    const allOfIt =
      partsMakeWhole(whole, parts) ||
      (whole.current !== undefined && judge(whole.current.yuan, spent) !== "wrong");
    if (!allOfIt) return [];
    const budgets = parts.map((part) => {
      const rate = asRatio((part.executionRate as PrintedPercent).interval);
      return compare(rate.lo, ZERO) > 0
        ? quotient((part.current as PrintedAmount).yuan, rate)
        : undefined;
    });
    if (budgets.some((budget) => budget === undefined)) return [];
    const implied = sum(budgets as Interval[]);
    const names = parts.map((part) => part.printedName).join("、");
    const budget = whole.budgets[0]?.amount;
    if (budget) {
      const said = sayAmountLike(middle(implied), budget);
      return verdictFinding(
        judge(budget.yuan, implied),
        "AUDIT-SUM",
        whole.sentence,
        budget,
        {
          wrong: context.words.impliedBudgets(whole.printedName, budget.text, names, said),
          rounding: context.words.rounding(budget.text, said),
        },
        budget.text,
        said
      ).filter((finding) => finding.severity === "error");
    }
    const { executionRate, current } = whole;
    const ratio = current && quotient(current.yuan, implied);
    if (!executionRate || !current || !ratio) return [];
    const stated = ratioOf(statedYuan(current), middle(implied));
    const expected = stated ? sayPercentLike(stated, executionRate) : "";
    const basis = context.words.basisImpliedBudgets(
      current.text,
      names,
      sayAmountLike(middle(implied), current)
    );
    return verdictFinding(
      judge(executionRate.interval, asPercent(ratio)),
      "AUDIT-PCT",
      whole.sentence,
      executionRate,
      {
        wrong: `${context.words.pct(executionRate.text, basis, expected)}。`,
        rounding: context.words.rounding(executionRate.text, expected),
      },
      executionRate.text,
      expected
    ).filter((finding) => finding.severity === "error");
  });
}

/** 得分率: the 得分 over the 分值 printed with it (scores.ts). */
function checkScoreRates(context: AuditContext): AuditFinding[] {
  return findScores(context.claims.sentences, context.text).scores.flatMap(
    ({ weight, score, rate, sentence }) => {
      const ratio = weight && score && rate && quotient(score.interval, point(weight.value));
      if (!ratio || !rate || !score || !weight) return [];
      const stated = ratioOf(score.value, weight.value);
      const expected = stated ? sayPercentLike(stated, rate) : "";
      const claim = rate.text;
      return verdictFinding(
        judge(rate.interval, asPercent(ratio)),
        "AUDIT-PCT",
        sentence,
        rate,
        {
          wrong: `${context.words.pct(claim, context.words.basisScore(score.text, weight.text), expected)}。`,
          rounding: context.words.rounding(claim, expected),
        },
        claim,
        expected
      );
    }
  );
}

/** Words that compare a rate with another and say which is higher: "低于序时进度(66.7%)", "比全省平均水平(17.9%)". */
const COMPARED_WITH =
  /^[，,]?\s*(低于|高于|超过|超出|快于|慢于|比|较|与)[^%％\d。；;，,]{1,16}?[（(]?\s*$/;
/** The word right before the points: "高2.7个百分点", "增加了0.78个百分点", "相差0.68个百分点". */
const POINTS_WORD =
  /^\s*[)）]?[，,]?[^%％\d。；;，,]{0,8}?(高|低|超|快|慢|增加|提高|上升|上涨|下降|降低|减少|回落|相差|差)(?:了|出)?\s*$/;
/** "由35%提高到40%": the second rate where the first went. */
const POINTS_TO = /^\s*(?:提高|增加|上升|下降|降低|减少|回落)(?:到|至|为)\s*$/;

function pointsDirection(word: string | undefined): 1 | -1 | 0 | undefined {
  if (word === undefined) return undefined;
  if (/^(?:相差|差)$/.test(word)) return 0;
  return /^(?:低|慢|下降|降低|减少|回落|低于|慢于)$/.test(word)
    ? -1
    : /^(?:比|较|与)$/.test(word)
      ? undefined
      : 1;
}

/**
 * A rate set beside another, and how many points apart the text says they are: "预算执行率59.2%，低于序时进度
 * (66.7%)7.5个百分点", "占…的比例为11.32%，比上年的10.54%增加了0.78个百分点", "由35%提高到40%，提高5个百分点" —
 * the difference of the two, to their rounding.
 */
function checkPointsApart(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const sentence of context.claims.sentences) {
    if (!sentence.text.includes("个百分点")) continue;
    const figures = findFigures(sentence);
    for (let k = 2; k < figures.length; k++) {
      const [first, second, points] = [figures[k - 2], figures[k - 1], figures[k]];
      if (points.kind !== "points" || first.kind !== "percent" || second.kind !== "percent")
        continue;
      const between = (a: Span, b: Span) => context.text.slice(a.end, b.start).replace(/\s+/g, "");
      const word = POINTS_WORD.exec(between(second, points))?.[1];
      const compared = COMPARED_WITH.exec(between(first, second))?.[1];
      const moved = POINTS_TO.test(between(first, second));
      if (!compared && !moved) continue;
      // The first rate against the second ("A低于B"), or where the second went from the first ("由A提高到B").
      const direction = pointsDirection(word) ?? pointsDirection(compared);
      if (direction === undefined) continue;
      // A rate said to fall is below 0: "全省…下降4.1%,比我市增幅(-5.2%)高1.1个百分点" (濮阳市 2024).
      const valueOf = (rate: typeof first): Interval =>
        /(?:下降|减少|降低|回落|下滑|减收|负增长)了?\s*$/.test(
          context.text.slice(Math.max(0, rate.start - 6), rate.start)
        )
          ? signed(rate.interval, -1)
          : rate.interval;
      const apart = moved
        ? minus(valueOf(second), valueOf(first))
        : minus(valueOf(first), valueOf(second));
      const possible = direction === 0 ? magnitudeOf(apart) : signed(apart, direction);
      const expected = context.words.points(toFixed(middle(possible), points.decimals));
      const claim = `${word ?? compared ?? ""}${points.text}`;
      found.push(
        ...verdictFinding(
          judge(points.interval, possible),
          "AUDIT-PCT",
          sentence,
          points,
          {
            wrong: context.words.pointsApart(claim, first.text, second.text, expected),
            rounding: context.words.rounding(claim, expected),
          },
          points.text,
          expected
        )
      );
    }
  }
  return found;
}

/**
 * Two years of a list printed one figure per year, compared after it: the points between two of its percentages
 * ("…比重分别为22.5%、…、13.2%,2017年比2013年非税占比下降了9.5个百分点": 22.5 − 13.2 is 9.3), or the rate between two
 * of its amounts ("2019—2021年分别为…亿元，2021年比2019年增长…%").
 */
function checkYearSeriesChanges(context: AuditContext): AuditFinding[] {
  return yearComparisons(context.claims.sentences).flatMap(
    ({ later, earlier, change, direction, words, sentence }) => {
      if (change.kind === "amount") return [];
      const printed = signed(change.interval, direction);
      const [a, b] = [later.figure.interval, earlier.figure.interval];
      const possible =
        change.kind === "points"
          ? minus(a, b)
          : later.figure.kind === "amount" && earlier.figure.kind === "amount"
            ? compare(earlier.figure.yuan.lo, ZERO) > 0
              ? cornersOf(
                  [later.figure.yuan.lo, later.figure.yuan.hi],
                  [earlier.figure.yuan.lo, earlier.figure.yuan.hi],
                  (c, base) => mul(sub(div(c, base), rational(1n)), rational(100n))
                )
              : undefined
            : undefined;
      if (!possible) return [];
      const expectedValue = toFixed(middle(magnitudeOf(possible)), change.decimals);
      const basis = context.words.basisYears(
        later.year,
        later.figure.text,
        earlier.year,
        earlier.figure.text
      );
      const claim = words.text;
      const expected =
        change.kind === "points" ? context.words.points(expectedValue) : `${expectedValue}%`;
      return verdictFinding(
        judge(printed, possible),
        "AUDIT-PCT",
        sentence,
        words,
        {
          wrong:
            change.kind === "points"
              ? context.words.pointsApart(claim, earlier.figure.text, later.figure.text, expected)
              : `${context.words.pct(claim, basis, expected)}。`,
          rounding: context.words.rounding(claim, expected),
        },
        change.text,
        expected
      );
    }
  );
}

/** |x|, as an interval: what a difference said without its direction ("相差") can be. */
function magnitudeOf(x: Interval): Interval {
  if (compare(x.lo, ZERO) >= 0) return x;
  if (compare(x.hi, ZERO) <= 0) return { lo: negate(x.hi), hi: negate(x.lo) };
  return { lo: ZERO, hi: compare(negate(x.lo), x.hi) > 0 ? negate(x.lo) : x.hi };
}

/** Output and prices grow "at comparable prices" (按可比价格): their rates are not worked out from the amounts. */
const AT_COMPARABLE_PRICES =
  /生产总值|GDP|增加值|产值|可支配收入|人均|消费品|零售|投资|进出口|出口|进口|存款|贷款/;

/** The compounded growth of a number of years, (1 + rate)^years, over an interval of rates (each above −100%). */
function compounded(rate: Interval, years: number): Interval | undefined {
  const grown = (percent: Rational) => {
    const factor = add(rational(1n), div(percent, rational(100n)));
    return { n: factor.n ** BigInt(years), d: factor.d ** BigInt(years) };
  };
  if (compare(rate.lo, rational(-100n)) <= 0) return undefined;
  return { lo: grown(rate.lo), hi: grown(rate.hi) };
}

/** A rate a year against the ratio it should compound to over the years: right, right to rounding, or wrong. */
function compoundedVerdict(printed: Interval, years: number, ratio: Interval): Verdict | undefined {
  const grown = compounded(printed, years);
  const leeway = compounded(roundingLeeway(printed), years);
  if (!grown || !leeway) return undefined;
  if (intersects(grown, ratio)) return "consistent";
  return intersects(leeway, ratio) ? "rounding" : "wrong";
}

/** Millionths of a percent to which an average rate is worked out for the message. */
const AVERAGE_SCALE = 100_000_000n;

/** The rate a year that compounds to the ratio over the years (to a millionth of a percent): (ratio)^(1/years) − 1. */
function averageRateOf(ratio: Rational, years: number): Rational {
  const n = BigInt(years);
  // The largest k with ((SCALE + k) / SCALE)^years ≤ ratio, k in millionths of a percent.
  const atMost = (k: bigint) => (AVERAGE_SCALE + k) ** n * ratio.d <= ratio.n * AVERAGE_SCALE ** n;
  let low = -AVERAGE_SCALE + 1n;
  let high = AVERAGE_SCALE * 100n;
  while (high - low > 1n) {
    const mid = (low + high) / 2n;
    if (atMost(mid)) low = mid;
    else high = mid;
  }
  return rational(low, 1_000_000n);
}

/**
 * "收入从2015年的2007万元上升到2020年的2468万元，年均增长4.22%" (壤塘县 2020): the rate a year that, compounded over
 * the years between, takes the first amount to the second.
 */
function checkAverageRate(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { span, current } = item;
  const average = span?.averageRate;
  if (!span || !average || !current || span.years < 2 || span.years > 50) return [];
  if (
    amountKind(current.unit) !== amountKind(span.from.unit) ||
    AT_COMPARABLE_PRICES.test(item.name)
  )
    return [];
  const ratio = quotient(current.yuan, span.from.yuan);
  const printed = signed(average.figure.interval, average.direction);
  const roughlyOver = (years: number) => compounded(roundingLeeway(printed), years);
  const stated = ratioOf(statedYuan(current), statedYuan(span.from));
  const verdict = ratio && compoundedVerdict(printed, span.years, ratio);
  if (!verdict || !stated || compare(stated, ZERO) <= 0) return [];
  // (ratioOf gives the ratio in %.)
  const expected = sayPercentLike(
    abs(averageRateOf(div(stated, rational(100n)), span.years)),
    average.figure
  );
  const claim = `${average.word.text}${average.figure.text}`;
  const mark = { start: average.word.start, end: average.figure.end, text: claim };
  // "由2021年的300.33亿元增长到2025年的372.3亿元，年均增长4.4%" (大理州 2025): worked out over five years, the first
  // year counted as one of them — a 提醒 to check the base year, not a 错误.
  const oneYearMore = roughlyOver(span.years + 1);
  if (verdict === "wrong" && oneYearMore && intersects(oneYearMore, ratio))
    return [
      findingAt(
        "AUDIT-PCT",
        "warning",
        item.sentence,
        mark,
        context.words.averageRateYearCounted(
          claim,
          String(span.years),
          expected,
          String(span.years + 1)
        ),
        average.figure.text,
        expected
      ),
    ];
  return verdictFinding(
    verdict,
    "AUDIT-PCT",
    item.sentence,
    mark,
    {
      wrong: context.words.averageRate(
        claim,
        span.from.text,
        current.text,
        String(span.years),
        expected
      ),
      rounding: context.words.rounding(claim, expected),
    },
    average.figure.text,
    expected
  );
}

/** "年均增长12.3%": a rate a year. */
const AVERAGE_RATE =
  /年均(增长|递增|增幅|下降|递减|降幅)(?:了|为|达)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/;
/** "比2015年增长76.48%": the growth since a year. */
const GROWTH_SINCE =
  /(?:比|较)\s*((?:19|20)\d\d)\s*年度?(增长|增加|提高|上升|下降|减少|降低)(?:了)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/;

/**
 * A rate a year beside the growth since a year, in one clause run (to a ；or the sentence's end): "全国幼儿园生均一般
 * 公共预算教育经费年均增长12.3%，2020年达到9410.76元，比2015年增长76.48%" (全国教育经费 2020) — 1.7648 over five
 * years is 12.03% a year, compounded.
 */
function checkAverageAgainstGrowth(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const sentence of context.claims.sentences) {
    if (!sentence.text.includes("年均")) continue;
    let from = 0;
    for (const piece of sentence.text.split(/(?<=[；;])/)) {
      const start = from;
      from += piece.length;
      const average = AVERAGE_RATE.exec(piece);
      const growth = GROWTH_SINCE.exec(piece);
      if (!average || !growth) continue;
      const since = Number(growth[1]);
      const named = [...piece.matchAll(/((?:19|20)\d\d)\s*年/g)]
        .map((match) => Number(match[1]))
        .filter((year) => year > since);
      const to = named.length > 0 ? Math.max(...named) : context.claims.latestYear;
      const years = to - since;
      if (years < 2 || years > 50) continue;
      const averageAt = sentence.start + start + (average.index ?? 0);
      const rate = percentAt(average[2], averageAt + average[0].indexOf(average[2], 2));
      const growthAt = sentence.start + start + (growth.index ?? 0);
      const total = percentAt(growth[3], growthAt + growth[0].lastIndexOf(growth[3]));
      if (!rate || !total) continue;
      const fall = (word: string) => /下降|递减|降幅|减少|降低/.test(word);
      const printed = signed(rate.interval, fall(average[1]) ? -1 : 1);
      const grownBy = signed(total.interval, fall(growth[2]) ? -1 : 1);
      const ratio = {
        lo: add(rational(1n), div(grownBy.lo, rational(100n))),
        hi: add(rational(1n), div(grownBy.hi, rational(100n))),
      };
      const verdict = compare(ratio.lo, ZERO) > 0 && compoundedVerdict(printed, years, ratio);
      if (!verdict) continue;
      const expected = sayPercentLike(abs(averageRateOf(middle(ratio), years)), rate);
      const claim = average[0];
      const mark = { start: averageAt, end: averageAt + average[0].length, text: claim };
      found.push(
        ...verdictFinding(
          verdict,
          "AUDIT-PCT",
          sentence,
          mark,
          {
            wrong: context.words.averageOfGrowth(claim, growth[0], String(years), expected),
            rounding: context.words.rounding(claim, expected),
          },
          `${rate.text}%`,
          expected
        )
      );
    }
  }
  return found;
}

export const auditPct: AuditRule = {
  id: "AUDIT-PCT",
  severities: ["error", "warning"],
  check: (context) => [
    ...context.claims.items.flatMap((item) => [
      ...comparisons(item, context).flatMap((readings) =>
        bestReading(readings.map((c) => checkRate(c, item.sentence, context)))
      ),
      ...checkExecution(item, context),
      ...checkBudgetPrintedTwice(item, context),
      ...checkImpliedBudgets(item, context),
      ...checkAverageRate(item, context),
    ]),
    ...checkNamedRatios(context),
    ...checkScoreRates(context),
    ...checkPointsApart(context),
    ...checkYearSeriesChanges(context),
    ...checkAverageAgainstGrowth(context),
  ],
};
