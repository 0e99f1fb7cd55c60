/**
 * AUDIT-SUM — figures that must add up: 本年 − 上年 = the printed change; the parts listed after 其中 against
 * their total (never more than it; equal to it when the parts are the whole: 人员经费 + 公用经费 = 基本支出,
 * the three "三公" parts, 基本支出 + 项目支出 = 本年支出, or parts whose shares make 100%); and the parts'
 * changes against the total's change. Rounding of each printed figure is allowed for, part by part.
 */
import {
  abs,
  add,
  compare,
  div,
  intersects,
  intersection,
  middle,
  minus,
  negate,
  plus,
  point,
  product,
  quotient,
  rational,
  sub,
  sum,
  toFixed,
  ZERO,
  type Interval,
  signed,
} from "../interval";
import type { ItemClaim, TextClaims } from "../claims";
import { numberingStyle } from "../proseReader";
import { amountThisYear } from "../items";
import {
  WHOLE_PARTS,
  commonStart,
  isFunctionalClass,
  isFunctionalLine,
  itemKeyOf,
  oneBreakdown,
  peopleOfTwoBreakdowns,
  sameItem,
  type ItemKey,
} from "../itemNames";
import {
  cellNumber,
  cellRows,
  findTableRows,
  rowLevel,
  totalBlocks,
  type CellRow,
} from "../tables";
import { countValue, findCountedLists } from "../countedLists";
import { findSavings } from "../namedRatios";
import { findFundsBreakdowns } from "../fundsByNature";
import { findScores } from "../scores";
import { yearComparisons } from "../yearSeries";
import {
  countTimesStandard,
  findPerUnitAmounts,
  reckonedAmountsIn,
  type PerUnitAmount,
  type UnsettledStandard,
} from "../perUnit";
import {
  amountAt,
  amountKind,
  findFigures,
  NUMBER,
  quoteWith,
  sentenceAt,
  softWraps,
  topSectionOf,
  unwrappedSlice,
  type AmountUnit,
  type PrintedAmount,
  type PrintedNumber,
  type Sentence,
} from "../text";
import type { AuditContext, AuditFinding, AuditRule } from "../types";
import { findingAt } from "../types";
import { asRatio, bestReading, judge, roundingLeeway, verdictFinding } from "./auditRounding";
import { BEYOND_ANY, isGovernmentReport, partYuan, sayAmountLike, statedYuan } from "./common";

/**
 * The sentence of the whole names its kinds and counts them, and its parts are those kinds: "主要有部门预算项目支出、
 * 专项预算支出二类支出，项目资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元" (绵阳市科技局
 * 2021) — two kinds named, two parts listed.
 */
function kindsCounted(parent: ItemClaim, parts: readonly ItemClaim[]): boolean {
  const counted =
    /(?:有|包括|分为|含)([^，,。；;：:]{2,80}?)([两二三四五六七八九十]|\d{1,2})\s*(?:大类|类|部分|个方面)/.exec(
      parent.sentence.text
    );
  if (!counted || countValue(counted[2]) !== parts.length) return false;
  const named = counted[1];
  return parts.every((part) => part.sentence === parent.sentence && named.includes(part.name));
}

/** A classification's own line that begins with 其他 ("其他教育支出", "其他商品和服务支出"): one line, not the rest. */
const CLASSIFICATION_OTHER =
  /^其[他它](?:商品和服务|工资福利|对个人和家庭|资本性|对企业|一般公共服务|教育|科学技术|文化|社会保障|卫生|节能环保|城乡社区|农林水|交通运输|资源勘探|商业服务|金融|援助|自然资源|住房保障|粮油|灾害|国防|公共安全|外交)/;

/**
 * The last part is the rest of the whole: "其他收入", or 其他 said where the others say what they are ("用于其他社会
 * 公益事业的彩票公益金支出" after "用于社会福利的彩票公益金支出": 弥勒市 2024; "其他社会公益类项目" after "儿童福利类项目").
 */
function lastIsTheRest(parts: readonly ItemClaim[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1].printedName;
  if (/^其[他它](?:收入|支出)?$/.test(last)) return true;
  const others = parts.slice(0, -1).map((part) => part.printedName);
  const rest = last.slice(Math.max(...others.map((name) => commonStart(name, last))));
  return (
    /^其[他它]/.test(rest) &&
    !CLASSIFICATION_OTHER.test(rest) &&
    !isFunctionalLine(last) &&
    others.some((name) => commonEnd(name, last) >= 3)
  );
}

/**
 * A fund shared out: what is sent up and, last, what is kept are all of it ("筹集体育彩票公益金10.9亿元,其中上缴中央
 * 5.35亿元,下拨各区1.9亿元,市本级留存3.65亿元": 上海市 2020; "…上缴中央财政130642.41万元,省级留成135184.85万元").
 */
function sentUpAndKept(parts: readonly ItemClaim[]): boolean {
  return (
    parts.length >= 2 &&
    /^(?:上缴|上解)/.test(parts[0].printedName) &&
    /(?:留成|留存|留用|自留)(?:资金|公益金)?$/.test(parts[parts.length - 1].printedName)
  );
}

/**
 * A list, a numbered line for each part, that prints its empty lines too ("收入预算3814.61万元,其中:⏎1、财政拨款3362.61
 * 万元;⏎2、专户管理的事业收入434万元;⏎3、单位资金收入0万元;⏎4、政府性基金安排的收入0元": 黄石市第七中学 2023) goes through
 * every line its form has: it is all of the whole. (Not a list run on in a sentence: "其中:公务接待费1.58万元,车辆运行费
 * 28.91万元,因公出国(境)费0万元" leaves out the cars' purchase.)
 */
function emptyLinesListedToo(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  text: string
): boolean {
  const empty = (part: ItemClaim) => /^[0０]+(?:[.．][0０]+)?$/.test(part.current?.digits ?? "");
  return (
    parts.length >= 3 &&
    parts.some(empty) &&
    parts.filter((part) => !empty(part)).length >= 2 &&
    parts.every((part) => numberingOfLine(part, text) !== undefined) &&
    new Set([parent, ...parts].map((item) => lineStartOf(item, text))).size === parts.length + 1
  );
}

/** How many characters two names end with alike. */
function commonEnd(a: string, b: string): number {
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a.at(-1 - shared) === b.at(-1 - shared)) shared++;
  return shared;
}

/** True when the parts listed are the whole of their total, not a selection of it. */
export function partsMakeWhole(parent: ItemClaim, parts: readonly ItemClaim[]): boolean {
  if (parent.partsAreAll || kindsCounted(parent, parts)) return true;
  if (parts.length > 0 && parent.classifiedIn?.includes(parts[0].breakdown)) return true;
  if (lastIsTheRest(parts) || sentUpAndKept(parts)) return true;
  const keys = new Set(parts.map((part) => itemKeyOf(part.name)));
  const parentKey = itemKeyOf(parent.name);
  const sets = (parentKey && WHOLE_PARTS[parentKey]) || [];
  if (sets.some((set) => set.length === keys.size && set.every((key) => keys.has(key))))
    return true;
  // A unit's spending is 基本支出 and 项目支出 — the first maybe said as its two, 人员经费 and 公用经费 ("2、支出:
  // 799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元": 南县政协 2021).
  const spendingOfTheYear =
    /本年支出|^支出合计$/.test(parent.name) || SPENDING_OF_THE_YEAR.test(parent.name);
  const isSet = (set: readonly ItemKey[]) =>
    keys.size === set.length && set.every((key) => keys.has(key));
  if (
    spendingOfTheYear &&
    (isSet(["basic", "project"]) || isSet(["personnel", "publicOperating", "project"]))
  )
    return true;
  return ofAKindThatIsAll(parent, parts);
}

/**
 * Kinds that are all of their whole by what they are, whatever the report's words: revenue is taxes or not
 * (税收收入, 非税收入); a government's debt is general or special (一般债务, 专项债务); a purchase is of goods, works
 * or services; lottery is the sports or the welfare one. The parts' names differ only in the kind's word.
 */
const KINDS_THAT_ARE_ALL: readonly {
  whole: RegExp;
  kinds: readonly string[];
  namedFirst?: true;
}[] = [
  { whole: /收入/, kinds: ["税收收入", "非税收入"] },
  { whole: /债/, kinds: ["一般债务", "专项债务"] },
  { whole: /债/, kinds: ["一般债券", "专项债券"] },
  { whole: /债/, kinds: ["一般债", "专项债"] },
  // Bonds issued are new or refinancing ("发行地方政府债券2,899.84 亿元，包括新增债券2,095.00 亿元，…；再融资债券804.80
  // 亿元" — 湖北省 2020).
  { whole: /债/, kinds: ["新增", "再融资"] },
  { whole: /采购/, kinds: ["货物", "工程", "服务"] },
  { whole: /彩票/, kinds: ["体育彩票", "福利彩票"] },
  // A lottery fund kept in a province or a city is its own level's and the levels' below it ("省级留成135184.85万元,
  // 其中省本级公益金74412万元,市县级公益金60772.85万元": 福建省 2019).
  { whole: /公益金|留成/, kinds: ["省本级", "市县级"] },
  { whole: /公益金|留成/, kinds: ["市本级", "区县"] },
  { whole: /公益金|留成/, kinds: ["市本级", "县区"] },
  // A province's or a city's own figure is its own level's and the levels' below it ("全省一般公共预算收入221亿元…。
  // 其中:省级收入62.2亿元,增长20.3%;市县级收入158.8亿元,增长20.4%": 甘肃省 2021).
  { whole: /^全省/, kinds: ["省级", "市县级"] },
  { whole: /^全省/, kinds: ["省本级", "市县级"] },
  { whole: /^全市/, kinds: ["市本级", "县区级"] },
  { whole: /^全市/, kinds: ["市级", "县区级"] },
  { whole: /^全市/, kinds: ["市本级", "区县级"] },
  { whole: /^全市/, kinds: ["市级", "区县级"] },
  // Funds are the centre's or local ("纳入绩效评价的资金共43485.32万元,其中:中央资金10401.21万元,地方资金33084.11万元":
  // 金寨县 2024) — not an investment, which others may share in (企业自筹).
  { whole: /资金$/, kinds: ["中央", "地方"] },
  // State assets are the 行政单位's and the 事业单位's ("行政事业性国有资产总额216.22亿元(行政单位资产总额65.51亿元,
  // 事业单位资产总额150.71亿元)": 海珠区 2023).
  { whole: /行政事业/, kinds: ["行政单位", "事业单位"] },
];

/**
 * A unit's spending of the year listed by the classes of the functional classification ("(二)支出预算:2021年年初
 * 预算数510.84万元,其中:教育支出1.99万元,文化旅游体育与传媒支出376.20万元,…": 长寿区文化馆 2021): every 元 it
 * spends is of some class, so the classes listed are all of it. (A government's report lists its main classes only.)
 */
const SPENDING_OF_THE_YEAR =
  /^(?:本年|当年|年初)?(?:一般公共预算)?(?:财政拨款)?支出(?:预算|决算)?(?:数|合计)?$|^年初预算数?$/;

function classesOfAUnitsSpending(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  context: AuditContext
): boolean {
  return (
    parts.length >= 2 &&
    SPENDING_OF_THE_YEAR.test(parent.name) &&
    parts.every((part) => isFunctionalClass(part.name)) &&
    !isGovernmentReport(context.text) &&
    // (A unit's accounts are published in 万元 or 元, as their forms are; a spending in 亿元 is a government's.)
    !/亿元$/.test(parent.current?.unit ?? "")
  );
}

function ofAKindThatIsAll(parent: ItemClaim, parts: readonly ItemClaim[]): boolean {
  return kindsNamed(parent, parts) !== undefined;
}

/** The words after the kind's word in the parts' names, when they are a set of kinds that is all of the parent. */
function kindsNamed(parent: ItemClaim, parts: readonly ItemClaim[]): { after: string } | undefined {
  for (const { whole, kinds } of KINDS_THAT_ARE_ALL) {
    if (!whole.test(parent.name) || parts.length !== kinds.length) continue;
    // Each part is one kind, the kind's word put in the same place of the same words.
    // (The place a part is said of, printed after its name, is none of it: "中央安排直达资金全市61.02亿元" beside
    // "地方安排直达资金13.78亿元" — 福州市 2021.)
    const names = parts.map((part) => part.name.replace(/(?<=.{2})全(?:国|省|市|县|区|州)$/, ""));
    const [first] = names;
    const kind = kinds.find((word) => first.includes(word));
    if (kind === undefined) continue;
    const at = first.indexOf(kind);
    const before = first.slice(0, at);
    const after = first.slice(at + kind.length);
    const named = new Set(
      names.map((name) => kinds.find((word) => name === `${before}${word}${after}`))
    );
    if (named.size === kinds.length && !named.has(undefined)) return { after };
  }
  return undefined;
}

function checkDelta(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { current, prior, delta, sentence } = item;
  if (!current || !prior || !delta) return [];
  const printed = signed(delta.figure.yuan, delta.direction);
  const possible = minus(current.yuan, prior.yuan);
  const verdict = judge(printed, possible);
  const claim = `${delta.word.text}${delta.figure.text}`;
  const expected = sayAmountLike(abs(sub(statedYuan(current), statedYuan(prior))), delta.figure);
  return verdictFinding(
    verdict,
    "AUDIT-SUM",
    sentence,
    { start: delta.word.start, end: delta.figure.end, text: claim },
    {
      wrong: context.words.deltaMismatch(
        claim,
        context.words.twoAmounts(current.text, prior.text, item.adjustedFrom === true),
        expected
      ),
      rounding: context.words.rounding(claim, expected),
    },
    delta.figure.text,
    expected
  );
}

/**
 * The change between two years of a list printed one amount per year: "2019—2021年收入分别为…万元，2021年比2019年
 * 增加…万元" is the later amount less the earlier.
 */
function checkYearSeriesDeltas(context: AuditContext): AuditFinding[] {
  return yearComparisons(context.claims.sentences).flatMap(
    ({ later, earlier, change, direction, words, sentence }) => {
      if (
        change.kind !== "amount" ||
        later.figure.kind !== "amount" ||
        earlier.figure.kind !== "amount" ||
        amountKind(change.unit) !== amountKind(later.figure.unit)
      )
        return [];
      const [a, b] = [later.figure, earlier.figure];
      const expected = sayAmountLike(abs(sub(statedYuan(a), statedYuan(b))), change);
      return verdictFinding(
        judge(signed(change.yuan, direction), minus(a.yuan, b.yuan)),
        "AUDIT-SUM",
        sentence,
        words,
        {
          wrong: context.words.deltaMismatch(
            words.text,
            context.words.basisYears(later.year, a.text, earlier.year, b.text),
            expected
          ),
          rounding: context.words.rounding(words.text, expected),
        },
        change.text,
        expected
      );
    }
  );
}

/**
 * What was done over or under the budget against the two amounts: "预算3,786.49万元,实际支出3,535.78万元,比预算减少
 * 250.71万元" (国土资源部 2011). Right when it is the difference from any budget it may be of (the one named, else any
 * printed for the item).
 */
function checkBudgetDelta(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { current, budgetDelta, sentence } = item;
  if (!current || !budgetDelta || item.adjustedFrom) return [];
  // (Said of what was done, its amount the last before it: "调整后的支出预算为18.65亿元，比年初预算增加8.04亿元" is
  // the budget's own adjustment — 阜新市 2025.)
  const at = budgetDelta.figure.start;
  if (
    current.end > at ||
    item.budgets.some(({ amount }) => amount.start > current.end && amount.end <= at)
  )
    return [];
  const named = item.budgets.filter((budget) => budget.kind === item.budgetCompared);
  const budgets = (item.budgetCompared && named.length > 0 ? named : item.budgets)
    .map((budget) => budget.amount)
    .filter((amount) => amount !== current && sameKind(amount, current));
  if (budgets.length === 0) return [];
  const printed = signed(budgetDelta.figure.yuan, budgetDelta.direction);
  const claim = `${budgetDelta.word.text}${budgetDelta.figure.text}`;
  const readings = budgets.map((budget) => {
    const expected = sayAmountLike(
      abs(sub(statedYuan(current), statedYuan(budget))),
      budgetDelta.figure
    );
    return verdictFinding(
      judge(printed, minus(current.yuan, budget.yuan)),
      "AUDIT-SUM",
      sentence,
      { start: budgetDelta.word.start, end: budgetDelta.figure.end, text: claim },
      {
        wrong: context.words.deltaMismatch(
          claim,
          context.words.amountAndBudget(current.text, budget.text),
          expected
        ),
        rounding: context.words.rounding(claim, expected),
      },
      budgetDelta.figure.text,
      expected
    );
  });
  return bestReading(readings);
}

