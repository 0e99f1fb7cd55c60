/**
 * What the audit knows of an item a report names: its figures (this year's, last year's, the budgets, the
 * change and its rate, shares, execution rate) and its place among its whole's parts. Prose (proseReader.ts) and
 * tables (tables.ts) both make these.
 */
import {
  bareFlow,
  canBePartOf,
  displayName,
  itemKeyOf,
  reduceName,
  WHOLE_PARTS,
  type ItemKey,
} from "./itemNames";
import {
  amountKind,
  type PrintedAmount,
  type PrintedPercent,
  type Sentence,
  type Span,
} from "./text";

export type Direction = 1 | -1;

export interface ChangeClaim<T> {
  direction: Direction;
  figure: T;
  /** The word that says the direction (增加, 下降, …). */
  word: Span;
}

/** The way a change goes: its word's, turned round by a minus sign ("增长-4.5%" is a fall). */
export function heading(change: ChangeClaim<{ value: { n: bigint } }>): Direction {
  return change.figure.value.n < 0n ? (-change.direction as Direction) : change.direction;
}

export interface ShareClaim {
  percent: PrintedPercent;
  /** The whole it is a share of, reduced ("总支出"), when the text names it. */
  of?: string;
  ofPrinted?: string;
  /** The year it is of: last year's, in a sentence on last year ("2016年度支出合计628万元，其中…占…37%"). */
  year: "current" | "prior";
  /**
   * A bound, not a value: "占同期总支出的85%以上" says at least 85% (atLeast), "…的5%以下" at most 5%. The bound
   * holds when some rounding of the printed figure does: 85% is 84.5% or more.
   */
  bound?: "atLeast" | "atMost";
}

export type Basis = "budget" | "spent";

/** 年初预算 (the budget set at the start of the year), or 全年 / 调整后预算 (as adjusted during it). */
export type BudgetKind = "initial" | "adjusted";

export interface BudgetClaim {
  amount: PrintedAmount;
  kind?: BudgetKind;
}

/** The plan a rate of it names: "预算", "年初预算", "调整后的预算", "年计划" (为年计划的110.91%). */
export const PLAN_WORDS = "(?:年度?|全年|年初|(?:年度?|全年)?调整后?的?)?(?:预算|计划)(?:数)?";

/** The kind of budget words name: "年初预算数" → initial; "全年预算数", "调整后预算" → adjusted. */
export function budgetKindIn(words: string): BudgetKind | undefined {
  // ("调整后的支出预算为18.65亿元": the item's name may stand between — 阜新市 2025.)
  if (/年初[^，,。；;\d]{0,8}?预算/.test(words)) return "initial";
  if (/(?:全年|调整后?的?|变动后的?)[^，,。；;\d]{0,8}?预算/.test(words)) return "adjusted";
  return undefined;
}

export interface ItemClaim {
  /** The name reduced for comparison (itemNames.ts). */
  name: string;
  /** The name as printed. */
  printedName: string;
  sentence: Sentence;
  current?: PrintedAmount;
  prior?: PrintedAmount;
  /** The budget: the first printed for the item. */
  budget?: PrintedAmount;
  /** Every budget printed for the item: 年初预算 and 全年 / 调整后预算 often both. */
  budgets: BudgetClaim[];
  delta?: ChangeClaim<PrintedAmount>;
  /**
   * A change said before the one the rate goes with, in the same sentence: "房产税收入同比增收531万元,同比减收24万元,
   * 下降4.32%" — kept so that two opposite changes of one item are told.
   */
  changeBefore?: ChangeClaim<PrintedAmount>;
  /** The difference from the budget: "较年初预算数减少0.04万元", and its rate: "下降56.67%". */
  budgetDelta?: ChangeClaim<PrintedAmount>;
  budgetRate?: ChangeClaim<PrintedPercent>;
  /** Which budget the difference is from, when the text says: "较年初预算", "较调整预算". */
  budgetCompared?: BudgetKind;
  /**
   * What last year's figure is, when the words say: its budget ("比上年预算减15600元", "上年预算数为…") or what
   * was spent ("上年决算数", "2018年…支出49865元") — for the change, and for the amount printed as 上年.
   */
  changeBasis?: Basis;
  priorBasis?: Basis;
  /**
   * "由年初预算17.77亿元调整为15.43亿元": the prior is the budget the year began with and the amount the budget as
   * adjusted — neither is last year's or this year's amount.
   */
  adjustedFrom?: boolean;
  /** Last year's amount was printed right after 比 / 较 / 与 ("较2023年度决算数38.31万元"). */
  priorRightAfterComparison?: boolean;
  /** The change is printed without its word ("较2023年度决算数38.31万元,下降6.31%"): its direction is the rate's. */
  changeWordLeftOut?: boolean;
  rate?: ChangeClaim<PrintedPercent>;
  /**
   * "从2015年的2007万元上升到2020年的2468万元，年均增长4.22%": the amount of a year some years before, and the growth
   * a year on average from it to this one (compounded).
   */
  span?: { from: PrintedAmount; years: number; averageRate?: ChangeClaim<PrintedPercent> };
  /** 与上年持平 */
  flat?: Span;
  /** 上年无此项 */
  newItem?: Span;
  shares: ShareClaim[];
  executionRate?: PrintedPercent;
  /** The item listed before 其中, when this is one of its parts. */
  parent?: ItemClaim;
  /**
   * The parts listed under it are all of it: a table's 合计 row over its numbered rows, a 合计 printed after its
   * items, or the whole a 由…构成 sentence lists the parts of.
   */
  partsAreAll?: boolean;
  /**
   * Breakdowns of it that classify all of it ("按支出功能分类，包括…": every amount spent has a class), whose parts
   * are all of it too.
   */
  classifiedIn?: number[];
  /** Which breakdown of the text it was named in ("按支出项目类别：…", then "按支出功能分类科目：…"). */
  breakdown: number;
  children: ItemClaim[];
}

