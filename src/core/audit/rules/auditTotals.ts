/**
 * AUDIT-TOTALS — a unit's 收入总计 and 支出总计 balance, in a 决算 (both include the carry-overs) as in a 预算
 * (a budget is balanced): a text that prints them different has one of them wrong. Also the shorthand
 * "收、支总计各是A、B万元".
 */
import { compare, minus, ZERO } from "../interval";
import { findFigures, sentencesFrom, type PrintedAmount, type Sentence, type Span } from "../text";
import { findingAt, type AuditContext, type AuditFinding, type AuditRule } from "../types";
import type { ItemClaim } from "../claims";
import { judge, verdictFinding } from "./auditRounding";
import { isGovernmentReport } from "./common";

/** The accounts a 收入总计 / 支出总计 can be of; words before them (the unit's name, the year) are not. */
const ACCOUNT =
  /(?:一般公共预算(?:财政拨款)?|政府性基金(?:预算)?(?:财政拨款)?|国有资本经营(?:预算)?(?:财政拨款)?|财政拨款)?$/;

/** Words of a span of years: "“十四五”期间", "累计", "以来". */
const MANY_YEARS = /十[一二三四五六七八九]五|期间|累计|以来/;

const INCOME_TOTAL = /^(.*)收入(预算|决算)?总计$/;
const SPENDING_TOTAL = /^(.*)支出(预算|决算)?总计$/;

/**
 * "财政拨款收入总计" → "财政拨款", "焦作市福利院收入总计" → "": the totals of the same account are compared.
 */
function account(item: ItemClaim, side: "收入" | "支出"): string | undefined {
  const match = (side === "收入" ? INCOME_TOTAL : SPENDING_TOTAL).exec(item.name);
  if (!match) return undefined;
  const named = (ACCOUNT.exec(match[1]) as RegExpExecArray)[0];
  // "财政拨款收入预算总计" is an account's; "其他资金收入预算总计" one source's, no 收入总计 of the unit.
  return match[2] && named === "" ? undefined : named;
}

/**
 * A government's accounts may close with a balance: "收入总计451227万元，减支出总计425533万元，财政滚存结余25694万元"
 * (or "支出总计188256万元,收支相抵,结转下年支出14263万元") — the text names what is left, near the totals, and it
 * is the difference. (A unit's 决算 counts its 年末结转和结余
 * into 支出总计: its totals are equal.)
 */
function balanceBetween(
  income: PrintedAmount,
  spending: ItemClaim,
  balances: readonly ItemClaim[]
): boolean {
  const difference = minus(income.yuan, (spending.current as PrintedAmount).yuan);
  return (
    compare(difference.hi, ZERO) > 0 &&
    balances.some(
      (item) =>
        Math.abs(item.sentence.paragraph - spending.sentence.paragraph) <= 10 &&
        judge((item.current as PrintedAmount).yuan, difference) === "consistent"
    )
  );
}

