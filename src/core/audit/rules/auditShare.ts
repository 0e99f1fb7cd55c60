/**
 * AUDIT-SHARE — "占…的P%": the item's amount over the whole it names (or, for a part listed after 其中, its
 * total), and shares of one whole that add up to more than 100% — or to less, when the parts are the whole.
 */
import {
  add,
  compare,
  div,
  intersection,
  middle,
  mul,
  quotient,
  rational,
  scale,
  sum,
  type Interval,
} from "../interval";
import type { ItemClaim, ShareClaim, TextClaims } from "../claims";
import {
  bareFlow,
  flowOf,
  isFunctionalClass,
  isWholeName,
  sameItem,
  itemKeyOf,
  WHOLE_PARTS,
  type Flow,
  type ItemKey,
} from "../itemNames";
import {
  amountAt,
  amountKind,
  BREAKDOWN_WORDS,
  countAtOrBefore,
  quoteWith,
  topSectionOf,
  type PrintedAmount,
} from "../text";
import type { AuditContext, AuditFinding, AuditRule } from "../types";
import { findingAt } from "../types";
import { asPercent, asRatio, judge, verdictFinding } from "./auditRounding";
import { isGovernmentReport, partYuan, sayAmountLike, sayPercentLike, statedYuan } from "./common";
import { partsMakeWhole } from "./auditSum";

const HUNDRED = rational(100n);

/** Wholes whose parts, listed with shares and no whole named, are often given shares of all the spending. */
const SPENDING_BY_NATURE = new Set<string>([
  "basic",
  "personnel",
  "publicOperating",
  "generalBudget",
]);

/**
 * The funds of the projects a unit evaluated ("共涉及资金5105.75万元，占一般公共预算项目支出总额的100%") are of
 * their budgets — which the text does not print — not of the 项目支出 spent that it does.
 */
const EVALUATED_FUNDS = /涉及(?:资金|金额)$/;

/**
 * Items of several lists (each in text order) that pass a test, merged in text order and read only as far as asked:
 * the first that a second test also passes, or whether there is any.
 */
function lazilyInOrder(
  lists: readonly (readonly ItemClaim[])[],
  keep: (item: ItemClaim) => boolean
): { find: (test: (item: ItemClaim) => boolean) => ItemClaim | undefined; any: () => boolean } {
  function* merged(): Generator<ItemClaim> {
    const at = lists.map(() => 0);
    for (;;) {
      let next = -1;
      lists.forEach((list, i) => {
        if (
          at[i] < list.length &&
          (next < 0 || list[at[i]].sentence.start < lists[next][at[next]].sentence.start)
        )
          next = i;
      });
      if (next < 0) return;
      const item = lists[next][at[next]++];
      if (keep(item)) yield item;
    }
  }
  return {
    find: (test) => {
      for (const item of merged()) if (test(item)) return item;
      return undefined;
    },
    any: () => !merged().next().done,
  };
}

/**
 * A name that is the whole a share names, said of someone or as done: "全市一般公共预算支出执行" for 一般公共预算支出.
 * (Not more than it: "对市县税收返还和转移支付" is more than 转移支付 — 广东省 2021.)
 */
/**
 * The whole a part is listed under, named in the share with the level the text left off its own name: "我市一般公共
 * 预算收入499.14亿元中:税收收入408.58亿元,…占市一般公共预算收入81.86%" (东莞市 2020).
 */
function namedWithItsLevel(name: string, of: string): boolean {
  return (
    of.endsWith(name) &&
    /^(?:全|本|我)?(?:市|县|区|省|州|镇|乡)(?:本级|级)?$/.test(of.slice(0, -name.length))
  );
}

/**
 * "财政支出", the short name of the 一般公共预算支出 a part is listed under: "一般公共预算支出483亿元,其中民生支出411.6亿元,
 * 占财政支出的85.2%" (安庆市 2021).
 */
function shortNameOf(name: string, of: string): boolean {
  return /^(?:公共)?财政支出$/.test(of) && /一般公共预算支出$/.test(name);
}

function namedAs(name: string, of: string): boolean {
  const at = name.indexOf(of);
  return (
    at >= 0 &&
    !/[和及与、]/.test(name.slice(0, at)) &&
    /^(?:执行|完成|决算|实际)?$/.test(name.slice(at + of.length))
  );
}

/**
 * A share of a total named only as one ("占支出总额的55.4%"), of a part listed under no whole: the last whole (a
 * part of nothing, as large as the part) within three paragraphs before it whose name ends so — "中管党费支出总额为
 * 16295万元,主要支出项目是:⏎1.慰问…支出9025万元,占支出总额的55.4%" (中组部 2014).
 */
