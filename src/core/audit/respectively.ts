/**
 * "分别": figures listed in the order of the names before them — "基本支出、项目支出分别为80万元、20万元，分别比上年
 * 增加5万元、5万元，分别增长6.67%、33.33%", "人员经费和公用经费分别占基本支出的80%和20%". Read word by word as any
 * other sentence, the second name would take the first figure. A sentence is read this way only when every
 * "分别" lists exactly one figure per name; otherwise its figures after the names are not read at all.
 */
import type { Direction } from "./items";
import { findFigures, type Figure, type Sentence, type Span } from "./text";
import { SPLIT_AMONG_WORDS } from "./itemNames";
import { CHANGE_WORD, RATE_WORD, SHARE_OF, directionOf } from "./words";

export type RespectiveRole = "current" | "delta" | "rate" | "share";

export interface RespectiveList {
  role: RespectiveRole;
  /** 增加 (1) or 减少 (-1), for a change or its rate. */
  direction?: Direction;
  /** The word that says the role ("增加", "下降"), for a change or its rate. */
  word?: Span;
  /** The whole a share is of, as printed ("基本支出"). */
  of?: string;
  figures: Figure[];
}

export interface RespectiveReading {
  /** Where the sentence stops being read word by word: the first name, or 分别 when no names precede it. */
  stopAt: number;
  /** Where it is read word by word again: after the ；that ends the last 分别's lists, else the sentence's end. */
  resumeAt: number;
  /** The names, in order; fewer than two when the sentence names none before 分别. */
  names: Span[];
  /** One list per 分别, each with one figure per name; empty when the figures do not pair with the names. */
  lists: RespectiveList[];
}

/** Between two figures of one list: a separator and nothing else. */
const BETWEEN = /^[\s、，,和及与]*$/;

export function readRespectively(sentence: Sentence): RespectiveReading | undefined {
  const { text } = sentence;
  const at = text.indexOf("分别");
  if (at < 0) return undefined;
  // The names: the words between the last break before 分别 and 分别 ("其中：基本支出、项目支出分别为…").
  const from =
    Math.max(...["。", "；", ";", "：", ":", "，", ","].map((mark) => text.lastIndexOf(mark, at))) +
    1;
  const names: Span[] = [];
  for (const match of text.slice(from, at).matchAll(/[^、和及与]+/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() === "") continue;
    const start = sentence.start + from + (match.index ?? 0) + lead;
    names.push({ start, end: start + raw.trim().length, text: raw.trim() });
  }
  const named = names.length >= 2;
  const starts = [...text.matchAll(/分别/g)].map((match) => match.index ?? 0);
  // A ；ends what 分别 lists ("…分别减少0.18亿元和0.56亿元；公务接待费0.27亿元，比上年减少…").
  const listEnd = (from: number) => {
    const semicolon = text.slice(from).search(/[；;]/);
    return semicolon < 0 ? text.length : from + semicolon;
  };
  const lastEnd = listEnd(starts[starts.length - 1]);
  const reading: RespectiveReading = {
    stopAt: named ? names[0].start : sentence.start + at,
    resumeAt: sentence.start + Math.min(text.length, lastEnd + 1),
    names: named ? names : [],
    lists: [],
  };
  // Each 分别 to the next one (or the sentence's end) lists one figure per name, and may go on with more lists
  // of as many ("分别为0.72亿元、0.02亿元和0.59亿元，占…比例为54.54%、1.51%和44.69%"). With no names before it
  // ("收入减少84.55、支出减少99.6万元，分别下降18%、21.6%"), it lists as many as its first run of figures.
  for (const [i, start] of starts.entries()) {
    const end = Math.min(starts[i + 1] ?? text.length, listEnd(start));
    const span = {
      start: sentence.start + start,
      end: sentence.start + end,
      text: text.slice(start, end),
    };
    const figures = findFigures(span).filter((figure) => figure.kind !== "points");
    if (!named && i === 0 && splitAmongNames(span, figures)) return undefined;
    const size = named ? names.length : runLength(figures, sentence);
    if (!named && (i > 0 || size < 2)) return { ...reading, lists: [] };
    let leadStart = start + 2;
    for (let k = 0; k < figures.length; k += size) {
      const run = figures.slice(k, k + size);
      const list = runOf(run, size, sentence, text.slice(leadStart, run[0].start - sentence.start));
      // The first run must be a list; a later one that is not ends what is read of this 分别. (A run not read is
      // skipped with the clause it ends; what follows is read as any prose is.)
      if (!list) {
        if (k === 0)
          return afterTheClauseOf(run[run.length - 1], { ...reading, lists: [] }, sentence);
        break;
      }
      reading.lists.push(list);
      leadStart = run[size - 1].end - sentence.start;
    }
  }
  return reading;
}