/**
 * What the text says last year's figure was, when it says it was nothing: "年初预算数为 0", "上年无此项". Its
 * subject, before 为 0, must name the footing the change was taken on (年初预算, or 上年 / 去年).
 */
const BASE_SAID_ZERO =
  /([^，,。；;：:\s\d]{1,16}?)(?:数|额)?\s*(?:为|是)\s*0(?:\.0+)?\s*(?:万元|元)?(?=[，,。；;）)]|$)|上年无此项|上年未安排/g;

function footingMatches(subject: string, comparison: string): boolean {
  if (/年初预算/.test(subject)) return /年初预算/.test(comparison);
  return /上年|去年|上一年/.test(subject) && !/年初预算/.test(comparison);
}

/**
 * "2026 年预算数 120.20 万元，较2025 年年初预算增加 118.80 万元，主要是…年初未下达，年初预算数为 0" (深圳市人力资源
 * 和社会保障局 2026): a base of nothing makes the change the whole amount, and 118.80 is not 120.20. Only words
 * said after the change, with no figure but a year between, are read as its base.
 */
function checkBaseSaidZero(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { current, delta, sentence } = item;
  if (!current || !delta || item.prior || delta.word.start < current.end) return [];
  const comparison = context.text.slice(current.end, delta.word.start);
  const after = sentence.text.slice(delta.figure.end - sentence.start);
  for (const match of after.matchAll(BASE_SAID_ZERO)) {
    const between = after.slice(0, match.index).replace(/20\d\d\s*年/g, "");
    if (/[\d０-９]/.test(between)) return [];
    if (match[1] !== undefined && !footingMatches(match[1], comparison)) continue;
    const printed = signed(delta.figure.yuan, delta.direction);
    if (judge(printed, current.yuan) !== "wrong") return [];
    const start =
      delta.figure.end + (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
    const words = match[0].trim();
    const claim = `${delta.word.text}${delta.figure.text}`;
    return [
      findingAt(
        "AUDIT-SUM",
        "error",
        sentence,
        { start, end: start + words.length, text: words },
        context.words.baseSaidZero(words, current.text, claim),
        words,
        current.text
      ),
    ];
  }
  return [];
}

function sameKind(a: PrintedAmount, b: PrintedAmount | undefined): boolean {
  if (!b) return false;
  const kind = amountKind(a.unit);
  return kind === "count" ? a.unit === b.unit : amountKind(b.unit) === kind;
}

/** The part is the first its whole's 其中 names, in the whole's sentence, with no figure between. */
function namedRightAfter(whole: ItemClaim, part: ItemClaim, text: string): boolean {
  const total = whole.current;
  const amount = part.current;
  if (!total || !amount || part.sentence !== whole.sentence || amount.start < total.end)
    return false;
  // (A whole below zero is a balance or a net amount, whose parts may be of either sign.)
  if (compare(total.yuan.lo, ZERO) < 0) return false;
  const between = text.slice(total.end, amount.start);
  // (A bound in the part's name is no figure: "其中，单位价值 100 万元以上设备 15 台".)
  const unbound = between.replace(
    /[0-9０-９][0-9０-９.,，]*\s*万?元\s*(?:[（(]\s*含\s*[）)])?\s*(?:以上|以下)/g,
    ""
  );
  return /^\s*[，,]?\s*其中[：:，,]?/.test(between) && !/[0-9０-９]/.test(unbound);
}

/** True when the item is one of the parts the whole is known to have. */
function isKnownPart(part: ItemClaim, whole: ItemClaim): boolean {
  const partKey = itemKeyOf(part.name);
  const wholeKey = itemKeyOf(whole.name);
  return (
    partKey !== undefined &&
    wholeKey !== undefined &&
    (WHOLE_PARTS[wholeKey] ?? []).some((set) => set.includes(partKey))
  );
}

/**
 * Words that name a class cut across the others of its list: "其中，教育支出126.82亿元…；民生支出476.59亿元" (信阳市 2025:
 * 民生 spending holds 教育 and 社会保障 spending); "住户贷款…；非金融企业及机关团体贷款…；中小微企业贷款…" (株洲市 2025:
 * small firms' loans are among the firms'). A selection with such a part may count an amount twice.
 */
const CROSS_CUT = /^民生(?:类)?支出|中小微|小微|普惠|涉农|绿色|制造业|民营/;

function aCrossCutAmong(parts: readonly ItemClaim[]): boolean {
  const cut = parts.filter((part) => CROSS_CUT.test(part.name));
  return cut.length > 0 && cut.length < parts.length;
}

/**
 * A list of parts whose sum means something: no part named twice (the list said again in another sentence),
 * not two breakdowns of the whole mixed (人员经费 beside 工资福利支出), no class cut across the others.
 */
function clearList(parent: ItemClaim, parts: readonly ItemClaim[]): boolean {
  if (aCrossCutAmong(parts)) return false;
  const keys = parts.map((part) => itemKeyOf(part.name));
  if (new Set(parts.map((part, i) => keys[i] ?? part.name)).size < parts.length) return false;
  const people = parts.every((part) => part.current?.unit === "人");
  if (people && peopleOfTwoBreakdowns(parts.map((part) => part.name))) return false;
  return oneBreakdown(
    keys.filter((key): key is ItemKey => key !== undefined),
    itemKeyOf(parent.name)
  );
}

/** An item's parts, one list per breakdown of it ("按支出项目类别：…", "按支出功能分类科目：…"). */
function listsOf(parent: ItemClaim): ItemClaim[][] {
  const lists = new Map<number, ItemClaim[]>();
  for (const child of parent.children)
    lists.set(child.breakdown, [...(lists.get(child.breakdown) ?? []), child]);
  return [...lists.values()];
}

function checkParts(parent: ItemClaim, context: AuditContext): AuditFinding[] {
  return listsOf(parent).flatMap((list) => {
    const lastYear = lastYearsList(parent, list);
    return [
      ...checkList(...byBudget(parent, list, context), context),
      ...(lastYear ? checkList(...lastYear, context) : []),
      ...checkChangesAlone(parent, list, context),
    ];
  });
}

/**
 * Parts that are all of their whole, some printed with their change alone: "“三公”经费支出合计7471万元，…增加450万元" over
 * "一、因公出国（境）经费…841万元，较2022年增加835万元", "二、公务用车购置及运行维护费…较2022年减少540万元", "三、公务接待费525万元，
 * 较上年增加153万元" (宁夏 2023) — their changes against the whole's, as `checkList` holds them when every part has an amount.
 */
function checkChangesAlone(
  parent: ItemClaim,
  list: readonly ItemClaim[],
  context: AuditContext
): AuditFinding[] {
  const change = parent.delta;
  if (!change || list.length < 2 || list.every((part) => part.current)) return [];
  if (!list.every((part) => part.delta && sameKind(change.figure, part.delta.figure))) return [];
  if (!clearList(parent, list) || !partsMakeWhole(parent, list)) return [];
  return checkChanges(parent, list, "delta", context);
}

/**
 * Last year's amounts of a whole and of every part of its list ("2017年部门预算总收入为771.38万元,其中:一般公共预算
 * 拨款771.38万元"): they add up as this year's do — the list seen as last year's amounts only.
 */
function lastYearsList(parent: ItemClaim, list: ItemClaim[]): [ItemClaim, ItemClaim[]] | undefined {
  if (!parent.prior || list.length === 0 || !list.every((child) => child.prior)) return undefined;
  const asLastYears = (item: ItemClaim): ItemClaim => ({
    ...item,
    // (Named without this year's year: "2018年部门预算总收入" is last year's 771.38万元 here.)
    printedName: item.printedName.replace(/^\s*20\d\d\s*年度?/, ""),
    current: item.prior,
    prior: undefined,
    delta: undefined,
    rate: undefined,
    budgetDelta: undefined,
    budgets: [],
    shares: [],
  });
  return [asLastYears(parent), list.map(asLastYears)];
}

/** The budget's sentence ends with it, and the next opens with 其中. */
const BUDGET_THEN_PARTS = /^\s*[。；;]\s*其中\s*[:：,，]?/;

/**
 * A whole known only by its budget, whose parts are known only by theirs ("“三公”经费支出预算为11.52万元…。其中:因公
 * 出国(境)费支出预算为0万元,公务接待费支出预算为11.52万元,公务用车购置及运行费支出预算为35万元"): the parts'
 * budgets are what add up to its budget — in a 决算 as in a budget text.
 */
function byBudget(
  parent: ItemClaim,
  list: ItemClaim[],
  context: AuditContext
): [ItemClaim, ItemClaim[]] {
  const { text } = context;
  if (parent.current || parent.budgets.length !== 1) return [parent, list];
  // "项目资金总预算为2455.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元": parts said with no word of
  // their own, in the sentence of a whole known only by its budget — or in the 其中 sentence right after it ("“三公”
  // 经费预算为3328万元。其中,因公出国(境)费50万元,…": a 市本级 budget of 2019) — are parts of that budget.
  const budget = parent.budgets[0].amount;
  const ownSentence = (child: ItemClaim) =>
    child.sentence === parent.sentence ||
    (child.sentence === list[0].sentence &&
      BUDGET_THEN_PARTS.test(text.slice(budget.end, child.sentence.end)));
  if (
    list.length > 0 &&
    list.every((child) => child.current && child.budgets.length === 0 && ownSentence(child)) &&
    parent.sentence.start <= budget.start &&
    budget.end <= parent.sentence.end
  )
    return [{ ...parent, current: budget }, list];
  // (Each part's budget, even where its amount was named again later: "其中:因公出国(境)费支出预算为13.9万元,…。
  // (一)因公出国(境)费支出13.9万元" — 安徽省编办 2016.)
  const budgetsInTheList =
    list.every((child) => child.budgets.length === 1) && budgetsListedWithIt(budget, list, context);
  if (list.some((child) => child.current) && !budgetsInTheList) return [parent, list];
  return [
    { ...parent, current: parent.budgets[0].amount },
    list
      .filter((child) => child.budgets.length === 1)
      .map((child) => ({ ...child, current: child.budgets[0].amount })),
  ];
}

/**
 * A whole printed in a smaller unit than all of its parts, whose number its parts make up in theirs: "其中完成村卫生室
 * 实施基本药物制度补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元" (旺苍县卫生健康局 2021) — the parts are
 * far more than the whole, and the whole's unit is the slip.
 */
function wholeInAnotherUnit(
  parent: ItemClaim,
  list: readonly ItemClaim[],
  context: AuditContext
): AuditFinding | undefined {
  const total = parent.current;
  const amounts = list.map((part) => part.current);
  if (!total || amountKind(total.unit) !== "money" || amounts.length < 2) return undefined;
  const unit = amounts[0]?.unit;
  if (!unit || unit === total.unit || amounts.some((amount) => amount?.unit !== unit))
    return undefined;
  const printed = amounts as PrintedAmount[];
  const inTheirUnit = sum(printed.map((amount) => amount.interval));
  const partsYuan = sum(printed.map((amount) => amount.yuan));
  if (!intersects(inTheirUnit, total.interval) || compare(partsYuan.lo, total.yuan.hi) <= 0)
    return undefined;
  const { words } = context;
  const names = list.map((part) => part.printedName).join("、");
  const sumText = sayAmountLike(middle(partsYuan), printed[0]);
  const over = words.partsOver(parent.printedName, total.text, names, sumText).replace(/。$/, "");
  const expected = `${total.digits}${unit}`;
  return findingAt(
    "AUDIT-SUM",
    "error",
    quoteWith(parent.sentence, list[list.length - 1].sentence, context.text),
    total,
    `${over}${words.mistakes.unitSlip(expected)}。`,
    total.text,
    expected
  );
}

/**
 * One part printed in another unit than its whole and every other part, whose number makes the parts add up to the
 * whole in theirs: "全县民生支出累计完成131385万元…其中:教育支出29104元;文化旅游体育与传媒支出2267万元;…" (托克托县
 * 2024) — eight parts that make 131385万元 exactly when 29104 is in 万元. A list not known to be all of its whole
 * may fall short of it; falling short by exactly the amount the slip lost is no chance.
 */
function partInAnotherUnit(
  parent: ItemClaim,
  list: readonly ItemClaim[],
  context: AuditContext
): AuditFinding | undefined {
  const total = parent.current;
  if (!total || amountKind(total.unit) === "count") return undefined;
  const amounts = list.map((part) => part.current);
  const slipped = list.filter((part) => part.current?.unit !== total.unit);
  // (Two parts are enough for an area: "其中国家级公益林面积74533.76公顷，自治区级公益林面积3170.24亩".)
  const fewest = amountKind(total.unit) === "area" ? 2 : 3;
  if (amounts.length < fewest || slipped.length !== 1) return undefined;
  const part = slipped[0];
  const printed = part.current;
  if (!printed || amountKind(printed.unit) !== amountKind(total.unit)) return undefined;
  const reread = amountAt(printed.digits, printed.start, total.unit);
  if (!reread) return undefined;
  const others = sum(
    (amounts as PrintedAmount[]).filter((amount) => amount !== printed).map((a) => a.yuan)
  );
  if (
    judge(total.yuan, sum([others, printed.yuan])) === "consistent" ||
    judge(total.yuan, sum([others, reread.yuan])) === "wrong"
  )
    return undefined;
  const expected = `${printed.digits}${total.unit}`;
  return findingAt(
    "AUDIT-SUM",
    "error",
    quoteWith(parent.sentence, part.sentence, context.text),
    printed,
    context.words.partInAnotherUnit(
      `${part.printedName}${printed.text}`,
      total.unit,
      `${parent.printedName}${total.text}`,
      expected
    ),
    printed.text,
    expected
  );
}

/**
 * "一般公共预算总收入208852万元。其中:一般预算收入完成20707万元,…,其中:税收收入8059万元,非税收入12648万元,上级补助收入
 * 147757万元…;上年结余收入394万元" (温泉县 2021): a nested 其中 whose first parts make its whole, after which the
 * list goes on with the whole's siblings — the whole and the rest make the whole above it. None of it is wrong.
 */
function listGoesBackUp(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  context: AuditContext
): boolean {
  const total = parent.current;
  const above = parent.parent?.current;
  if (!total || !above || parts.length < 3) return false;
  const amounts = parts.map((part) => partYuan(part.current as PrintedAmount, context.claims));
  for (let split = 2; split < parts.length; split++) {
    if (judge(total.yuan, sum(amounts.slice(0, split))) === "wrong") continue;
    return judge(above.yuan, sum([total.yuan, ...amounts.slice(split)])) !== "wrong";
  }
  return false;
}

/**
 * A name that says its amount is a total of its own, never one part of another: "形成总规模2亿元的财政支持" (雅安市
 * 2025: the 1亿元 fund and 1亿元 of taxes left, together).
 */
const TOTAL_OF_ITS_OWN = /总规模|总盘子/;

/**
 * Parts more than the whole the 其中 follows, that a whole named just before can hold and whose names all share a
 * word with that one's, not with this one's: "货物进出口总额9600.22亿元，…其中，出口5407.63亿元…；进口4192.58亿元…。
 * 其中，对共建“一带一路”国家进出口额4941.06亿元…；对RCEP国家进出口额3249.13亿元" (厦门市 2025) are of the 进出口总额.
 */
function partsOfAPeer(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  partsSum: Interval,
  context: AuditContext
): boolean {
  const shared = (name: string) => {
    for (let length = Math.min(name.length, 6); length >= 3; length--)
      for (let at = 0; at + length <= name.length; at++) {
        const word = name.slice(at, at + length);
        if (!parent.name.includes(word) && parts.every((part) => part.name.includes(word)))
          return true;
      }
    return false;
  };
  return context.claims
    .itemsIn(parent.sentence.paragraph)
    .some(
      (other) =>
        other !== parent &&
        !parts.includes(other) &&
        other.current !== undefined &&
        other.current.start < parent.sentence.start + parent.sentence.text.length &&
        sameKind(other.current, parent.current) &&
        compare(partsSum.hi, other.current.yuan.hi) <= 0 &&
        shared(other.name)
    );
}

/**
 * A list some of whose parts have an amount and some only a budget: "——市本级预算安排 1,175.5 万元。主要是抚恤金 800 万元，
 * …" (固原市 2025) — a part's amount read as its budget, and the list then holds the parts of its parts.
 */
function amountsOfTwoKinds(list: readonly ItemClaim[]): boolean {
  return (
    list.some((child) => child.current) &&
    list.some((child) => !child.current && child.budgets.length > 0)
  );
}

function checkList(
  parent: ItemClaim,
  list: readonly ItemClaim[],
  context: AuditContext
): AuditFinding[] {
  const slip =
    wholeInAnotherUnit(parent, list, context) ?? partInAnotherUnit(parent, list, context);
  if (slip) return [slip];
  const total = amountThisYear(parent, context.claims.kind);
  // Money with money, counts with counts of the same thing (人 with 人, 辆 with 辆).
  const parts = withoutTrailingTotal(
    parent,
    beforeSemicolonThatEnds(
      parent,
      withoutSubtotalsParts(
        list.filter(
          (child) =>
            child.current && sameKind(child.current, total) && !TOTAL_OF_ITS_OWN.test(child.name)
        )
      ),
      context.text
    ),
    context.text
  );
  // One part alone can be checked only against being more than its whole, and only when it is known to be
  // a part of it (the 财政拨款 row of a 自评表's 年度资金总额).
  // (Or the part the whole's own 其中 names first, no other figure between: "…共同事权转移支付资金 18,225.94万元，其中：
  // 安排基本公共卫生服务方向 35,541.8 万元，…" — 北京市卫健委 2026.)
  const onePart =
    parts.length === 1 &&
    (isKnownPart(parts[0], parent) || namedRightAfter(parent, parts[0], context.text))
      ? parts
      : undefined;
  if (!total || (parts.length < 2 && !onePart) || !clearList(parent, parts)) return [];
  if (parallelList(parent, parts, context) || alternatingList(parent, parts, context)) return [];
  if (listGoesBackUp(parent, parts, context)) return [];
  const { words } = context;
  // A part printed "0万元" is 0 to 0.5万元, not below 0 — unless the whole is a balance, whose parts may be; an
  // adjustment's parts that cut ("调增…支出2.73亿元和…6,038万元、调减基建支出1.49亿元") are taken off.
  const takenOff = partsTakenOff(parts, context.text);
  const asPart = (part: ItemClaim, atLeastZero: boolean): Interval => {
    const printed = partYuan(part.current as PrintedAmount, context.claims);
    const amount = atLeastZero ? notBelowZero(printed) : printed;
    return takenOff.has(part) ? signed(amount, -1) : amount;
  };
  const partsSum: Interval = sum(parts.map((part) => asPart(part, !mayBeNegative(parent, parts))));
  const names = parts.map((part) => part.printedName).join("、");
  const sumText = sayAmountLike(middle(sum(parts.map((part) => asPart(part, false)))), total);
  const whole =
    (partsMakeWhole(parent, parts) ||
      sharesMakeWhole(parts, context.claims) ||
      classesOfAUnitsSpending(parent, parts, context) ||
      aTwinListAddsUp(parent, parts, context) ||
      emptyLinesListedToo(parent, parts, context.text)) &&
    !amountUnreadAmong(parts, context);
  // "资产总额33.5万亿元，负债总额9.9万亿元，净资产23.6万亿元。其中，行政单位资产10.1万亿元…": a 其中 may list the
  // parts of another whole of the sentence before than the last one; when they are exactly that one's, no finding.
  if (judge(total.yuan, partsSum) === "wrong" && fitsAnotherWhole(parent, partsSum, context))
    return [];
  // "…其中:一般公共转移支付补助收入9.42亿元,…主要为税收返还0.75亿元…;一般性转移支付收入6.55亿元…;专项转移支付
  // 收入2.12亿元" (克拉玛依区 2020): parts that make up the part before them are its own, when so the list makes
  // its whole.
  if (
    judge(total.yuan, partsSum) === "wrong" &&
    judge(
      total.yuan,
      sum(nestedRemoved(parts, context.text).map((part) => asPart(part, false)))
    ) !== "wrong"
  )
    return [];
  // Parts listed in the sentences (or a table's lines) after their whole's are quoted with it (金寨县麻埠镇 2023:
  // "…下达上级资金转移支付755.19万元。其中:中央级资金转移支付124.23万元,…"), when near.
  const quoted = quoteWith(parent.sentence, parts[parts.length - 1].sentence, context.text);
  const found: AuditFinding[] = [];
  const elsewhere =
    judge(total.yuan, partsSum) === "wrong"
      ? amountMadeElsewhere(parent, parts, partsSum, context)
      : undefined;
  if (elsewhere) {
    // The parts make another amount printed beside: the text may have listed them under the wrong whole, or the
    // audit read them so — a 警告 that names both, never a 错误.
    found.push(
      findingAt(
        "AUDIT-SUM",
        "warning",
        quoted,
        total,
        words.partsMakeAnother(parent.printedName, total.text, names, sumText, elsewhere.text),
        total.text,
        sumText
      )
    );
  } else if (whole) {
    found.push(
      ...verdictFinding(
        judge(total.yuan, partsSum),
        "AUDIT-SUM",
        quoted,
        total,
        {
          wrong: words.partsMismatch(parent.printedName, total.text, names, sumText),
          rounding: words.rounding(`${parent.printedName}${total.text}`, sumText),
        },
        total.text,
        sumText
      )
    );
  } else if (
    judge(total.yuan, partsSum) === "wrong" &&
    compare(partsSum.lo, total.yuan.hi) > 0 &&
    !mayBeNegative(parent, parts) &&
    !overExplained(total.yuan, parts, context, "current") &&
    !partsOfAPeer(parent, parts, partsSum, context) &&
    !amountsOfTwoKinds(list)
  ) {
    // A selection of parts can be less than the total, never more.
    found.push(
      findingAt(
        "AUDIT-SUM",
        "error",
        quoted,
        total,
        words.partsOver(parent.printedName, total.text, names, sumText),
        total.text,
        ""
      )
    );
  }
  if (whole) {
    found.push(...checkBudgets(parent, parts, context));
    found.push(...checkChanges(parent, parts, "delta", context));
    found.push(...checkChanges(parent, parts, "budgetDelta", context));
    found.push(...checkChangesWithRates(parent, parts, context));
  } else if (!mayBeNegative(parent, parts) && judge(total.yuan, partsSum) === "consistent") {
    // Parts whose amounts make up the whole to the 分 are every line it has this year; a line it had last year
    // and not this one is not listed, and could only have fallen: the whole's change is at most the parts'.
    found.push(...checkChanges(parent, parts, "delta", context, true));
    found.push(...checkChangesWithRates(parent, parts, context, true));
  }
  return found;
}

/** Where the line an item's sentence is on starts. */
function lineStartOf(item: ItemClaim, text: string): number {
  return text.lastIndexOf("\n", item.sentence.start - 1) + 1;
}

/** The numbering the line an item's sentence opens starts with ("（一）", "一、", "1.", "①"), by its style. */
function numberingOfLine(item: ItemClaim, text: string): string | undefined {
  const lineStart = lineStartOf(item, text);
  if (text.slice(lineStart, item.sentence.start).trim() !== "") return undefined;
  return numberingStyle(text.slice(lineStart, item.sentence.end).trimStart());
}

/**
 * Every amount after a list's whole to the end of its last part's paragraph is one of its parts: nothing more of the list was
 * left unread ("其中:拨给市纪委140万元、…市委党校150万元。拨给上海市党的建设研究会80万元…" goes on past the 其中's
 * sentence; "…等项目4个,资金28万元" names a part the reading missed).
 */
function listReadToItsEnd(parent: ItemClaim, parts: readonly ItemClaim[], text: string): boolean {
  const starts = new Set(parts.map((part) => part.current?.start));
  const from = parent.current?.end ?? 0;
  // (To the end of its paragraph: past the line ends a PDF's width cut.)
  const wraps = softWraps(text);
  let lineEnd = text.indexOf("\n", parts[parts.length - 1].current?.end ?? from);
  while (lineEnd >= 0 && wraps.has(lineEnd)) lineEnd = text.indexOf("\n", lineEnd + 1);
  const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  return [...rest.matchAll(/[0-9０-９][0-9０-９,，.．]*\s*(?:万亿元|亿元|万元|元)/g)].every(
    (amount) => starts.has(from + (amount.index ?? 0))
  );
}

/** How many paragraphs around a list its twin is looked for in. */
const TWIN_REACH = 12;

/**
 * Twin lists: wholes on lines numbered alike, named alike, each with a 其中 list — "(一)用于群众体育支出298.3万元…其中:
 * …" and "(二)用于竞技体育支出182.7万元…其中:…" (南平市 2020). When another's list makes its whole to the 分, the report
 * lists every part under each, and a list that falls short of its whole has a figure wrong.
 */
function aTwinListAddsUp(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  context: AuditContext
): boolean {
  const style = parts.length >= 2 ? numberingOfLine(parent, context.text) : undefined;
  if (!style || parent.parent || !listReadToItsEnd(parent, parts, context.text)) return false;
  const partsOf = (whole: ItemClaim) =>
    whole.children.filter((child) => child.breakdown === whole.children[0].breakdown);
  // (Within a dozen paragraphs of it.)
  const near: ItemClaim[] = [];
  for (
    let at = parent.sentence.paragraph - TWIN_REACH;
    at <= parent.sentence.paragraph + TWIN_REACH;
    at++
  )
    near.push(...context.claims.itemsIn(at));
  return near.some((twin) => {
    if (twin === parent || twin.parent || !twin.current || twin.children.length < 2) return false;
    if (commonEnd(twin.name, parent.name) < 2) return false;
    if (numberingOfLine(twin, context.text) !== style) return false;
    const listed = partsOf(twin).filter(
      (child) => child.current && sameKind(child.current, twin.current)
    );
    return (
      listed.length >= 2 &&
      listed.length === partsOf(twin).length &&
      judge(
        twin.current.yuan,
        sum(listed.map((child) => (child.current as PrintedAmount).yuan))
      ) === "consistent"
    );
  });
}

/**
 * A subtotal in a list, and the parts after it that make it, printed flat ("实有人数小计17人,其中:在职人数小计17人,
 * 行政在职人数0人,参照…在职人数5人,事业单位在职人数12人": 上犹县委党校 2025): those parts are the subtotal's.
 */
function withoutSubtotalsParts(parts: ItemClaim[]): ItemClaim[] {
  const amount = (part: ItemClaim) => (part.current as PrintedAmount).yuan;
  for (let k = 0; k < parts.length; k++) {
    if (!/小计$/.test(parts[k].name)) continue;
    for (let end = k + 2; end <= parts.length; end++) {
      const after = parts.slice(k + 1, end);
      if (judge(amount(parts[k]), sum(after.map(amount))) !== "consistent") continue;
      if (
        end < parts.length &&
        judge(amount(parts[k]), sum(parts.slice(k + 1, end + 1).map(amount))) === "consistent"
      )
        continue;
      return withoutSubtotalsParts([...parts.slice(0, k + 1), ...parts.slice(end)]);
    }
  }
  return parts;
}

/**
 * The list with each run of two or more parts that makes up the part just before it, and that the text opens as
 * its parts (主要为, 主要是, 其中, 包括), taken out. (Not parts merely equal to it: "一般公共服务支出预算1,196.3万元,
 * 教育支出预算894.1万元,…" gives the whole to the wrong part — 綦江区扶欢中学 2024.)
 */
function nestedRemoved(
  parts: readonly ItemClaim[],
  text: string,
  year: "current" | "prior" = "current"
): ItemClaim[] {
  const printed = (part: ItemClaim) => part[year] as PrintedAmount;
  const amount = (part: ItemClaim) => printed(part).yuan;
  for (let k = 0; k < parts.length - 1; k++) {
    const between = text.slice(printed(parts[k]).end, printed(parts[k + 1]).start);
    if (!/主要(?:为|是|包括)|其中|包括/.test(between)) continue;
    for (let end = k + 3; end <= parts.length; end++)
      if (judge(amount(parts[k]), sum(parts.slice(k + 1, end).map(amount))) === "consistent")
        return nestedRemoved([...parts.slice(0, k + 1), ...parts.slice(end)], text, year);
  }
  return [...parts];
}

/** Two names that end alike (支出预算, 转移支付, 收入): of one kind, siblings rather than a whole and its parts. */
function sameEnding(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2);
}

