/**
 * A report's plain text cut into paragraphs, sentences and clauses, every piece keeping its character offset
 * into the text, so a finding can quote its words verbatim and point at them.
 */
import { parseDecimal, rational, scale, type Interval, type Rational } from "./interval";

export interface Span {
  /** Offset of the first character in the plain text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  text: string;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** A line that starts something of its own: a heading, a numbered item, a note. */
const LINE_OF_ITS_OWN =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[部章节条]|注[:：]|附[件表])/;

/**
 * The line breaks a PDF's text keeps where its lines were full, not where its paragraphs end: in text pasted from a
 * PDF, most lines are cut at one width ("广州市水务局本级内设处室15个，分别为办公室、综合调研" / "处、政策法规处…",
 * "实有人员119" / "人，其中行政108人…"). A break is a wrap when the text is cut so (half its long lines, or more, end
 * on no mark that ends a sentence, and most of those are at most 80 characters), the line is near full width and ends
 * on no such mark, and the next line with text (past a page's end) does not start a heading or an item; a table's row
 * (| or a tab) is never wrapped.
 */
export function softWraps(text: string): ReadonlySet<number> {
  // The sentences and the counted lists of one text both ask: worked out once per text.
  if (text !== lastWrapped.text) lastWrapped = { text, wraps: findSoftWraps(text) };
  return lastWrapped.wraps;
}

let lastWrapped: { text: string; wraps: ReadonlySet<number> } = { text: "", wraps: new Set() };

/** The text from `start` to `end` with the line ends a PDF's width cut taken out: what was printed as one line. */
export function unwrappedSlice(text: string, start: number, end: number): string {
  const wraps = softWraps(text);
  let slice = "";
  for (let at = start; at < end; at++) if (!(text[at] === "\n" && wraps.has(at))) slice += text[at];
  return slice;
}

function findSoftWraps(text: string): Set<number> {
  const wraps = new Set<number>();
  const lines = linesOf(text);
  const full = wrapWidth(text, lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    // (Past the blank lines a page's end leaves, its number blanked: "…教科文处、工贸金" / "- 2 -" / "处、…".)
    let j = i + 1;
    while (j < lines.length && lines[j].length === 0) j++;
    if (j === lines.length) break;
    const next = text.slice(lines[j].start, lines[j].end);
    const line = text.slice(lines[i].start, lines[i].end).trim();
    // (A short line goes on too when it ends on a number whose unit opens the next: "补助下级支出 50.56" / "亿元，上解
    // 支出…" — 宿迁市 2026.)
    // (Or on a comma before a page's end: "…加上中央补助2420 亿元 、" / "— 3 —" / "政府一般债务收入 931 亿元…" — 重庆市
    // 2025, the page number blanked.)
    const goesOn =
      (/[0-9０-９]$/.test(line) && /^\s*(?:万元|亿元|元|%|％)/.test(next)) ||
      (/[，,、]$/.test(line) && (j > i + 1 || /^\s*[\u4e00-\u9fff]/.test(next)));
    // (Or a long line ending on a word whose amount opens the next, in a text too short to show its width: "…其中年初
    // 结转和结余" / "1366.76万元,较2019年增加197.03万元…".)
    const nameGoesOnToItsAmount =
      lines[i].length >= 20 &&
      /[\u4e00-\u9fff]$/.test(line) &&
      /^\s*[0-9０-９][0-9０-９,，.．]*\s*(?:万元|亿元|元|[%％])/.test(next);
    if (full === undefined && !goesOn && !nameGoesOnToItsAmount) continue;
    if (
      ((full !== undefined && lines[i].length >= full * 0.75) || goesOn || nameGoesOnToItsAmount) &&
      // (A full line that ends on ；or ：goes on too: "…教育支出118.01万元，占0.63%；" / "住房保障支出…".)
      !/[。！？!?]$|[\u4e00-\u9fff%％]\.$/.test(line) &&
      !LINE_OF_ITS_OWN.test(next) &&
      !/[|\t]/.test(text.slice(lines[i].start, lines[i].end) + next)
    )
      for (let k = i; k < j; k++) wraps.add(lines[k].end);
  }
  return wraps;
}

