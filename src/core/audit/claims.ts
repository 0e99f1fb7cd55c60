/**
 * Every figure claim of a report's text, bound to the item it is about. Reports say the same things in a few
 * ways, and the words just before a figure say what it is:
 *   完成/支出/为 X万元            this year's amount of the item named before it
 *   比上年/较上年/同比 增加/减少 Y  the change in amount; 增长/下降/增幅/减幅 Z%  the rate
 *   上年为 W万元                   last year's amount;  预算数 B万元  the budget;  执行率 R%
 *   占…的 P% / 占比 P%             a share;  其中 A X万元、B Y万元  parts of the item before 其中
 *   与上年持平 / 上年无此项
 * A clause without a name before its figure continues the item before it.
 */
import { itemKeyOf } from "./itemNames";
import {
  compare,
  minus,
  mul,
  quotient,
  rational,
  scale,
  signed,
  sub,
  widen,
  intersects,
} from "./interval";
import { flatFundsItems, labelledLineItems, tableItems } from "./tables";
import type { ItemClaim } from "./items";
import type { AmountUnit, Sentence } from "./text";
import { ProseReader, type DocumentKind } from "./proseReader";

export type {
  Basis,
  BudgetClaim,
  BudgetKind,
  ChangeClaim,
  Direction,
  ItemClaim,
  ShareClaim,
} from "./items";
export { amountThisYear, budgetKindIn } from "./items";
export { yearIn, type DocumentKind } from "./proseReader";

export interface TextClaims {
  sentences: Sentence[];
  kind: DocumentKind | undefined;
  /** The latest year the text names (0 when none). */
  latestYear: number;
  items: ItemClaim[];
  /** The items of a name (the same item by sameItem), in text order. */
  itemsNamed: (name: string) => readonly ItemClaim[];
  /** The items first named in a paragraph, in text order. */
  itemsIn: (paragraph: number) => readonly ItemClaim[];
  /** The items of a name within `reach` paragraphs of a paragraph, in text order (found by halving, not by a pass). */
  itemsNamedNear: (name: string, paragraph: number, reach: number) => readonly ItemClaim[];
  /** Sentences with at least one amount or percentage. */
  figureSentences: number;
  /**
   * The units the text prints amounts in with decimals ("14.03万元"): in such a text a "0万元" is none at all, not
   * anything under half a 万元 — a 0.3万元 would have been printed.
   */
  unitsWithCents: ReadonlySet<AmountUnit>;
}

/** Every figure claim of the text: its prose read sentence by sentence, then its tables and flat lists. */
export function findClaims(text: string): TextClaims {
  const { sentences, items, kind, latestYear, figureSentences } = new ProseReader(text).read();
  const fromTables = tableItems(sentences);
  items.push(
    ...fromTables,
    ...flatFundsItems(text, sentences, fromTables),
    ...labelledLineItems(text, sentences)
  );
  // Last year's budget is not what was spent last year: "比上年预算减15600元" with "2018年…支出49865元".
  for (const item of items) {
    if (item.changeBasis && item.priorBasis && item.changeBasis !== item.priorBasis)
      item.prior = undefined;
    readChangeWithoutWord(item);
  }
  return {
    sentences,
    kind,
    latestYear,
    items,
    figureSentences,
    unitsWithCents: unitsWithCents(text),
    ...indexOf(items),
  };
}

/** The money units the text prints some amount of with decimals. */
function unitsWithCents(text: string): Set<AmountUnit> {
  const units = new Set<AmountUnit>();
  // (The unit may be spaced: "191.58万 元", 萬(wàn)元 once its pinyin is blanked.)
  for (const match of text.matchAll(/[0-9０-９][.．][0-9０-９]+\s*(万亿\s*元|亿\s*元|万\s*元|元)/g))
    units.add(match[1].replace(/\s+/g, "") as AmountUnit);
  return units;
}

/**
 * "其中本年支出568.5万元, 较2023年度决算数38.31万元,下降6.31%": an amount right after 较…, which the rate after it
 * says cannot be last year's (this year is more, yet it fell), is the change with its word left out — when the
 * rate comes from it, within a unit of its last digit. AUDIT-DIRECTION says the word is missing.
 */
function readChangeWithoutWord(item: ItemClaim): void {
  const { current, prior, rate } = item;
  if (!item.priorRightAfterComparison || !current || !prior || !rate || item.delta) return;
  const rises = rate.direction === 1;
  const denied = rises
    ? compare(current.yuan.hi, prior.yuan.lo) < 0
    : compare(current.yuan.lo, prior.yuan.hi) > 0;
  // Read so, last year is this year less the change (a fall adds it back), and the rate must come from them.
  const change = signed(prior.yuan, rate.direction);
  const ratio = quotient(change, minus(current.yuan, change));
  const rateFits =
    ratio !== undefined &&
    intersects(
      scale(ratio, rational(100n)),
      widen(
        signed(rate.figure.interval, rate.direction),
        sub(rate.figure.interval.hi, rate.figure.interval.lo)
      )
    );
  // Nor can it be last year's when the rate is far from what it would give — and right from it as the change ("机关运行
  // 经费安排210.32万元，比上年1.43万元，增加0.68%": 0.68% is 1.43 over 208.89, where 1.43 as last year's would make it
  // 14607.69%: 烟台市审计局 2026).
  const asLastYear = quotient(minus(current.yuan, prior.yuan), prior.yuan);
  const farAsLastYear =
    asLastYear !== undefined &&
    !intersects(
      scale(asLastYear, rational(100n)),
      widen(signed(rate.figure.interval, rate.direction), mul(rate.figure.interval.hi, HALF))
    );
  if (!(denied || farAsLastYear) || !rateFits) return;
  item.delta = {
    direction: rate.direction,
    figure: prior,
    word: { start: prior.start, end: prior.start, text: "" },
  };
  item.changeWordLeftOut = true;
  item.prior = undefined;
}

const HALF = rational(1n, 2n);

/** What sameItem compares: the key an item's name stands for, else the name itself. */
const nameKey = (name: string): string => itemKeyOf(name) ?? `name:${name}`;

/** Items looked up by name and by paragraph without a pass over all of them each time. */
function indexOf(
  items: readonly ItemClaim[]
): Pick<TextClaims, "itemsNamed" | "itemsIn" | "itemsNamedNear"> {
  const byName = new Map<string, ItemClaim[]>();
  const byParagraph = new Map<number, ItemClaim[]>();
  for (const item of items) {
    const named = nameKey(item.name);
    const ofName = byName.get(named);
    if (ofName) ofName.push(item);
    else byName.set(named, [item]);
    const paragraph = item.sentence.paragraph;
    const inParagraph = byParagraph.get(paragraph);
    if (inParagraph) inParagraph.push(item);
    else byParagraph.set(paragraph, [item]);
  }
  const itemsNamed = (name: string) => byName.get(nameKey(name)) ?? [];
  return {
    itemsNamed,
    itemsIn: (paragraph) => byParagraph.get(paragraph) ?? [],
    itemsNamedNear: (name, paragraph, reach) => {
      const named = itemsNamed(name);
      // (Items are in text order, so their paragraphs never decrease.)
      const firstFrom = (from: number) => {
        let lo = 0;
        let hi = named.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (named[mid].sentence.paragraph < from) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      return named.slice(firstFrom(paragraph - reach), firstFrom(paragraph + reach + 1));
    },
  };
}