/**
 * Words that open the parts of the part before them, in the clause of the first of them: "…216.25亿元，主要包括共同
 * 事权转移支付85.51亿元", "…1,175.5万元。主要是抚恤金 800 万元". (Not a reason: "…主要原因是2016年财政拨付1000万元
 * 政府债券,2017年无此项收入。2.上级补助收入0万元"; nor a bracket in a name: "本级资金(包括结转结余) 20.25".)
 */
const NESTED_OPENER = /(?:主要(?:为|是|包括|有|用于|安排)|其中|包括|含)[^，,。；;\n)）]*$/;

/**
 * The list without the runs of parts that are the part before them broken down: a run the text opens as its parts
 * (主要包括…, 主要是…) whose amounts come to no more than it, or a run of two or more that make it exactly
 * ("新增债券331446万元，市本级留用90000万元，转贷县（市、区）241446万元" — 吕梁市 2018).
 */
function withoutNestedRuns(
  parts: readonly ItemClaim[],
  context: AuditContext,
  year: "current" | "prior"
): ItemClaim[] {
  const { text, claims } = context;
  const printed = (part: ItemClaim) => part[year] as PrintedAmount;
  // (Whole amounts in a text that prints their unit to the cent are exact: "常委活动8万" is no 联络3万 + 接待4万 — 政协 预算.)
  const amount = (part: ItemClaim) => partYuan(printed(part), claims);
  const kept: ItemClaim[] = [];
  let k = 0;
  while (k < parts.length) {
    const part = parts[k];
    kept.push(part);
    let end = k + 1;
    if (k + 1 < parts.length) {
      const opened = NESTED_OPENER.test(
        unwrappedSlice(text, printed(part).end, printed(parts[k + 1]).start)
      );
      let run: Interval = { lo: ZERO, hi: ZERO };
      for (let j = k + 1; j < parts.length; j++) {
        run = sum([run, amount(parts[j])]);
        if (compare(run.lo, amount(part).hi) > 0) break;
        // (Not a run named as the part is — siblings that happen to add up to it: "一般公共服务支出预算1,196.3万元,
        // 教育支出预算894.1万元,…" — 綦江区扶欢中学 2024.)
        const exact =
          j > k + 1 &&
          judge(amount(part), run) === "consistent" &&
          !parts.slice(k + 1, j + 1).some((other) => sameEnding(other.name, part.name));
        if (opened || exact) end = j + 1;
      }
    }
    k = end;
  }
  return kept;
}

/**
 * The parts of a whole they were read as more than, as the text gives them: the first of them when they already make
 * it: the first of them already make it (what
 * follows a ；is said beside the list: "本金391,710万元，其中：一般债券还本378,430万元，专项债券还本13,280万元；支付…利息
 * 607,497万元" — 东莞市 2025), or some are the breakdown of the part before them ("一般性转移支付216.25亿元，…主要包括
 * 共同事权转移支付85.51亿元，…" — 大同市 2025): those breakdowns left out.
 */
function partsOfTheWhole(
  whole: Interval,
  parts: readonly ItemClaim[],
  context: AuditContext,
  year: "current" | "prior"
): readonly ItemClaim[] {
  const { text } = context;
  if (!parts.every((part) => part[year])) return parts;
  // The runs of the list between ；: one that makes the whole is its parts, the others said beside them — or
  // another breakdown of it ("计划41.5亿元，其中：市本级（不含创新区）38.3亿元，创新区3.2亿元；续建项目28.5亿元，新建项目13
  // 亿元": 南通市 2026).
  const runs: ItemClaim[][] = [[parts[0]]];
  for (let k = 1; k < parts.length; k++) {
    const apart = text.slice(
      (parts[k - 1][year] as PrintedAmount).end,
      (parts[k][year] as PrintedAmount).start
    );
    if (/[；;]/.test(apart)) runs.push([parts[k]]);
    else runs[runs.length - 1].push(parts[k]);
  }
  if (runs.length > 1) {
    const making = runs.find(
      (run) =>
        run.length >= 2 &&
        judge(whole, sum(run.map((part) => (part[year] as PrintedAmount).yuan))) === "consistent"
    );
    if (making) return making;
  }
  const kept = withoutNestedRuns(parts, context, year);
  const keptSum = sum(kept.map((part) => (part[year] as PrintedAmount).yuan));
  return judge(whole, keptSum) !== "wrong" || compare(keptSum.lo, whole.hi) <= 0 ? kept : parts;
}