export function newItem(
  printedName: string,
  sentence: Sentence,
  parent?: ItemClaim,
  breakdown = 0
): ItemClaim {
  const item: ItemClaim = {
    name: reduceName(printedName) || (bareFlow(printedName) ?? ""),
    printedName: displayName(printedName),
    sentence,
    shares: [],
    budgets: [],
    parent,
    breakdown,
    children: [],
  };
  parent?.children.push(item);
  return item;
}

/** Takes an item out of the list it was read as a part of: it is a whole of its own, beside that list's. */
export function detach(item: ItemClaim): void {
  const { parent } = item;
  if (!parent) return;
  parent.children.splice(parent.children.indexOf(item), 1);
  item.parent = undefined;
}

/** Money, or the unit counted (人, 辆): an item's amounts are all one of these. */
function unitOf(amount: PrintedAmount): string {
  const kind = amountKind(amount.unit);
  return kind === "count" ? amount.unit : kind;
}

/** True when the amount can be one of the item's: money with money, 辆 with 辆 ("2辆" is no 公务用车费). */
export function sameUnit(item: ItemClaim, amount: PrintedAmount): boolean {
  const held =
    item.current ?? item.prior ?? item.budget ?? item.delta?.figure ?? item.budgetDelta?.figure;
  return held === undefined || unitOf(held) === unitOf(amount);
}

/** The item when the amount can be one of its, else none. */
export function fitting(item: ItemClaim | undefined, amount: PrintedAmount): ItemClaim | undefined {
  return item && sameUnit(item, amount) ? item : undefined;
}

export function addBudget(
  item: ItemClaim,
  amount: PrintedAmount,
  kind: BudgetKind | undefined
): void {
  item.budget ??= amount;
  item.budgets.push({ amount, kind });
}

/** True when `key` is one of the known parts of the whole item (the three "三公" parts of “三公”经费…). */
export function isPartOf(key: ItemKey, whole: ItemClaim): boolean {
  const wholeKey = itemKeyOf(whole.name);
  return (
    wholeKey !== undefined && WHOLE_PARTS[wholeKey] !== undefined && canBePartOf(key, wholeKey)
  );
}

/**
 * The item's amount for the year its change is measured on: what it spent, or in a budget text, where the
 * change is from last year's budget ("预算为46.8万元，较2022年预算增加15.60万元"), its budget.
 */
export function amountThisYear(
  item: ItemClaim,
  kind?: "budget" | "final"
): PrintedAmount | undefined {
  // A budget text prints only the budget: "项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少13.22%";
  // and in a text that is a budget (no 决算), a budget is what the year's amount is.
  const onlyBudget =
    item.budgets.length === 1 &&
    (item.delta !== undefined || item.rate !== undefined || kind === "budget");
  return item.current ?? (item.changeBasis === "budget" || onlyBudget ? item.budget : undefined);
}
