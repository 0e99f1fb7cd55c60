/**
 * The scores a 绩效自评 / 绩效评价 report gives: an indicator's 分值 (what it can earn), the 得分 it earned, its
 * 得分率 (得分 ÷ 分值), and a total score with the first-level scores it is made of:
 *   "决策指标共15分，评价得分10.40分，得分率69.33%"
 *   "项目总体评价得65.00分，…其中：决策指标10.40分…；过程指标得11.47分…；产出指标19.88分…；效益指标23.25分…"
 *   "预算执行率（10分）得分9.5分", "满意度指标得分9分（满分10分）"
 * and a table's rows of them, a column per indicator and the 合计 last:
 *   一级指标 | 决策 | 过程 | 产出 | 效益 | 合计
 *   分值     | 15.00 | 25.00 | 25.00 | 35.00 | 100.00
 *   得分     | 10.40 | 11.47 | 19.88 | 23.25 | 65.00
 *   得分率   | 69.33% | 45.88% | 79.52% | 66.43% | 65.00%
 * (河南省人社厅 2021–2024 职业技能竞赛经费 绩效评价报告.) A 得分 means ± half a unit of its last printed digit, as an
 * amount does; a 分值 is a set number, exact as printed.
 */
import { cellRows, type CellRow } from "./tables";
import {
  NUMBER,
  percentAt,
  sentenceAt,
  sentencesFrom,
  type PrintedNumber,
  type Sentence,
  type Span,
} from "./text";

export interface Score {
  /** The indicator as printed, without the role words around it ("决策指标", "项目总体评价"). */
  name: string;
  sentence: Sentence;
  /** What the indicator can earn: a set number, exact as printed (10分 is 10, not 9.5 to 10.5). */
  weight?: PrintedNumber;
  score?: PrintedNumber;
  rate?: PrintedNumber;
  /** Named as the whole score: "项目总体评价得…", "综合得分", "总得分", "部门整体支出绩效自评得分为…". */
  whole?: boolean;
}

export interface ScoreTotal {
  total: Score;
  parts: Score[];
  /** The parts are all of the total: the first-level indicators of a scheme in use, or a table's columns before its 合计. */
  complete: boolean;
}

export interface Scores {
  scores: Score[];
  totals: ScoreTotal[];
}

/** Sentences about scores name them so. */
const SCORE_CONTEXT = /得分|评分|分值|满分|总分/;

/** A number of points or a 得分率, with the word before it that says which. */
const SCORE_TOKEN = new RegExp(
  // (Text pasted from a Markdown converter keeps the dollars of its math: "$69.33\%$".)
  `(得分率|得分|评分|满分|分值|权重|总分|共|得)?[\\s$]*(?:为|是|达到?|计)?[\\s$]*(${NUMBER})\\s*(?:(分)(?![\\u4e00-\\u9fff0-9０-９])|([%％]))`,
  "g"
);

/** Words around an indicator's name that are not the name. */
const NAME_ROLE_WORDS =
  /^(?:其中[：:]?|[一二三四五六七八九十]+是|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])+|(?:得分?|评分)?(?:为|是)?$|^(?:评价|自评|实际|最终)$/g;

/** The name of an indicator (a part of the whole score), not of what is evaluated. */
const INDICATOR = /指标|执行率|满意度|决策|过程|产出|效益|效果|投入/;

/** Words before points taken off. */
const DEDUCTED = /(?:扣除?|扣减|减|失分?|丢)了?$/;

/** The words before a score that make it the whole score ("项目总体评价得", "综合得分", "总得分为"). */
const WHOLE_SCORE = /总体|整体|综合|总得?分|合计|总计/;

/**
 * The first-level indicators of the schemes in use (财预〔2020〕10号: 决策, 过程, 产出, 效益; the 自评表: 预算执行率,
 * 产出, 效益, 满意度; the older 部门整体: 投入, 过程, 产出, 效果): a list naming all of one scheme is all of the total.
 */
const SCHEMES: readonly (readonly string[])[] = [
  ["决策", "过程", "产出", "效益"],
  ["决策", "过程", "产出", "效益", "满意度"],
  ["预算执行", "产出", "效益", "满意度"],
  ["投入", "过程", "产出", "效果"],
];

/** "决策指标" → "决策", "预算执行率" → "预算执行", "满意度指标" → "满意度". */
function schemeName(name: string): string {
  return name.replace(/(?:指标|方面|情况)$/, "").replace(/率$/, "");
}

function isComplete(parts: readonly Score[]): boolean {
  const names = new Set(parts.map((part) => schemeName(part.name)));
  return SCHEMES.some(
    (scheme) => scheme.length === names.size && scheme.every((name) => names.has(name))
  );
}

