/**
 * AUDIT-DIRECTION — 增加 followed by 下降, or a direction the amounts deny: "比上年减少0.04万元，增长0.01%", or
 * 本年 below 上年 with "增加". Rounding cannot turn a direction round, so these are errors. A change printed without
 * its word ("较2023年度决算数38.31万元,下降6.31%"), read by the rate after it, is a warning.
 */
import { compare, intersects, minus, sign, ZERO } from "../interval";
import type { ItemClaim } from "../claims";
import { itemKeyOf } from "../itemNames";
import { amountThisYear, heading, type ChangeClaim } from "../items";
import { findingAt, type AuditContext, type AuditFinding, type AuditRule } from "../types";
import { normalizeLabel } from "../../text";
import { sentenceAt, type PrintedNumber } from "../text";
import { directionOf } from "../words";
import { judge } from "./auditRounding";

/** Two changes of one item said in opposite directions: a 错误 marking the one `marked` (both, when it is the first). */
function opposite(
  item: ItemClaim,
  first: ChangeClaim<PrintedNumber>,
  second: ChangeClaim<PrintedNumber>,
  marked: "first" | "second",
  context: AuditContext
): AuditFinding {
  const said = (change: ChangeClaim<PrintedNumber>) => `${change.word.text}${change.figure.text}`;
  const start = marked === "first" ? first.word.start : second.word.start;
  const end = second.figure.end;
  return findingAt(
    "AUDIT-DIRECTION",
    "error",
    item.sentence,
    { start, end, text: context.text.slice(start, end) },
    context.words.directionWords(said(first), said(second)),
    marked === "first" ? said(first) : said(second),
    ""
  );
}

function check(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { words } = context;
  const found: AuditFinding[] = [];
  const { delta, rate, current, prior } = item;
  if (item.changeWordLeftOut && delta && rate) {
    const word = delta.direction === 1 ? words.increase : words.decrease;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "warning",
        item.sentence,
        delta.figure,
        words.changeWordLeftOut(delta.figure.text, `${rate.word.text}${rate.figure.text}`, word),
        delta.figure.text,
        `${word}${delta.figure.text}`
      )
    );
  }
  // "房产税收入同比增收531万元,同比减收24万元" (天等县 2023): one item said to rise and to fall against the same year.
  const before = item.changeBefore;
  if (before && delta && heading(before) !== heading(delta) && sign(before.figure.value) !== 0)
    found.push(opposite(item, before, delta, "first", context));
  // "收入完成3.9亿元，…，增加2.3亿元，增加4580万元，增长13.4%" (周口市 2019): one change said twice, by two amounts —
  // the first marked, the second being the rate's.
  else if (
    before &&
    delta &&
    judge(before.figure.yuan, delta.figure.yuan) === "wrong" &&
    !ANOTHER_FOOTING.test(context.text.slice(before.figure.end, delta.word.start))
  ) {
    const said = (change: ChangeClaim<PrintedNumber>) => `${change.word.text}${change.figure.text}`;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        item.sentence,
        { start: before.word.start, end: before.figure.end, text: said(before) },
        words.changeSaidTwice(said(before), said(delta)),
        before.figure.text,
        delta.figure.text
      )
    );
  }
  if (delta && rate && heading(delta) !== heading(rate) && sign(delta.figure.value) !== 0) {
    found.push(opposite(item, delta, rate, "second", context));
    return found;
  }
  // "下降-81.75%": a word that says a fall and a minus sign say the direction twice, opposite ways. (A rise below 0 is
  // how statistics say a fall: "增幅为6.7%、-4.5%和-21.7%" — 全国政府采购 2019.)
  for (const said of [delta, rate]) {
    if (!said || sign(said.figure.value) >= 0 || said.direction === 1) continue;
    const words_ = `${said.word.text}${said.figure.text}`;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        item.sentence,
        { start: said.word.start, end: said.figure.end, text: words_ },
        words.doubleNegative(words_),
        said.figure.text,
        said.figure.text.replace(/^[-−－]/, "")
      )
    );
  }
  if (found.length > 0) return found;
  const claimed = delta ?? rate;
  if (claimed && current && prior && sign(claimed.figure.value) !== 0) {
    const difference = minus(current.yuan, prior.yuan);
    const denied =
      heading(claimed) === 1 ? compare(difference.hi, ZERO) < 0 : compare(difference.lo, ZERO) > 0;
    if (denied) {
      const said = `${claimed.word.text}${claimed.figure.text}`;
      found.push(
        findingAt(
          "AUDIT-DIRECTION",
          "error",
          item.sentence,
          { start: claimed.word.start, end: claimed.figure.end, text: said },
          words.directionAmounts(
            said,
            words.twoAmounts(current.text, prior.text, item.adjustedFrom === true)
          ),
          said,
          ""
        )
      );
    }
  }
  return found;
}