function overExplained(
  whole: Interval,
  parts: readonly ItemClaim[],
  context: AuditContext,
  year: "current" | "prior"
): boolean {
  return partsOfTheWhole(whole, parts, context, year).length < parts.length;
}

/**
 * The parts before a ；when they already make the whole: what follows the ；is said beside the list, not in it
 * ("新增债务限额49.35亿元，其中：新增一般债务限额18.25亿元，新增专项债务限额31.1亿元；调整使用专项债务限额7.48亿元").
 */
function beforeSemicolonThatEnds(parent: ItemClaim, parts: ItemClaim[], text: string): ItemClaim[] {
  const total = parent.current;
  // (Not kinds that are all of it: "新增政府债务限额2.39亿元,其中一般债务1.39亿元,其中外债转贷0.01亿元;专项债务1亿元"
  // — 台江区 2020.)
  if (!total || ofAKindThatIsAll(parent, parts)) return parts;
  for (let k = 1; k < parts.length; k++) {
    const before = parts[k - 1].current as PrintedAmount;
    const after = parts[k].current as PrintedAmount;
    if (!/[；;]/.test(text.slice(before.end, after.start))) continue;
    const sumBefore = sum(parts.slice(0, k).map((part) => (part.current as PrintedAmount).yuan));
    return judge(total.yuan, sumBefore) === "consistent" ? parts.slice(0, k) : parts;
  }
  return parts;
}

/**
 * "项目送审金额152.48亿元，审定金额134.11亿元，审减金额18.37亿元…。其中，市本级…送审金额36.05亿元，审定金额30.80亿元，
 * 审减金额5.25亿元": a 其中 that names again, one by one, the items said before it — the item it follows among
 * them — lists a part of each, not the parts of one.
 */
function parallelList(parent: ItemClaim, parts: readonly ItemClaim[], context: AuditContext) {
  const listStart = (parts[0].current as PrintedAmount).start;
  return (
    parts.length >= 2 &&
    // The whole is one of them too: the list's "whole" was only the last of the items said before it.
    parts.some((part) => sameItem(part.name, parent.name)) &&
    parts.every((part) =>
      context.claims
        .itemsIn(parent.sentence.paragraph)
        .some(
          (other) =>
            other !== part &&
            !parts.includes(other) &&
            namedAlike(other.name, part.name) &&
            other.current !== undefined &&
            other.current.start < listStart &&
            other.sentence.paragraph === parent.sentence.paragraph
        )
    )
  );
}

/**
 * An amount of money that goes on with the last part, named by nothing and read with no item: "其中:一般债务限额1亿元
 * 分配用于市本级项目;专项债务限额34.5亿元分配用于市本级项目,7.15亿元分配用于经开区项目" (嘉兴市 2023) — more of the
 * part than its amount, so the parts read are not all of the list, whatever their kinds.
 */
function amountUnreadAmong(parts: readonly ItemClaim[], context: AuditContext): boolean {
  const last = parts[parts.length - 1];
  const after = (last.current as PrintedAmount).end;
  const tail = context.text.slice(after, last.sentence.end);
  const end = after + (/[；;。]/.exec(tail)?.index ?? tail.length);
  const read = new Set<number>();
  // (The items of the last part's paragraph only: looking through all the text's for each list grew with its square.)
  for (const item of context.claims.itemsIn(last.sentence.paragraph))
    for (const figure of [item.current, item.prior, item.delta?.figure, item.budgetDelta?.figure])
      if (figure && figure.start >= after && figure.start < end) read.add(figure.start);
  return findFigures({ start: after, end, text: context.text.slice(after, end) }).some(
    (figure) =>
      figure.kind === "amount" &&
      amountKind(figure.unit) === "money" &&
      !read.has(figure.start) &&
      /[，,]\s*$/.test(context.text.slice(Math.max(after, figure.start - 3), figure.start))
  );
}

/**
 * "全省销售彩票2049631万元,…,筹集彩票公益金561512万元,…。其中:福利彩票销售机构销售1097297万元,…,筹集福利彩票公益金
 * 312653万元;体育彩票销售机构销售952334万元,…,筹集体育彩票公益金248859万元" (山东省 2011): a 其中 that gives, kind by
 * kind, a part of each of two wholes said before it — every other part adds up to the other whole.
 */
function alternatingList(parent: ItemClaim, parts: readonly ItemClaim[], context: AuditContext) {
  const total = parent.current;
  if (!total || parts.length < 4 || parts.length % 2 !== 0) return false;
  const amount = (part: ItemClaim) => (part.current as PrintedAmount).yuan;
  const even = sum(parts.filter((_, i) => i % 2 === 0).map(amount));
  const odd = sum(parts.filter((_, i) => i % 2 === 1).map(amount));
  const others = context.claims
    .itemsIn(parent.sentence.paragraph)
    .filter(
      (other) =>
        other !== parent &&
        !other.parent &&
        !parts.includes(other) &&
        other.current !== undefined &&
        sameKind(other.current, total)
    );
  return others.some((other) => {
    const theOther = (other.current as PrintedAmount).yuan;
    return (
      (judge(theOther, even) !== "wrong" && judge(total.yuan, odd) !== "wrong") ||
      (judge(theOther, odd) !== "wrong" && judge(total.yuan, even) !== "wrong")
    );
  });
}

/** The same name, or the same with another who in front: "全国国有企业资产" and "中央国有企业资产". */
function namedAlike(a: string, b: string): boolean {
  if (sameItem(a, b)) return true;
  const common = commonEnd(a, b);
  return common >= 2 && common >= Math.min(a.length, b.length) - 2;
}

/** A part named as taken off the whole: "调减基建支出", "扣除…", "减去…". */
const TAKEN_OFF = /^(?:调减|扣除|减去|减少|减(?=调出|上解|专项|债务|转移|安排|补助))/;

/**
 * The parts taken off: those named so, and those listed after one with a 、 alone — "…收入188.8亿元,加省级补助收入
 * 149.7亿元、县级上解收入11.6亿元,减上解省级10.7亿元、补助县级 92.8亿元,可用财力 246.6亿元" (石家庄市 2018): the
 * 减 is said once for both.
 */
function partsTakenOff(parts: readonly ItemClaim[], text: string): Set<ItemClaim> {
  const takenOff = new Set<ItemClaim>();
  parts.forEach((part, i) => {
    const before = parts[i - 1];
    const listedAfter =
      before !== undefined &&
      takenOff.has(before) &&
      before.current !== undefined &&
      part.current !== undefined &&
      /^\s*、[^\d０-９，,；;。、]*$/.test(
        unwrappedSlice(text, before.current.end, part.current.start)
      );
    if (TAKEN_OFF.test(part.printedName) || listedAfter) takenOff.add(part);
  });
  return takenOff;
}

/** An amount printed without a minus sign is at least 0. */
function notBelowZero(amount: Interval): Interval {
  return compare(amount.lo, ZERO) < 0 && compare(amount.hi, ZERO) > 0
    ? { lo: ZERO, hi: amount.hi }
    : amount;
}

/**
 * The parts of a balance may be below 0 when they are balances or gaps themselves: "结余7,989,696.80元，其中财政结余
 * 9,708,993.94元，用事业基金弥补收支差额1,719,297.14元" (the second part is taken off), or income and spending
 * read into its list ("年末滚存结余26900亿元。其中,基本养老保险费收入17002亿元…;支出16090亿元"). (Under 收入总计,
 * 用事业基金弥补收支差额 is income like any other; and funds carried over are funds, whoever gave them: "结转2023年福利
 * 彩票公益金1123.276221万元,其中:省级资金361万元,地方分成资金762.276221万元" — 仁寿县 2022.)
 */
function mayBeNegative(parent: ItemClaim, parts: readonly ItemClaim[]): boolean {
  return (
    /结余|结转|差额|赤字|缺口/.test(parent.name) &&
    parts.some((part) => /结余|结转|差额|赤字|缺口|弥补|亏|收入|支出/.test(part.name))
  );
}

/**
 * The list without a last name the audit does not know that is more than the whole alone and at least all the
 * parts before it, or that is the whole again after parts that make it: another total read into the list ("离退休人员71人，其中离休6人，退休65人，财政全额供养人员
 * 117人"), not a part. (Parts of 0 before it leave it a part: "共有公务用车0辆，其中：轿车0辆…载客汽车1辆".)
 */
function withoutTrailingTotal(parent: ItemClaim, parts: ItemClaim[], text: string): ItemClaim[] {
  const total = parent.current;
  const last = parts[parts.length - 1];
  if (!total || !last?.current || parent.partsAreAll || itemKeyOf(last.name) !== undefined)
    return parts;
  // A list in brackets right after the whole's amount ends at the bracket: no other total is read into it
  // ("一般债务转贷收入4558万元(新增一般债券11,488万元,再融资债券33,670万元)": 米易县 2022).
  const firstPart = parts[0].current as PrintedAmount;
  if (/^\s*[（(][^)）]*$/.test(text.slice(total.end, firstPart.start))) return parts;
  const before = sum(parts.slice(0, -1).map((part) => (part.current as PrintedAmount).yuan));
  // (Not a part named as the others are, one word told apart: "其中：政府采购货物预算6.1万元，政府采购工程预算0万元，
  // 政府采购服务预算6,925.3万元" is a part printed wrong, over the 5,931.4 it is a part of.)
  // (Nor one of a set of kinds, all named so: "其中：货物类项目 54.01 万元、工程类项目 0.00 万元、服务类项目 2,789.30
  // 万元" — 深圳市气象局 2026, 2,689.30 changed.)
  const namedAsTheOthers =
    (!/总|合计|共计|累计/.test(last.name) &&
      parts.slice(0, -1).some((part) => commonStart(part.name, last.name) >= 3)) ||
    ofAKindThatIsAll(parent, parts) ||
    (new Set(parts.map((part) => /类[^类]*$/.exec(part.name)?.[0])).size === 1 &&
      /类/.test(last.name));
  const more =
    !namedAsTheOthers &&
    compare(last.current.yuan.lo, total.yuan.hi) > 0 &&
    compare(before.lo, ZERO) > 0 &&
    compare(last.current.yuan.hi, before.lo) >= 0;
  // "年末财政供给人数35人，其中在职18人，退休17人；公共财政拨款开支人数35人": the whole again, under another name,
  // after parts that already make it.
  // (Not a part named again with another amount: "其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达
  // 资金61.8万元" — 安徽泾县 2021 — says the 中央 part is the whole, which it is not.)
  const again =
    parts.length > 2 &&
    judge(last.current.yuan, total.yuan) === "consistent" &&
    judge(before, total.yuan) === "consistent" &&
    !parts.slice(0, -1).some((part) => commonStart(part.name, last.name) >= 2);
  return more || again ? parts.slice(0, -1) : parts;
}

/**
 * Another amount of the whole itself, printed near it (its paragraph, or the one before or after) — its budget,
 * last year's — that the parts add up to exactly: "“三公”经费支出10044.01万元，“三公”经费预算11324.44万元，其中：因公
 * 出国(境)费9605.80万元…" (the parts make the budget). Another item's amount does not count: a total printed wrong
 * has its parts make what balances it ("支出总计,867.48万元" beside 财力1,867.48万元).
 */
function amountMadeElsewhere(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  partsSum: Interval,
  context: AuditContext
): PrintedAmount | undefined {
  if (parts.length < 2) return undefined;
  const own = new Set<PrintedAmount | undefined>([
    parent.current,
    ...parts.map((part) => part.current),
  ]);
  const paragraph = parent.sentence.paragraph;
  for (let p = paragraph - 1; p <= paragraph + 1; p++) {
    for (const item of context.claims.itemsIn(p)) {
      if (item !== parent && !sameItem(item.name, parent.name)) continue;
      const amounts = [item.current, item.prior, ...item.budgets.map((budget) => budget.amount)];
      const made = amounts.find(
        (amount) =>
          amount !== undefined &&
          !own.has(amount) &&
          sameKind(amount, parent.current) &&
          judge(amount.yuan, partsSum) === "consistent"
      );
      if (made) return made;
    }
  }
  return undefined;
}

/**
 * An item named before the whole in its sentence, with no parts of its own listed, whose amount the parts add
 * up to exactly.
 */
function fitsAnotherWhole(parent: ItemClaim, partsSum: Interval, context: AuditContext): boolean {
  return context.claims
    .itemsIn(parent.sentence.paragraph)
    .some(
      (other) =>
        other !== parent &&
        other.parent !== parent &&
        other.sentence === parent.sentence &&
        other.current !== undefined &&
        parent.current !== undefined &&
        other.current.start < parent.current.start &&
        other.children.length === 0 &&
        sameKind(other.current, parent.current) &&
        judge(other.current.yuan, partsSum) === "consistent"
    );
}

/** The budgets of parts that are the whole against the whole's budget ("年初预算数6180万元" and its parts'). */
/**
 * The parts' budgets are printed with the whole's — in its sentence, or in the 其中 sentence right after it — not read
 * into them from another paragraph's breakdown: "2026年支出预算1,372.3亿元（基本支出452.2亿元…）…⏎2026年一般公共
 * 预算支出预算按用途划分，基本支出预算342.2亿元" are of the 一般公共预算 (广州市 2025).
 */
function budgetsListedWithIt(
  whole: PrintedAmount,
  parts: readonly ItemClaim[],
  context: AuditContext
): boolean {
  const { sentences } = context.claims;
  const own = sentenceAt(sentences, whole.start);
  if (!own) return false;
  const next = sentenceAt(sentences, own.end + 1);
  const end = next && /^\s*其中/.test(next.text) ? next.end : own.end;
  return parts.every(({ budgets: [budget] }) => {
    const at = budget?.amount;
    return at !== undefined && at.start >= whole.end && at.end <= end;
  });
}

function checkBudgets(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  context: AuditContext
): AuditFinding[] {
  const total = parent.budgets[0];
  const budgets = parts.map((part) => part.budgets[0]);
  if (!total || budgets.some((budget) => budget === undefined || budget.kind !== total.kind))
    return [];
  if (!budgetsListedWithIt(total.amount, parts, context)) return [];
  const partsSum = sum(budgets.map((budget) => budget.amount.yuan));
  const sumText = sayAmountLike(middle(partsSum), total.amount);
  const names = parts.map((part) => part.printedName).join("、");
  return verdictFinding(
    judge(total.amount.yuan, partsSum),
    "AUDIT-SUM",
    parent.sentence,
    total.amount,
    {
      wrong: context.words.budgetPartsMismatch(
        parent.printedName,
        total.amount.text,
        names,
        sumText
      ),
      rounding: context.words.rounding(total.amount.text, sumText),
    },
    total.amount.text,
    sumText
  );
}

/**
 * An item's amount in a year, printed or worked out from its other figures: 本年 = 上年 + 增减; from a change
 * and its rate alone, 上年 = 增减 ÷ 增幅; from this year's amount and the rate, 上年 = 本年 ÷ (1 + 增幅) (the rate
 * allowed truncation); else, the sum of its parts' when they are all of it and each is known.
 */
function amountIn(item: ItemClaim, year: "current" | "prior", depth = 0): Interval | undefined {
  return (
    amountFromOwnFigures(item, year) ?? (depth < 2 ? amountOfParts(item, year, depth) : undefined)
  );
}

function amountFromOwnFigures(item: ItemClaim, year: "current" | "prior"): Interval | undefined {
  const printed = item[year];
  if (printed) return amountKind(printed.unit) === "money" ? printed.yuan : undefined;
  if (!item.delta) {
    const current = item.current;
    if (year !== "prior" || !current || !item.rate || amountKind(current.unit) !== "money")
      return undefined;
    const onePlus = plus(point(ONE), rateFraction(item.rate));
    return quotient(current.yuan, onePlus);
  }
  if (amountKind(item.delta.figure.unit) !== "money") return undefined;
  const delta = signed(item.delta.figure.yuan, item.delta.direction);
  const other = year === "current" ? item.prior : item.current;
  if (other) return year === "current" ? plus(other.yuan, delta) : minus(other.yuan, delta);
  if (!item.rate || item.rate.direction !== item.delta.direction) return undefined;
  const rate = asRatio(signed(item.rate.figure.interval, item.rate.direction));
  const prior = quotient(delta, rate);
  if (!prior) return undefined;
  return year === "prior" ? prior : plus(prior, delta);
}

