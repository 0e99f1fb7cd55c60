/** What the audit rules share: how figures are said and compared. */
import type { TextClaims } from "../claims";
import { middle, rational, toFixed, type Interval, type Rational } from "../interval";
import { groupThousands } from "../../money";
import { inUnit, type PrintedAmount, type PrintedNumber } from "../text";

/** A value in 元 said in a printed amount's unit and digits: "7.35万元". */
export function sayAmountLike(yuan: Rational, like: PrintedAmount): string {
  const digits = toFixed(inUnit(yuan, like.unit), like.decimals);
  return `${/[,，]/.test(like.digits) ? groupThousands(digits) : digits}${like.unit}`;
}

/** A percentage (value in %) said with a printed figure's digits: "7.35%". */
export function sayPercentLike(percent: Rational, like: PrintedNumber): string {
  return `${toFixed(percent, like.decimals)}%`;
}

/** The value a printed amount states, in 元. */
export function statedYuan(amount: PrintedAmount): Rational {
  return middle(amount.yuan);
}

/**
 * Far more than any amount in 元 or any rate in %: the bound of a figure the text leaves open on one side (a
 * part spent at 0 can have fallen by any amount; a rate over a base that may be 0 can be any size).
 */
export const BEYOND_ANY: Rational = rational(10n ** 15n);

/**
 * What a part's printed amount can be, in 元: its interval — but a whole one of a text that prints that unit to the
 * cent elsewhere is exact, its zeros dropped ("因公出国(境)费支出决算0万元,占0.00%;公务接待费支出决算1.50万元"; "…住房保障
 * 支出预算30.34万元,其他支出2万元": 云阳县大阳小学 2025).
 */
export function partYuan(amount: PrintedAmount, claims: TextClaims): Interval {
  if (amount.decimals !== 0 || !claims.unitsWithCents.has(amount.unit)) return amount.yuan;
  const exact = middle(amount.yuan);
  return { lo: exact, hi: exact };
}

/** Words that make totals a government's, not a unit's: "全市", "市本级", "全州", "县级". */
const GOVERNMENT_LEVEL =
  /全(?:省|市|州|县|区|盟|旗)(?=一般公共预算|政府性基金|国有资本|社会保险|财政|地方)|(?:省|市|州|县|区|盟|旗)(?:本级|级)(?=一般公共预算|政府性基金|国有资本|社会保险|财政|地方|收入|支出)|人民代表大会|人大常委会|全年(?=(?:地方)?一般公共预算(?:收入|支出)|财政(?:总)?(?:收入|支出))|地方一般公共预算|(?<!非)税收收入/g;

/** A government's report (全市 / 市本级 budgets, to the 人大), not a unit's: its totals and sections are of many levels. */
export function isGovernmentReport(text: string): boolean {
  // (Asked by several rules, some per figure: the text is read once.)
  if (lastAsked?.text !== text) {
    let count = 0;
    for (GOVERNMENT_LEVEL.lastIndex = 0; count < 2 && GOVERNMENT_LEVEL.exec(text);) count++;
    lastAsked = { text, answer: count >= 2 };
  }
  return lastAsked.answer;
}

let lastAsked: { text: string; answer: boolean } | undefined;
