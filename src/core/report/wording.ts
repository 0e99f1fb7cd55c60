/**
 * Sentence building: fills the patterns of src/i18n/zh-CN/report.ts with runs, and decides which
 * change pattern a pair of figures takes (docs/domain.md §2). Amounts are 万元 with two decimals, percentages from
 * the exact (unrounded) values with two decimals, both rounded half up by money.ts.
 */
import type { CellRef } from "../grid";
import { BasisPoints, Fen, formatBasisPoints, formatWan, percentChange } from "../money";
import { toHalfWidth } from "../text";
import { report as zh } from "../../i18n/zh-CN/report";
import type { Run } from "./types";

export const wording = zh;

/** A slot value: plain text, or runs (a figure with its cell). */
export type Slot = string | Run | readonly Run[];

/**
 * Fills `{name}` slots of a pattern. Literal text becomes plain runs; adjacent plain runs are merged so
 * the runs stay few. An unknown slot is a programming error and throws (a sentence never has a hole).
 */
export function fill(pattern: string, slots: Record<string, Slot> = {}): Run[] {
  const out: Run[] = [];
  const parts = pattern.split(/\{(\w+)\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== "") pushRun(out, { text: part });
      return;
    }
    const slot = slots[part];
    if (slot === undefined) throw new Error(`wording: no value for {${part}} in "${pattern}"`);
    if (typeof slot === "string") pushRun(out, { text: slot });
    else if (isRunArray(slot)) slot.forEach((run) => pushRun(out, run));
    else pushRun(out, slot);
  });
  return out;
}

function isRunArray(slot: Run | readonly Run[]): slot is readonly Run[] {
  return Array.isArray(slot);
}

/** Appends a run, merging it into the previous one when both are plain text. */
function pushRun(out: Run[], run: Run): void {
  if (run.text === "") return;
  const last = out[out.length - 1];
  if (last && isPlain(last) && isPlain(run)) last.text += run.text;
  else out.push({ ...run });
}

function isPlain(run: Run): boolean {
  return run.ref === undefined && !run.placeholder;
}

/** Joins run lists into one, merging plain text. */
export function concatRuns(...lists: readonly (readonly Run[])[]): Run[] {
  const out: Run[] = [];
  for (const list of lists) for (const run of list) pushRun(out, run);
  return out;
}

/** Joins run lists with a separator. */
export function joinRuns(lists: readonly (readonly Run[])[], separator: string): Run[] {
  const out: Run[] = [];
  lists.forEach((list, i) => {
    if (i > 0) pushRun(out, { text: separator });
    list.forEach((run) => pushRun(out, run));
  });
  return out;
}

/** A visible marker for something the user must still supply: 【待补充：机构情况】. */
export function placeholderRun(what: string): Run {
  return { text: fill(zh.placeholder, { what })[0].text, placeholder: true };
}

/** A money figure with the cell it came from. */
export interface Amount {
  value: Fen;
  ref?: CellRef;
}

/** "275.76" as a run carrying its cell. */
export function wanRun(amount: Amount): Run {
  const text = formatWan(amount.value);
  return amount.ref ? { text, ref: amount.ref } : { text };
}

/**
 * Which sentence a pair of figures takes. `current-only`: 上年 unknown, so no comparison is claimed.
 * `unread`: the 本年 figure's cell could not be read (an error, a formula without a value): no sentence
 * states a figure, a placeholder says which cell to fix.
 */
export type MovementCase =
  "increase" | "decrease" | "flat" | "new" | "stopped" | "none" | "current-only" | "unread";

/** The case for 本年/上年 values (undefined = no figure). A blank 本年 beside a 上年 counts as 0. */
export function movementCase(current: number | undefined, prior: number | undefined): MovementCase {
  const c = current ?? 0;
  if (prior === undefined) return c === 0 ? "none" : "current-only";
  if (c === 0 && prior === 0) return "none";
  if (prior === 0) return "new";
  if (c === 0) return "stopped";
  if (c === prior) return "flat";
  return c > prior ? "increase" : "decrease";
}

/** One figure of the report with both years, its reason and (for 六) its budget. */
export interface Item {
  current?: Amount;
  prior?: Amount;
  budget?: Amount;
  /** Exact percent change in basis points, when compare computed it; else computed here. */
  percent?: BasisPoints;
  reason?: Run;
  /** The 本年 figure's cell holds something that is not an amount (then `current` is absent). */
  unread?: { ref?: CellRef };
}