/** The sum of the parts' amounts in a year, when the parts listed are all of the item and each is known. */
function amountOfParts(item: ItemClaim, year: "current" | "prior", depth: number) {
  for (const list of listsOf(item)) {
    if (!clearList(item, list) || !partsMakeWhole(item, list)) continue;
    const amounts = list.map((part) => amountIn(part, year, depth + 1));
    if (amounts.every((amount) => amount !== undefined)) return sum(amounts as Interval[]);
  }
  return undefined;
}

/** A rate as a signed fraction, truncated or rounded up as well as rounded: 下降9.24% → [−0.09245, −0.09235]…. */
function rateFraction(rate: NonNullable<ItemClaim["rate"]>): Interval {
  return asRatio(signed(roundingLeeway(rate.figure.interval), rate.direction));
}

/**
 * Parts more than their whole in a year where the text prints neither side as such, but its changes and
 * rates fix them ("基本支出较上年增59.11万元，增幅22%" then "1.工资福利支出较上年增94.22万元，增44%" …): no
 * amounts inside the printed figures' roundings let the parts fit in the whole. A part nothing fixes counts
 * as at least 0 ("三公"经费1,938万元，同比增长20.07%, its parts' last year worked out from their rates).
 */
function checkWorkedOutParts(parent: ItemClaim, context: AuditContext): AuditFinding[] {
  return listsOf(parent).flatMap((list) => checkWorkedOutList(parent, list, context));
}

function checkWorkedOutList(
  parent: ItemClaim,
  given: readonly ItemClaim[],
  context: AuditContext
): AuditFinding[] {
  // (Not what the amounts printed say goes on beyond the whole, or breaks a part down.)
  const printedYear = parent.current ? "current" : parent.prior ? "prior" : undefined;
  const printedWhole = printedYear && parent[printedYear];
  const parts =
    printedYear && printedWhole
      ? partsOfTheWhole(printedWhole.yuan, given, context, printedYear)
      : given;
  if (parts.length < 2 || !clearList(parent, parts) || amountsOfTwoKinds(given)) return [];
  if (
    parent.current &&
    given.every((part) => part.current) &&
    alternatingList(parent, given, context)
  )
    return [];
  // (Nor a whole read as last year's over parts read as this year's: "2025年经开区一般公共预算支出执行3.05亿元，…下降
  // 16.82％。其中：一般公共服务支出2.95亿元，下降14.77％" in a report that budgets 2026 — 吕梁市 — prints one year's.)
  if (parent.prior && !parent.current && parts.every((part) => part.current && !part.prior))
    return [];
  // (Nor parts printed as more than it, of a whole named before it: partsOfAPeer.)
  if (parent.current && parts.every((part) => part.current)) {
    const printedSum = sum(parts.map((part) => (part.current as PrintedAmount).yuan));
    if (
      compare(printedSum.lo, parent.current.yuan.hi) > 0 &&
      partsOfAPeer(parent, parts, printedSum, context)
    )
      return [];
  }
  // (Parts the text opens as another part's own — 主要为… — are in it, not beside it: 克拉玛依区 2020.)
  for (const year of ["current", "prior"] as const)
    if (
      parts.every((part) => part[year]) &&
      nestedRemoved(parts, context.text, year).length < parts.length
    )
      return [];
  // Changes on one basis only: a rate against last year's budget beside one against what was spent is no sum.
  // (And the parts of a balance may be below 0: no part is known to be at least 0.)
  if (parts.some((part) => part.changeBasis !== parent.changeBasis) || mayBeNegative(parent, parts))
    return [];
  const printedBoth = (year: "current" | "prior") =>
    parent[year] !== undefined && parts.every((part) => part[year] !== undefined);
  for (const year of ["current", "prior"] as const) {
    // Printed amounts are checked as printed (checkParts).
    if (year === "current" && printedBoth(year)) continue;
    const total = amountFromOwnFigures(parent, year);
    const amounts = parts.map((part) => amountIn(part, year));
    const known = amounts.filter((amount): amount is Interval => amount !== undefined);
    if (!total || known.length < 2) continue;
    // What is not known of the other parts is at least 0.
    const partsLeast = sum(known.map((amount) => ({ lo: amount.lo, hi: amount.lo })));
    if (compare(partsLeast.lo, total.hi) <= 0) continue;
    const figure = parent.delta ?? parent.rate;
    const mark = figure
      ? {
          start: figure.word.start,
          end: figure.figure.end,
          text: `${figure.word.text}${figure.figure.text}`,
        }
      : (parent[year] as PrintedAmount | undefined);
    const like = parent.delta?.figure ?? parent[year] ?? amountThisYear(parent);
    if (!mark || !like) continue;
    const names = parts.map((part) => part.printedName).join("、");
    return [
      findingAt(
        "AUDIT-SUM",
        "error",
        parent.sentence,
        mark,
        context.words.workedOutPartsOver(
          parent.printedName,
          year === "current" ? context.words.thisYear : context.words.lastYear,
          names,
          sayAmountLike(partsLeast.lo, like),
          sayAmountLike(total.hi, like)
        ),
        mark.text,
        ""
      ),
    ];
  }
  return [];
}

/**
 * The parts' changes (against last year, or against the budget) against the whole's, when the parts are the
 * whole. A part with no change printed counts 0 when the text says it is unchanged (与上年持平), and when it
 * is 0 this year it can only have fallen: the whole's change is then at most the others' sum.
 */
function checkChanges(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  which: "delta" | "budgetDelta",
  context: AuditContext,
  linesNotListed = false
): AuditFinding[] {
  // (The sentence the whole's change is printed in: its own, or the one that named it before.)
  const said = parent[which] ? parent : namedBeforeWithChange(parent, which, context);
  const total = said?.[which];
  if (!said || !total || !parts.some((part) => part[which])) return [];
  const unlisted: ItemClaim[] = [];
  const changes: Interval[] = linesNotListed ? [{ lo: negate(BEYOND_ANY), hi: ZERO }] : [];
  for (const part of parts) {
    const change = part[which];
    if (change) changes.push(signed(change.figure.yuan, change.direction));
    else if (which === "delta" && part.flat) changes.push(point(ZERO));
    else if (part.current && compare(statedYuan(part.current), ZERO) === 0) {
      unlisted.push(part);
      changes.push({ lo: negate(BEYOND_ANY), hi: ZERO });
    } else return [];
  }
  const listedChanges = linesNotListed ? changes.slice(1) : changes;
  const listed = sum(listedChanges.filter((_, i) => !unlisted.includes(parts[i])));
  const changeSum = sum(changes);
  const printed = signed(total.figure.yuan, total.direction);
  const claim = `${total.word.text}${total.figure.text}`;
  const listedSum = middle(listed);
  const sumSaid = context.words.change(
    sayAmountLike(abs(listedSum), total.figure),
    compare(listedSum, ZERO) >= 0
  );
  const names = [
    ...unlisted.map((part) => part.printedName),
    ...(linesNotListed ? [context.words.linesNotListed] : []),
  ].join("、");
  const say =
    which === "delta" ? context.words.changesMismatch : context.words.budgetChangesMismatch;
  return verdictFinding(
    judge(printed, changeSum),
    "AUDIT-SUM",
    said.sentence,
    { start: total.word.start, end: total.figure.end, text: claim },
    {
      wrong: say(parent.printedName, claim, sumSaid, names),
      rounding: context.words.rounding(claim, sumSaid),
    },
    total.figure.text,
    sumSaid
  );
}

/**
 * A whole whose change was printed where it was named before, with the same amount: "当年一般公共预算拨款支出
 * 25859.6 万元，较上年增加 19359.12 万元" in one section, then "当年一般公共预算支出 25859.6 万元，其中：" and its
 * parts' changes in the next (中共西安市委宣传部 2021).
 */
function namedBeforeWithChange(
  parent: ItemClaim,
  which: "delta" | "budgetDelta",
  context: AuditContext
): ItemClaim | undefined {
  const { current, sentence } = parent;
  if (!current) return undefined;
  const before = context.claims
    .itemsNamedNear(parent.name, sentence.paragraph, 3)
    .filter(
      (other) =>
        other.sentence.start < sentence.start &&
        sentence.paragraph - other.sentence.paragraph <= 3 &&
        other.current !== undefined &&
        compare(statedYuan(other.current), statedYuan(current)) === 0 &&
        other[which] !== undefined
    );
  return before[before.length - 1];
}

const ONE = rational(1n);

/**
 * The change an item's rate and this year's amount allow: 增减 = 本年 × r ÷ (1 + r), the rate taken as
 * truncated or rounded up as well as rounded, so that only a change no rounding explains is excluded.
 */
function changeByRate(item: ItemClaim): Interval | undefined {
  const current = amountThisYear(item);
  const { rate, delta } = item;
  if (!current || !rate || amountKind(current.unit) !== "money") return undefined;
  if (delta && delta.direction !== rate.direction) return undefined;
  const onePlus = plus(point(ONE), rateFraction(rate));
  if (compare(onePlus.lo, ZERO) <= 0) return undefined;
  // r ÷ (1 + r) = 1 − 1 ÷ (1 + r) rises with r.
  const ofCurrent = { lo: sub(ONE, div(ONE, onePlus.lo)), hi: sub(ONE, div(ONE, onePlus.hi)) };
  return product(current.yuan, ofCurrent);
}

/**
 * What an item's change can be, from all its figures: the printed change, narrowed by what its rate allows;
 * 0 when unchanged. "conflict" when its own figures already disagree (AUDIT-PCT says so), undefined when
 * nothing is known of it.
 */
function changeKnown(
  item: ItemClaim
): { change: Interval; byRate: boolean } | "conflict" | undefined {
  const printed = item.delta ? signed(item.delta.figure.yuan, item.delta.direction) : undefined;
  const byRate = changeByRate(item);
  if (printed && byRate) {
    const change = intersection(printed, byRate);
    return change ? { change, byRate: true } : "conflict";
  }
  if (printed) return { change: printed, byRate: false };
  if (byRate) return { change: byRate, byRate: true };
  return item.flat ? { change: point(ZERO), byRate: false } : undefined;
}

/**
 * The whole's change against its parts' when rates narrow them: each rate may hold alone, but not together
 * ("三公"经费减少0.41万元，下降3.34%；其中公务用车增加0.05万元，增长1.26%；公务接待减少0.46万元，下降5.44%:
 * the two parts' rates allow a fall of 0.4057–0.4077万元 in all, the whole's rate at least 0.4118万元).
 */
function checkChangesWithRates(
  parent: ItemClaim,
  parts: readonly ItemClaim[],
  context: AuditContext,
  linesNotListed = false
): AuditFinding[] {
  const whole = changeKnown(parent);
  const known = parts.map(changeKnown);
  if (whole === undefined || whole === "conflict") return [];
  // (Parts that may not be all of it, with rates on one basis only: "市本级预算安排3528.33万元，比上年预算数下降22.39%。其中，公务接待费655.51万元，下降
  // 61.23%…" — 玉溪市 2026 — may set the parts against what was spent.)
  if (linesNotListed && parts.some((part) => part.changeBasis !== parent.changeBasis)) return [];
  // (Lines the whole had last year and not this one could only have fallen: checkChanges.)
  const partChanges: Interval[] = linesNotListed ? [{ lo: negate(BEYOND_ANY), hi: ZERO }] : [];
  for (const part of known) {
    if (part === undefined || part === "conflict") return [];
    partChanges.push(part.change);
  }
  // Without a rate this is checkChanges' sum of printed changes.
  if (!whole.byRate && !known.some((part) => typeof part === "object" && part.byRate)) return [];
  const partsSum = sum(partChanges);
  if (intersects(whole.change, partsSum)) return [];
  const figure = parent.rate ?? parent.delta;
  const like = parent.delta?.figure ?? amountThisYear(parent);
  if (!figure || !like) return [];
  const fine = { ...like, decimals: like.decimals + 2 };
  const say = (range: Interval) =>
    [range.lo, range.hi]
      .map((value) => abs(value))
      .sort(compare)
      .map((value) => sayAmountLike(value, fine))
      .join("–");
  const claim = `${figure.word.text}${figure.figure.text}`;
  const names = parts.map((part) => part.printedName).join("、");
  const wholeSaid = context.words.change(
    say(whole.change),
    compare(middle(whole.change), ZERO) >= 0
  );
  // (With lines not listed, the parts' changes bound the whole's from above only.)
  const most = partsSum.hi;
  const partsSaid = linesNotListed
    ? context.words.change(sayAmountLike(abs(most), fine), compare(most, ZERO) >= 0)
    : context.words.change(say(partsSum), compare(middle(partsSum), ZERO) >= 0);
  return [
    findingAt(
      "AUDIT-SUM",
      "error",
      parent.sentence,
      { start: figure.word.start, end: figure.figure.end, text: claim },
      linesNotListed
        ? context.words.changesWithRatesOver(parent.printedName, claim, wholeSaid, names, partsSaid)
        : context.words.changesWithRatesMismatch(
            parent.printedName,
            claim,
            wholeSaid,
            names,
            partsSaid
          ),
      figure.figure.text,
      partsSaid
    ),
  ];
}

/**
 * Parts whose printed shares of their total add up to 100% (within rounding): the text says they are the whole.
 * (The share of a part that is none at all is none: "上级补助收入0万元,占比0%" beside "占比84.39%".)
 */
function sharesMakeWhole(parts: readonly ItemClaim[], claims: TextClaims): boolean {
  const shares = parts.map((part) =>
    part.shares.find((share) => share.of === undefined || share.of === "")
  );
  if (shares.some((share) => share === undefined)) return false;
  const none = (part: ItemClaim) => {
    const amount = partYuan(part.current as PrintedAmount, claims);
    return compare(amount.lo, ZERO) === 0 && compare(amount.hi, ZERO) === 0;
  };
  const total = sum(
    shares.map((share, i) => (none(parts[i]) ? point(ZERO) : share!.percent.interval))
  );
  return compare(total.lo, { n: 100n, d: 1n }) <= 0 && compare(total.hi, { n: 100n, d: 1n }) >= 0;
}

/** The flows of a year's money, by the words before each amount (a 决算's 收入支出总体情况 sentence). */
const FLOWS: readonly [keyof Flows, RegExp][] = [
  ["opening", /(?:上年|年初)结转(?:和|及)?结余(?:资金)?(?:为|是)?$/],
  ["closing", /年末结转(?:和|及)?结余(?:资金)?(?:为|是)?$/],
  ["fund", /(?:用)?事业基金弥补收支差额(?:为)?$/],
  ["distribution", /结余分配(?:为)?$/],
  ["income", /(?:本年)?(?:财政拨款)?收入(?:合计)?(?:为|是)?$/],
  ["spending", /(?:本年)?(?:财政拨款)?支出(?:合计)?(?:为|是)?$/],
];

interface Flows {
  opening?: PrintedAmount;
  income?: PrintedAmount;
  spending?: PrintedAmount;
  fund?: PrintedAmount;
  distribution?: PrintedAmount;
  closing?: PrintedAmount;
}

/**
 * 上年结转和结余 + 本年收入 + 用事业基金弥补 − 本年支出 − 结余分配 = 年末结转和结余, when one sentence prints them
 * all (the last two adjustments when it does).
 */
function checkCarryOver(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const sentence of context.claims.sentences) {
    if (!/年末结转/.test(sentence.text) || !/结转(?:和|及)?结余/.test(sentence.text)) continue;
    const flows: Flows = {};
    let cursor = sentence.start;
    for (const figure of findFigures(sentence)) {
      const before = context.text.slice(cursor, figure.start).replace(/\s+/g, "");
      cursor = figure.end;
      if (figure.kind !== "amount" || amountKind(figure.unit) !== "money") continue;
      const flow = FLOWS.find(([, words]) => words.test(before.split(/[，,；;]/).pop() ?? ""));
      if (flow && !flows[flow[0]]) flows[flow[0]] = figure;
    }
    const { opening, income, spending, closing, fund, distribution } = flows;
    if (!opening || !income || !spending || !closing) continue;
    const zero = point(ZERO);
    const possible = minus(
      plus(plus(opening.yuan, income.yuan), fund?.yuan ?? zero),
      plus(spending.yuan, distribution?.yuan ?? zero)
    );
    const stated = sub(
      add(add(statedYuan(opening), statedYuan(income)), fund ? statedYuan(fund) : ZERO),
      add(statedYuan(spending), distribution ? statedYuan(distribution) : ZERO)
    );
    const expected = sayAmountLike(stated, closing);
    found.push(
      ...verdictFinding(
        judge(closing.yuan, possible),
        "AUDIT-SUM",
        sentence,
        closing,
        {
          wrong: context.words.carryOver(
            closing.text,
            opening.text,
            income.text,
            spending.text,
            expected
          ),
          rounding: context.words.rounding(closing.text, expected),
        },
        closing.text,
        expected
      )
    );
  }
  return found;
}