interface Line {
  start: number;
  end: number;
  /** Characters once trimmed. */
  length: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    const end = text.indexOf("\n", at);
    const stop = end === -1 ? text.length : end;
    lines.push({ start: at, end: stop, length: text.slice(at, stop).trim().length });
    at = stop + 1;
  }
  return lines;
}

/** The line ends on no mark that ends a sentence (or a clause before a list). */
function endsOpen(text: string, line: Line): boolean {
  return !/[。！？!?；;：:]$/.test(text.slice(line.start, line.end).trim());
}

/**
 * The width a PDF's text is cut at, when it is: half its long lines, or more, end on no mark that ends a sentence,
 * and most of those are at most 80 characters.
 */
function wrapWidth(text: string, lines: readonly Line[]): number | undefined {
  const long = lines.filter((line) => line.length >= 20);
  const open = long.filter((line) => endsOpen(text, line)).map((line) => line.length);
  if (open.length < 3 || open.length < long.length * 0.5) return undefined;
  const full = [...open].sort((a, b) => a - b)[Math.floor(open.length * 0.5)];
  return full > 80 ? undefined : full;
}

/**
 * A page's bare number on a line of its own, where the page's end cut a sentence ("…比上年执行数增加" / "4" /
 * "107,573.11万元，增长19.3%"), blanked (spaces: every offset stays the text's), so the sentence reads across it.
 */
export function blankPageNumbers(text: string): string {
  const lines = linesOf(text);
  const full = wrapWidth(text, lines);
  if (full === undefined) return text;
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end);
    // ("— 3 —", "- 12 -": a number between dashes is a page's, however short the line before it.)
    const dashed = /^\s*[-—－–]+\s*\d{1,3}\s*[-—－–]+\s*$/.test(line);
    if (!dashed && !/^\s*\d{1,3}\s*$/.test(line)) continue;
    let before = i - 1;
    while (before > 0 && lines[before].length === 0) before--;
    if (!endsOpen(text, lines[before]) || (!dashed && lines[before].length < full * 0.75)) continue;
    pieces.push(text.slice(from, lines[i].start), " ".repeat(lines[i].end - lines[i].start));
    from = lines[i].end;
  }
  return pieces.length === 0 ? text : pieces.join("") + text.slice(from);
}

/**
 * Paragraphs are non-blank lines (a PDF's lines cut at their width are joined again: softWraps); a sentence ends at
 * 。！？ or the end of its line (a table row is a line).
 */
export function splitSentences(text: string): Sentence[] {
  const wraps = softWraps(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0)
      sentences.push({
        start: start + lead,
        end: start + lead + trimmed.length,
        text: trimmed,
        paragraph,
      });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && !wraps.has(i)) {
      push(i);
      start = i + 1;
      // A blank line is no paragraph: web pages put one between every two.
      if (sentences.length > 0 && sentences[sentences.length - 1].paragraph === paragraph)
        paragraph++;
    } else if (ch === "。" || ch === "！" || ch === "？" || ch === "!" || ch === "?") {
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return sentences;
}

/** Clause separators inside a sentence. */
const CLAUSE_BREAK = /[，,；;：:、。！？!?]/;