/** The scores a sentence gives, in order, each named by the words since the last clause boundary before it. */
function sentenceScores(sentence: Sentence): { scores: Score[]; opensList: number[] } {
  const scores: Score[] = [];
  let open: Score | undefined;
  let from = 0;
  for (const match of sentence.text.matchAll(SCORE_TOKEN)) {
    const at = match.index ?? 0;
    const [, word, digits, points, percent] = match;
    const before = sentence.text.slice(from, at);
    const clause = before.slice(
      Math.max(0, ...[...before.matchAll(/[，,；;：:。、]/g)].map((m) => (m.index ?? 0) + 1))
    );
    const name = clause
      .replace(/^[\s“”"（()）]+|[\s“”"（()）]+$/g, "")
      .replace(NAME_ROLE_WORDS, "")
      .trim();
    from = at + match[0].length;
    const digitsAt = at + match[0].indexOf(digits);
    const number = percentAt(percent ? `${digits}%` : digits, sentence.start + digitsAt);
    if (!number) continue;
    const inBrackets =
      /[（(]\s*$/.test(sentence.text.slice(0, at)) && /^\s*[)）]/.test(sentence.text.slice(from));
    const slot =
      percent !== undefined
        ? word === "得分率"
          ? "rate"
          : undefined
        : inBrackets || /满分|分值|权重|共|总分/.test(word ?? "")
          ? "weight"
          : "score";
    if (slot === undefined || (slot !== "rate" && points === undefined)) continue;
    // "扣1分", "扣除2分", "失分3分": points taken off, not a score.
    if (DEDUCTED.test(clause)) continue;
    const named = /[\u4e00-\u9fff]{2}/.test(name);
    if (named || !open || open[slot] !== undefined) {
      open = {
        name: named ? name : (open?.name ?? ""),
        sentence,
        whole:
          WHOLE_SCORE.test(`${clause}${word ?? ""}`) ||
          (/(?:自评|评价)$/.test(clause) && !INDICATOR.test(name)),
      };
      scores.push(open);
    }
    open[slot] = number;
  }
  // Where a 其中 opens a list of the scores after the one before it.
  const opensList = [...sentence.text.matchAll(/其中/g)].map(
    (m) => sentence.start + (m.index ?? 0)
  );
  return { scores, opensList };
}

/** A cell that is a number, with or without its % sign. */
const NUMBER_CELL = new RegExp(`^(?:${NUMBER})\\s*[%％]?$`);

/** How far apart (in characters) the rows of one table of scores may start. */
const ROW_REACH = 400;

const kindOf = (label: string): "weight" | "score" | "rate" | undefined =>
  /^(?:分值|权重|满分|标准分)$/.test(label)
    ? "weight"
    : /^(?:得分|实际得分|评价得分|自评得分)$/.test(label)
      ? "score"
      : /^得分率$/.test(label)
        ? "rate"
        : undefined;

/**
 * A table's rows of 分值, 得分 and 得分率, aligned by column; the row above them names the columns. Each score is
 * quoted with all of the rows.
 */
function tableScores(
  rows: readonly CellRow[],
  sentences: readonly Sentence[],
  text: string
): Scores {
  const scores: Score[] = [];
  const totals: ScoreTotal[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (kindOf(rows[i].label.text) === undefined || (i > 0 && kindOf(rows[i - 1].label.text)))
      continue;
    const group = [rows[i]];
    for (let next = rows[i + 1]; next && kindOf(next.label.text); next = rows[i + group.length]) {
      if (next.label.start - group[group.length - 1].label.start > ROW_REACH) break;
      group.push(next);
    }
    const firstLine = sentenceAt(sentences, group[0].label.start);
    const lastLine = sentenceAt(sentences, group[group.length - 1].label.start);
    if (!firstLine || !lastLine) continue;
    const sentence = sentencesFrom(firstLine, lastLine, text);
    const columns = Math.max(...group.map((row) => row.cells.length));
    const heading = i > 0 && rows[i - 1].cells.length === columns ? rows[i - 1] : undefined;
    const column: Score[] = [];
    for (let c = 0; c < columns; c++) {
      const score: Score = { name: heading?.cells[c]?.text ?? "", sentence };
      for (const row of group) {
        const cell = row.cells[c];
        const number =
          cell && NUMBER_CELL.test(cell.text) ? percentAt(cell.text, cell.start) : undefined;
        if (number) score[kindOf(row.label.text) as "weight" | "score" | "rate"] = number;
      }
      column.push(score);
    }
    scores.push(...column);
    const last = column[column.length - 1];
    if (column.length >= 3 && last && /^(?:合计|总计|小计|总分|总得分)$/.test(last.name))
      totals.push({ total: last, parts: column.slice(0, -1), complete: true });
  }
  return { scores, totals };
}

/** Every score a text gives, and the totals whose parts it lists (found once per text: two rules ask). */
export function findScores(sentences: readonly Sentence[], text: string): Scores {
  let found = FOUND.get(sentences);
  if (!found) FOUND.set(sentences, (found = scoresIn(sentences, text)));
  return found;
}

const FOUND = new WeakMap<readonly Sentence[], Scores>();

function scoresIn(sentences: readonly Sentence[], text: string): Scores {
  const scores: Score[] = [];
  const totals: ScoreTotal[] = [];
  /** A whole score whose sentence listed no parts: a next sentence opening with 其中 lists them. */
  let pending: Score | undefined;
  for (const sentence of sentences) {
    const listsPending = pending !== undefined && /^其中/.test(sentence.text);
    if (!SCORE_CONTEXT.test(sentence.text) && !listsPending) {
      pending = undefined;
      continue;
    }
    const found = sentenceScores(sentence);
    scores.push(...found.scores);
    const scored = found.scores.filter((score) => score.score !== undefined);
    // "该项目自评得分为92分，评价等级为“优”。其中决策指标18分，过程指标19分…"
    if (pending && listsPending) {
      if (scored.length >= 2)
        totals.push({ total: pending, parts: scored, complete: isComplete(scored) });
      pending = undefined;
      continue;
    }
    // "总体评价得65.00分，…其中：决策指标10.40分…；过程指标得11.47分…": the scores after the 其中 are the total's parts.
    const total = scored.find((score) => score.whole);
    pending = undefined;
    if (!total) continue;
    const listFrom = found.opensList.find((offset) => offset > (total.score as Span).start);
    if (listFrom === undefined) {
      pending = total;
      continue;
    }
    const parts = scored.filter(
      (score) => score !== total && (score.score as Span).start > listFrom
    );
    if (parts.length >= 2) totals.push({ total, parts, complete: isComplete(parts) });
  }
  const table = tableScores(cellRows(sentences), sentences, text);
  return { scores: [...scores, ...table.scores], totals: [...totals, ...table.totals] };
}
