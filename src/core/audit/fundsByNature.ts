/**
 * The two breakdowns of a 部门整体支出绩效自评表's 年度资金总额 (the 湖南 form, among others): 按收入性质分 into
 * 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款 and 其他资金, and 按支出性质分 into 基本支出 and 项目支出.
 * Flattened, the form's two columns come interleaved, a cell per line:
 *
 *   按收入性质分:2030.12
 *   按支出性质分:1925.67
 *   其中: 一般公共预算:1325.68
 *   其中:基本支出:900.47
 *   政府性基金拨款:118.82
 *   项目支出:1025.20
 *   纳入专户管理的非税收入拨款:
 *   其他资金:585.62
 *
 * Each part is named by the form, so each line goes to its breakdown whatever the order; a part left blank is 0.
 * A breakdown's parts are all of it, and it is the 年度资金总额 of one of the form's columns (forms fill it in with
 * the year's budget or with what was spent).
 */
import { sum, type Interval } from "./interval";
import { amountAt, NUMBER, type AmountUnit, type PrintedAmount, type Span } from "./text";

export type FundsNature = "income" | "spending";

export interface FundsBreakdown {
  nature: FundsNature;
  /** "按支出性质分" as printed. */
  name: string;
  /** "按支出性质分:1925.67", or the label alone when it prints no total. */
  label: Span;
  /** Its total as printed, if it is. */
  total?: PrintedAmount;
  /** The parts the form prints a figure for. */
  parts: { name: string; amount: PrintedAmount }[];
  /** Every part's line is read: a figure, or a cell left blank (0), not one whose figure is on a line of its own. */
  complete: boolean;
  /** What the breakdown comes to: its total as printed, or else its parts added up (blanks as 0) when complete. */
  value?: Interval;
}

const LABEL = /按\s*(收入|支出)\s*性\s*质\s*分/g;

const PART = new RegExp(
  `(一般公共预算(?:拨款|资金)?|政府性基金(?:预算)?(?:拨款)?|纳入专户管理的非税收入(?:拨款)?|其他资金|基本支出|项目支出)[ \\t]*[：:][ \\t]*(?:(${NUMBER})[ \\t]*(万元|元)?)?`,
  "g"
);

/** Which breakdown a part's line is of: 基本支出 and 项目支出 are spending's, the rest income's. */
function natureOfPart(name: string): FundsNature {
  return /基本支出|项目支出/.test(name) ? "spending" : "income";
}

/** A form's breakdown lines end where its targets or indicators begin, or at another funds block. */
const BLOCK_END = /年度资金总额|年度总体目标|总体目标|绩效指标|一级指标/g;

/** How far past its label a breakdown's lines may run. */
const REACH = 400;

function amountOf(
  digits: string,
  start: number,
  printedUnit: string | undefined,
  unit: AmountUnit
) {
  return amountAt(digits, start, (printedUnit as AmountUnit | undefined) ?? unit);
}

interface PartLine {
  name: string;
  amount?: PrintedAmount;
  /** Nothing follows it before the next line of the form: a cell left blank. */
  blank: boolean;
}

/** The form's part lines between two offsets, each with its figure, or blank, or neither (a figure further on). */
function linesOfParts(text: string, from: number, end: number, unit: AmountUnit): PartLine[] {
  const matches: RegExpExecArray[] = [];
  PART.lastIndex = from;
  for (let part = PART.exec(text); part && part.index < end; part = PART.exec(text))
    matches.push(part);
  return matches.map((part, i) => {
    const [, name, digits, printedUnit] = part;
    if (digits) {
      const amount = amountOf(
        digits,
        part.index + part[0].indexOf(digits, name.length),
        printedUnit,
        unit
      );
      return { name, amount, blank: false };
    }
    const gap = text.slice(part.index + part[0].length, matches[i + 1]?.index ?? end);
    return { name, blank: !/[0-9０-９]/.test(gap.replace(LABEL, "")) };
  });
}

/** Every 按收入性质分 / 按支出性质分 breakdown in the text; `unit` is the form's (its heading says 万元). */
export function findFundsBreakdowns(text: string, unit: AmountUnit = "万元"): FundsBreakdown[] {
  const labels = [...text.matchAll(LABEL)];
  const found: FundsBreakdown[] = [];
  let blockEnd = -1;
  for (const [i, label] of labels.entries()) {
    const at = label.index ?? 0;
    if (at < blockEnd) continue;
    // The block: from its first label to where the form goes on to something else.
    const end = (() => {
      BLOCK_END.lastIndex = at;
      const next = BLOCK_END.exec(text);
      return Math.min(next ? next.index : text.length, at + REACH);
    })();
    blockEnd = end;
    const inBlock = labels.slice(i).filter((other) => (other.index ?? 0) < end);
    const partLines = linesOfParts(text, at, end, unit);
    for (const nature of ["income", "spending"] as const) {
      const own = inBlock.find((other) => (other[1] === "收入") === (nature === "income"));
      if (!own) continue;
      const ownAt = own.index ?? 0;
      const totalMatch = new RegExp(`^[ \\t]*[：:]?[ \\t]*(${NUMBER})[ \\t]*(万元|元)?`).exec(
        text.slice(ownAt + own[0].length, end)
      );
      const totalStart =
        ownAt + own[0].length + (totalMatch ? totalMatch[0].indexOf(totalMatch[1]) : 0);
      const total = totalMatch
        ? amountOf(totalMatch[1], totalStart, totalMatch[2], unit)
        : undefined;
      const labelEnd = totalMatch
        ? ownAt + own[0].length + totalMatch[0].length
        : ownAt + own[0].length;
      const lines = partLines.filter((line) => natureOfPart(line.name) === nature);
      const parts = lines.flatMap((line) =>
        line.amount ? [{ name: line.name, amount: line.amount }] : []
      );
      if (!total && parts.length === 0) continue;
      const complete = lines.every((line) => line.amount || line.blank);
      const added = sum(parts.map((part) => part.amount.yuan));
      found.push({
        nature,
        name: own[0],
        label: { start: ownAt, end: labelEnd, text: text.slice(ownAt, labelEnd) },
        total,
        parts,
        complete,
        value: total ? total.yuan : complete ? added : undefined,
      });
    }
  }
  return found;
}
