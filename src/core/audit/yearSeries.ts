/**
 * Figures given one per year, then two of those years compared: "2013~2017年,非税收入占一般公共预算收入的比重分别为
 * 22.5%、15.2%、17.6%、17.3%、13.2%,2017年比2013年非税占比下降了9.5个百分点" (金州新区 2017). The comparison is of
 * the two figures the list gives those years — read here; the rules say whether the change is right.
 */
import { findFigures, type Figure, type Sentence, type Span } from "./text";
import { CHANGE_WORD, RATE_WORD, directionOf } from "./words";
import type { Direction } from "./items";

export interface YearComparison {
  /** The later year's figure and the earlier's, from the list. */
  later: { year: number; figure: Figure };
  earlier: { year: number; figure: Figure };
  /** The change said between them: 个百分点 for a list of percentages, an amount or a rate for a list of amounts. */
  change: Figure;
  direction: Direction;
  /** The words that say it ("下降了"), then the figure: what a finding marks. */
  words: Span;
  sentence: Sentence;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
/** "2013~2017年", "2013年至2017年", "2013-2017年". */
const YEAR_SPAN = new RegExp(`(${YEAR})\\s*年?\\s*[~～〜—–\\-－至到]\\s*(${YEAR})\\s*年`, "g");
/** "2019年、2020年和2021年", "2019、2020、2021年". */
const YEAR_LIST = new RegExp(`${YEAR}\\s*年?(?:\\s*[、，,和及与]\\s*${YEAR}\\s*年?)+`, "g");
/** What 分别 says of the figures after it: what they are ("为"), not how they changed ("分别增长"). */
const RESPECTIVELY = /分别(?:为|是|达到?|完成|实现|占[^，,。；;%％\d]{0,20}?)?\s*[：:]?/g;
/** Between two figures of one list: a separator and nothing else. */
const BETWEEN = /^[\s、，,和及与]*$/;
/** "2017年比2013年", "2017年较2013年", "2017年与2013年相比" — the later year first or last. */
const COMPARED = new RegExp(
  `(${YEAR})\\s*年([^\\d。；;！!？?]{0,12}?)(?:比|较|相比|同)\\s*(${YEAR})\\s*年|与\\s*(${YEAR})\\s*年相比`,
  "g"
);
/** The word before a change in points: "下降了", "提高". */
const POINTS_WORD = /(增加|提高|上升|上涨|增长|下降|降低|减少|回落)(?:了)?\s*$/;

/** The years named right before a 分别, one per figure it lists. */
function yearsBefore(text: string): number[] | undefined {
  const spans = [...text.matchAll(YEAR_SPAN)];
  const lists = [...text.matchAll(YEAR_LIST)];
  const last = [...spans, ...lists].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).pop();
  if (!last) return undefined;
  if (last.length === 3 && spans.includes(last)) {
    const [from, to] = [Number(last[1]), Number(last[2])];
    if (to <= from || to - from > 30) return undefined;
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  }
  const years = [...last[0].matchAll(new RegExp(YEAR, "g"))].map((match) => Number(match[0]));
  return years.every((year, k) => k === 0 || year > years[k - 1]) ? years : undefined;
}

/** The figures listed one per year in a sentence: the years, and the figures right after 分别. */
function seriesIn(sentence: Sentence): { years: Map<number, Figure>; end: number }[] {
  const found: { years: Map<number, Figure>; end: number }[] = [];
  const figures = findFigures(sentence);
  let from = 0;
  for (const match of sentence.text.matchAll(RESPECTIVELY)) {
    const at = match.index ?? 0;
    // The years in the words since the last figure before 分别 (or the sentence's start).
    const before = figures.filter((figure) => figure.start < sentence.start + at);
    const wordsFrom = Math.max(
      from,
      before.length > 0 ? before[before.length - 1].end - sentence.start : 0
    );
    const years = yearsBefore(sentence.text.slice(wordsFrom, at));
    const listed: Figure[] = [];
    for (const figure of figures) {
      if (figure.start < sentence.start + at + match[0].length) continue;
      const previous = listed[listed.length - 1];
      const gap = sentence.text.slice(
        (previous?.end ?? sentence.start + at + match[0].length) - sentence.start,
        figure.start - sentence.start
      );
      if (!BETWEEN.test(gap) || (previous && previous.kind !== figure.kind)) break;
      if (figure.kind === "points") break;
      listed.push(figure);
    }
    from = at + match[0].length;
    if (!years || years.length < 2 || listed.length !== years.length) continue;
    const last = listed[listed.length - 1];
    found.push({ years: new Map(years.map((year, k) => [year, listed[k]])), end: last.end });
    from = last.end - sentence.start;
  }
  return found;
}

/** Read once per text: AUDIT-PCT checks the points and rates, AUDIT-SUM the changes. */
const READ = new WeakMap<readonly Sentence[], YearComparison[]>();

/** Every comparison of two years of a list printed one figure per year, in the paragraph that lists them. */
export function yearComparisons(sentences: readonly Sentence[]): YearComparison[] {
  const read = READ.get(sentences);
  if (read) return read;
  const found: YearComparison[] = [];
  READ.set(sentences, found);
  sentences.forEach((sentence, at) => {
    if (!sentence.text.includes("分别")) return;
    for (const series of seriesIn(sentence)) {
      const kind = [...series.years.values()][0].kind;
      for (let next = at; next < sentences.length; next++) {
        const later = sentences[next];
        if (later.paragraph !== sentence.paragraph) break;
        const from = Math.max(series.end, later.start) - later.start;
        for (const match of later.text.slice(from).matchAll(COMPARED)) {
          const [first, second] = match[4]
            ? [Number(match[4]), undefined]
            : [Number(match[1]), Number(match[3])];
          // ("与2013年相比" names only the earlier year: the later is the list's last.)
          const years = [...series.years.keys()];
          const [a, b] = second === undefined ? [years[years.length - 1], first] : [first, second];
          const figureA = series.years.get(a);
          const figureB = series.years.get(b);
          if (!figureA || !figureB || a === b) continue;
          // The change said right after ("下降了9.5个百分点"), and its rate after a change ("增加1.7亿元，增长13.6%").
          let wordsFrom = from + (match.index ?? 0) + match[0].length;
          const after = findFigures({
            ...later,
            text: later.text.slice(wordsFrom),
            start: later.start + wordsFrom,
          });
          for (const change of after.slice(0, 2)) {
            const words = later.text.slice(wordsFrom, change.start - later.start);
            // (A rate over the years is no change between the two: "年均增长".)
            if (/[。；;]|年均|平均/.test(words)) break;
            const said =
              kind === "percent"
                ? change.kind === "points" && POINTS_WORD.exec(words)
                : change.kind === "amount"
                  ? CHANGE_WORD.exec(words)
                  : change.kind === "percent" && RATE_WORD.exec(words);
            if (!said) break;
            const wordStart = change.start - (words.length - said.index);
            const [laterYear, earlierYear] = a > b ? [a, b] : [b, a];
            found.push({
              later: { year: laterYear, figure: series.years.get(laterYear) as Figure },
              earlier: { year: earlierYear, figure: series.years.get(earlierYear) as Figure },
              change,
              // ("2013年比2017年…提高": the earlier year said first turns the change round.)
              direction: (directionOf(said[1]) * (a > b ? 1 : -1)) as Direction,
              words: {
                start: wordStart,
                end: change.end,
                text: later.text.slice(wordStart - later.start, change.end - later.start),
              },
              sentence: later,
            });
            wordsFrom = change.end - later.start;
          }
        }
      }
    }
  });
  return found;
}
