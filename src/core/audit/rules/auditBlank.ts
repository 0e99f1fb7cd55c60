/**
 * AUDIT-BLANK — a template's blanks left in print: XX部门 / ××, ****, a percent sign with no number
 * (占基本支出预算%), a number left out (第次会议, 比上年减少 万元), 由组成 with nothing between, unresolved alternatives (大小于, 增加（减少）), doubled words
 * (原因原因, 主要是主要是, 主要原因是主要原因是), an empty 其中, a reason left out (主要原因是。), and the year reported on
 * compared with itself (2023年…较2023年增长…: the year the template had was not moved on).
 */
import { sentenceAt, splitSentences } from "../text";
import {
  findingAt,
  type AuditContext,
  type AuditFinding,
  type AuditRule,
  type AuditWords,
} from "../types";

type BlankKind = keyof AuditWords["blankKinds"];

const PATTERNS: readonly [BlankKind, RegExp][] = [
  ["placeholder", /(?:[XxＸｘ]{2,}|[×＊*]{2,}|[□○]{2,}|某某)/g],
  // "--%" is a table's "not applicable", not a blank; nor is a column's unit in a table's heading ("增长率（%）",
  // "占调整预算% | 比上年增长% |": a % that ends its cell, or ends a line with no sentence in it: "增减值 增减%").
  [
    "percentWithoutNumber",
    /(?:(?<![0-9０-９.．\s\-—－（(])\s*[%％]|(?<=[^0-9０-９.．\s\-—－（(])\s+[%％])(?!\s*[|\t])(?!(?<=[|\t][^\n]*)[^\S\n]*(?:\n|$))(?!(?<=(?:^|\n)[^。，,；;\n]*)[^\S\n]*(?:\n|$))/g,
  ],
  ["emptyComposition", /由\s*组成/g],
  // "第十届人民代表大会第次会议", "公开时段:第月至第月", "比上年减少 万元": the number the template asked for is not
  // there ("金额单位为万元" is no blank).
  [
    "missingNumber",
    /第[ \u3000]*[次届](?=会议|全体|常委|常务|人民|代表|会)|第[ \u3000]*(?:月|季度)(?=\s*(?:至|到|[—\-~～，,。；;|]|$))|(?<!单位)(?:增加|减少|增长|下降|共计|合计|为)[ \u3000]*(?:万元|亿元|元)(?![A-Za-z\u4e00-\u9fff]*[:：])/g,
  ],
  [
    "unresolvedChoice",
    /大小于|多少于|增加[（(]减少[)）]|减少[（(]增加[)）]|增[（(]减[)）]|减[（(]增[)）]|上升[（(]下降[)）]|下降[（(](?:上升|增长)[)）]|增长[（(]下降[)）]|(?:增加|减少|增长|下降|上升)[（(]或(?:增加|减少|增长|下降|上升)[)）]|(?:增长下降|下降增长|增加减少|减少增加)(?=\s*[0-9０-９])/g,
  ],
  // (Not a word whose second copy starts a term of its own: "政府性债务债务率", "收入收入额".)
  [
    "doubledWord",
    /([\u4e00-\u9fff]{2,5})\1(?!率|额|余额|限额|总额|规模|指标|总量|结构)|其中[：:]\s*其中/g,
  ],
  // "2023年…支出较2023年分别增长15.33%": a year compared with itself (checked against the text's latest year below).
  [
    "sameYear",
    /(?:较|比)(20\d\d)年度?(?=(?:分别|同比)?(?:增长|下降|增加|减少|提高|降低|上升|持平))|与(20\d\d)年度?相比/g,
  ],
  // "主要原因是。": the reason the template asked for is not there.
  ["emptyReason", /(?:主要)?原因(?:是|为)[：:]?[^\S\n]*(?=[。；;])/g],
  // (Not at the text's end: what follows may be a table, or the text pasted may stop there.)
  ["emptyOfWhich", /其中[：:，,]?\s*(?=[。；;])/g],
];

/** Doubled words that are proper Chinese, not a slip. */
const PROPER_DOUBLES = /^(?:研究研究|讨论讨论|看看|试试)$/;

function check(context: AuditContext): AuditFinding[] {
  const { text, words } = context;
  const sentences =
    context.claims.sentences.length > 0 ? context.claims.sentences : splitSentences(text);
  const found: AuditFinding[] = [];
  // A year compared with itself is the latest the text names, and named as the year reported on too (not only
  // after 较 / 比 / 与: a passage may never name the year it reports on).
  const { latestYear } = context.claims;
  const reportedOn = new RegExp(`(?<![较比与]\\s*)${latestYear}\\s*年`).test(text);
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const said = match[0].trim();
      if (said === "" && kind !== "emptyOfWhich") continue;
      if (kind === "doubledWord" && PROPER_DOUBLES.test(said)) continue;
      if (kind === "sameYear" && (Number(match[1] ?? match[2]) !== latestYear || !reportedOn))
        continue;
      const sentence = sentenceAt(sentences, start);
      if (!sentence) continue;
      const mark = { start, end: start + match[0].length, text: match[0] };
      found.push(
        findingAt(
          "AUDIT-BLANK",
          "error",
          sentence,
          mark,
          words.blank(said || match[0], words.blankKinds[kind]),
          said,
          ""
        )
      );
    }
  }
  return found;
}

export const auditBlank: AuditRule = {
  id: "AUDIT-BLANK",
  severities: ["error"],
  check,
};