/** The words after 分别 that give a whole out among names: "分别给", "分别用于", "分别下达…". */
export const SPLIT_AMONG = new RegExp(`^${SPLIT_AMONG_WORDS}\\s*(?=[^\\s\\d０-９，,。；;、])`);

/**
 * "220只口罩分别给尼尔基党工委一线疫情防控人员150只,旗防控卡点、志愿者50只" (莫旗红十字会 2020), "上级补助收入拟调整为389501万元,
 * 调增84000万元,分别是一般性转移支付收入调增55610万元、专项转移支付收入调增28390万元" (彭水县 2021): no names before
 * 分别, and after it names each with its amount — the whole before it given out among them, read as prose is.
 */
function splitAmongNames(span: Span, figures: readonly Figure[]): boolean {
  if (!SPLIT_AMONG.test(span.text) || figures.length < 2) return false;
  let from = span.start;
  for (const figure of figures) {
    if (figure.kind !== "amount") return false;
    // Each amount follows words of its own (a name), not only a separator.
    if (!/[\u4e00-\u9fff]/.test(span.text.slice(from - span.start, figure.start - span.start)))
      return false;
    from = figure.end;
  }
  return true;
}

/**
 * The reading, resuming prose after the clause the figure ends: "…占财政支出和GDP比重分别为23.24%和2.96%,比2016年同口径
 * 增加16.27亿元,增长5.25%" (青岛市 2017) goes on about the item before 分别.
 */
function afterTheClauseOf(
  figure: Figure,
  reading: RespectiveReading,
  sentence: Sentence
): RespectiveReading {
  const rest = sentence.text.slice(figure.end - sentence.start);
  const clauseEnd = rest.search(/[，,；;。]/);
  if (clauseEnd < 0) return reading;
  return { ...reading, resumeAt: Math.min(reading.resumeAt, figure.end + clauseEnd + 1) };
}

/** How many figures follow one another with only separators between: a list's length. */
function runLength(figures: readonly Figure[], sentence: Sentence): number {
  let length = figures.length > 0 ? 1 : 0;
  while (length < figures.length && joined(figures[length - 1], figures[length], sentence))
    length++;
  return length;
}

function joined(a: Figure, b: Figure, sentence: Sentence): boolean {
  return BETWEEN.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
}

/** One list of `size` figures of one kind, read by the words before it; undefined when it is none. */
function runOf(
  run: readonly Figure[],
  size: number,
  sentence: Sentence,
  leadText: string
): RespectiveList | undefined {
  if (run.length !== size) return undefined;
  for (let j = 1; j < run.length; j++) if (!joined(run[j - 1], run[j], sentence)) return undefined;
  const kinds = new Set(run.map((figure) => figure.kind));
  if (kinds.size !== 1) return undefined;
  const lead = leadText.replace(/\s+/g, "").replace(/^[，,]/, "");
  const percent = kinds.has("percent");
  const { text } = sentence;
  const wordSpan = (word: string): Span => {
    const offset = text.lastIndexOf(word, run[0].start - sentence.start);
    return {
      start: sentence.start + offset,
      end: sentence.start + offset + word.length,
      text: word,
    };
  };
  const share = SHARE_OF.exec(lead);
  const rate = RATE_WORD.exec(lead);
  const change = CHANGE_WORD.exec(lead);
  if (percent && share) return { role: "share", of: share[1] || undefined, figures: [...run] };
  if (percent && rate)
    return {
      role: "rate",
      direction: directionOf(rate[1]),
      word: wordSpan(rate[1]),
      figures: [...run],
    };
  if (!percent && change)
    return {
      role: "delta",
      direction: directionOf(change[1]),
      word: wordSpan(change[1]),
      figures: [...run],
    };
  if (!percent && /^(?:为|是|达|完成|支出|共)?$/.test(lead))
    return { role: "current", figures: [...run] };
  return undefined;
}