/** The years a sentence names ("2021年…比2020年…" → 2021,2020), as a key: claims about the same years compare. */
function yearsOf(item: ItemClaim): string {
  return [...new Set([...item.sentence.text.matchAll(/(20\d\d)年/g)].map((m) => m[1]))]
    .sort()
    .join(",");
}

/**
 * How many paragraphs apart one row said twice is: further on, a row of the same name is of another scope (a unit's
 * 公用经费 in the reasons for the department's change, then 日常公用经费 of one of its units: 西安市科技创新局 2022).
 */
const NEAR = 3;

/**
 * Two items of one name whose amounts this year differ are two rows, not one said twice: "具体为：人员经费 675.90
 * 万元，较上年减少 37.45 万元" under one functional line, "人员经费 10,057.17 万元，较上年增加856.54 万元" under the
 * next (西安市民政局 2021).
 */
function twoAmounts(a: ItemClaim, b: ItemClaim, context: AuditContext): boolean {
  // (A budget text's amounts are its budgets: "项目支出预算198.5亿元，比上年减少33.7亿元" and "项目支出预算10.8亿元，比上年
  // 增加0.9亿元" are two funds' — 广州市 2026.)
  const [x, y] = [amountThisYear(a, context.claims.kind), amountThisYear(b, context.claims.kind)];
  return x !== undefined && y !== undefined && !intersects(x.yuan, y.yuan);
}

/**
 * The same row (a stable key) said to rise in one place and fall in another, in sentences about the same
 * years: "…比2020年减少166.4万元…" then "…“三公”经费决算数比2020年增加43万元".
 */
function contradictions(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const seen = new Map<string, ItemClaim>();
  for (const item of context.claims.items) {
    const key = itemKeyOf(item.name);
    const change = item.delta ?? item.rate;
    if (!key || !change || item.parent || sign(change.figure.value) <= 0) continue;
    const group = `${key}|${yearsOf(item)}`;
    const earlier = seen.get(group);
    const earlierChange = earlier ? (earlier.delta ?? earlier.rate) : undefined;
    if (
      earlier &&
      earlierChange &&
      earlierChange.direction !== change.direction &&
      !twoAmounts(earlier, item, context) &&
      item.sentence.paragraph - earlier.sentence.paragraph <= NEAR
    ) {
      const first = `${earlierChange.word.text}${earlierChange.figure.text}`;
      const second = `${change.word.text}${change.figure.text}`;
      found.push(
        findingAt(
          "AUDIT-DIRECTION",
          "error",
          item.sentence,
          { start: change.word.start, end: change.figure.end, text: second },
          context.words.directionWords(first, second),
          second,
          ""
        )
      );
    }
    if (!earlier) seen.set(group, item);
  }
  return found;
}

/** A change's comparison words, between the amount and the change ("，较上年"): two printings compare alike. */
function comparisonWords(item: ItemClaim, text: string): string | undefined {
  const { current, delta } = item;
  if (!current || !delta || delta.word.start < current.end) return undefined;
  return text.slice(current.end, delta.word.start).replace(/[\s，,：:]/g, "");
}

/** A second change of one amount on another footing: 扣除中央基建后…, 剔除这一因素…, 按可比口径… */
const ANOTHER_FOOTING = /扣除|剔除|除去|不含|不考虑|口径|可比/;