function namedTotals(context: AuditContext): AuditFinding[] {
  const items = context.claims.items;
  const balances = items.filter(
    (item) =>
      item.current &&
      (/滚存|财政结余|净结余|结转下年|年末结余|收支结余|当年结余|本年结余|年终结转/.test(
        item.name
      ) ||
        // ("收支相抵，结余24.1亿元，结转下年使用" — 苏州市 2025; "收支相抵，2014年全市一般公共预算资金结余结转267.6亿元"
        // — 广州市 2014: what the sentence that strikes the balance names as left over.)
        (/结余|结转/.test(item.name) &&
          /收支相抵/.test(context.text.slice(item.sentence.start, item.current.start))))
  );
  // The 收入总计 of each account, in text order (each item's account found once).
  const incomesOf = new Map<string, ItemClaim[]>();
  for (const item of items) {
    const key = item.current ? account(item, "收入") : undefined;
    if (key !== undefined) incomesOf.set(key, [...(incomesOf.get(key) ?? []), item]);
  }
  const at = (item: ItemClaim) => (item.current as PrintedAmount).start;
  for (const incomes of incomesOf.values()) incomes.sort((a, b) => at(a) - at(b));
  // …and of every account, by paragraph.
  const incomesIn = new Map<number, ItemClaim[]>();
  for (const income of [...incomesOf.values()].flat()) {
    const paragraph = income.sentence.paragraph;
    const listed = incomesIn.get(paragraph);
    if (listed) listed.push(income);
    else incomesIn.set(paragraph, [income]);
  }
  for (const incomes of incomesIn.values()) incomes.sort((a, b) => at(a) - at(b));
  const found: AuditFinding[] = [];
  const governmentReport = isGovernmentReport(context.text);
  for (const spending of items) {
    const key = spending.current ? account(spending, "支出") : undefined;
    if (key === undefined || !spending.current) continue;
    // The 收入总计 of the same account printed before it, nearest first ("2021年度收入总计264.91万元,支出总计
    // 290.85万元,…上年收入总计213.74万元": not the one after it in its sentence).
    // A 支出总计 that names no account, in a paragraph whose 收入总计 does ("本部门财政拨款收入预算总计 181807.13
    // 万元，…。支出预算总计181807.13 万元": 西安市人社局 2020), is of that account.
    const inParagraph =
      key === ""
        ? lastBefore(incomesIn.get(spending.sentence.paragraph) ?? [], spending.current.start)
        : undefined;
    const income = inParagraph ?? lastBefore(incomesOf.get(key) ?? [], spending.current.start);
    if (!income?.current) continue;
    // Totals of years together ("“十四五”期间…一般公共预算收入总计 825 亿元…支出总计 750 亿元" — 南京江北新区) are no
    // year's accounts.
    if (MANY_YEARS.test(income.sentence.text) || MANY_YEARS.test(spending.sentence.text)) continue;
    // A government's 收入总计 is of the 支出总计 of its own paragraph: the next paragraph is often another level's
    // (全州 then 州本级, 全市 then 市本级: 楚雄州, 三明市 2025).
    if (governmentReport && income.sentence.paragraph !== spending.sentence.paragraph) continue;
    if (balanceBetween(income.current, spending, balances)) continue;
    // (Nor when another 收入总计 of the account near it is its own: "…国有资本经营预算收入总计0.54亿元。市本级收入完成
    // 0.12亿元；…收入总计0.21亿元。" then "…调出资金0.12亿元，收入总计0.54亿元。市本级…支出总计0.21亿元" — 银川市
    // 2025, whose spending paragraph names its 全市 total 收入总计 too.)
    const spent = spending.current.yuan;
    const matched = (incomesOf.get(key) ?? []).some(
      (other) =>
        other !== income &&
        other.current !== undefined &&
        Math.abs(other.sentence.paragraph - spending.sentence.paragraph) <= 2 &&
        judge(spent, other.current.yuan) === "consistent"
    );
    if (matched) continue;
    // A government's totals (全市, 市本级, 全州…) are no unit's: its year may close with a balance, and one fund's
    // 收入总计 is printed beside another's 支出总计 (三明市, 楚雄州, 云浮市 2025) — held to each other only where
    // the text gives the balance between them (清流县 2021: 收支相抵,结转下年支出14263万元).
    if (
      governmentReport &&
      !balances.some(
        (item) =>
          item.sentence.paragraph >= spending.sentence.paragraph &&
          item.sentence.paragraph - spending.sentence.paragraph <= 1
      )
    )
      continue;
    const verdict = judge(spending.current.yuan, income.current.yuan);
    const pair = verdict === "wrong" ? pairOf(income, spending, context.text) : undefined;
    found.push(
      ...verdictFinding(
        verdict,
        "AUDIT-TOTALS",
        pair?.sentence ?? spending.sentence,
        pair?.mark ?? spending.current,
        {
          wrong: context.words.totals(income.current.text, spending.current.text),
          rounding: context.words.rounding(
            `${spending.printedName}${spending.current.text}`,
            income.current.text
          ),
        },
        spending.current.text,
        income.current.text
      )
    );
  }
  return found;
}

/** How far apart two totals printed as a pair may be. */
const PAIR_REACH = 240;

/**
 * Totals that differ with nothing to say which is wrong are marked as the pair they are — from the 收入总计's
 * figure to the 支出总计's, quoted from the one's sentence to the other's — when they are printed together (the
 * same paragraph or the next, a few lines apart): 江津区柏林镇 2021 printed 财政拨款收入总计 2951.23 (its 本年收入)
 * against 支出总计 3084.82.
 */
function pairOf(
  income: ItemClaim,
  spending: ItemClaim,
  text: string
): { sentence: Sentence; mark: Span } | undefined {
  const [from, to] = [income.current as PrintedAmount, spending.current as PrintedAmount];
  const together =
    from.start < to.start &&
    to.end - from.start <= PAIR_REACH &&
    spending.sentence.paragraph - income.sentence.paragraph <= 1;
  if (!together) return undefined;
  return {
    sentence: sentencesFrom(income.sentence, spending.sentence, text),
    mark: { start: from.start, end: to.end, text: text.slice(from.start, to.end) },
  };
}

/** The last of items in text order whose amount is printed before an offset (found by halving). */
function lastBefore(items: readonly ItemClaim[], offset: number): ItemClaim | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid].current as PrintedAmount).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/** "收、支总计各是4125.49,4143.91万元" / "收支总计分别为A万元、B万元". */
const SHORTHAND = /收[、和与]?支(?:出)?总计(?:各|分别)(?:是|为)/;

