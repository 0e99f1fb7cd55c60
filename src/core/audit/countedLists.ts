/**
 * A count followed by the names it counts: "设9个内设机构，分别为：办公室、…", "直属事业单位10个，即县国库集中支付
 * 中心、…". The names are counted the two ways a list can be read — split at 、 only, or also at 和/及/与 (which
 * may join two names, or be inside one: "人事和教育股") — so a count is wrong only when neither reading gives it.
 */
import { softWraps, type Span } from "./text";

export interface CountedList {
  /** The count as printed, with what it counts: "9个内设机构". */
  count: Span;
  stated: number;
  /** The names listed, split at 、 only. */
  names: Span[];
  /** How many names the list can be read as having. */
  fewest: number;
  most: number;
  /** "包括" may list only some: the count is then checked only for too many names. */
  partial: boolean;
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "9", "九", "十二", "二十三": the count, or undefined for anything else. */
export function countValue(printed: string): number | undefined {
  if (/^\d{1,3}$/.test(printed)) return Number(printed);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(printed);
  if (!match || printed === "") return undefined;
  const [, tensOrOnes, ten, ones] = match;
  if (!ten) return ones ? undefined : CHINESE_DIGITS[tensOrOnes as string];
  return (tensOrOnes ? CHINESE_DIGITS[tensOrOnes] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
}

/**
 * The count, what it counts (at most 12 characters, or nothing: "直属事业单位10个"), and the words that say the names
 * follow: 分别为 / 即 / 具体为 / 包括, or a colon.
 */
const COUNT_THEN_NAMES =
  /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|所|项|名|处|座|支|类)([^\d，,。；;：:、（）()\n]{0,12}?)(?:[，,]?\s*(分别为|分别是|即|具体为|具体是|具体包括|包括|包含|分为)\s*[：:]?|[，,]?\s*(?:为|是|有)?\s*[：:])/g;

/** Brackets in a name ("办公室（党建办）") are inside it: a 、 there separates nothing. */
function splitTopLevel(text: string, start: number, separators: RegExp): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && separators.test(ch))) {
      const raw = text.slice(from, i);
      const lead = raw.length - raw.trimStart().length;
      const name = raw.trim();
      if (name !== "")
        spans.push({
          start: start + from + lead,
          end: start + from + lead + name.length,
          text: name,
        });
      from = i + 1;
    }
  }
  return spans;
}

/** Every count in the text whose names follow it, to the end of their sentence, as a plain list. */
export function findCountedLists(text: string): CountedList[] {
  const lists: CountedList[] = [];
  const wraps = softWraps(text);
  /** Where the sentence from `from` ends: at 。；, or a line break that is not a PDF line's wrap. */
  const sentenceEnd = (from: number): number => {
    const pattern = /[。；;\n]/g;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
      if (match[0] !== "\n" || !wraps.has(match.index)) return match.index;
    return text.length;
  };
  for (const match of text.matchAll(COUNT_THEN_NAMES)) {
    const stated = countValue(match[1]);
    if (stated === undefined || stated < 2) continue;
    const listStart = (match.index as number) + match[0].length;
    const end = sentenceEnd(listStart) - listStart;
    const listText = text.slice(listStart, listStart + end).replace(/[。.]$/, "");
    // A list that goes on after a comma, says it is not all (等), or holds figures is no plain list of names.
    if (/[，,\d０-９]|等$|等等|其中/.test(listText)) continue;
    // "四个原则：一是艰苦奋斗、勤俭节约；二是…": points numbered one by one, each a phrase of its own — no list of
    // names (开封市 2019).
    if (/^(?:一是|[（(]\s*[一1]\s*[）)]|[一1][、.．]|第一)/.test(listText)) continue;
    // "29个处室及机关党委": the count is of the first kind only.
    if (/[及和与]/.test(match[2])) continue;
    // "机关党委（不纳入内设机构数）" is named but not counted.
    const counted = (name: Span) =>
      !/[（(][^）)]*不(?:纳入|计入|列入|含|算)[^）)]*[）)]/.test(name.text);
    const names = splitTopLevel(listText, listStart, /[、]/).filter(counted);
    const pieces = splitTopLevel(listText, listStart, /[、和及与]/).filter(counted);
    // "综合一处至综合九处": a range of names, which a list of names does not count one by one.
    if (names.some((name) => /至|到|～|~/.test(name.text))) continue;
    if (names.length < 2 || names.some((name) => name.text.length > 25)) continue;
    const countEnd = (match.index as number) + match[1].length + 1 + match[2].length;
    lists.push({
      count: {
        start: match.index as number,
        end: countEnd,
        text: text.slice(match.index as number, countEnd),
      },
      stated,
      names,
      fewest: names.length,
      most: pieces.length,
      partial: /包括|包含/.test(match[3] ?? ""),
    });
  }
  return lists;
}