/** A sentence's clauses (between ，；：、), offsets into the plain text; the separators are left out. */
export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  const { text } = sentence;
  for (let i = 0; i <= text.length; i++) {
    // "…995万元（其中公务用车购置费…）", "…11.4万元(购实验室设备5万元…)", "…35人(含行政退休17人)", "…占总支出的
    // 67%(包括一般性转移支付…)", "税务部门征收收入(未扣减出口退税…)": a parenthesis that lists parts or says what is
    // in or not in an amount (after 其中, 包括, 含, 未, or right after an amount or a rate: "同比下降0.29%(税收收入…)")
    // opens a clause of its own, kept in it.
    if (
      i > start &&
      (text[i] === "（" || text[i] === "(") &&
      !/^套[）)]/.test(text.slice(i + 1, i + 3)) &&
      (/^(?:其中|包括|含|不含|未)/.test(text.slice(i + 1, i + 3)) ||
        /(?:元|[\d０-９]\s*[人辆台家只户]|[\d０-９]\s*[%％])\s*$/.test(text.slice(start, i)))
    ) {
      clauses.push({
        start: sentence.start + start,
        end: sentence.start + i,
        text: text.slice(start, i),
      });
      start = i;
      continue;
    }
    // "财政拨款决算为1070.0 其中，因公出国(境)费…": a space after a figure, before 其中, is the mark the text left out.
    const spaceBeforeOfWhich =
      i < text.length &&
      /\s/.test(text[i]) &&
      /[0-9０-９元%％]$/.test(text.slice(start, i)) &&
      /^\s+其中/.test(text.slice(i));
    if (i < text.length && !CLAUSE_BREAK.test(text[i]) && !spaceBeforeOfWhich) continue;
    // "县(市、区)5850.57万元", "各县（市、区）": a 、 in a short bracket of a name's levels breaks no clause.
    if (
      text[i] === "、" &&
      /[（(][\u4e00-\u9fff、]{1,6}$/.test(text.slice(Math.max(start, i - 8), i)) &&
      /^、[\u4e00-\u9fff、]{1,8}[）)]/.test(text.slice(i, i + 11))
    )
      continue;
    // A comma between digits is a thousands separator, not a break: 1,234.56 — spaced too, as NUMBER reads it
    // ("3, 156,077万元": 三明市 2019).
    if (
      i < text.length &&
      text[i] === "," &&
      /[0-9０-９]/.test(text[i - 1] ?? "") &&
      /^ ?[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1))
    ) {
      continue;
    }
    if (i > start)
      clauses.push({
        start: sentence.start + start,
        end: sentence.start + i,
        text: text.slice(start, i),
      });
    start = i + 1;
  }
  return clauses;
}

export type AmountUnit =
  | "元"
  | "万元"
  | "亿元"
  | "万亿元"
  | "人"
  | "辆"
  | "台"
  | "家"
  | "只"
  | "户"
  | "亩"
  | "万亩"
  | "公顷";

/**
 * 元 per unit; head counts and vehicles are counted, not priced (their "元" is the count itself); an area's base is
 * the 亩 (1 公顷 = 15 亩), so areas printed in either compare exactly.
 */
const YUAN_PER: Record<AmountUnit, bigint> = {
  元: 1n,
  万元: 10_000n,
  亿元: 100_000_000n,
  万亿元: 1_000_000_000_000n,
  人: 1n,
  辆: 1n,
  台: 1n,
  家: 1n,
  只: 1n,
  户: 1n,
  亩: 1n,
  万亩: 10_000n,
  公顷: 15n,
};

/** Money, a count (人, 辆, 台) or an area (亩, 公顷): never added together or compared. */
export function amountKind(unit: AmountUnit): "money" | "count" | "area" {
  if (
    unit === "人" ||
    unit === "辆" ||
    unit === "台" ||
    unit === "家" ||
    unit === "只" ||
    unit === "户"
  )
    return "count";
  return unit === "亩" || unit === "万亩" || unit === "公顷" ? "area" : "money";
}

/** A number as printed, and every value it can stand for. */
export interface PrintedNumber extends Span {
  /** The digits as printed, thousands separators and full-width digits included. */
  digits: string;
  /** The exact value of the printed digits. */
  value: Rational;
  decimals: number;
  /** value ± half a unit of the last printed digit. */
  interval: Interval;
}

export interface PrintedAmount extends PrintedNumber {
  unit: AmountUnit;
  /** The interval in 元, to compare amounts printed in different units. */
  yuan: Interval;
}

export type PrintedPercent = PrintedNumber;

