/**
 * Ratios the fiscal reports name by what they measure, each with the amounts it is worked out from:
 *   节约率 (资金节约率, 节支率) = 节约资金 ÷ 采购预算, the budget being what was bought plus what was saved
 *     ("全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元，资金节约率达14.41%");
 *   审减率 = 审减金额 ÷ 送审金额 ("项目送审金额152.48亿元，审定金额134.11亿元，审减金额18.37亿元，平均审减率12.05%");
 *   资金使用率 (支付率, 拨付率) = 拨付 / 支付的资金 ÷ 预算 or the funds received ("项目预算金额2399万元…已拨付至项目单位
 *     资金1651.53万元，资金使用率69.21%"), or ÷ what was paid and what was not (未支).
 * Reports differ on the 节约率's base (some divide by what was bought): a ratio is right when any base the text
 * gives reproduces it.
 */
import { plus, quotient, rational, scale, type Interval } from "./interval";
import {
  findFigures,
  splitClauses,
  type PrintedAmount,
  type PrintedPercent,
  type Sentence,
} from "./text";

export interface NamedRatio {
  percent: PrintedPercent;
  /** The ratio's name as printed ("资金节约率"). */
  name: string;
  sentence: Sentence;
  /** Every value (in %) the printed amounts allow, one per base the text gives, with the amounts it came from. */
  readings: {
    value: Interval;
    part: PrintedAmount;
    base: PrintedAmount;
    addedBack?: PrintedAmount;
  }[];
}

interface RatioKind {
  name: RegExp;
  part: RegExp;
  /** Bases the part is a share of as they are. */
  bases: RegExp;
  /**
   * Bases the part is added back to (what was bought, what was approved); `asIs` when such a base is also taken
   * as it is (节约率 over what was bought, as some reports do).
   */
  addedTo?: { words: RegExp; asIs: boolean };
}

/** What was bought: "采购规模", "实际采购金额", "完成政府采购". */
const BOUGHT =
  /采购(?:规模|金额|额)$|(?:实际|完成)(?:政府)?采购(?:金额)?$|成交(?:金额)?$|合同(?:金额)?$/;
/** What was saved, and the budget it was saved from. */
const SAVED = /(?:节约|节支)(?:财政)?(?:资金|金额)?$/;
const PURCHASE_BUDGET = /(?:采购)?预算(?:金额)?$|采购计划(?:金额)?$/;
/** A review of investment: what was submitted, what was approved, and the cut (送审 − 审定). */
const SUBMITTED = /送审(?:金额|额)?$/;
const APPROVED = /审定(?:金额|额)?$/;
const CUT = /审减(?:金额|额)?$/;

const KINDS: readonly RatioKind[] = [
  {
    name: /(?:资金)?(?:节约|节支)率$/,
    part: SAVED,
    bases: PURCHASE_BUDGET,
    addedTo: {
      words: BOUGHT,
      asIs: true,
    },
  },
  {
    name: /(?:资金)?(?:使用|支付|拨付)率$/,
    part: /(?:拨付|支付|使用)[^，,；;]{0,12}?(?:资金|金额)?$/,
    // ("累计到位民生工程资金26.3亿元…累计拨付民生工程资金25.6亿元，拨付率达97.3%" — 宣城市 2013.)
    bases:
      /预算(?:金额|资金|数)?$|计划(?:资金|金额)?$|(?:到位|收到|下达)(?:的)?[^，,；;\d]{0,8}?资金$/,
    // ("资金支付18501.096万元，未支703万元，支付率95%": what was paid and what was not are all of it.)
    addedTo: { words: /未(?:支付?|拨付?|使用)(?:资金|金额)?$/, asIs: false },
  },
  {
    name: /审减率$/,
    part: CUT,
    bases: SUBMITTED,
    addedTo: { words: APPROVED, asIs: false },
  },
];

/** Each amount of the sentences with the words just before it in its clause, the role words taken off. */
function labelledAmounts(
  sentences: readonly Sentence[]
): { amount: PrintedAmount; words: string }[] {
  const found: { amount: PrintedAmount; words: string }[] = [];
  for (const sentence of sentences)
    for (const clause of splitClauses(sentence)) {
      let from = clause.start;
      for (const figure of findFigures(clause)) {
        if (figure.kind !== "amount") continue;
        const words = sentence.text
          .slice(from - sentence.start, figure.start - sentence.start)
          .replace(/\s+/g, "")
          .replace(/(?:为|是|达到?|共计?|累计)+$/, "");
        found.push({ amount: figure, words });
        from = figure.end;
      }
    }
  return found;
}