export function itemCase(item: Item | undefined): MovementCase {
  if (item?.unread) return "unread";
  return item ? movementCase(item.current?.value, item.prior?.value) : "none";
}

/** 【待补充：人员经费（基础数据表!E8 未能读取）】 for a figure whose cell could not be read. */
function unreadRun(label: string, item: Item): Run {
  const ref = item.unread?.ref;
  const cell = ref ? `${ref.sheet}!${ref.address}` : "";
  return placeholderRun(
    fill(zh.unread, { label, cell })
      .map((run) => run.text)
      .join("")
  );
}

/** A figure's amount run ("24.09"), or its placeholder when the cell could not be read. */
export function amountOrPlaceholder(label: string, item: Item): Run {
  return item.unread || !item.current ? unreadRun(label, item) : wanRun(item.current);
}

/**
 * The clause for one figure, without the closing 。: "{label}完成275.76万元，比上年增加10.55万元，增长3.98%".
 * For `none` it returns "{label}完成0.00万元" (callers use `noneSentence` where a whole sentence fits).
 */
export function changeClause(label: string, item: Item): Run[] {
  const kind = itemCase(item);
  if (kind === "unread") return [unreadRun(label, item)];
  const current: Amount = item.current ?? { value: 0 };
  if (kind === "stopped") {
    return fill(zh.stopped, { label, prior: wanRun(item.prior as Amount) });
  }
  const head = fill(zh.completed, { label, amount: wanRun(current) });
  return concatRuns(head, changeTail(item, kind));
}

/** "，比上年增加10.55万元，增长3.98%" (or 减少/下降, 与上年持平, 上年无此项支出; nothing when 上年 is unknown). */
function changeTail(item: Item, kind: MovementCase = itemCase(item)): Run[] {
  if (kind === "flat") return fill(zh.flat);
  if (kind === "new") return fill(zh.new);
  if (kind !== "increase" && kind !== "decrease") return [];
  const current = item.current?.value ?? 0;
  const prior = item.prior?.value ?? 0;
  const delta = Math.abs(current - prior);
  const percent = item.percent ?? (percentChange(current, prior) as BasisPoints);
  const ref = item.current?.ref;
  const deltaRun: Run = ref ? { text: formatWan(delta), ref } : { text: formatWan(delta) };
  const percentText = formatBasisPoints(Math.abs(percent));
  const percentRun: Run = ref ? { text: percentText, ref } : { text: percentText };
  return fill(kind === "increase" ? zh.increase : zh.decrease, {
    delta: deltaRun,
    percent: percentRun,
  });
}

/** "，主要原因是{reason}" with a trailing 。 (and stray end punctuation) stripped; nothing without a reason. */
export function reasonTail(reason: Run | undefined): Run[] {
  if (!reason) return [];
  const text = cleanReason(reason.text);
  if (text === "") return [];
  return fill(zh.reason, { reason: reason.ref ? { text, ref: reason.ref } : { text } });
}

/** Strips surrounding spaces and trailing sentence punctuation, and a leading 主要原因是 already typed. */
export function cleanReason(text: string): string {
  return text
    .trim()
    .replace(/^(主要)?原因(是|为|：|:)\s*/, "")
    .replace(/[。．.；;，,、\s]+$/u, "")
    .trim();
}

/** "本单位2023年度无政府性基金预算支出。" */
export function noneSentence(year: Slot, label: string): Run[] {
  return fill(zh.none, { year, label });
}

/** A head count: 24 → "24"; a fractional count keeps up to two decimals. */
export function formatCount(count: number): string {
  const rounded = Math.round(count * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A report date as Arabic numerals without leading zeros: "2024-05-16", "2024/5/16", "2024年05月16日",
 * full-width digits → "2024年5月16日". Text that is not a date is kept as typed (trimmed).
 */
export function formatReportDate(text: string): string {
  const t = toHalfWidth(text).trim();
  const match = /^(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!match) return t;
  const [, year, month, day] = match;
  return fill(zh.date, { year, month: String(Number(month)), day: String(Number(day)) })
    .map((r) => r.text)
    .join("");
}