/**
 * A table's 合计 row against the numbered rows under it, column by column, whatever its heading says (岳阳市财政
 * 金融部 2024: 项目支出 1505.3 | 1377.9 | 1369.3 over five numbered rows whose first column adds up to 1509.3).
 * A column is added up only when it can be amounts: numbers in every row, none negative, each less than the
 * total when two or more are above 0 (a rate or a score column is not); and only in a block where some column does add up, which shows the
 * numbered rows are all of the total. Tables read as items (a known heading) are checked as items.
 */
/** The tables' rows the text prints, and the lines among them read as items (their figures are checked so). */
function checkTables(context: AuditContext): AuditFinding[] {
  const { sentences } = context.claims;
  const readAsItems = new Set(findTableRows(sentences).map((row) => row.line.start));
  const rows = cellRows(sentences);
  return [
    ...checkTableColumns(rows, readAsItems, context),
    ...checkSubRows(rows, readAsItems, context),
  ];
}

function checkTableColumns(
  rows: readonly CellRow[],
  readAsItems: ReadonlySet<number>,
  context: AuditContext
): AuditFinding[] {
  const { sentences } = context.claims;
  const found: AuditFinding[] = [];
  for (const block of totalBlocks(rows)) {
    const sentence = sentenceAt(sentences, block.total.label.start);
    if (!sentence || readAsItems.has(sentence.start)) continue;
    const columns: { total: PrintedNumber; parts: PrintedNumber[]; sum: Interval }[] = [];
    block.total.cells.forEach((cell, j) => {
      const total = cellNumber(cell);
      if (total === undefined || total === "empty" || total.value.n < 0n) return;
      const parts: PrintedNumber[] = [];
      for (const part of block.parts) {
        const number = cellNumber(part.cells[j]);
        if (number === undefined) return;
        if (number === "empty") continue;
        if (number.value.n < 0n || compare(number.interval.lo, total.interval.hi) > 0) return;
        parts.push(number);
      }
      // With two parts or more above 0, each is less than their total: a column of scores (10 | 10 | 10) is not.
      const aboveZero = parts.filter((part) => part.value.n !== 0n);
      if (
        aboveZero.length >= 2 &&
        aboveZero.some((part) => compare(part.interval.hi, total.interval.lo) >= 0)
      )
        return;
      columns.push({ total, parts, sum: sum(parts.map((part) => part.interval)) });
    });
    if (!columns.some((column) => judge(column.total.interval, column.sum) !== "wrong")) continue;
    const names = block.parts
      .map((part) => part.label.text.replace(/^(?:\d+|[一二三四五六七八九十]+)[、.．]\s*/, ""))
      .join("、");
    for (const column of columns) {
      if (judge(column.total.interval, column.sum) !== "wrong") continue;
      const decimals = Math.max(column.total.decimals, ...column.parts.map((p) => p.decimals));
      const sumText = toFixed(middle(column.sum), decimals);
      const totalCell = sentenceAt(sentences, column.total.start) ?? sentence;
      found.push(
        findingAt(
          "AUDIT-SUM",
          "error",
          totalCell,
          column.total,
          context.words.partsMismatch(
            block.total.label.text.replace(/[：:]$/, ""),
            column.total.text,
            names,
            sumText
          ),
          column.total.text,
          sumText
        )
      );
    }
  }
  return found;
}

/**
 * A table's numbered row and the "(1)" rows under it, column by column: the rows under it are its parts, never more
 * than it ("3.公务用车费 | 0 | 0 |" over "其中:(1)公务用车运行维护费 | 32.65 | 32.65 |" — 桂林市司法局 2015).
 */
function checkSubRows(
  rows: readonly CellRow[],
  readAsItems: ReadonlySet<number>,
  context: AuditContext
): AuditFinding[] {
  const { sentences } = context.claims;
  const found: AuditFinding[] = [];
  rows.forEach((row, i) => {
    if (rowLevel(row.label.text) !== 1 || readAsItems.has(row.label.start)) return;
    const under: CellRow[] = [];
    for (let j = i + 1; j < rows.length && rowLevel(rows[j].label.text) === 2; j++)
      under.push(rows[j]);
    if (under.length === 0) return;
    row.cells.forEach((cell, column) => {
      const whole = cellNumber(cell);
      if (whole === undefined || whole === "empty" || whole.value.n < 0n) return;
      const parts = under.map((part) => cellNumber(part.cells[column]));
      if (parts.some((part) => part === undefined || (part !== "empty" && part.value.n < 0n)))
        return;
      const printed = parts.filter(
        (part): part is PrintedNumber => part !== "empty" && part !== undefined
      );
      if (printed.length === 0) return;
      const added = sum(printed.map((part) => part.interval));
      if (compare(added.lo, whole.interval.hi) <= 0) return;
      const sentence = sentenceAt(sentences, whole.start);
      if (!sentence) return;
      const decimals = Math.max(whole.decimals, ...printed.map((part) => part.decimals));
      const names = under.map((part) =>
        part.label.text.replace(/^(?:其中[：:]?)?[（(]\d+[）)]\s*/, "")
      );
      found.push(
        findingAt(
          "AUDIT-SUM",
          "error",
          sentence,
          whole,
          context.words.partsOver(
            row.label.text.replace(/^(?:\d+|[一二三四五六七八九十]+)[、.．]\s*/, ""),
            whole.text,
            names.join("、"),
            toFixed(middle(added), decimals)
          ),
          whole.text,
          toFixed(middle(added), decimals)
        )
      );
    });
  });
  return found;
}

/** A unit's spending of the year, all of it: 基本支出 and 项目支出 are its parts (no 结转 in it, unlike a 总计). */
const YEARS_SPENDING =
  /^(?:部门)?(?:预算)?支出(?:预算)?(?:总数|合计)$|^本年(?:度)?支出(?:预算)?(?:合计)?$/;

/**
 * The year's spending, then its 基本支出 and its 项目支出 in paragraphs of their own just after ("2018年部门预算支出
 * 总数8105563.00元…" then "部门基本支出预算7031563.00元，…" then "部门专项项目预算74000.00元": 旺苍县张华镇 2018):
 * no list ties them, yet they are its two parts.
 */
function checkBasicAndProjectApart(context: AuditContext): AuditFinding[] {
  const { items, itemsIn } = context.claims;
  const sectionAt = topSectionOf(context.claims.sentences);
  const found: AuditFinding[] = [];
  for (const whole of items) {
    const total = whole.current;
    if (!total || whole.parent || whole.children.length > 0 || !YEARS_SPENDING.test(whole.name))
      continue;
    const after: ItemClaim[] = [];
    for (
      let paragraph = whole.sentence.paragraph + 1;
      paragraph <= whole.sentence.paragraph + 3;
      paragraph++
    )
      after.push(
        ...itemsIn(paragraph).filter(
          (item) =>
            !item.parent &&
            item.current !== undefined &&
            sameKind(total, item.current) &&
            sectionAt(item.sentence.start) === sectionAt(whole.sentence.start)
        )
      );
    const ofKey = (key: ItemKey) => after.filter((item) => itemKeyOf(item.name) === key);
    const [basic, project] = [ofKey("basic"), ofKey("project")];
    if (basic.length !== 1 || project.length !== 1) continue;
    const parts = [basic[0], project[0]];
    const partsSum = sum(
      parts.map((part) => partYuan(part.current as PrintedAmount, context.claims))
    );
    const names = parts.map((part) => part.printedName).join("、");
    const sumText = sayAmountLike(middle(partsSum), total);
    found.push(
      ...verdictFinding(
        judge(total.yuan, partsSum),
        "AUDIT-SUM",
        quoteWith(whole.sentence, parts[1].sentence, context.text),
        total,
        {
          wrong: context.words.partsMismatch(whole.printedName, total.text, names, sumText),
          rounding: context.words.rounding(`${whole.printedName}${total.text}`, sumText),
        },
        total.text,
        sumText
      )
    );
  }
  return found;
}

/** The total of a unit's fiscal appropriations: "财政拨款收入支出总计", "财政拨款支出总计", "财政拨款收、支总计". */
const FISCAL_TOTAL = /财政拨款(?:收入)?(?:支出)?总计$/;

/**
 * Wholes and parts named in different sections, which no list ties together: 财政拨款…总计 is at least its
 * 一般公共预算财政拨款支出 (普陀区财政局 2024: 总计 0.3万元 against 2940.05万元 of it), and that at least its 基本支出
 * and its 项目支出.
 */
function checkWholesNamedApart(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const { items, itemsIn } = context.claims;
  // The items of the document's sections around a whole: within 40 paragraphs of it, either way (a text of
  // many documents pairs each whole with its own).
  const sectionAt = topSectionOf(context.claims.sentences);
  // (A government's report names the 一般公共预算支出 of each of its districts one after another, and the 基本支出 /
  // 项目支出 of its own level elsewhere — 南阳市 2019: a whole's parts are then those of its paragraph only.)
  const reach = isGovernmentReport(context.text) ? 0 : 40;
  const around = (whole: ItemClaim, key: ItemKey | "basicOrProject") => {
    const near: ItemClaim[] = [];
    const at = whole.sentence.paragraph;
    for (let paragraph = at - reach; paragraph <= at + reach; paragraph++)
      for (const item of itemsIn(paragraph)) {
        const itemKey = itemKeyOf(item.name);
        // A 基本支出 or 项目支出 of the 一般公共预算's says so, or is in its section: one in the section on all the
        // spending is of all the funds (无锡市教育局 2026: 项目支出128,818.12万元 beside 一般公共预算 105,814.6).
        const ofThisBudget =
          /一般公共预算|财政拨款/.test(item.name) ||
          sectionAt(item.sentence.start) === sectionAt(whole.sentence.start);
        const wanted =
          key === "basicOrProject"
            ? (itemKey === "basic" || itemKey === "project") && ofThisBudget
            : itemKey === key;
        // A part listed under another whole is that one's ("本年支出1366.23万元,其中基本支出802.21万元" is of all
        // the funds, not of the 一般公共预算财政拨款支出 named after it: 张家界市统计局 2018).
        const ofAnother = item.parent !== undefined && item.parent !== whole;
        if (item.current && wanted && !ofAnother) near.push(item);
      }
    return key === "basicOrProject" ? near.filter((part) => !ofAnotherTotal(part, whole)) : near;
  };
  // A 基本支出 and a 项目支出 that add up to another total of their paragraph are its breakdown (西安市 2026:
  // 基本支出137.2亿元、项目支出850.3亿元 of the 财政拨款支出987.5亿元, not of the 一般公共预算拨款支出607.8亿元 in it).
  const ofAnotherTotal = (part: ItemClaim, whole: ItemClaim): boolean => {
    const paragraph = itemsIn(part.sentence.paragraph);
    const partKey = itemKeyOf(part.name);
    const other = paragraph.find(
      (item) =>
        item.current &&
        itemKeyOf(item.name) === (partKey === "basic" ? "project" : "basic") &&
        sameKind(item.current, part.current)
    );
    if (!other) return false;
    const both = sum(
      [part, other].map((item) => partYuan(item.current as PrintedAmount, context.claims))
    );
    return paragraph.some(
      (item) =>
        item !== whole &&
        item !== part &&
        item !== other &&
        item.current !== undefined &&
        sameKind(item.current, part.current) &&
        judge(item.current.yuan, both) !== "wrong"
    );
  };
  const pairs: [ItemClaim, ItemClaim[]][] = items
    .filter((item) => item.current)
    .flatMap((whole): [ItemClaim, ItemClaim[]][] =>
      FISCAL_TOTAL.test(whole.name)
        ? [[whole, around(whole, "generalBudget")]]
        : itemKeyOf(whole.name) === "generalBudget"
          ? [[whole, around(whole, "basicOrProject")]]
          : []
    );
  for (const [whole, parts] of pairs) {
    const total = whole.current as PrintedAmount;
    const larger = parts.find(
      (part) =>
        part !== whole &&
        sameKind(total, part.current) &&
        judge(total.yuan, (part.current as PrintedAmount).yuan) === "wrong" &&
        compare(total.yuan.hi, (part.current as PrintedAmount).yuan.lo) < 0
    );
    if (!larger) continue;
    const part = larger.current as PrintedAmount;
    found.push(
      findingAt(
        "AUDIT-SUM",
        "error",
        whole.sentence,
        total,
        context.words.wholeBelowPart(whole.printedName, total.text, larger.name, part.text),
        total.text,
        ""
      )
    );
  }
  return found;
}

/**
 * An amount a sentence says it worked out from a standard per unit, against the count of that unit its paragraph
 * gives (保山市档案局 2017: 132697卷 × 每卷2元 = 26.54万元, printed 21.44万元). Right when any count of the unit
 * makes it; otherwise said against the count the text gives as the total, or its only one.
 */
function checkPerUnit(context: AuditContext): AuditFinding[] {
  const { text } = context;
  const paragraphOf = (sentence: Sentence) => {
    const start = text.lastIndexOf("\n", sentence.start - 1) + 1;
    const end = text.indexOf("\n", sentence.end);
    return { text: text.slice(start, end < 0 ? text.length : end), start };
  };
  const { worked, unsettled } = findPerUnitAmounts(context.claims.sentences, paragraphOf);
  const workedOut = worked.flatMap(({ sentence, standard, amount, counts }) => {
    const made = counts.map((count) => countTimesStandard(count.value, standard.yuan));
    if (made.some((yuan) => judge(amount.yuan, yuan) !== "wrong"))
      return countWithoutWan(context, sentence, standard, amount, counts);
    const index = counts[0].total || counts.length === 1 ? 0 : -1;
    if (index < 0) return [];
    const expected = sayAmountLike(middle(made[index]), amount);
    // "市级资金配套3.6元" for 120人 at 300元: the 万 left off.
    const inWan = amount.unit === "元" ? amountAt(amount.digits, amount.start, "万元") : undefined;
    const slip =
      inWan && judge(inWan.yuan, made[index]) !== "wrong" ? `${amount.digits}万元` : undefined;
    return [
      perUnitError(context, sentence, amount, counts[index].text, standard.text, expected, slip),
    ];
  });
  return [...workedOut, ...unitSlipsAfter(context, unsettled)];
}

/** A 错误 on an amount a count at a standard does not make — with the unit it makes it in, when one does. */
function perUnitError(
  context: AuditContext,
  sentence: Sentence,
  amount: PrintedAmount,
  count: string,
  standard: string,
  expected: string,
  inOtherUnit?: string
): AuditFinding {
  const slip = inOtherUnit ? context.words.mistakes.unitSlip(inOtherUnit) : "";
  return findingAt(
    "AUDIT-SUM",
    "error",
    sentence,
    amount,
    `${context.words.perUnitMismatch(count, standard, expected, amount.text)}${slip}`,
    amount.text,
    expected
  );
}

/**
 * The count in the standard's own sentence that the amount is not, when another count of the paragraph makes it and
 * this one would with 万: "…任务0.5万亩…实施主体95户,面积0.5亩,每亩补助标准150元,合计补助资金75万元" (来安县 2022) —
 * the 万 of the area left off.
 */
function countWithoutWan(
  context: AuditContext,
  sentence: Sentence,
  standard: PerUnitAmount["standard"],
  amount: PrintedAmount,
  counts: PerUnitAmount["counts"]
): AuditFinding[] {
  return counts.flatMap((count) => {
    if (count.start < sentence.start || count.start >= sentence.end) return [];
    if (judge(amount.yuan, countTimesStandard(count.value, standard.yuan)) !== "wrong") return [];
    const inWan = { n: count.value.n * 10000n, d: count.value.d };
    if (judge(amount.yuan, countTimesStandard(inWan, standard.yuan)) === "wrong") return [];
    const expected = count.text.replace(/\s*(\S)$/, "万$1");
    return [
      findingAt(
        "AUDIT-SUM",
        "error",
        sentence,
        { start: count.start, end: count.start + count.text.length, text: count.text },
        context.words.countWithoutWan(count.text, standard.text, amount.text, expected),
        count.text,
        expected
      ),
    ];
  });
}