function shorthandTotals(context: AuditContext): AuditFinding[] {
  const found: AuditFinding[] = [];
  for (const sentence of context.claims.sentences) {
    const match = SHORTHAND.exec(sentence.text);
    if (!match) continue;
    const after = sentence.text.slice((match.index ?? 0) + match[0].length);
    const pair =
      /^\s*([0-9０-９.,，]+?)\s*(?:万元|元)?[,，、]\s*([0-9０-９.,，]+)\s*(万元|元|亿元)/.exec(
        after
      );
    if (!pair) continue;
    const start = sentence.start + (match.index ?? 0) + match[0].length;
    const [income, spending] = [pair[1], pair[2]].map(
      (digits) => findFigures({ start, end: start, text: `${digits}${pair[3]}` })[0]
    );
    if (income?.kind !== "amount" || spending?.kind !== "amount") continue;
    if (judge(spending.interval, income.interval) !== "wrong") continue;
    const mark = { start, end: start + pair[0].length, text: pair[0] };
    found.push(
      findingAt(
        "AUDIT-TOTALS",
        "error",
        sentence as Sentence,
        mark,
        context.words.totals(`${pair[1]}${pair[3]}`, `${pair[2]}${pair[3]}`),
        `${pair[2]}${pair[3]}`,
        `${pair[1]}${pair[3]}`
      )
    );
  }
  return found;
}

/** An amount said to be the budget of both flows: "2026年收支预算11,174.3万元", "收支总预算…". */
const BOTH_FLOWS_BUDGET =
  /(?<!财政拨款|拨款|一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|资金|经费)收支(?:总)?预算(?:总计|总额)?(?:为|是|共计|共)?[^\S\n]*$/;
/** An amount said to be one flow's budget: "2026年支出预算11,380.57万元". */
const ONE_FLOW_BUDGET =
  /(?<!财政拨款|拨款|一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|资金|经费|[本当]年)(收入|支出)(?:总)?预算(?:总计|总额)?(?:为|是|共计|共)?[^\S\n]*$/;

/** The words of its sentence right before an item's amount. */
function wordsBefore(item: ItemClaim, text: string): string {
  const amount = item.current as PrintedAmount;
  return text.slice(Math.max(item.sentence.start, amount.start - 24), amount.start);
}

/** "2026年" and the words that name the budget ("支出预算"), as the message says them. */
const asNamed = (year: string | undefined, words: string) =>
  `${year ? `${year}年` : ""}${words.replace(/(?:为|是|共计|共)?\s*$/, "")}`;

/** The year an item's printed name gives ("2026年收入" → 2026). */
const yearNamed = (item: ItemClaim) => /(20\d\d)\s*年/.exec(item.printedName)?.[1];

/**
 * A budget of both flows is each flow's budget: "（一）收入预算：2026年收入预算11,174.3万元…（二）支出预算：2026年支出预算
 * 11,380.57万元…（三）…2026年收支预算11,174.3万元" (烟台市发改委 2026) — the 支出预算 the text prints is not the 收支预算 it
 * prints, so one of them is wrong. Within a few paragraphs, and of the same year when both name one.
 */
function bothFlowsBudget(context: AuditContext): AuditFinding[] {
  const { text } = context;
  const { itemsIn } = context.claims;
  const isBudget = (item: ItemClaim) => item.current !== undefined && !item.parent;
  const found: AuditFinding[] = [];
  for (const whole of context.claims.items.filter(isBudget)) {
    const named = BOTH_FLOWS_BUDGET.exec(wordsBefore(whole, text));
    if (!named) continue;
    const total = whole.current as PrintedAmount;
    const paragraph = whole.sentence.paragraph;
    const nearby = Array.from({ length: 9 }, (_, i) => itemsIn(paragraph - 4 + i)).flat();
    for (const side of nearby) {
      if (side === whole || !isBudget(side)) continue;
      const flow = ONE_FLOW_BUDGET.exec(wordsBefore(side, text));
      if (!flow || BOTH_FLOWS_BUDGET.test(wordsBefore(side, text))) continue;
      const [wholeYear, sideYear] = [yearNamed(whole), yearNamed(side)];
      if (wholeYear && sideYear && wholeYear !== sideYear) continue;
      const amount = side.current as PrintedAmount;
      found.push(
        ...verdictFinding(
          judge(amount.yuan, total.yuan),
          "AUDIT-TOTALS",
          side.sentence,
          amount,
          {
            wrong: context.words.bothFlowsBudget(
              `${asNamed(wholeYear, named[0])}${total.text}`,
              `${asNamed(sideYear, flow[0])}${amount.text}`
            ),
            rounding: context.words.rounding(
              `${asNamed(sideYear, flow[0])}${amount.text}`,
              total.text
            ),
          },
          amount.text,
          total.text
        )
      );
    }
  }
  return found;
}

export const auditTotals: AuditRule = {
  id: "AUDIT-TOTALS",
  severities: ["error"],
  check: (context) => [
    ...namedTotals(context),
    ...shorthandTotals(context),
    ...bothFlowsBudget(context),
  ],
};