/** Full-width digits, point, minus and comma → ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, ".")
    .replace(/[－−]/g, "-")
    .replace(/[，]/g, ",");
}

function printedNumber(
  digits: string,
  start: number,
  end: number,
  text: string
): PrintedNumber | undefined {
  const plain = asciiDigits(digits).replace(/\s/g, "");
  const value = parseDecimal(plain);
  if (!value) return undefined;
  const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
  const half = rational(5n, 10n ** BigInt(decimals + 1));
  return {
    start,
    end,
    text,
    digits,
    value,
    decimals,
    interval: {
      lo: { n: value.n * half.d - half.n * value.d, d: value.d * half.d },
      hi: { n: value.n * half.d + half.n * value.d, d: value.d * half.d },
    },
  };
}

/**
 * Words that start another breakdown of the same whole: "从收入分类来看，…", "按支出性质分：", "按支出功能分类科目：",
 * "——按资金来源" then "——按资金用途", "在支持中小企业发展方面" (全国政府采购 2020: the shares of its contracts held by
 * small firms are no part of the shares by procurement method before it).
 * Parts and shares of one breakdown add up; two breakdowns of one whole never add up together.
 */
export const BREAKDOWN_WORDS =
  "(?:——|—|-{1,2})?(?:(?:从|按)[^，,。：:；;\\n]{1,12}?(?:来看|看|分类科目|分类|类别|分|来源|用途|性质|渠道)|在[^，,。：:；;\\n]{1,16}?方面)";

/** The sentence an offset is in, found by halving (sentences are in text order). */
/** One span to quote from the start of a sentence to the end of a later one: a figure and what it is checked with. */
export function sentencesFrom(first: Sentence, last: Sentence, text: string): Sentence {
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    paragraph: first.paragraph,
  };
}

/** How long a quote of a figure's sentence and another's it is checked with may be. */
const QUOTE_REACH = 400;

/**
 * The sentence a finding is marked in, quoted with the one it was checked against when that one is near (a whole
 * and its parts listed after it, a share and the whole before it); else the marked sentence alone.
 */
export function quoteWith(marked: Sentence, other: Sentence, text: string): Sentence {
  const [first, last] = other.start < marked.start ? [other, marked] : [marked, other];
  return first !== last && last.end - first.start <= QUOTE_REACH
    ? sentencesFrom(first, last, text)
    : marked;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid];
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return sentence;
  }
  return undefined;
}

/** A number printed without its unit (a table's cell, the unit in its heading) as an amount in `unit`. */
export function amountAt(
  digits: string,
  start: number,
  unit: AmountUnit
): PrintedAmount | undefined {
  const number = printedNumber(digits, start, start + digits.length, digits);
  return number && { ...number, unit, yuan: scale(number.interval, rational(YUAN_PER[unit])) };
}

/** A number printed as a percentage, with or without its % sign. */
export function percentAt(text: string, start: number): PrintedPercent | undefined {
  return printedNumber(text.replace(/\s*[%％]$/, ""), start, start + text.length, text);
}

/** A number: ASCII or full-width digits, thousands separators (1,234,567.89), an optional minus. */
/** (A web page's text may space a thousands separator: "1,099, 160万元", 三明市 2019; or group thousands by a space
 * alone, as a typeset PDF does: "一般公共预算收入42 118万元", "社保基金预算支出23 548万元" — 牟定县审计局 2022.) */
export const NUMBER =
  "[-−－]?[0-9０-９]{1,3}(?:(?:, ?|，)[0-9０-９]{3})+(?:[.．][0-9０-９]+)?|(?<![0-9０-９.．,，%％])[0-9０-９]{1,3}(?:[ \u00a0\u2009\u202f][0-9０-９]{3})+(?:[.．][0-9０-９]+)?(?![0-9０-９])|[-−－]?[0-9０-９]+(?:[.．][0-9０-９]+)?";
/**
 * (A bare 万 is 万元 only where no measure follows it: "待拨款:370 万", "209万用于办公用房租" — not "57.54万亩",
 * "199万平方米", "5万余人", "830万粉丝".)
 */