/**
 * A standard and its count in one sentence, the money in a later one ("慰问对象120人，慰问标准300/人。" … "市级资金
 * 配套3.6元"): the later amount is held to count × standard only where its digits make it in the other unit — the
 * 万 left off, or put on. An amount of other digits may be of something else, and is left alone.
 */
function unitSlipsAfter(context: AuditContext, unsettled: UnsettledStandard[]): AuditFinding[] {
  return unsettled.flatMap(({ standard, count, after }) => {
    const made = countTimesStandard(count.value, standard.yuan);
    for (const { sentence, amount } of reckonedAmountsIn(after)) {
      if (judge(amount.yuan, made) !== "wrong") return [];
      const otherUnit = amount.unit === "元" ? "万元" : amount.unit === "万元" ? "元" : undefined;
      const other = otherUnit && amountAt(amount.digits, amount.start, otherUnit);
      if (!other || judge(other.yuan, made) === "wrong") continue;
      const expected = `${amount.digits}${otherUnit}`;
      return [
        perUnitError(context, sentence, amount, count.text, standard.text, expected, expected),
      ];
    }
    return [];
  });
}

/** 采购预算 − 采购金额 = 节约资金 (醴陵市 2020: 25439.38 − 24617.99 printed as 821.5). */
function checkSavings(context: AuditContext): AuditFinding[] {
  return findSavings(context.claims.sentences).flatMap(
    ({ kind, saved, budget, bought, sentence }) => {
      const expected = sayAmountLike(sub(statedYuan(budget), statedYuan(bought)), saved);
      const say = kind === "purchase" ? context.words.savingMismatch : context.words.cutMismatch;
      return verdictFinding(
        judge(saved.yuan, minus(budget.yuan, bought.yuan)),
        "AUDIT-SUM",
        sentence,
        saved,
        {
          wrong: say(saved.text, budget.text, bought.text, expected),
          rounding: context.words.rounding(saved.text, expected),
        },
        saved.text,
        expected
      );
    }
  );
}

/** "9个项目共计36.97万元": a count of what came before, and their total. */
const COUNTED_TOTAL =
  /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|笔|所|家|处)[^\d，,。；;：:]{0,6}?(?:共计|合计|总计|累计|共)(?:为|是|达)?$/;

/**
 * A total that counts the items it adds up ("…门球场维修费4.76万元。9个项目共计36.97万元"): the N items given an
 * amount just before it, in its paragraph or the one before, are all of it (环江县 2023: 36.97 for 36.76).
 */
function checkCountedTotals(context: AuditContext): AuditFinding[] {
  const { items } = context.claims;
  const found: AuditFinding[] = [];
  items.forEach((item, i) => {
    const total = item.current;
    if (!total || item.children.length > 0) return;
    const before = context.text.slice(item.sentence.start, total.start);
    const count = COUNTED_TOTAL.exec(before);
    const n = count ? countValue(count[1]) : undefined;
    if (!n || n < 2 || n > i) return;
    const listed = items.slice(i - n, i);
    const first = listed[0].sentence.paragraph;
    const fits =
      listed.every((part) => part.current && sameKind(part.current, total) && !part.parent) &&
      item.sentence.paragraph - first <= 1 &&
      // Exactly N: the item before them is no part of the same list (or there is none).
      (i - n === 0 || !items[i - n - 1].current || items[i - n - 1].sentence.paragraph < first);
    if (!fits) return;
    const added = sum(listed.map((part) => (part.current as PrintedAmount).yuan));
    const sumText = sayAmountLike(middle(added), total);
    const names = listed.map((part) => part.printedName).join("、");
    found.push(
      ...verdictFinding(
        judge(total.yuan, added),
        "AUDIT-SUM",
        item.sentence,
        total,
        {
          wrong: context.words.partsMismatch(item.printedName, total.text, names, sumText),
          rounding: context.words.rounding(total.text, sumText),
        },
        total.text,
        sumText
      )
    );
  });
  return found;
}

/**
 * "一是补足…刚性支出缺口约 105,041.04 万元；支付历史合同结算尾款 4,980.53 万元；…新增经费 2,461.86 万元，合计履职类项目预算增加
 * 111,912.44 万元" (深圳市水务局 2026): a 合计 said as a change, right after the amounts its clause lists, is their sum —
 * each amount being what was added. The amounts are those just before it in its sentence, named, with no change of
 * their own and in its unit, back to the first that is not.
 */
function checkChangeTotals(context: AuditContext): AuditFinding[] {
  const { items } = context.claims;
  const found: AuditFinding[] = [];
  items.forEach((total, i) => {
    const change = total.delta ?? total.budgetDelta;
    if (!change || total.current || !/^(?:合计|共计|总计)/.test(total.printedName)) return;
    const listed: ItemClaim[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const part = items[k];
      const amount = part.current;
      if (part.sentence !== total.sentence || !amount || part.delta || part.budgetDelta) break;
      if (part.parent || amount.unit !== change.figure.unit || part.name === "") break;
      listed.unshift(part);
    }
    if (listed.length < 2) return;
    const added = sum(listed.map((part) => (part.current as PrintedAmount).yuan));
    const sumText = sayAmountLike(middle(added), change.figure);
    const claim = `${change.word.text}${change.figure.text}`;
    found.push(
      ...verdictFinding(
        judge(change.figure.yuan, added),
        "AUDIT-SUM",
        total.sentence,
        change.figure,
        {
          wrong: context.words.partsMismatch(
            `${total.printedName}${change.word.text}`,
            change.figure.text,
            listed.map((part) => part.printedName).join("、"),
            sumText
          ),
          rounding: context.words.rounding(claim, sumText),
        },
        change.figure.text,
        sumText
      )
    );
  });
  return found;
}

/** How far before its breakdowns a 自评表's 年度资金总额 row may be. */
const FUNDS_ROW_REACH = 1500;

/**
 * A 自评表's 按收入性质分 / 按支出性质分 against its own parts, and against the 年度资金总额 it breaks down: it is
 * the total of one of the row's columns (衡山县关塘乡 2023: 按支出性质分 1925.67 under 861.10 / 2030.12 / 2030.12).
 */
function checkFundsBreakdowns(context: AuditContext): AuditFinding[] {
  const rows = context.claims.items.filter((item) => item.name === "年度资金总额" && item.current);
  if (rows.length === 0) return [];
  const { words } = context;
  return findFundsBreakdowns(context.text).flatMap((breakdown) => {
    const { total, parts, label } = breakdown;
    const sentence = sentenceAt(context.claims.sentences, label.start);
    const row = rows
      .filter((item) => {
        const at = (item.current as PrintedAmount).start;
        return at < label.start && label.start - at < FUNDS_ROW_REACH;
      })
      .sort((a, b) => (a.current as PrintedAmount).start - (b.current as PrintedAmount).start)
      .at(-1);
    if (!sentence || !row?.current) return [];
    const found: AuditFinding[] = [];
    const names = parts.map((part) => part.name).join("、");
    const added = sum(parts.map((part) => part.amount.yuan));
    if (total && parts.length > 0 && breakdown.complete) {
      const sumText = sayAmountLike(middle(added), total);
      found.push(
        ...verdictFinding(
          judge(total.yuan, added),
          "AUDIT-SUM",
          sentence,
          label,
          {
            wrong: words.partsMismatch(breakdown.name, total.text, names, sumText),
            rounding: words.rounding(label.text, sumText),
          },
          total.text,
          sumText
        )
      );
    }
    if (!breakdown.value || found.some((finding) => finding.severity === "error")) return found;
    const columns = [
      ...row.budgets.map((budget) => ({ kind: budget.kind ?? "adjusted", amount: budget.amount })),
      { kind: "spent" as const, amount: row.current },
    ];
    const like =
      total ?? parts.map((part) => part.amount).reduce((a, b) => (b.decimals > a.decimals ? b : a));
    const verdicts = columns.map((column) =>
      judge(column.amount.yuan, breakdown.value as Interval)
    );
    if (verdicts.includes("consistent")) return found;
    const value = sayAmountLike(middle(breakdown.value), like);
    const listed = columns
      .map(
        (column) =>
          `${words.fundsColumns[column.kind]}${sayAmountLike(statedYuan(column.amount), like)}`
      )
      .join("、");
    const nearest = columns[verdicts.indexOf("rounding")];
    return found.concat(
      verdictFinding(
        nearest ? "rounding" : "wrong",
        "AUDIT-SUM",
        sentence,
        label,
        {
          wrong: words.fundsBreakdownMismatch(breakdown.name, value, listed),
          rounding: words.rounding(
            label.text,
            nearest ? sayAmountLike(statedYuan(nearest.amount), like) : ""
          ),
        },
        total?.text ?? value,
        listed
      )
    );
  });
}

/** Names of an amount per head or per thing, which is in 元 beside totals in 亿元 as a matter of course. */
const PER_UNIT_NAME = /人均|户均|每|标准|单价|平均|均价/;

/**
 * Two amounts of one kind side by side in a sentence, one in 元 and the other in 亿元, the first under 1万元: "纳入年初
 * 预算的全省地方政府一般债务收入531.32元，专项债务收入 2352.72亿元" (江苏省 2023, 2024) — a government's debt income of
 * 531.32元 is 531.32亿元 with its 亿 left out.
 */
function checkUnitBesideSibling(context: AuditContext): AuditFinding[] {
  const { items } = context.claims;
  const found: AuditFinding[] = [];
  items.forEach((item, i) => {
    const amount = item.current;
    if (!amount || amount.unit !== "元" || PER_UNIT_NAME.test(item.name)) return;
    if (compare(amount.yuan.hi, rational(10_000n)) >= 0 || item.parent || item.children.length > 0)
      return;
    const sibling = [items[i - 1], items[i + 1]].find(
      (other) =>
        other?.current &&
        other.sentence === item.sentence &&
        /亿元$/.test(other.current.unit) &&
        other.parent === item.parent &&
        other.children.length === 0 &&
        !PER_UNIT_NAME.test(other.name) &&
        sameEnding(other.name, item.name)
    );
    if (!sibling) return;
    const expected = `${amount.digits}${(sibling.current as PrintedAmount).unit}`;
    found.push(
      findingAt(
        "AUDIT-SUM",
        "error",
        item.sentence,
        amount,
        context.words.unitBesideSibling(
          `${item.printedName}${amount.text}`,
          `${sibling.printedName}${(sibling.current as PrintedAmount).text}`,
          expected
        ),
        amount.text,
        expected
      )
    );
  });
  return found;
}

/** "设9个内设机构，分别为：办公室、…" with eight names: a count against the names it counts. */
function checkCountedLists(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const list of findCountedLists(context.text)) {
    const fits = list.partial
      ? list.stated >= list.fewest
      : list.stated >= list.fewest && list.stated <= list.most;
    const sentence = sentenceAt(context.claims.sentences, list.count.start);
    if (fits || !sentence) continue;
    const listed = list.stated < list.fewest ? list.fewest : list.most;
    const expected = list.count.text.replace(/^[^个家所项名处座支类]+/, String(listed));
    found.push(
      findingAt(
        "AUDIT-SUM",
        "error",
        sentence,
        list.count,
        context.words.countMismatch(
          list.count.text,
          list.names.map((name) => name.text).join("、"),
          String(listed)
        ),
        list.count.text,
        expected
      )
    );
  }
  return found;
}

/**
 * "共补贴6大类19个品种285台(件)(动力机械103台、耕整地机械118台件,…,田园管理机械1台)": a count of kinds, then — after a
 * total — a bracket that lists the kinds with their counts.
 */
const KINDS_THEN_BRACKET = new RegExp(
  `(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*大?类[^（(。；;\\n]{0,20}?(${NUMBER})\\s*(台|辆|人|个|项|件)(?:[（(][件套][）)])?\\s*[（(]([^（()）]*)[）)]`,
  "g"
);

/**
 * A count of kinds against the kinds a bracket lists, when the bracket's counts make the total printed before it —
 * so it lists them all (泾川县 2020: 6大类, and seven kinds of 机械 whose 285台 make the 285台(件)).
 */
function checkKindsInBracket(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const match of context.text.matchAll(KINDS_THEN_BRACKET)) {
    const stated = countValue(match[1]);
    const listed = match[4].split(/[、，,；;]/).filter((piece) => piece.trim() !== "");
    if (stated === undefined || listed.length < 2 || listed.length === stated) continue;
    const counts = listed.map((piece) => /(\d+)\s*(?:台|辆|人|个|项|件)/.exec(piece)?.[1]);
    if (counts.some((count) => count === undefined)) continue;
    const total = Number(match[2].replace(/,/g, ""));
    if (counts.reduce((sum, count) => sum + Number(count), 0) !== total) continue;
    const words = match[0].slice(0, match[0].indexOf("类") + 1);
    found.push(
      ...wrongCountAt(
        context,
        match.index ?? 0,
        words,
        context.words.countMismatch(
          words,
          listed.map((piece) => piece.trim()).join("、"),
          String(listed.length)
        ),
        words.replace(match[1], String(listed.length))
      )
    );
  }
  return found;
}

/**
 * A whole followed in its sentence, with no 其中, by kinds that are all of it named with its ending: "安康市政府债务余额
 * 106.71亿元,一般债务余额87.32亿元,专项债务余额19.39亿元" (安康市 2022) — its parts all the same.
 */
function checkKindsAfterWhole(context: AuditContext): AuditFinding[] {
  const { items } = context.claims;
  const found: AuditFinding[] = [];
  items.forEach((whole, at) => {
    if (!whole.current || whole.parent || whole.children.length > 0) return;
    const sizes = new Set(KINDS_THAT_ARE_ALL.map(({ kinds }) => kinds.length));
    for (const size of sizes) {
      const parts = items.slice(at + 1, at + 1 + size);
      const named =
        parts.length === size &&
        parts.every(
          (part) => part.sentence === whole.sentence && !part.parent && part.children.length === 0
        )
          ? kindsNamed(whole, parts)
          : undefined;
      if (named && whole.name.endsWith(named.after)) {
        found.push(...checkList(whole, parts, context));
        return;
      }
    }
  });
  return found;
}

/**
 * A whole's change, then the changes of parts that are all of it in its sentence — said as its reasons ("支出较去年
 * 增加85.41万元,主要是基本支出增加72.38万元,项目支出增加13.03万元": 长寿区文化馆 2021), or in the 其中 of a whole
 * given no amount ("支出预算增加118.76万元，其中基本支出增加79.26万元，项目支出增加39.5万元"). A unit's spending is
 * all 基本支出 or 项目支出, so their changes are all of its change.
 */
const REASONS_AHEAD =
  /^(?:[^\d]*?[0-9.]+\s*[%％])?[^\d]*?(?:主要(?:是|原因|因为|由于|为)|原因(?:是|为))/;
/** The words that open a reason, read into the name of the item it names first ("原因是基本支出"). */
const REASON_OPENING = /^(?:主要)?原因(?:是|为|主要是)?[：:]?/;

function checkChangesOfAllParts(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  // Every change in the order printed (a change may be read into an item named sentences before).
  const changed = context.claims.items
    .flatMap((item) => (item.delta ? [{ item, figure: item.delta.figure }] : []))
    .sort((a, b) => a.figure.start - b.figure.start);
  changed.forEach(({ item: whole, figure }, at) => {
    const sentence = sentenceAt(context.claims.sentences, figure.start);
    if (!sentence) return;
    const parts: ItemClaim[] = [];
    for (let next = at + 1; next < changed.length; next++) {
      if (changed[next].figure.end > sentence.end) break;
      parts.push(changed[next].item);
    }
    if (parts.length < 2) return;
    // Its 其中 when it has no amount (checked with its list when it has), else said as its reasons — not the next
    // items of a list the whole is one of.
    if (parts.every((part) => part.parent === whole)) {
      if (amountThisYear(whole, context.claims.kind)) return;
    } else {
      const between = context.text.slice(figure.end, sentence.end);
      if (!REASONS_AHEAD.test(between.slice(0, 24)) || parts.some((part) => part.parent)) return;
      // (Reasons that end on 其他 say what changed most, not all that did: "…增加66.69万元,增长5.6%,主要原因是:一般公共
      // 预算财政拨款收入增加235.35万元、事业收入减少77.07万元、其他收入减少137.9万元。使用非财政拨款结余…" — 涪陵区 2024.)
      if (/^其[他它]/.test(parts[parts.length - 1].printedName)) return;
    }
    // ("增长 6.34%，主要原因是基本支出增加 49.12万元，项目支出增加 117.56 万元": 嘉兴 2026 — the first part named
    // with the reason's words.)
    const named = parts.map((part) => ({ ...part, name: part.name.replace(REASON_OPENING, "") }));
    if (partsMakeWhole(whole, named)) found.push(...checkChanges(whole, parts, "delta", context));
  });
  return found;
}