/**
 * One row, with the same amount this year, said in two sections to have changed by two amounts: "一般公共预算拨款
 * 支出13,650.79万元，较上年减少183.49万元" in 六, "…13,650.79万元，较上年减少99.00万元" in 七 (西安市司法局
 * 2026). At least one is wrong, and the text does not say which: both are marked.
 */
function changePrintedTwice(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const seen = new Map<string, ItemClaim[]>();
  for (const item of context.claims.items) {
    const key = itemKeyOf(item.name);
    const { current, delta } = item;
    const comparison = comparisonWords(item, context.text);
    if (!key || !current || !delta || comparison === undefined || sign(current.yuan.lo) <= 0)
      continue;
    if (ANOTHER_FOOTING.test(item.sentence.text)) continue;
    // "收入337,741.21万元，其中：…、上年结转13,102.70万元，较上年减少130,014.30万元": a change after the last part of
    // a list may be the whole's; it is the part's too only when the part is all of it.
    const whole = item.parent?.current;
    if (whole && !intersects(whole.yuan, current.yuan)) continue;
    const group = `${key}|${yearsOf(item)}|${comparison}`;
    // (Only those near enough to be compared are kept: a long text names one row hundreds of times.)
    const earlier = (seen.get(group) ?? []).filter(
      (candidate) => item.sentence.paragraph - candidate.sentence.paragraph <= NEAR
    );
    const other = earlier.find(
      (candidate) =>
        item.sentence !== candidate.sentence &&
        item.sentence.paragraph - candidate.sentence.paragraph <= NEAR &&
        intersects(candidate.current!.yuan, current.yuan) &&
        judge(delta.figure.yuan, candidate.delta!.figure.yuan) === "wrong"
    );
    if (other) {
      const name = plainName(item);
      for (const [marked, against] of [
        [other, item],
        [item, other],
      ]) {
        const said = marked.delta!;
        const words = `${said.word.text}${said.figure.text}`;
        found.push(
          findingAt(
            "AUDIT-DIRECTION",
            "error",
            marked.sentence,
            { start: said.word.start, end: said.figure.end, text: words },
            context.words.changePrintedTwice(
              name,
              current.text,
              words,
              `${against.delta!.word.text}${against.delta!.figure.text}`
            ),
            words,
            ""
          )
        );
      }
    }
    seen.set(group, [...earlier, item]);
  }
  return found;
}

/**
 * "比2023年预算执行数减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加。": a reason that says the item itself
 * (its name, or just 经费 / 支出 / 资金) moved the other way. A reason about something else may move either way
 * (工资福利支出减少，主要原因是退休人员增加), and one of several clauses is not read.
 */
const ITEM_REASON =
  /(?:主要)?原因(?:是|为)?[：:]?[^\S\n]*([^，,。；;、：:\n]{0,40}?)(增加|增长|上升|提高|减少|下降|降低)(?=[。；;]|$)/gm;

/** An item's name as printed, without what brackets and quotes add: what a reason names it by. */
const plainName = (item: ItemClaim): string =>
  normalizeLabel(item.printedName).replace(/[（(][^）)]*[）)]|[“”"]/g, "");

function reasonsAgainst(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const { itemsIn, sentences } = context.claims;
  for (const match of context.text.matchAll(ITEM_REASON)) {
    const at = match.index ?? 0;
    const subject = match[1].replace(/(?:的)?(?:经费|支出|资金|预算|费用)$/, "");
    const reason = sentenceAt(sentences, at);
    if (!reason || /上年|去年|上一年|20\d\d/.test(match[1])) continue;
    // The item whose change was said last before the reason, in its paragraph (named there or in the one before).
    let item: ItemClaim | undefined;
    const near = [...itemsIn(reason.paragraph - 1), ...itemsIn(reason.paragraph)];
    for (const candidate of near) {
      const change = candidate.rate ?? candidate.delta;
      if (!change || change.figure.end > at) continue;
      if (candidate.sentence.paragraph !== reason.paragraph) continue;
      const latest = item && (item.rate ?? item.delta);
      if (!latest || change.figure.end > latest.figure.end) item = candidate;
    }
    const change = item && (item.rate ?? item.delta);
    if (!item || !change) continue;
    const name = plainName(item);
    if (subject !== "" && !name.includes(subject)) continue;
    if (directionOf(match[2]) === change.direction) continue;
    const said = `${change.word.text}${change.figure.text}`;
    const words = `${match[1]}${match[2]}`;
    const start = at + match[0].length - words.length;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        reason,
        { start, end: start + words.length, text: words },
        context.words.directionWords(said, words),
        words,
        ""
      )
    );
  }
  return found;
}