const FIGURE = new RegExp(
  `(${NUMBER})\\s*(万亿\\s*元|亿\\s*元|万\\s*元|元|%|％|个百分点|人(?![民次])|辆|台(?:[（(]套[)）])?(?![账阶湾风])|套(?![餐房])|家(?![庭属长乡具电用])|只(?![有是要能需])|户(?![籍口主型外])|万亩|公顷|亩|万(?=用于|用作|已|拨付|支付|左右|及|和|与|等|[^\u4e00-\u9fff]|$))`,
  "g"
);

export type Figure =
  | ({ kind: "amount" } & PrintedAmount)
  | ({ kind: "percent" } & PrintedPercent)
  | ({ kind: "points" } & PrintedNumber);

/**
 * A number printed without a unit but followed by 、 / 和 / 及 and more of the same list: it takes the unit
 * of the figure that ends the list ("收入476.17、支出总计460.06万元", "分别为0.72、0.02和0.59亿元"). It must
 * follow a word (a list's "1、" is a numbering, not an amount), and nothing but words may stand between it
 * and the next number of the list — and when words do, it must have decimals, as amounts in 万元 do.
 */
const LISTED_NUMBER = new RegExp(`(?<=[\u4e00-\u9fff、和及])(${NUMBER})(?=[、和及])`, "g");
const LIST_GAP = /^[、和及][\u4e00-\u9fff“”"（）()]{0,12}$/;

/** The bare numbers of a list that its last figure's unit applies to, right to left. */
function listedFigures(span: Span, figures: readonly Figure[]): Figure[] {
  const listed: Figure[] = [];
  const candidates = [...span.text.matchAll(LISTED_NUMBER)].reverse();
  for (const match of candidates) {
    const at = match.index ?? 0;
    const end = at + match[1].length;
    // The first number after this one: a figure with a unit, or a bare number already given one.
    const next = [...figures, ...listed]
      .filter((figure) => figure.start - span.start >= end)
      .sort((a, b) => a.start - b.start)[0];
    if (!next || next.kind === "points") continue;
    const gap = span.text.slice(end, next.start - span.start);
    // A whole number before words ("项目1、经费2万元") is more likely a label's than an amount.
    if (!LIST_GAP.test(gap) || (gap.length > 1 && !/[.．]/.test(match[1]))) continue;
    const start = span.start + at;
    if (next.kind === "percent") {
      const percent = percentAt(match[1], start);
      if (percent) listed.push({ kind: "percent", ...percent });
    } else {
      const amount = amountAt(match[1], start, next.unit);
      if (amount) listed.push({ kind: "amount", ...amount });
    }
  }
  return listed;
}

/**
 * A total whose unit was cut off before the list of its parts: "财政拨款决算为1070.0 其中，因公出国(境)费374.53万元，…"
 * (新华网 2011, 铁道部 "三公经费") — a number with decimals after 为, then 其中: in its first part's unit.
 */
const TOTAL_BEFORE_PARTS = new RegExp(`(?<=(?:为|是)\\s*)(${NUMBER})(?=\\s*[，,]?\\s*其中)`, "g");

function totalsBeforeParts(span: Span, figures: readonly Figure[]): Figure[] {
  const found: Figure[] = [];
  for (const match of span.text.matchAll(TOTAL_BEFORE_PARTS)) {
    const at = match.index ?? 0;
    if (!/[.．]/.test(match[1]) || /[0-9A-Za-z.]/.test(span.text[at - 1] ?? "")) continue;
    const start = span.start + at;
    const next = figures.find((figure) => figure.start >= start + match[1].length);
    if (next?.kind !== "amount" || amountKind(next.unit) !== "money") continue;
    const amount = amountAt(match[1], start, next.unit);
    if (amount) found.push({ kind: "amount", ...amount });
  }
  return found;
}

/** The amounts and percentages in a span, in order ("个百分点" kept apart: it is not a rate). */
/** The words around an amount that make it a mark passed: "突破300亿元", "跨越400亿元大关", "迈上千亿元台阶". */
const MILESTONE_BEFORE = /(?:突破|跨越|迈上|迈过|站上|跨上|迈入)\s*$/;
const MILESTONE_AFTER = /^\s*(?:大关|关口|台阶)/;
/**
 * "单位价值 50万元以上设备 8 台", "单价100万元（含）以上设备": a bound that names a class of things, not an amount of
 * anything.
 */
const BOUND_AFTER =
  /^\s*(?:[（(]\s*含\s*[）)])?\s*(?:及)?(?:以上|以下)(?:的)?\s*(?:设备|资产|项目|车辆|大型|仪器|通用|专用|货物|工程|服务|家具|[，,、])/;

export function findFigures(span: Span): Figure[] {
  const figures: Figure[] = [];
  for (const match of span.text.matchAll(FIGURE)) {
    const at = match.index ?? 0;
    // Part of a longer number or a code (30101元? no: a digit or letter right before is not a figure start).
    if (at > 0 && /[0-9A-Za-z.]/.test(span.text[at - 1])) continue;
    const start = span.start + at;
    const end = start + match[0].length;
    const number = printedNumber(match[1], start, end, match[0]);
    if (!number) continue;
    // ("36.53 亿\n元": a PDF's line may break inside the unit — 银川市 2025.)
    const unit = match[2].replace(/\s+/g, "");
    if (unit === "%" || unit === "％") figures.push({ kind: "percent", ...number });
    else if (unit === "个百分点") figures.push({ kind: "points", ...number });
    else {
      // "支出规模继去年突破300亿元后，跨越400亿元大关，达到408.62亿元": a mark passed is no amount of anything.
      if (
        MILESTONE_BEFORE.test(span.text.slice(Math.max(0, at - 4), at)) ||
        MILESTONE_AFTER.test(span.text.slice(at + match[0].length, at + match[0].length + 3)) ||
        BOUND_AFTER.test(span.text.slice(at + match[0].length, at + match[0].length + 16))
      )
        continue;
      // "1000.86万" is 万元 with the 元 left off.
      // "52台(套)", "15套": machines counted by the piece, one measure.
      const amountUnit = (
        unit === "万" ? "万元" : /^[台套]/.test(unit) ? "台" : unit
      ) as AmountUnit;
      // A count with cents is no count: "半护理5,750,000.00 人数为162人" is a table's amount the PDF ran into the
      // sentence (西安市民政局 2021), not 5,750,000 people.
      if (amountKind(amountUnit) === "count" && number.decimals > 0) continue;
      // A count of people or vehicles is exact: 1辆 is not "0.5 to 1.5".
      const interval =
        amountKind(amountUnit) === "count"
          ? { lo: number.value, hi: number.value }
          : number.interval;
      figures.push({
        kind: "amount",
        ...number,
        interval,
        unit: amountUnit,
        yuan: scale(interval, rational(YUAN_PER[amountUnit])),
      });
    }
  }
  const listed = [...listedFigures(span, figures), ...totalsBeforeParts(span, figures)];
  return listed.length === 0 ? figures : [...figures, ...listed].sort((a, b) => a.start - b.start);
}

/** Yuan → the unit, exactly. */
export function inUnit(yuan: Rational, unit: AmountUnit): Rational {
  return { n: yuan.n, d: yuan.d * YUAN_PER[unit] };
}

/** A top-level heading ("一、", "三、"): what a report's sections start with. */
const TOP_HEADING = /^[一二三四五六七八九十]+[、.．]/;

/** The top-level section each offset of the text is in (the number of top-level headings at or before it). */
export function topSectionOf(sentences: readonly Sentence[]): (offset: number) => number {
  const starts = sentences
    .filter((sentence) => TOP_HEADING.test(sentence.text))
    .map((sentence) => sentence.start);
  return (offset) => countAtOrBefore(starts, offset);
}

/** How many of the ascending offsets are at or before `offset` (a binary search: texts have many headings). */
export function countAtOrBefore(ascending: readonly number[], offset: number): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ascending[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