function totalNamedBefore(
  item: ItemClaim,
  share: ShareClaim,
  claims: TextClaims
): ItemClaim | undefined {
  const total = share.ofPrinted?.replace(/的$/, "");
  const part = item[share.year];
  if (!total || !/^(?:(?:支出|收入|资金)总额|总(?:支出|收入))$/.test(total) || !part)
    return undefined;
  // (Its name is printed shorter than it was: "中管党费支出总额为" is shown as 中管党费支出.)
  const namedSo = (other: ItemClaim, amount: PrintedAmount) =>
    other.sentence.text
      .slice(0, amount.start - other.sentence.start)
      .replace(/\s+/g, "")
      .replace(/(?:为|是|达|共)+$/, "")
      .endsWith(total);
  const at = item.sentence.paragraph;
  for (let paragraph = at; paragraph >= at - 3; paragraph--) {
    const found = claims
      .itemsIn(paragraph)
      .filter((other) => {
        const amount = other[share.year];
        return (
          other !== item &&
          !other.parent &&
          amount !== undefined &&
          amount.start < part.start &&
          amountKind(amount.unit) === amountKind(part.unit) &&
          compare(amount.yuan.hi, part.yuan.lo) >= 0 &&
          namedSo(other, amount)
        );
      })
      .at(-1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A share of the year's income (or spending) named bare or as 总收入 ("占本年度收入2.89%", "占总收入的78.89%"), of
 * an item of that flow listed under no whole (the lists between have their own): the first whole of that flow
 * within a dozen paragraphs before it that holds it and every other such item after it — "决算收入4089.45万元,来源有
 * 3部分:…⏎2、事业收入118万元,占本年度收入2.89%" (文字博物馆 2013), "…实现财务收入279.40万元。收入分类情况如下:⏎
 * 1.捐赠收入⏎…41.31万元,占总收入的14.79%" (北海市红十字会 2021). (Not the last: a part beside it may be larger.)
 */
function flowTotalBefore(
  item: ItemClaim,
  share: ShareClaim,
  claims: TextClaims
): ItemClaim | undefined {
  const named = (share.ofPrinted ?? "").replace(/^(?:本年度?|全年|当年)/, "").replace(/的$/, "");
  const flow = bareFlow(named) ?? (/^总(收入|支出)$/.exec(named)?.[1] as Flow | undefined);
  const part = item[share.year];
  if (!flow || !part || item.parent || flowOf(item.name) !== flow) return undefined;
  const at = item.sentence.paragraph;
  const topLevel: ItemClaim[] = [];
  for (let paragraph = Math.max(0, at - 12); paragraph <= at; paragraph++)
    for (const other of claims.itemsIn(paragraph)) {
      const amount = other[share.year];
      if (!other.parent && amount && amount.start <= part.start && flowOf(other.name) === flow)
        topLevel.push(other);
    }
  // The window's first item of the flow, when it holds what follows it — each breakdown apart ("——按资金来源", "——按资金
  // 用途" list the same spending twice); a later one may be a part beside the item.
  // (Not a line of the classification: "一般公共服务支出1378.41万元" is not what "工资福利支出911.21万元，占支出预算的
  // 54.15%" is of.)
  const whole = topLevel[0];
  if (!whole || whole === item || isFunctionalClass(whole.name)) return undefined;
  const amount = whole[share.year] as PrintedAmount;
  const after = topLevel.slice(topLevel.indexOf(whole) + 1);
  const breakdowns = new Set(after.map((other) => other.breakdown));
  const holds = [...breakdowns].every(
    (breakdown) =>
      compare(
        sum(
          after
            .filter((other) => other.breakdown === breakdown)
            .map((other) => (other[share.year] as PrintedAmount).yuan)
        ).lo,
        amount.yuan.hi
      ) <= 0
  );
  // (Or the parts go past it, one of them misprinted, when two others that name the whole as this share does are
  // right over it: "全镇公共财政预算支出完成5472.90万元…6、农林水支出2666.26万元，占总支出的30.45%", 1666.26 printed.)
  const confirmed =
    !holds &&
    after.filter(
      (other) =>
        other !== item &&
        other.shares.some((named) => {
          const ratio = quotient((other[share.year] as PrintedAmount).yuan, amount.yuan);
          return (
            named.ofPrinted === share.ofPrinted &&
            named.year === share.year &&
            ratio !== undefined &&
            judge(named.percent.interval, asPercent(ratio)) === "consistent"
          );
        })
    ).length >= 2;
  return after.includes(item) &&
    amountKind(amount.unit) === amountKind(part.unit) &&
    (holds || confirmed)
    ? whole
    : undefined;
}

/** How many paragraphs around a share its run of parts, and the whole they make, are looked for in. */
const AN_AMOUNT = /[0-9０-９]\s*(?:万亿元|亿元|万元|元)/;
const RUN_REACH = 8;
/** A whole a share names only as the total: "占总数的68.5%", "占总额的". */
const GENERIC_TOTAL = /^总(?:数|额|量)$/;

/**
 * A share named of nothing, of a part under no whole, in a run of such parts each with such a share: of the last
 * item before the run whose amount the run's amounts make up — "收入预算合计 512,434.34 万元，包括本年收入 512,434.34 万元，…⏎
 * 本年一般公共预算收入 475,631.69 万元，占 92.82%；⏎本年财政专户管理资金 243 万元，占 0.05%；…" (无锡市教育局 2026): parts
 * that add up to it are its parts.
 */
function wholeTheRunMakes(
  item: ItemClaim,
  share: ShareClaim,
  claims: TextClaims
): ItemClaim | undefined {
  const { year } = share;
  const part = item[year];
  if (!part || item.parent) return undefined;
  const at = item.sentence.paragraph;
  const nearby: ItemClaim[] = [];
  // (The parts' own parts between them are no break in the run: "(一)用于群众支出490.93万元,占总数的68.5%。其中:…
  // (二)用于“竞技体育”支出226.21万元,占总数的31.5%" — 武汉市江汉区 2023.)
  for (let paragraph = Math.max(0, at - RUN_REACH); paragraph <= at + RUN_REACH; paragraph++)
    nearby.push(...claims.itemsIn(paragraph).filter((other) => !other.parent));
  // (Each share right after its amount: "当月完成11.1亿元，…累计完成137.4亿元，…占比86.5%" is of the 累计 — 海口市 2021.)
  const inRun = (other: ItemClaim | undefined): other is ItemClaim => {
    const amount = other?.[year];
    return (
      other !== undefined &&
      !other.parent &&
      amount !== undefined &&
      amount.unit === part.unit &&
      other.shares.some(
        ({ of, bound, percent, ...its }) =>
          (!of || GENERIC_TOTAL.test(of)) &&
          !bound &&
          its.year === year &&
          amount.start >= other.sentence.start &&
          percent.end <= other.sentence.end &&
          percent.start > amount.end &&
          !AN_AMOUNT.test(
            other.sentence.text.slice(
              amount.end - other.sentence.start,
              percent.start - other.sentence.start
            )
          )
      )
    );
  };
  const here = nearby.indexOf(item);
  let first = here;
  while (inRun(nearby[first - 1])) first--;
  let last = here;
  while (inRun(nearby[last + 1])) last++;
  if (last === first) return undefined;
  const made = sum(
    nearby.slice(first, last + 1).map((other) => (other[year] as PrintedAmount).yuan)
  );
  for (let before = first - 1; before >= 0; before--) {
    const whole = nearby[before];
    const amount = whole[year];
    if (whole.parent || !amount || amountKind(amount.unit) !== amountKind(part.unit)) continue;
    if (judge(amount.yuan, made) === "consistent") return whole;
  }
  // (Or, for "总数", a part of another whole, named before the run and made by it: "分配7613.6万元。其中:用于省级支出
  // 7206.6万元;…" then "(一)用于群众体育支出290万元,占总数的4.04%" … "(三)其他支出393.62万元,占总数的5.46%" —
  // 青海省 2021, whose three make the 7206.6.)
  if (!share.of || !GENERIC_TOTAL.test(share.of)) return undefined;
  const runStart = nearby[first].sentence.start;
  for (let paragraph = at; paragraph >= Math.max(0, at - RUN_REACH); paragraph--) {
    const parts = claims
      .itemsIn(paragraph)
      .filter((other) => other.parent && other.sentence.start < runStart);
    for (const whole of parts.reverse()) {
      const amount = whole[year];
      if (!amount || amount.unit !== part.unit) continue;
      if (judge(amount.yuan, made) === "consistent") return whole;
    }
  }
  return undefined;
}

/** The item a share is of: the one it names, else the total it is a part of. */
function wholeOf(item: ItemClaim, share: ShareClaim, claims: TextClaims): ItemClaim | undefined {
  const year = share.year;
  if (EVALUATED_FUNDS.test(item.name)) return undefined;
  if (!share.of || GENERIC_TOTAL.test(share.of))
    return item.parent?.[year]
      ? item.parent
      : (totalNamedBefore(item, share, claims) ??
          flowTotalBefore(item, share, claims) ??
          wholeTheRunMakes(item, share, claims));
  const of = share.of;
  const candidate = (other: ItemClaim) => other !== item && other[year] !== undefined;
  // "本年支出合计" is the year's "2022年支出合计" (years are left out of names).
  const bare = of.replace(/^本年度?/, "");
  // (Looked for near the share first, then from the text's start: a repeated text's every copy names them.)
  const lists = bare === of ? [of] : [of, bare];
  const near = lists
    .flatMap((name) => claims.itemsNamedNear(name, item.sentence.paragraph, 0))
    .filter(candidate)
    .sort((a, b) => a.sentence.start - b.sentence.start);
  const named = lazilyInOrder(
    lists.map((name) => claims.itemsNamed(name)),
    candidate
  );
  // (A whole of that name smaller than the part is another's of the name, when the share is a part of a whole:
  // "全市民生支出561.4亿元，占一般公共预算支出80%" is not of the 一般公共预算支出5.2亿元 a county's line gave — 南阳市
  // 2019.)
  const part = item[year];
  const canHold = (other: ItemClaim) =>
    !part ||
    compare(share.percent.interval.hi, HUNDRED) > 0 ||
    amountKind(part.unit) !== amountKind((other[year] as PrintedAmount).unit) ||
    compare((other[year] as PrintedAmount).yuan.hi, part.yuan.lo) >= 0;
  const inParagraph = near.find(
    (other) => other.sentence.paragraph === item.sentence.paragraph && canHold(other)
  );
  // "全市一般公共预算支出执行469.28亿元…。其中：民生支出380.75亿元，占一般公共预算支出的81.1％" (大同市 2025): the whole
  // the part is listed under, when its name holds the one the share names — not the budget of that name before it.
  const parent = item.parent;
  const listedUnder =
    parent?.[year] &&
    (namedAs(parent.name, of) ||
      namedWithItsLevel(parent.name, of) ||
      shortNameOf(parent.name, of)) &&
    canHold(parent)
      ? parent
      : undefined;
  const first = inParagraph ?? listedUnder ?? named.find(canHold);
  if (first) return first;
  if (named.any()) return undefined;
  // "占一般公共预算支出的比重" of "全区一般公共预算支出" in its paragraph: named without who it is of.
  const longerIn = (paragraph: number) =>
    claims.itemsIn(paragraph).find(
      (other) =>
        candidate(other) &&
        other.name.endsWith(of) &&
        // Not a part beside it ("专项转移支付" beside 一般性转移支付).
        !(other.parent !== undefined && other.parent === item.parent) &&
        // Who it is of, not more of it ("对市县税收返还和转移支付" is more than 转移支付).
        !/[和及与、]/.test(other.name.slice(0, -of.length))
    );
  const at = item.sentence.paragraph;
  // "占同期总支出的85%以上" of the "各类慈善救助总支出8.71亿元" the paragraph before gave (重庆市慈善总会 2022).
  const longer =
    of.length >= 4
      ? longerIn(at)
      : /^总(?:收入|支出)$/.test(of)
        ? (longerIn(at) ?? longerIn(at - 1))
        : undefined;
  if (longer) return longer;
  if (isWholeName(of)) {
    // "…收入预算490,808.40万元，其中：" then the parts on a line of their own, each "占总收入的…": the whole their
    // list is of, when it is of that flow and a part of nothing (西南大学 2021).
    const parent = item.parent;
    // (Of the whole the parent's own share of that name is of, when it has one: "收入决算9712.02万元,其中:本年收入
    // 9082.61万元,占总收入93.52%,包括财政拨款收入9018.61万元…,占总收入92.86%" — 浙江省人大常委会办公厅 2016.)
    const parentsShare = parent?.shares.find((named) => named.of === of && named.year === year);
    if (parent && parentsShare) return wholeOf(parent, parentsShare, claims);
    if (parent?.[year] && !parent.parent && flowOf(parent.name) === flowOf(of)) return parent;
    // "占总支出的": the paragraph's first amount, when it is the whole the paragraph is about.
    const first = claims
      .itemsIn(item.sentence.paragraph)
      .find((other) => candidate(other) && !other.parent);
    if (first && first !== item && (isWholeName(first.name) || item.parent === first)) return first;
    // In a 决算, 总收入 is the 收入总计 — which equals the 支出总计 — printed in the paragraphs just before
    // ("…收入、支总计521.99万元…" then "本年收入合计521.49万元,占总收入99.90%": 西湖区委老干部局 2017).
    if (claims.kind === "final" && /^(?:总收入|总支出|收入总计|支出总计)$/.test(of)) {
      const totals = [at - 2, at - 1, at]
        .flatMap((paragraph) => claims.itemsIn(paragraph))
        .filter(
          (other) =>
            candidate(other) &&
            /(?:收入|支出|收支)总计$/.test(other.name) &&
            other.sentence.start < item.sentence.start
        );
      if (totals.length > 0) return totals[totals.length - 1];
    }
    return flowTotalBefore(item, share, claims);
  }
  return undefined;
}

/**
 * A share that names no whole ("“四税”比重42.5%") and is right over another amount of its paragraph than its total's
 * — the 税收收入 the 四税 are a part of (枣庄市 2017), a list's parts being listed flat — is a share of that one.
 */
function ofAnotherBase(item: ItemClaim, share: ShareClaim, claims: TextClaims): boolean {
  const amount = item[share.year];
  if (share.of || !amount) return false;
  const rightOver = (base: PrintedAmount | undefined) => {
    const ratio = base && quotient(amount.yuan, base.yuan);
    return ratio !== undefined && judge(share.percent.interval, asPercent(ratio)) === "consistent";
  };
  if (rightOver(item.parent?.[share.year])) return false;
  // (Not over another total: shares of 本年支出 worked out over 支出总计 are the mistake of a wrong denominator.)
  const inParagraph = claims
    .itemsIn(item.sentence.paragraph)
    .some(
      (other) =>
        other !== item &&
        other !== item.parent &&
        !isWholeName(other.name) &&
        !/总计|合计|总额/.test(other.name) &&
        rightOver(other[share.year])
    );
  // Or over the whole an earlier share of its sentence names ("本年收入合计521.49万元,占总收入99.90%,包括财政拨款收入
  // 494.34万元…,占94.70%": 西湖区委老干部局 2017, every share of 总收入). (Not any amount of the paragraph before:
  // shares over a total that is not their parts' is the mistake of a wrong denominator.)
  const namedBefore = claims
    .itemsIn(item.sentence.paragraph)
    .filter((owner) => owner.sentence === item.sentence)
    .flatMap((owner) => owner.shares.map((named) => ({ owner, named })))
    .filter(({ named }) => named.of && named.percent.start < share.percent.start);
  return (
    inParagraph ||
    namedBefore.some(({ owner, named }) => {
      const whole = wholeOf(owner, named, claims);
      return whole !== undefined && rightOver(whole[share.year]);
    })
  );
}

/**
 * A share said as a bound is wrong only when no rounding of the bound's figure holds: "85%以上" for 7.35 of 8.71
 * (84.39%, at most 84.49% from the printed amounts) — not even 84.5%.
 */
function boundBroken(share: ShareClaim, possible: Interval): boolean {
  return share.bound === "atLeast"
    ? compare(possible.hi, share.percent.interval.lo) < 0
    : compare(possible.lo, share.percent.interval.hi) > 0;
}

/**
 * A government's report names its 一般公共预算支出 several times — as budgeted (备案 482.01亿元), as adjusted
 * (498.24), as spent (执行469.28): a share of "一般公共预算支出" right over one of those amounts is of that one (大同市
 * 2025: 全市民生支出381亿元，占一般公共预算支出的81％).
 */
function ofAnotherOfTheName(
  item: ItemClaim,
  share: ShareClaim,
  whole: ItemClaim,
  context: AuditContext
): boolean {
  const of = share.of;
  const amount = item[share.year];
  if (!of || !amount || !isGovernmentReport(context.text)) return false;
  // (Within the report's sections near the share: a long text is many reports.)
  const at = item.sentence.paragraph;
  const near: ItemClaim[] = [];
  for (let paragraph = at - 30; paragraph <= at + 30; paragraph++)
    near.push(...context.claims.itemsIn(paragraph));
  return near.some((other) => {
    const otherAmount = other[share.year];
    if (other === whole || other === item || !otherAmount) return false;
    if (!namedAs(other.name, of)) return false;
    const ratio = quotient(amount.yuan, otherAmount.yuan);
    return ratio !== undefined && judge(share.percent.interval, asPercent(ratio)) !== "wrong";
  });
}

function checkShare(
  item: ItemClaim,
  share: ShareClaim,
  context: AuditContext,
  ofTheirSum: ReadonlySet<ShareClaim>
): AuditFinding[] {
  const whole = wholeOf(item, share, context.claims);
  // The amounts of the year the share is of: this year's, or last year's in a sentence on last year.
  const amount = item[share.year];
  const wholeAmount = whole?.[share.year];
  if (!whole || !amount || !wholeAmount) return overTheTotal(item, share, context);
  const ratio = quotient(amount.yuan, wholeAmount.yuan);
  if (!ratio) return [];
  if (
    judge(share.percent.interval, asPercent(ratio)) === "wrong" &&
    (ofTheirSum.has(share) ||
      ofAnotherBase(item, share, context.claims) ||
      ofAnotherOfTheName(item, share, whole, context))
  )
    return [];
  const stated = scale(
    {
      lo: div(statedYuan(amount), statedYuan(wholeAmount)),
      hi: div(statedYuan(amount), statedYuan(wholeAmount)),
    },
    HUNDRED
  ).lo;
  const claim = `${share.ofPrinted ? `占${share.ofPrinted}` : "占"}${share.percent.text}`;
  if (share.bound) {
    // A bound is said of the exact share, to one more digit than the bound's.
    const expected = sayPercentLike(stated, {
      ...share.percent,
      decimals: share.percent.decimals + 1,
    });
    if (!boundBroken(share, asPercent(ratio))) return [];
    return [
      findingAt(
        "AUDIT-SHARE",
        "error",
        quoteWith(item.sentence, whole.sentence, context.text),
        share.percent,
        context.words.shareBound(
          `${claim}${share.bound === "atLeast" ? "以上" : "以下"}`,
          item.printedName,
          amount.text,
          whole.printedName,
          wholeAmount.text,
          expected
        ),
        share.percent.text,
        expected
      ),
    ];
  }
  const expected = sayPercentLike(stated, share.percent);
  const verdict = judge(share.percent.interval, asPercent(ratio));
  // "总保费1293.45万元，…省级财政补贴32.5%为420.37元": right in the whole's unit, the amount's is the slip.
  const inWholesUnit =
    verdict === "wrong" && amount.unit !== wholeAmount.unit
      ? amountAt(amount.digits, amount.start, wholeAmount.unit)
      : undefined;
  const ratioInWholesUnit = inWholesUnit && quotient(inWholesUnit.yuan, wholeAmount.yuan);
  if (
    inWholesUnit &&
    ratioInWholesUnit &&
    amountKind(amount.unit) === "money" &&
    judge(share.percent.interval, asPercent(ratioInWholesUnit)) === "consistent"
  ) {
    const slip = `${amount.digits}${wholeAmount.unit}`;
    return [
      findingAt(
        "AUDIT-SHARE",
        "error",
        quoteWith(item.sentence, whole.sentence, context.text),
        amount,
        context.words.shareInAnotherUnit(
          `${item.printedName}${amount.text}`,
          share.percent.text,
          `${whole.printedName}${wholeAmount.text}`,
          slip
        ),
        amount.text,
        slip
      ),
    ];
  }
  return verdictFinding(
    verdict,
    "AUDIT-SHARE",
    quoteWith(item.sentence, whole.sentence, context.text),
    share.percent,
    {
      wrong: context.words.share(
        claim,
        item.printedName,
        amount.text,
        whole.printedName,
        wholeAmount.text,
        expected
      ),
      rounding: madeToHundred(item, share, whole, context.claims)
        ? context.words.roundingToHundred(claim, expected)
        : context.words.rounding(claim, expected),
    },
    share.percent.text,
    expected
  );
}

/**
 * The shares of the same whole printed in the paragraph add up to 100% exactly: a share one unit of its last digit
 * off was moved to make them so (尾差调整: 杭州市司法局 2026, 人员支出 58.94% printed 59.0 beside 12.3 and 28.7).
 */
function madeToHundred(
  item: ItemClaim,
  share: ShareClaim,
  whole: ItemClaim,
  claims: TextClaims
): boolean {
  const shares = claims
    .itemsIn(item.sentence.paragraph)
    .flatMap((part) =>
      part.shares
        .filter((other) => other.year === share.year && wholeOf(part, other, claims) === whole)
        .slice(0, 1)
    );
  return shares.includes(share) && printedHundred(shares);
}

/** Two shares or more whose printed values add up to 100 exactly. */
function printedHundred(shares: readonly ShareClaim[]): boolean {
  const total = shares.reduce(
    (sumSoFar, share) => add(sumSoFar, share.percent.value),
    rational(0n)
  );
  return shares.length > 1 && compare(total, HUNDRED) === 0;
}

/** A total a share can be of: "本年支出合计", "支出总额" — not a budget or a plan, which may be exceeded. */
const TOTAL_NAME = /(?:合计|总计|总额|总支出|总收入)$/;

/**
 * "占本年支出合计的106.7%" with the total not printed: a part is never more than the total it is a part of.
 */
function overTheTotal(item: ItemClaim, share: ShareClaim, context: AuditContext): AuditFinding[] {
  const of = share.ofPrinted ?? share.of ?? "";
  if (!TOTAL_NAME.test(of) || /预算|计划|任务|目标|上年|去年/.test(of)) return [];
  if (compare(share.percent.interval.lo, HUNDRED) <= 0) return [];
  return [
    findingAt(
      "AUDIT-SHARE",
      "error",
      item.sentence,
      share.percent,
      context.words.shareOverWhole(`占${of}的${share.percent.text}`),
      share.percent.text,
      ""
    ),
  ];
}

/** Shares of the parts of one total: never above 100%, and 100% when the parts are the whole. */
function checkTotalOfShares(parent: ItemClaim, context: AuditContext): AuditFinding[] {
  const breakdowns = [...new Set(parent.children.map((child) => child.breakdown))];
  return (["current", "prior"] as const).flatMap((year) =>
    breakdowns.flatMap((breakdown) => checkTotalOfSharesIn(parent, year, breakdown, context))
  );
}

/** The shares of one year of the parts of one breakdown of a total. */
function checkTotalOfSharesIn(
  parent: ItemClaim,
  year: "current" | "prior",
  breakdown: number,
  context: AuditContext
): AuditFinding[] {
  // The share may name the whole more briefly than the text did ("占全市政府采购规模" of 一季度全市政府采购规模).
  const ofParent = (share: ShareClaim) =>
    share.year === year &&
    (!share.of || sameItem(share.of, parent.name) || parent.name.endsWith(share.of));
  const parts = parent.children.filter(
    (child) =>
      child.breakdown === breakdown &&
      child.shares.some((share) => ofParent(share) && !ofAnotherBase(child, share, context.claims))
  );
  if (parts.length < 2) return [];
  const shares = parts.map((part) => part.shares.find(ofParent)!);
  const total: Interval = sum(shares.map((share) => share.percent.interval));
  const last = shares[shares.length - 1].percent;
  const said = `${sayPercentLike(middle(total), last)}`;
  const mark = {
    start: shares[0].percent.start,
    end: last.end,
    text: context.text.slice(shares[0].percent.start, last.end),
  };
  const over = compare(total.lo, HUNDRED) > 0;
  // Parts that are all 0 ("因公出国（境）费支出0万元，占“三公”经费的0%；…"): shares of nothing need not make 100%.
  const none = parts.every((part) => part[year]?.value.n === 0n);
  // (Under 100% says something only when every part of the list has its share: the list, not the parts a share
  // was read for, is what may be all of the whole.)
  const listed = parent.children.filter((child) => child.breakdown === breakdown);
  const under =
    parts.length === listed.length &&
    partsMakeWhole(parent, parts) &&
    compare(total.hi, HUNDRED) < 0 &&
    !none;
  if (!over && !under) return [];
  // Each share may be off by half a unit of its last digit: only a total beyond that is a finding.
  if (judge(total, { lo: HUNDRED, hi: HUNDRED }) !== "wrong") return [];
  return [
    findingAt(
      "AUDIT-SHARE",
      "error",
      last.start >= parent.sentence.start && last.end <= parent.sentence.end
        ? parent.sentence
        : parts[parts.length - 1].sentence,
      mark,
      over ? context.words.sharesOver(said) : context.words.sharesUnder(said),
      said,
      "100%"
    ),
  ];
}

/**
 * Items listed side by side with a share each and no whole named ("公务接待费0.53万元，占69%；公务用车…1.18万元，
 * 占31%"): when their shares make 100%, or they are all the parts of a whole (the three "三公" parts), the
 * whole is their sum.
 */
function checkSiblingShares(context: AuditContext): AuditFinding[] {
  const bySentence = new Map<number, ItemClaim[]>();
  for (const item of context.claims.items) {
    if (item.parent?.current || !item.current || !siblingShare(item)) continue;
    bySentence.set(item.sentence.start, [...(bySentence.get(item.sentence.start) ?? []), item]);
  }
  const found: AuditFinding[] = [];
  for (const siblings of bySentence.values()) {
    if (siblings.length < 2) continue;
    const shares = siblings.map((item) => siblingShare(item) as ShareClaim);
    const total = sum(shares.map((share) => share.percent.interval));
    const keys = siblings.map((item) => itemKeyOf(item.name));
    const isSet = (set: readonly ItemKey[]) =>
      set.length === keys.length && set.every((key) => keys.includes(key));
    // Shares of a whole the text names ("占“三公”经费的8.75%") when the items are all of its parts; of no whole
    // named, when they are all the parts of some whole, or their shares make 100%.
    const named = shares.map((share) => share.of && itemKeyOf(share.of));
    const wholeKey = named[0];
    if (named.some((key) => key !== wholeKey)) continue;
    const parts = wholeKey
      ? (WHOLE_PARTS[wholeKey] ?? []).some(isSet)
      : Object.values(WHOLE_PARTS).some((sets) => (sets ?? []).some(isSet));
    // The parts of 基本支出 or of its classes may be given shares of all the spending, 项目支出 too ("包括人员支出
    // 1487.48万元，占31.1%；日常公用支出116.93万元，占1.9%"): of their sum only when some share says so.
    const byNatureOnly =
      parts &&
      !wholeKey &&
      !Object.entries(WHOLE_PARTS).some(
        ([whole, sets]) => !SPENDING_BY_NATURE.has(whole) && (sets ?? []).some(isSet)
      );
    const makeHundred = compare(total.lo, HUNDRED) <= 0 && compare(total.hi, HUNDRED) >= 0;
    if (!parts && (wholeKey || !makeHundred)) {
      found.push(...impliedWholeOutlier(siblings, shares, context));
      continue;
    }
    const whole = sum(
      siblings.map((item) => partYuan(item.current as PrintedAmount, context.claims))
    );
    const wholeStated = siblings.reduce(
      (acc, item) => add(acc, statedYuan(item.current as PrintedAmount)),
      rational(0n)
    );
    const ofTheirSum = (item: ItemClaim, i: number) => {
      const ratio = quotient((item.current as PrintedAmount).yuan, whole);
      return (
        ratio !== undefined && judge(shares[i].percent.interval, asPercent(ratio)) === "consistent"
      );
    };
    if (byNatureOnly && !makeHundred && !siblings.some(ofTheirSum)) continue;
    siblings.forEach((item, i) => {
      const amount = item.current as PrintedAmount;
      const ratio = quotient(amount.yuan, whole);
      if (!ratio || wholeStated.n === 0n) return;
      const share = shares[i];
      const expected = sayPercentLike(
        mul(div(statedYuan(amount), wholeStated), HUNDRED),
        share.percent
      );
      const names = siblings.map((s) => s.printedName).join("、");
      found.push(
        ...verdictFinding(
          judge(share.percent.interval, asPercent(ratio)),
          "AUDIT-SHARE",
          item.sentence,
          share.percent,
          {
            wrong: context.words.share(
              `占${share.percent.text}`,
              item.printedName,
              amount.text,
              names,
              sayAmountLike(wholeStated, amount),
              expected
            ),
            rounding: (printedHundred(shares)
              ? context.words.roundingToHundred
              : context.words.rounding)(`占${share.percent.text}`, expected),
          },
          share.percent.text,
          expected
        )
      );
    });
  }
  return found;
}

/**
 * Shares of one whole, listed side by side with their amounts and no whole printed ("人员支出1487.48万元，占23.8%；
 * 日常公用支出116.93万元，占1.9%；项目支出4651.90万元，占74.4%"): each amount over its share says what the whole
 * is. When all the others agree on it and one does not, that one is wrong — whether or not the list is all of it.
 */
function impliedWholeOutlier(
  siblings: readonly ItemClaim[],
  shares: readonly ShareClaim[],
  context: AuditContext
): AuditFinding[] {
  if (siblings.length < 3) return [];
  const wholes = siblings.map((item, i) => {
    const fraction = asRatio(shares[i].percent.interval);
    return compare(fraction.lo, rational(0n)) > 0
      ? quotient(partYuan(item.current as PrintedAmount, context.claims), fraction)
      : undefined;
  });
  if (wholes.some((whole) => whole === undefined)) return [];
  const common = (except: number) =>
    (wholes as Interval[])
      .filter((_, i) => i !== except)
      .reduce<Interval | undefined>(
        (acc, whole) => acc && intersection(acc, whole),
        wholes[except === 0 ? 1 : 0]
      );
  if (common(-1)) return [];
  const outliers = siblings.map((_, i) => i).filter((i) => common(i) !== undefined);
  if (outliers.length !== 1) return [];
  const [i] = outliers;
  const whole = common(i) as Interval;
  const item = siblings[i];
  const amount = item.current as PrintedAmount;
  const share = shares[i];
  const ratio = quotient(partYuan(amount, context.claims), whole);
  if (!ratio) return [];
  const expected = sayPercentLike(
    mul(div(statedYuan(amount), middle(whole)), HUNDRED),
    share.percent
  );
  const others = siblings
    .filter((_, j) => j !== i)
    .map((other) => other.printedName)
    .join("、");
  const said = context.words.shareOfImpliedWhole(
    `占${share.percent.text}`,
    others,
    sayAmountLike(middle(whole), amount),
    item.printedName,
    amount.text,
    expected
  );
  return verdictFinding(
    judge(share.percent.interval, asPercent(ratio)),
    "AUDIT-SHARE",
    item.sentence,
    share.percent,
    { wrong: said, rounding: context.words.rounding(`占${share.percent.text}`, expected) },
    share.percent.text,
    expected
  ).filter((finding) => finding.severity === "error");
}

/** The share an item listed beside others has of their whole: of no whole named, or of a known whole by name. */
function siblingShare(item: ItemClaim): ShareClaim | undefined {
  return item.shares.find(
    (share) =>
      share.year === "current" &&
      (!share.of || WHOLE_PARTS[itemKeyOf(share.of) ?? ("" as ItemKey)] !== undefined)
  );
}

/** Top-level headings ("一、", "（二）") start sections; numbered items ("1.") do not. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;

/** Words that start another breakdown of the same whole: "从收入分类来看，…", "按支出性质分，…". */
const NEW_BREAKDOWN = new RegExp(`(?:^|[。；;，,：:\\n])\\s*(${BREAKDOWN_WORDS})`, "g");

/**
 * The group of shares a figure at an offset is in: a section, and within it one breakdown (the shares of a
 * whole by department and then by kind each make 100%).
 */
function breakdownOf(context: AuditContext): (offset: number) => number {
  const starts: number[] = [];
  let paragraph = -1;
  for (const sentence of context.claims.sentences) {
    if (sentence.paragraph !== paragraph && SECTION_HEADING.test(sentence.text))
      starts.push(sentence.start);
    paragraph = sentence.paragraph;
  }
  for (const match of context.text.matchAll(NEW_BREAKDOWN))
    starts.push((match.index ?? 0) + match[0].length - match[1].length);
  starts.sort((a, b) => a - b);
  return (offset) => countAtOrBefore(starts, offset);
}

/**
 * A "whole" that is each item's own: "占调整预算105.47%", "占年调整预算的99.5%", "占调整及变动预算的84.1％" (its
 * budget: how much of it was done), "占同类产品采购规模的83.9%" (its own kind's total). Such shares never add up.
 */
const OWN_WHOLE =
  /^(?:年初|全年|(?:年度?|全年)?调整后?的?|(?:调整及)?变动后?的?)?预算(?:数)?的?$|同类|各自|本类|该类|同期/;

/** Shares of the same named whole across a paragraph ("占总支出的…" said of each item): never above 100%. */
function checkNamedShares(context: AuditContext): AuditFinding[] {
  const groups = new Map<string, { item: ItemClaim; share: ShareClaim }[]>();
  const breakdown = breakdownOf(context);
  for (const item of context.claims.items) {
    if (item.parent) continue;
    for (const share of item.shares) {
      if (!share.of || OWN_WHOLE.test(share.ofPrinted ?? share.of)) continue;
      // (Of one whole: "总保费" of each insurance in its own numbered line is another total each time.)
      const whole = wholeOf(item, share, context.claims)?.[share.year];
      const key = `${breakdown(share.percent.start)}|${share.of}|${whole?.start ?? ""}`;
      const group = groups.get(key) ?? [];
      // (One item's share said again — of another year, or the sentence printed twice — is no other item's: 丽江市
      // 2025, 全市民生支出 73.7% of the year's 一般公共预算支出 and 75% of the five years'.)
      if (group.some((other) => other.item.name === item.name)) continue;
      groups.set(key, [...group, { item, share }]);
    }
  }
  const found: AuditFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const total = sum(group.map(({ share }) => share.percent.interval));
    if (compare(total.lo, HUNDRED) <= 0 || judge(total, { lo: HUNDRED, hi: HUNDRED }) !== "wrong")
      continue;
    const last = group[group.length - 1];
    const said = sayPercentLike(middle(total), last.share.percent);
    found.push(
      findingAt(
        "AUDIT-SHARE",
        "error",
        last.item.sentence,
        last.share.percent,
        context.words.sharesOver(said),
        said,
        "100%"
      )
    );
  }
  return found;
}

/**
 * Shares of one named whole, in one section, that make 100% and are each right over the sum of their items'
 * amounts ("基本支出预算45980.56万元，占本年支出预算66.33%" and "项目支出预算23336.75万元，占本年支出预算
 * 33.67%", under a "2026年支出预算71094.17万元" that also holds 年终结转结余资金1776.86万元): the text's own
 * figures say what the whole it names is, and it is their sum, not the larger total the name also fits.
 */
function sharesOfTheirSum(context: AuditContext): Set<ShareClaim> {
  const sectionAt = topSectionOf(context.claims.sentences);
  const groups = new Map<string, { item: ItemClaim; share: ShareClaim }[]>();
  for (const item of context.claims.items)
    for (const share of item.shares) {
      if (!share.of || !item[share.year]) continue;
      const key = `${sectionAt(share.percent.start)}|${share.year}|${share.of}`;
      groups.set(key, [...(groups.get(key) ?? []), { item, share }]);
    }
  const ofTheirSum = new Set<ShareClaim>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const total = sum(group.map(({ share }) => share.percent.interval));
    if (judge(total, { lo: HUNDRED, hi: HUNDRED }) === "wrong") continue;
    const whole = sum(group.map(({ item, share }) => (item[share.year] as PrintedAmount).yuan));
    const right = group.every(({ item, share }) => {
      const ratio = quotient((item[share.year] as PrintedAmount).yuan, whole);
      return ratio !== undefined && judge(share.percent.interval, asPercent(ratio)) !== "wrong";
    });
    if (right) for (const { share } of group) ofTheirSum.add(share);
  }
  return ofTheirSum;
}

export const auditShare: AuditRule = {
  id: "AUDIT-SHARE",
  severities: ["error"],
  check: (context) => {
    const ofTheirSum = sharesOfTheirSum(context);
    return context.claims.items
      .flatMap((item) => [
        ...item.shares.flatMap((share) => checkShare(item, share, context, ofTheirSum)),
        ...checkTotalOfShares(item, context),
      ])
      .concat(checkNamedShares(context), checkSiblingShares(context));
  },
};