/**
 * "公务接待费。2026 年预算数 9.09 万元，较 2025 年年初预算增加 0.00 万元，…。2026 年公务接待费预算数比 2025 年减少的主要原因
 * 是…" (深圳市住房和建设局 2026): the reason of a fall for an item the text has just said did not fall — a sentence
 * of the template kept when the figure changed. Held to the change said last before it for that item, in its
 * paragraph or the one before.
 */
const CAUSE_OF =
  /([^，,。；;：:\n]{2,30}?)(?:(?:比|较)[^，,。；;\n]{0,14}?)?(增加|增长|上升|提高|减少|下降|降低)的(?:主要)?原因/g;

/** The change said for an item: against last year, else against its budget. */
const changeOf = (item: ItemClaim) =>
  item.rate ?? item.delta ?? item.budgetRate ?? item.budgetDelta;

function causesAgainst(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  const { itemsIn, sentences } = context.claims;
  for (const match of context.text.matchAll(CAUSE_OF)) {
    const at = match.index ?? 0;
    // (The words may open an indented paragraph: its indent is in no sentence.)
    const sentence = sentenceAt(sentences, at + (/^\s*/.exec(match[1])?.[0].length ?? 0));
    if (!sentence) continue;
    const named = normalizeLabel(match[1]).replace(/^[^\u4e00-\u9fff]*(?:20\d\d\s*年度?)?/, "");
    const subject = named.replace(/(?:的)?(?:预算数|决算数|预算|支出|经费|资金)$/, "");
    if (subject.length < 2) continue;
    // ("财政拨款收入支出增加的主要原因是…" — 石泉路街道 2026: the reason of both flows' change, each said in a paragraph of
    // its own before it.)
    const bothFlows = /^(.{2,})收入支出$/.exec(named);
    const subjects = bothFlows ? [`${bothFlows[1]}收入`, `${bothFlows[1]}支出`] : [subject];
    const reach = bothFlows ? 2 : 1;
    const item = [
      ...Array.from({ length: reach }, (_, k) => itemsIn(sentence.paragraph - reach + k)).flat(),
      ...itemsIn(sentence.paragraph),
    ]
      .filter((candidate) => {
        const change = changeOf(candidate);
        const name = plainName(candidate)
          .replace(/20\d\d\s*年度?/g, "")
          .replace(/(?<=收入|支出)(?:预算|决算)$/, "");
        return (
          change !== undefined &&
          change.figure.end <= at &&
          name !== "" &&
          subjects.some((said) => said.includes(name))
        );
      })
      .at(-1);
    const change = item && changeOf(item);
    if (!item || !change) continue;
    const flat = sign(change.figure.value) === 0;
    if (!flat && directionOf(match[2]) === change.direction) continue;
    const said = `${change.word.text}${change.figure.text}`;
    const words = match[0].slice(match[1].length).replace(/的(?:主要)?原因$/, "");
    const start = at + match[1].length;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        sentence,
        { start, end: start + words.length, text: words },
        context.words.directionWords(said, `${match[2]}的原因`),
        words,
        ""
      )
    );
  }
  return found;
}

export const auditDirection: AuditRule = {
  id: "AUDIT-DIRECTION",
  severities: ["error", "warning"],
  check: (context) => [
    ...context.claims.items.flatMap((item) => check(item, context)),
    ...contradictions(context),
    ...changePrintedTwice(context),
    ...reasonsAgainst(context),
    ...causesAgainst(context),
  ],
};