/** The named ratios of a text, each with what its amounts allow. */
export function findNamedRatios(sentences: readonly Sentence[]): NamedRatio[] {
  const ratios: NamedRatio[] = [];
  sentences.forEach((sentence, index) => {
    for (const figure of findFigures(sentence)) {
      if (figure.kind !== "percent") continue;
      const words = sentence.text
        .slice(0, figure.start - sentence.start)
        .replace(/(?:平均)?(?:为|是|达到?|约)?\s*$/, "");
      const kind = KINDS.find((k) => k.name.test(words));
      if (!kind) continue;
      const name = (kind.name.exec(words) as RegExpExecArray)[0];
      // Its amounts: in its paragraph up to it.
      const before = sentences
        .slice(Math.max(0, index - 6), index)
        .filter((other) => other.paragraph === sentence.paragraph);
      const window = [
        ...before,
        {
          ...sentence,
          end: figure.start,
          text: sentence.text.slice(0, figure.start - sentence.start),
        },
      ];
      const amounts = labelledAmounts(window);
      const allOf = (pattern: RegExp) =>
        amounts.filter((a) => pattern.test(a.words)).map((a) => a.amount);
      const part = allOf(kind.part).pop();
      if (!part) continue;
      const percentOf = (denominator: Interval) => {
        const ratio = quotient(part.yuan, denominator);
        return ratio && scale(ratio, rational(100n));
      };
      // Every base the paragraph names (the whole's, and its kinds': "预算规模…，其中：服务类采购预算金额…"),
      // the nearest last.
      const readings: NamedRatio["readings"] = [];
      for (const base of allOf(kind.bases)) {
        const value = percentOf(base.yuan);
        if (value) readings.push({ value, part, base });
      }
      for (const base of kind.addedTo ? allOf(kind.addedTo.words) : []) {
        const value = percentOf(plus(base.yuan, part.yuan));
        if (value) readings.push({ value, part, base, addedBack: part });
        const asIs = kind.addedTo?.asIs ? percentOf(base.yuan) : undefined;
        if (asIs) readings.push({ value: asIs, part, base });
      }
      if (readings.length > 0) ratios.push({ percent: figure, name, sentence, readings });
    }
  });
  return ratios;
}

/**
 * A difference the text states with the two amounts it is of, before it in its sentence: what a purchase saved
 * ("采购预算25439.38万元，节约资金821.5万元" after "完成政府采购24617.99万元": budget − bought), and what a review of
 * investment cut ("项目送审金额36.05亿元,审定金额30.80亿元,审减金额5.25亿元": submitted − approved).
 */
export interface Saving {
  kind: "purchase" | "review";
  saved: PrintedAmount;
  /** What it was saved from: the purchase budget, the amount submitted. */
  budget: PrintedAmount;
  /** What was left: what was bought, the amount approved. */
  bought: PrintedAmount;
  sentence: Sentence;
}

/** Each difference whose sentence names, before it, the two amounts it is of. */
export function findSavings(sentences: readonly Sentence[]): Saving[] {
  const savings: Saving[] = [];
  for (const sentence of sentences) {
    const amounts = labelledAmounts([sentence]);
    amounts.forEach(({ amount, words }, i) => {
      const before = amounts.slice(0, i);
      const last = (pattern: RegExp) => before.filter((a) => pattern.test(a.words)).pop()?.amount;
      if (SAVED.test(words)) {
        // The budget of what was bought, not the year's plan it is a share of ("占全年政府采购预算16000万元的87.5%").
        const budget = before
          .filter((a) => PURCHASE_BUDGET.test(a.words) && !/全年|年度|占/.test(a.words))
          .pop()?.amount;
        const bought = last(BOUGHT);
        if (budget && bought)
          savings.push({ kind: "purchase", saved: amount, budget, bought, sentence });
      } else if (CUT.test(words)) {
        const submitted = last(SUBMITTED);
        const approved = last(APPROVED);
        if (submitted && approved)
          savings.push({
            kind: "review",
            saved: amount,
            budget: submitted,
            bought: approved,
            sentence,
          });
      }
    });
  }
  return savings;
}