/** A count printed wrong, marked on its words at an offset of the text (none when no sentence holds them). */
function wrongCountAt(
  context: AuditContext,
  at: number,
  words: string,
  message: string,
  expected: string
): AuditFinding[] {
  const sentence = sentenceAt(context.claims.sentences, at);
  if (!sentence) return [];
  const mark = { start: at, end: at + words.length, text: words };
  return [findingAt("AUDIT-SUM", "error", sentence, mark, message, words, expected)];
}

/** "上述三项收入合计234992万元": a count of the items above, then their total. */
const ABOVE_COUNTED = new RegExp(
  `上述([一二两三四五六七八九十]{1,3}|\\d{1,2})[项个类][^，,。；;\\n\\d]{0,10}?(?:合计|共计|总计|共)(?:为|是|达)?\\s*(${NUMBER})\\s*(万元|亿元|元)`,
  "g"
);

/** A numbered heading of the lowest level: "3.调入资金安排情况". */
const NUMBERED_HEADING = /^[^\S\n]*(\d{1,2})[.．、](?!\d)/;

/**
 * "上述三项收入合计234992万元" after four numbered sections whose first amounts make 234992 (铁岭县 2022): the count
 * is wrong, for the total says which items it is of. Only when the numbered sections right before it, from 1 on,
 * are a different number and their first amounts make its total.
 */
function checkCountOfAbove(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const { text } = context;
  for (const match of text.matchAll(ABOVE_COUNTED)) {
    const at = match.index ?? 0;
    const stated = countValue(match[1]);
    const total = amountAt(
      match[2],
      at + match[0].length - match[2].length - match[3].length,
      match[3] as AmountUnit
    );
    if (stated === undefined || !total) continue;
    // The numbered headings before it, back to the one numbered 1.
    const headings: number[] = [];
    let lineEnd = text.lastIndexOf("\n", at);
    let expected: number | undefined;
    while (lineEnd > 0) {
      const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
      const numbered = NUMBERED_HEADING.exec(text.slice(lineStart, lineEnd));
      if (numbered) {
        const number = Number(numbered[1]);
        if (expected !== undefined && number !== expected) break;
        headings.unshift(lineStart);
        if (number === 1) break;
        expected = number - 1;
      } else if (
        /^[^\S\n]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/.test(
          text.slice(lineStart, lineEnd)
        )
      ) {
        break;
      }
      lineEnd = lineStart - 1;
    }
    // (From 1 on, and a number other than the one said.)
    const first = headings.length > 0 ? NUMBERED_HEADING.exec(text.slice(headings[0], at)) : null;
    if (headings.length < 2 || first?.[1] !== "1" || headings.length === stated) continue;
    const firsts: Interval[] = [];
    for (let k = 0; k < headings.length; k++) {
      const end = k + 1 < headings.length ? headings[k + 1] : at;
      const section = { start: headings[k], end, text: text.slice(headings[k], end) };
      const first = findFigures(section).find(
        (figure) => figure.kind === "amount" && amountKind(figure.unit) === "money"
      );
      if (!first || first.kind !== "amount") break;
      firsts.push(first.yuan);
    }
    if (firsts.length !== headings.length) continue;
    if (judge(total.yuan, sum(firsts)) !== "consistent") continue;
    const words = match[0].slice(0, match[0].indexOf(match[1]) + match[1].length + 1);
    found.push(
      ...wrongCountAt(
        context,
        at,
        words,
        context.words.countOfAbove(words, String(headings.length), `${match[2]}${match[3]}`),
        `上述${headings.length}项`
      )
    );
  }
  return found;
}

/**
 * Scores (scores.ts): none over its 分值; a total's parts add up to it — a selection of them to no more than it,
 * all of them (a scheme's first-level indicators, a table's columns before its 合计) to it, and their 分值 to its.
 */
function checkScores(context: AuditContext): AuditFinding[] {
  const { scores, totals } = findScores(context.claims.sentences, context.text);
  const { words } = context;
  const points = (number: PrintedNumber) => `${number.digits}分`;
  const found: AuditFinding[] = [];
  for (const { name, sentence, score, weight } of scores) {
    if (!score || !weight || compare(score.interval.lo, weight.value) <= 0) continue;
    const message = words.scoreOverWeight(name, score.digits, weight.digits);
    found.push(
      findingAt("AUDIT-SUM", "error", sentence, score, message, points(score), points(weight))
    );
  }
  for (const { total, parts, complete } of totals) {
    for (const slot of ["score", "weight"] as const) {
      const whole = total[slot];
      const listed = parts.map((part) => part[slot]);
      if (!whole || listed.some((part) => part === undefined)) continue;
      const printed = listed as PrintedNumber[];
      // (分值 are set numbers, exact as printed; 得分 are rounded.)
      const valueOf = (number: PrintedNumber) =>
        slot === "weight" ? point(number.value) : number.interval;
      const partsSum = sum(printed.map(valueOf));
      const decimals = Math.max(...printed.map((part) => part.decimals));
      const sumText = `${toFixed(middle(sum(printed.map((part) => point(part.value)))), decimals)}分`;
      const verdict = judge(valueOf(whole), partsSum);
      const names = parts.map((part) => part.name).join("、");
      const parent = slot === "score" ? words.scoreOf(total.name) : words.weightOf(total.name);
      const quoted = quoteWith(total.sentence, parts[parts.length - 1].sentence, context.text);
      if (complete)
        found.push(
          ...verdictFinding(
            verdict,
            "AUDIT-SUM",
            quoted,
            whole,
            {
              wrong: words.partsMismatch(parent, points(whole), names, sumText),
              rounding: words.rounding(`${parent}${points(whole)}`, sumText),
            },
            points(whole),
            sumText
          )
        );
      else if (verdict === "wrong" && compare(partsSum.lo, valueOf(whole).hi) > 0)
        found.push(
          findingAt(
            "AUDIT-SUM",
            "error",
            quoted,
            whole,
            words.partsOver(parent, points(whole), names, sumText),
            points(whole),
            ""
          )
        );
    }
  }
  return found;
}

/**
 * Three amounts named one after another in one sentence, the third the first less the second: assets less liabilities
 * are net assets ("资产总额327.39亿元，…；负债总额124.85亿元，…；所有者权益总额(净资产)200.57亿元": 武汉市江汉区 2023, 202.54),
 * income less spending is the balance ("收入合计55.60亿元,支出合计49.10亿元,年终结余6.50亿元": 福州市鼓楼区 2021).
 */
const DIFFERENCES: readonly {
  minuend: (name: string) => boolean;
  subtrahend: (name: string) => boolean;
  difference: (name: string) => boolean;
  say: "netAssetsMismatch" | "balanceMismatch" | "gapMismatch";
}[] = [
  {
    minuend: (name) => /资产(?:总额|总计|合计)?$/.test(name) && !/净资产$/.test(name),
    subtrahend: (name) => /^(?:[^，,]{0,10}?)负债(?:总额|总计|合计)?$/.test(name),
    difference: (name) => /净资产|所有者权益/.test(name) && !/率|收益/.test(name),
    say: "netAssetsMismatch",
  },
  {
    minuend: (name) => /^(?:[^，,]{0,10}?)收入(?:合计|总计|总量|总额)$/.test(name),
    subtrahend: (name) => /^(?:[^，,]{0,10}?)支出(?:合计|总计|总量|总额)$/.test(name),
    difference: (name) => /^(?:年终|年末|当年|本年|收支|财政)?(?:滚存)?结余$/.test(name),
    say: "balanceMismatch",
  },
  // The year's 收支结余 is what its income less its spending leaves, whatever they are named: "社会保险基金收入32829亿元,
  // …;支出27913亿元,…;本年收支结余4915亿元,年末滚存结余40943亿元" (财政部 2013).
  {
    minuend: (name) => INCOME.test(name),
    subtrahend: (name) => SPENDING.test(name),
    difference: (name) => /^(?:本年|当年|本年度)?收支结余$/.test(name),
    say: "balanceMismatch",
  },
];

function checkDifferences(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const items = context.claims.items;
  for (let i = 0; i < items.length; i++) {
    const third = items[i];
    // The two amounts named last before it in its sentence that are no part of another — not a part in brackets:
    // "资产总额216.22亿元(行政单位资产总额65.51亿元,事业单位资产总额150.71亿元),…;负债总额107.45亿元,…;净资产总额
    // 108.77亿元" (广州市海珠区 2023).
    let [second, first] = wholesBefore(items, i, (item) => item.sentence === third.sentence);
    // (Or, for a balance that opens a sentence of its own, the two of the sentence just before it: "…基金收入20790亿元,
    // 同比增长14%,完成预算的111%;支出16699亿元,同比增长20%,完成预算的101%。本年收支结余4091亿元" — 财政部 2013.)
    const previous = items[i - 1]?.sentence;
    if (
      !first &&
      previous &&
      previous !== third.sentence &&
      previous.paragraph === third.sentence.paragraph &&
      /^[\s。；;]*$/.test(context.text.slice(previous.end, third.sentence.start))
    )
      [second, first] = wholesBefore(items, i, (item) => item.sentence === previous);
    if (!first || !second || third.parent) continue;
    const kind = DIFFERENCES.find(
      ({ minuend, subtrahend, difference }) =>
        minuend(first.name) && subtrahend(second.name) && difference(third.name)
    );
    if (kind)
      found.push(...differenceFinding(first.current, second.current, third, kind.say, context));
  }
  return found.concat(checkBalancesStruck(context));
}

/** The items before `items[at]` that are no part of another, nearest first, while `within` holds. */
function wholesBefore(
  items: readonly ItemClaim[],
  at: number,
  within: (item: ItemClaim) => boolean
): ItemClaim[] {
  const wholes: ItemClaim[] = [];
  for (let i = at - 1; i >= 0 && within(items[i]); i--) if (!items[i].parent) wholes.push(items[i]);
  return wholes;
}

/** `third` against `a` − `d`, all three amounts of money. */
function differenceFinding(
  a: PrintedAmount | undefined,
  d: PrintedAmount | undefined,
  third: ItemClaim,
  say: "netAssetsMismatch" | "balanceMismatch" | "gapMismatch",
  context: AuditContext
): AuditFinding[] {
  const n = third.current;
  if (!a || !d || !n || [a, d, n].some((amount) => amountKind(amount.unit) !== "money")) return [];
  const possible = minus(a.yuan, d.yuan);
  const expected = sayAmountLike(sub(statedYuan(a), statedYuan(d)), n);
  const claim = `${third.printedName}${n.text}`;
  // (The words say income less spending, in the order the text gives them.)
  const [income, spending] = say === "gapMismatch" ? [d, a] : [a, d];
  return verdictFinding(
    judge(n.yuan, possible),
    "AUDIT-SUM",
    third.sentence,
    n,
    {
      wrong: context.words[say](claim, income.text, spending.text, expected),
      rounding: context.words.rounding(claim, expected),
    },
    n.text,
    expected
  );
}

/** The words that strike a balance: "收支相抵，年终结余…", "上述收支相抵,结转下年…", "收支相抵缺口…". */
const BALANCE_STRUCK = /^收支相抵[^。；;：:0-9０-９]{0,16}$/;
const INCOME_TOTAL = /(?:收入(?:合计|总量|总额|决算结果)|总收入)$/;
const SPENDING_TOTAL = /(?:支出(?:合计|总量|总额|决算结果)|总支出)$/;
const INCOME = /收入(?:预算)?(?:数)?$/;
const SPENDING = /支出(?:预算)?(?:数)?$/;

/**
 * A balance struck after the income and the spending it is of: "收入合计514601万元。…支出合计448985万元。上述收支
 * 相抵,年终结余65616万元"; "社会保险基金预算收入65.17亿元,社会保险基金预算支出57.93亿元。收支相抵,本年收支结余7.24
 * 亿元" (百色市 2023); what is short is the spending less the income ("收入预算为21,827万元…支出预算为58,921万元…
 * 收支相抵缺口37,094万元": 三明市 2019). The income and the spending are the totals named last in the sentence and
 * the two before it, or else the only two amounts there that are no part of another — with more ("…收入1493万元,
 * 上级补助收入44万元,上年结余140万元,…支出1459万元"), which add to which is not said. (收入总计 and 支出总计 are
 * AUDIT-TOTALS's: it holds them to each other through the balance.)
 */
function checkBalancesStruck(context: AuditContext): AuditFinding[] {
  const { items, sentences } = context.claims;
  const found: AuditFinding[] = [];
  for (let i = 0; i < items.length; i++) {
    const balance = items[i];
    const amount = balance.current;
    if (!amount || balance.parent) continue;
    const before = context.text.slice(balance.sentence.start, amount.start);
    const struck = /收支相抵/.exec(before);
    if (!struck) continue;
    // The first amount after the words, named as a balance, a carry-over or a gap.
    if (!BALANCE_STRUCK.test(before.slice(struck.index))) continue;
    const gap = /缺口|赤字/.test(balance.name);
    if (!gap && !/结余|结转/.test(balance.name)) continue;
    const at = sentences.indexOf(balance.sentence);
    const from = sentences[Math.max(0, at - 2)].start;
    // (A budget's amounts are its budgets: "收入预算为21,827万元…支出预算为58,921万元".)
    const amountOf = (item: ItemClaim) =>
      item.current ?? (item.budgets.length === 1 ? item.budgets[0].amount : undefined);
    const wholes = wholesBefore(items, i, (item) => item.sentence.start >= from).filter((item) => {
      const printed = amountOf(item);
      return printed !== undefined && printed.end <= balance.sentence.start + struck.index;
    });
    const income =
      wholes.find((item) => INCOME_TOTAL.test(item.name)) ??
      (wholes.length === 2 ? wholes.find((item) => INCOME.test(item.name)) : undefined);
    const spending =
      wholes.find((item) => SPENDING_TOTAL.test(item.name)) ??
      (wholes.length === 2 ? wholes.find((item) => SPENDING.test(item.name)) : undefined);
    // (Totals printed equal balance by what they hold — the carry-overs — and the balance struck is of the year:
    // "收入总计159.35亿元；…支出拟安排86.35亿元，滚存结余73亿元，支出总计159.35亿元。收支相抵，当年预算结余5.80亿元"
    // — 安康市 2025.)
    const [incomeAmount, spendingAmount] = [income, spending].map((item) => item && amountOf(item));
    if (!incomeAmount || !spendingAmount || incomeAmount.text === spendingAmount.text) continue;
    found.push(
      ...(gap
        ? differenceFinding(spendingAmount, incomeAmount, balance, "gapMismatch", context)
        : differenceFinding(incomeAmount, spendingAmount, balance, "balanceMismatch", context))
    );
  }
  return found;
}

export const auditSum: AuditRule = {
  id: "AUDIT-SUM",
  severities: ["error", "warning"],
  check: (context) =>
    context.claims.items
      .flatMap((item) => {
        const parts = checkParts(item, context);
        // Parts already wrong as printed are not said wrong again as worked out.
        const partsWrong = parts.some((finding) => finding.severity === "error");
        return [
          ...checkDelta(item, context),
          ...checkBudgetDelta(item, context),
          ...checkBaseSaidZero(item, context),
          ...parts,
          ...(partsWrong ? [] : checkWorkedOutParts(item, context)),
        ];
      })
      .concat(
        checkCarryOver(context),
        checkTables(context),
        checkCountedLists(context),
        checkSavings(context),
        checkFundsBreakdowns(context),
        checkCountedTotals(context),
        checkWholesNamedApart(context),
        checkBasicAndProjectApart(context),
        checkScores(context),
        checkPerUnit(context),
        checkChangeTotals(context),
        checkDifferences(context),
        checkCountOfAbove(context),
        checkKindsInBracket(context),
        checkKindsAfterWhole(context),
        checkUnitBesideSibling(context),
        checkChangesOfAllParts(context),
        checkYearSeriesDeltas(context)
      ),
};
