/**
 * An amount worked out from a standard per unit and a count the text gives: "馆藏档案资料合计共132697卷…按照规定每卷(册)
 * 2元的标准测算,争取到市级财政资金21.44万元" (保山市档案局 2017) — 132697 × 2元 = 26.54万元.
 *
 * Only what the sentence itself says it worked out: the standard and the amount in one sentence, the amount said
 * as reckoned, got or given (测算, 共计, 争取, 安排, 发放…) after the standard, and the counts of the standard's unit
 * in its paragraph. A standard per unit and per time (每人每月, 元/人/年) multiplies by a time the text may not give,
 * and is left alone.
 */
import { product, type Interval, type Rational } from "./interval";
import {
  amountKind,
  asciiDigits,
  findFigures,
  type Figure,
  type PrintedAmount,
  type Sentence,
} from "./text";

export interface PerUnitAmount {
  sentence: Sentence;
  /** The standard as printed ("每卷(册)2元", "300/人"). */
  standard: { text: string; start: number; yuan: Interval };
  /** The units the standard is per (卷, and 册 in its bracket). */
  units: string[];
  amount: PrintedAmount;
  /** The counts of those units in the standard's paragraph, the one said to be the total first. */
  counts: { value: Rational; text: string; start: number; total: boolean }[];
}

/** A standard whose sentence gives its count and no amount: the amount, if any, is in a sentence after it. */
export interface UnsettledStandard {
  sentence: Sentence;
  standard: PerUnitAmount["standard"];
  units: string[];
  count: PerUnitAmount["counts"][number];
  after: readonly Sentence[];
}

const UNIT = "[卷册人户件个名辆亩所校套台盘盒]";
/** "每卷(册)2元", "每人补助500元", "每户1.2万元". */
const PER_EACH = new RegExp(
  `每(?:一)?(${UNIT})(?:[（(](${UNIT})[）)])?(?:补助|补贴|奖励|奖补|标准|发放|拨付){0,2}(?:为)?\\s*([0-9０-９][0-9０-９.,，]*)\\s*(万元|元)`,
  "g"
);
/** "4000元/人", "300/人", "标准3.5万元/户". */
const PER_SLASH = new RegExp(`([0-9０-９][0-9０-９.,，]*)\\s*(万元|元)?\\s*[/／](${UNIT})`, "g");
/** A time the standard is also per: "每人每月", "元/人/年", "元/人·月". */
const PER_TIME = /^\s*(?:[/／·.]|每)\s*(?:月|年|天|日|次|季|学期|期)/;
/** How many sentences after a standard given without its amount the amount may be in (保山市卫健委: 15). */
const SENTENCES_AFTER = 80;
/** Words that say the amount after the standard was reckoned, got or given from it. */
const RECKONED =
  /测算|计算|核定|核拨|共计|合计|总计|共|争取|安排|配套|发放|拨付|下达|补助|资金|经费/;
/** A count said to be the whole: "合计共132697卷", "共有120人". */
const TOTAL_COUNT = /(?:合计|总计|共计|共有|共)\s*$/;

const YUAN_PER = { 元: 1n, 万元: 10000n } as const;

/** The number as plain ASCII digits, separators taken out. */
function digitsOf(text: string): string {
  return asciiDigits(text).replace(/,/g, "");
}

/**
 * The standard's value in 元 — exact: a standard is set, not measured ("每卷2元" is 2元, not 1.5 to 2.5). One printed to
 * the 分 (or finer) is a rate worked out and cut short — "每亩补贴91.07元" for 1458.32万元 over 160118.88亩 is 91.0773
 * (广元市利州区 2021) — and may be a whole unit of its last digit off either way.
 */
function standardYuan(digits: string, unit: "元" | "万元"): Interval | undefined {
  const plain = digitsOf(digits);
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return undefined;
  const [whole, fraction = ""] = plain.split(".");
  const d = 10n ** BigInt(fraction.length);
  const n = BigInt(whole + fraction) * YUAN_PER[unit];
  if (fraction.length < 2) return { lo: { n, d }, hi: { n, d } };
  const unitOff = YUAN_PER[unit];
  return { lo: { n: n - unitOff, d }, hi: { n: n + unitOff, d } };
}

interface Standard {
  text: string;
  start: number;
  end: number;
  units: string[];
  yuan: Interval;
}

/** The standards per unit a sentence gives, per time left out. */
function standardsIn(sentence: Sentence): Standard[] {
  const standards: Standard[] = [];
  for (const match of sentence.text.matchAll(PER_EACH)) {
    const end = (match.index ?? 0) + match[0].length;
    if (
      PER_TIME.test(sentence.text.slice((match.index ?? 0) + 2, end)) ||
      /^每/.test(sentence.text.slice(end))
    )
      continue;
    // ("每人每月100元": a time between the unit and the amount.)
    if (/每(?:月|年|天|日)/.test(match[0].slice(2))) continue;
    const yuan = standardYuan(match[3], match[4] as "元" | "万元");
    if (yuan)
      standards.push({
        text: match[0],
        start: sentence.start + (match.index ?? 0),
        end: sentence.start + end,
        units: [match[1], ...(match[2] ? [match[2]] : [])],
        yuan,
      });
  }
  for (const match of sentence.text.matchAll(PER_SLASH)) {
    const end = (match.index ?? 0) + match[0].length;
    if (PER_TIME.test(sentence.text.slice(end))) continue;
    const yuan = standardYuan(match[1], (match[2] ?? "元") as "元" | "万元");
    if (yuan)
      standards.push({
        text: match[0],
        start: sentence.start + (match.index ?? 0),
        end: sentence.start + end,
        units: [match[3]],
        yuan,
      });
  }
  return standards;
}

