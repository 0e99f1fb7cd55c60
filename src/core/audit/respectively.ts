/**
 * "分别": figures listed in the order of the names before them — "基本支出、项目支出分别为80万元、20万元，分别比上年
 * 增加5万元、5万元，分别增长6.67%、33.33%", "人员经费和公用经费分别占基本支出的80%和20%". Read word by word as any
 * other sentence, the second name would take the first figure. A sentence is read this way only when every
 * "分别" lists exactly one figure per name; otherwise its figures after the names are not read at all.
 */
import type { Direction } from "./items";
import { findFigures, type Figure, type Sentence, type Span } from "./text";
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
  const reading: RespectiveReading = {
    stopAt: named ? names[0].start : sentence.start + at,
    names: named ? names : [],
    lists: [],
  };
  if (!named) return reading;
  // Each 分别 to the next one (or the sentence's end) lists one figure per name.
  const starts = [...text.matchAll(/分别/g)].map((match) => match.index ?? 0);
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const span = {
      start: sentence.start + start,
      end: sentence.start + end,
      text: text.slice(start, end),
    };
    const figures = findFigures(span).filter((figure) => figure.kind !== "points");
    const list = figures.slice(0, names.length);
    if (list.length !== names.length) return { ...reading, lists: [] };
    for (let j = 1; j < list.length; j++)
      if (
        !BETWEEN.test(
          sentence.text.slice(list[j - 1].end - sentence.start, list[j].start - sentence.start)
        )
      )
        return { ...reading, lists: [] };
    const lead = text.slice(start + 2, list[0].start - sentence.start).replace(/\s+/g, "");
    const kinds = new Set(list.map((figure) => figure.kind));
    if (kinds.size !== 1) return { ...reading, lists: [] };
    const percent = kinds.has("percent");
    const wordSpan = (word: string): Span => {
      const offset = text.lastIndexOf(word, list[0].start - sentence.start);
      return {
        start: sentence.start + offset,
        end: sentence.start + offset + word.length,
        text: word,
      };
    };
    const share = SHARE_OF.exec(lead);
    const rate = RATE_WORD.exec(lead);
    const change = CHANGE_WORD.exec(lead);
    if (percent && share)
      reading.lists.push({ role: "share", of: share[1] || undefined, figures: list });
    else if (percent && rate)
      reading.lists.push({
        role: "rate",
        direction: directionOf(rate[1]),
        word: wordSpan(rate[1]),
        figures: list,
      });
    else if (!percent && change)
      reading.lists.push({
        role: "delta",
        direction: directionOf(change[1]),
        word: wordSpan(change[1]),
        figures: list,
      });
    else if (!percent && /^(?:为|是|达|完成|支出|共)?$/.test(lead))
      reading.lists.push({ role: "current", figures: list });
    else return { ...reading, lists: [] };
  }
  return reading;
}