/** Units an amount of which may have a fraction and 万 before it: "0.5万亩", "12.5亩". */
const AREA = /^亩$/;

/** The counts of a standard's units in a text (its paragraph, or its sentence), the standard's own number left out. */
function countsIn(
  span: { text: string; start: number },
  standard: Standard
): PerUnitAmount["counts"] {
  const counts: PerUnitAmount["counts"] = [];
  const countPattern = new RegExp(
    `([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(万)?\\s*(${standard.units.join("|")})(?![次民])`,
    "g"
  );
  for (const match of span.text.matchAll(countPattern)) {
    const start = span.start + (match.index ?? 0);
    if (start >= standard.start && start < standard.end) continue;
    const area = AREA.test(match[3]);
    // (A number with a point is no count of people or things — "1.5人" — and 万 only says so of an area.)
    if (/[.．]$/.test(span.text.slice(0, match.index ?? 0))) continue;
    const plain = digitsOf(match[1]).replace("．", ".");
    if (!(area ? /^\d+(?:\.\d+)?$/ : /^\d+$/).test(plain) || (match[2] && !area)) continue;
    const [whole, fraction = ""] = plain.split(".");
    counts.push({
      value: {
        n: BigInt(whole + fraction) * (match[2] ? 10000n : 1n),
        d: 10n ** BigInt(fraction.length),
      },
      text: match[0],
      start,
      total: TOTAL_COUNT.test(
        span.text.slice(Math.max(0, (match.index ?? 0) - 6), match.index ?? 0)
      ),
    });
  }
  return counts.sort((a, b) => Number(b.total) - Number(a.total));
}

/** A figure said to be reckoned, got or given (the words just before it). */
function isReckoned(sentence: Sentence, figure: PrintedAmount): boolean {
  return RECKONED.test(
    sentence.text.slice(
      Math.max(0, figure.start - sentence.start - 14),
      figure.start - sentence.start
    )
  );
}

const isMoney = (figure: Figure): figure is PrintedAmount & { kind: "amount" } =>
  figure.kind === "amount" && amountKind(figure.unit) === "money";

/**
 * Each amount a sentence says it worked out from a standard per unit, with the counts it may be of; and each
 * standard given with its count but no amount ("慰问对象120人，慰问标准300/人。"), with the sentences after it, where
 * the amount may be ("…市级资金配套3.6元…" three sections on, 保山市卫健委 2022).
 */
export function findPerUnitAmounts(
  sentences: readonly Sentence[],
  paragraphText: (sentence: Sentence) => { text: string; start: number }
): { worked: PerUnitAmount[]; unsettled: UnsettledStandard[] } {
  const worked: PerUnitAmount[] = [];
  const unsettled: UnsettledStandard[] = [];
  sentences.forEach((sentence, index) => {
    if (!/每|[/／]/.test(sentence.text)) return;
    const standards = standardsIn(sentence);
    if (standards.length !== 1) return;
    const [standard] = standards;
    const figures = findFigures(sentence);
    const amount = figures.find(
      (figure): figure is PrintedAmount & { kind: "amount" } =>
        isMoney(figure) && figure.start >= standard.end && isReckoned(sentence, figure)
    );
    const described = { text: standard.text, start: standard.start, yuan: standard.yuan };
    if (!amount) {
      const counts = countsIn(sentence, standard);
      if (counts.length === 1 && !figures.some(isMoney))
        unsettled.push({
          sentence,
          standard: described,
          units: standard.units,
          count: counts[0],
          after: sentences.slice(index + 1, index + 1 + SENTENCES_AFTER),
        });
      return;
    }
    const counts = countsIn(paragraphText(sentence), standard);
    if (counts.length === 0) return;
    worked.push({ sentence, standard: described, units: standard.units, amount, counts });
  });
  return { worked, unsettled };
}

/** The money figures, said as reckoned or given, of the sentences after a standard. */
export function reckonedAmountsIn(
  sentences: readonly Sentence[]
): { sentence: Sentence; amount: PrintedAmount }[] {
  return sentences.flatMap((sentence) =>
    findFigures(sentence)
      .filter(isMoney)
      .filter((amount) => isReckoned(sentence, amount))
      .map((amount) => ({ sentence, amount }))
  );
}

/** The amount a count makes at the standard, in 元. */
export function countTimesStandard(count: Rational, standard: Interval): Interval {
  return product({ lo: count, hi: count }, standard);
}
