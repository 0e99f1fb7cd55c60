/**
 * AUDIT-BLANK — a template's blanks left in print: XX部门 / ××, ****, a percent sign with no number
 * (占基本支出预算%), a number left out (第次会议, 比上年减少 万元), 由组成 with nothing between, unresolved alternatives (大小于, 增加（减少）), doubled words
 * (原因原因, 主要是主要是, 主要原因是主要原因是), an empty 其中, a reason left out (主要原因是。), and the year reported on
 * compared with itself (2023年…较2023年增长…: the year the template had was not moved on); and an amount's print
 * gone wrong: a unit doubled (1.23亿元万元), a thousands separator before four digits (36,5452万元); and another
 * unit's name left in a sentence copied from its report.
 */
import { sentenceAt, softWraps, splitSentences, type Sentence } from "../text";
import {
  findingAt,
  type AuditContext,
  type AuditFinding,
  type AuditRule,
  type AuditWords,
} from "../types";

type BlankKind = keyof AuditWords["blankKinds"];

/** An AUDIT-BLANK 错误 on the words printed at an offset. */
function blankAt(
  sentence: Sentence,
  start: number,
  printed: string,
  message: string,
  expected = "",
  severity: "error" | "info" = "error"
): AuditFinding {
  const mark = { start, end: start + printed.length, text: printed };
  return findingAt("AUDIT-BLANK", severity, sentence, mark, message, printed.trim(), expected);
}

const PATTERNS: readonly [BlankKind, RegExp][] = [
  ["placeholder", /(?:[XxＸｘ]{2,}|[×＊*]{2,}|[□○]{2,}|某某)/g],
  // "--%" is a table's "not applicable", not a blank; nor is a column's unit in a table's heading ("增长率（%）",
  // "占调整预算% | 比上年增长% |": a % that ends its cell, or ends a line with no sentence in it: "增减值 增减%").
  [
    "percentWithoutNumber",
    /(?:(?<![0-9０-９.．\s\-—－（(、])\s*[%％]|(?<=[^0-9０-９.．\s\-—－（(、])\s+[%％])(?!\s*[|\t])(?!(?<=[|\t][^\n]*)[^\S\n]*(?:\n|$))(?!(?<=(?:^|\n)[^。，,；;\n]*)[^\S\n]*(?:\n|$))/g,
  ],
  ["emptyComposition", /由\s*组成/g],
  // "第十届人民代表大会第次会议", "公开时段:第月至第月", "比上年减少 万元": the number the template asked for is not
  // there ("金额单位为万元" is no blank).
  [
    "missingNumber",
    /第[ \u3000]*[次届](?=会议|全体|常委|常务|人民|代表|会)|第[ \u3000]*(?:月|季度)(?=\s*(?:至|到|[—\-~～，,。；;|]|$))|(?<!单位|转换|转化|换算|折算|折合)(?<![0-9０-９][^\S\n]*)(?:增加|减少|增长|下降|共计|合计|为)[ \u3000]*(?:万元|亿元|元)(?![A-Za-z\u4e00-\u9fff]*[:：])|(?<=[\u4e00-\u9fff])(?<!单位[:：]?)[ \u3000]+(?:万元|亿元)(?=[，,。；;（(])/g,
  ],
  [
    "unresolvedChoice",
    /大小于|多少于|(?:(?:增加|增长|上升|提高)[（(](?:减少|下降|降低)[)）]|(?:减少|下降|降低)[（(](?:增加|增长|上升|提高)[)）]|增[（(]减[)）]|减[（(]增[)）])(?!\s*(?:[%％]|幅|率|额|数|值|[（(]\s*[%％]))|(?:增加|减少|增长|下降|上升)[（(]或(?:增加|减少|增长|下降|上升)[)）]|(?:增长下降|下降增长|增加减少|减少增加)(?=\s*[0-9０-９])/g,
  ],
  // (Not a word whose second copy starts a term of its own: "政府性债务债务率", "收入收入额", "9名在职人员人员经费",
  // "幼儿普通话教育项目项目绩效目标表".)
  [
    "doubledWord",
    /([\u4e00-\u9fff]{2,5})\1(?!率|额|余额|限额|总额|规模|指标|总量|结构|经费|费|绩效目标)|其中[：:]\s*其中/g,
  ],
  // "公务接待费费 12.78 万元", "支出出300万元": the last character of an item's name doubled before its amount — a
  // slip of the keys that leaves the meaning plain, so a 提示.
  [
    "doubledCharacter",
    /(费|出|入|金|款|额|元)\1(?=[^\S\n]*(?:为|是|共计|合计)?[^\S\n]*[0-9０-９])/g,
  ],
  // "…增加1193.20 万元，增长 13.95。" (上海市普陀区规划和自然资源局 2024, so printed): a rate without its % sign.
  // (Not a bare number before a unit: "增长1.2倍", "下降3个百分点"; nor one with a thousands separator: "增长 3,593.7%".)
  [
    "rateWithoutPercent",
    /(?<=(?:增长|下降|增幅|降幅|减幅|增长率|下降率)(?:了|为)?[^\S\n]*)[0-9０-９]+(?:[.．][0-9０-９]+)?(?=[^\S\n]*(?:[。；;]|[，,](?![0-9０-９])))/g,
  ],
  // "较上年降低 38.17 万元（56.57 ）": the same in brackets after the change — where a PDF's text often loses a %
  // the page prints (西安市人社局 2020: "（56.57%）" on the page), so a 提示 to look at the page.
  [
    "rateInBracketsWithoutPercent",
    /(?<=(?:增加|减少|降低|增长|下降|提高)了?[^\S\n]*[0-9０-９][0-9０-９,，.．]*[^\S\n]*(?:万元|亿元|元)[^\S\n]*)[（(][^\S\n]*[0-9０-９]+[.．][0-9０-９]+[^\S\n]*[)）]/g,
  ],
  // "2023年…支出较2023年分别增长15.33%": a year compared with itself (checked against the text's latest year below).
  [
    "sameYear",
    /(?:较|比)(20\d\d)年度?(?=(?:分别|同比)?(?:增长|下降|增加|减少|提高|降低|上升|持平))|与(20\d\d)年度?相比/g,
  ],
  // "市县彩票公益金1.23亿元万元": a unit changed and the old one left behind.
  ["doubledUnit", /(?<=[0-9０-９]\s*)(?:亿元万元|万元亿元|万元万元|亿元亿元|元万元|元亿元)/g],
  // "销售额36,5452万元": a thousands separator before four digits — which number was meant cannot be told.
  [
    "misplacedSeparator",
    // (Or printed as a point: "分配资金34.568.64万元".)
    /(?<![0-9０-９,.])(?:[0-9]{1,3}(?:,[0-9]{3})*,[0-9]{4,}(?:\.[0-9]+)?|[0-9]{1,3}(?:\.[0-9]{3})+\.[0-9]+)(?=\s*(?:万元|亿元|元))/g,
  ],
  // "主要原因是。": the reason the template asked for is not there. (Or the line ends on it and the next opens the parts:
  // "…下降9.88％。主要原因是\n其 中 ：\n1.因公出国（境）费…" — 烟台市民政局 2026.)
  [
    "emptyReason",
    /(?:主要)?原因(?:是|为)[：:]?[^\S\n]*(?=[。；;]|\n[^\S\n]*其[^\S\n]*中[^\S\n]*[：:，,])/g,
  ],
  // "共有车辆辆；其中机要通信用车辆、应急保障用车辆" (烟台 2026): the template's counts of vehicles not filled in.
  [
    "missingNumber",
    /车辆辆|(?:领导干部|机要通信|应急保障|执法执勤|特种专业技术|离退休干部|其他)用车辆(?=[^\S\n]*[，,。；;、])/g,
  ],
  // A sentence cut off before a heading: "2026年本部门机关运行经费安排604.53万元，\n四、委托业务费情况" (烟台市司法局 2026).
  [
    "unfinishedSentence",
    /[，,、][^\S\n]*(?=\n[^\S\n]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n]{0,30}(?:情况|说明)[^\S\n]*(?:\n|$))/g,
  ],
  // "2026 年预算数 3,623.98 为万元" (国家信访局 2026): the number printed, and its verb after it.
  [
    "unitOutOfOrder",
    /(?<=[0-9０-９][^\S\n]*)为[^\S\n]*(?:万元|亿元|元)(?![A-Za-z\u4e00-\u9fff]*[:：])/g,
  ],
  // "（一）收入预算：2026年。" (烟台市教育局 2026): a heading whose figures the template asked for, with only its year.
  [
    "missingNumber",
    /(?<=(?:预算|决算|收入|支出|金额|资金|经费)[^\S\n]*[：:][^\S\n]*)20\d{2}[^\S\n]*年度?(?=[^\S\n]*[。；;])/g,
  ],
  // "（注：上年3,468.18万元，公开时请删除注释）" (烟台市住建局 2026): a drafter's note the template said to take out.
  [
    "draftNote",
    /[（(][^\S\n]*注[：:][^（()）\n]{0,80}?删除[^（()）\n]{0,30}[)）]|(?:公开|发布|印发|修改)(?:时|前)请?删除(?:此|本)?(?:注释|批注|说明|段落?)/g,
  ],
  // (Not at the text's end: what follows may be a table, or the text pasted may stop there. Nor 其中 as what a verb
  // puts things in: "项目支出的日常公用经费支出不再列入其中。")
  ["emptyOfWhich", /(?<![入在于含])其中[：:，,]?\s*(?=[。；;])/g],
  // "…上级补助收入0万元，占比0%；事业收入0%，占比0%；经营收入0万元，占比0%" (兴县残联 2021): a percentage where the
  // template's amount goes, right after the item's name and before its share.
  [
    "percentForAmount",
    /[\u4e00-\u9fff]{0,10}(?:收入|支出|拨款|经费|资金)[^\S\n]*[0-9０-９]+(?:[.．][0-9０-９]+)?[^\S\n]*[%％](?=[^\S\n]*[，,；;][^\S\n]*占)/g,
  ],
  // "| 对照年度目标,说明相关任务目标的完成情况(100字以内) |": a 自评表's cell still holding the template's instruction
  // instead of what was asked (大英县医疗保障局 2023). (Not the template's own notes under the table, which are
  // numbered: "1.预算执行率=…需说明原因(100字以内);2.…".)
  [
    "instructionLeft",
    /(?<=[|\t][^\S\n]*)[^|\t\n\d。；;]{0,20}(?:说明|填写|阐述|概述|描述|简述)[^|\t\n\d。；;]{0,30}[（(]\s*\d+\s*字(?:以内|以下|左右)?\s*[）)](?=[^\S\n]*(?:[|\t]|$))/gm,
  ],
];

/** The heading of a 绩效 table's target and done columns. */
const TARGET_COLUMNS =
  /(?:目标值|指标值)[\s\S]*(?:完成值|实际值)|(?:设定目标|年度目标|总体目标)[\s\S]*(?:完成情况|实际完成)/;

/** Doubled words that are proper Chinese, not a slip. */
const PROPER_DOUBLES = /^(?:研究研究|讨论讨论|看看|试试|一(.)一\1)$/;

/**
 * Words side by side that repeat characters without doubling a word: "低空航空航天发展处" (低空, 航空, 航天), "西南大学
 * 大学生" (a university's name, then its students), "获得感可感可及", "古城区城区" (丽江市 2025: the district, then its town),
 * "去年全年全盟" (阿拉善盟 2020: last year, the whole year, the whole league).
 */
const PROPER_RUNS = /航空航天|大学大学生|可感可及|[古新老东西南北]城区城区|[去今上本当]年全年全/;

/**
 * Text a PDF's fonts turned to symbols ("３UV， LP>Qb ４ … １４UV，%": 淮安市 2026, its digits and words lost): letters
 * of the Latin-1 range, which no Chinese report prints, around the words. What is missing there was not left blank.
 */
function garbledAround(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 40), at + 40);
  return (around.match(/[\u00a0-\u024f]/g) ?? []).length >= 3;
}

function check(context: AuditContext): AuditFinding[] {
  const { text, words } = context;
  const sentences =
    context.claims.sentences.length > 0 ? context.claims.sentences : splitSentences(text);
  const found: AuditFinding[] = [];
  // A year compared with itself is the latest the text names, and named as the year reported on too (not only
  // after 较 / 比 / 与: a passage may never name the year it reports on).
  const { latestYear } = context.claims;
  const reportedOn = new RegExp(`(?<![较比与]\\s*)${latestYear}\\s*年`).test(text);
  // Whether "BA" is printed other than inside "ABAB", once per doubled run (a long text repeats them).
  const reversedSeen = new Map<string, boolean>();
  const reversedElsewhere = (said: string): boolean => {
    let seen = reversedSeen.get(said);
    if (seen === undefined) {
      const reversed = said[1] + said[0];
      seen = false;
      for (let at = text.indexOf(reversed); at >= 0 && !seen; at = text.indexOf(reversed, at + 1))
        seen = !text.startsWith(said, at - 1);
      reversedSeen.set(said, seen);
    }
    return seen;
  };
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const said = match[0].trim();
      if (said === "" && kind !== "emptyOfWhich") continue;
      if (garbledAround(text, start)) continue;
      if (kind === "doubledWord" && PROPER_DOUBLES.test(said)) continue;
      // Three words in a chain that only look like one doubled: "就业创业创新" (业创业创), "预算决算决议" (算决算决),
      // "纪委监委监督" (委监委监) — the two characters the other way round are a word the text uses elsewhere.
      if (kind === "doubledWord" && said.length === 4 && reversedElsewhere(said)) continue;
      // Words that run into each other and only look doubled.
      if (
        kind === "doubledWord" &&
        PROPER_RUNS.test(text.slice(Math.max(0, start - 2), start + said.length + 2))
      )
        continue;
      // "**" standing alone in a table's cell marks it (a figure withheld, a column's mark), and is no blank.
      // "3205111967******25": digits masked inside a number (an ID card's), not a blank.
      if (
        kind === "placeholder" &&
        /^[＊*]+$/.test(said) &&
        /[0-9０-９]/.test(text[start - 1] ?? "") &&
        /[0-9０-９]/.test(text[start + said.length] ?? "")
      )
        continue;
      if (kind === "placeholder" && /^[＊*]+$/.test(said) && aloneInCell(text, start, said.length))
        continue;
      // Letters in a word or an address ("XXKYX@163.com", "lcsxxgk@163.com"), and a model's own blanks named
      // in its title ("《XX村（组）经济合作社财务管理制度（范本）》"), are no blanks of the report.
      if (
        kind === "placeholder" &&
        /^[Xx]+$/.test(said) &&
        (/[A-Za-z0-9@._-]/.test(text[start - 1] ?? "") ||
          /[A-Za-z0-9@._-]/.test(text[start + said.length] ?? "") ||
          (/《[^》\n]*$/.test(text.slice(Math.max(0, start - 30), start)) &&
            /^[^《\n]*?(?:范本|模板|样本|示范文本)[^《\n]*》/.test(text.slice(start, start + 60))))
      )
        continue;
      // A PDF's text with no font map comes out as symbols ("!\"#$%&'()*+,-"): no % there is a blank.
      if (
        kind === "percentWithoutNumber" &&
        /^[^\u4e00-\u9fff]*[!"#$&'*+<=>?@^_`{|}~][^\u4e00-\u9fff]*$/.test(
          text.slice(Math.max(0, start - 4), start)
        )
      )
        continue;
      // A stray bracket between a number and its sign ("增长29.1)%": 璧山区 2021) leaves no number out.
      if (kind === "percentWithoutNumber") {
        const sign = start + match[0].search(/[%％]/);
        if (/[0-9０-９]\s*[)）]\s*$/.test(text.slice(Math.max(0, sign - 6), sign))) continue;
      }
      // A column's unit in a table's heading run into the next heading ("同比增减% 调整预算数"): no sentence on the line.
      if (
        kind === "percentWithoutNumber" &&
        /^[ \t]+[\u4e00-\u9fff]/.test(text.slice(start + match[0].length)) &&
        !SENTENCE_MARK.test(lineAt(text, start))
      )
        continue;
      // A 绩效 table flattened: a target and what was done, printed alike ("年初目标值 (A) 实际完成值 (B) … 不超过
      // 预算不超过预算"), are two cells, not a word doubled.
      if (
        kind === "doubledWord" &&
        TARGET_COLUMNS.test(text.slice(Math.max(0, start - 400), start))
      )
        continue;
      if (kind === "sameYear" && (Number(match[1] ?? match[2]) !== latestYear || !reportedOn))
        continue;
      // A table's % cell run into the scoring text beside it: into the word 百分点 ("每低1个百分 %点"), before a
      // percentage ("偏离 %10%得8分") or beside another % ("≥100%%") — no percentage left blank (长沙市信访局, 湖南省长沙市公安局 2026 评分标准).
      if (
        kind === "percentWithoutNumber" &&
        (/(?:百分?|[%％])\s*$/.test(text.slice(Math.max(0, start - 3), start)) ||
          /^[^\S\n]*(?:[0-9０-９][0-9０-９.．]*\s*)?[%％]/.test(
            text.slice(start + match[0].length)
          ))
      )
        continue;
      // A table's unit cell run onto the end of a scoring line ("…满意度小于80％且大于等于 %" / "60％的得5分…": 长沙市公安局
      // 2026 绩效目标表 as pdftotext gives it): spaced off, last on its line, with the sentence going on below.
      if (
        kind === "percentWithoutNumber" &&
        /^\s+[%％]$/.test(match[0]) &&
        /^[^\S\n]*\n[^\S\n]*[0-9０-９\u4e00-\u9fff]/.test(text.slice(start + match[0].length))
      )
        continue;
      const sentence = sentenceAt(sentences, start);
      if (!sentence) continue;
      // A line with no mark of a sentence in it is a table's row run together ("C05040300保安服务保安服务",
      // "梅村高中物业管理费物业管理费": a code, the item, then its name in the next cell): what looks doubled there is
      // most likely two cells, said as a 提示.
      if (kind === "doubledWord" && !SENTENCE_MARK.test(lineAt(text, start))) {
        found.push(blankAt(sentence, start, match[0], words.doubledInRow(said), "", "info"));
        continue;
      }
      const severity =
        kind === "rateInBracketsWithoutPercent" || kind === "doubledCharacter" ? "info" : "error";
      found.push(
        blankAt(
          sentence,
          start,
          match[0],
          words.blank(said || match[0], words.blankKinds[kind]),
          "",
          severity
        )
      );
    }
  }
  return found;
}

/** The marks that end a sentence or part its clauses (a cell may hold a list with 、 or a label with ：). */
const SENTENCE_MARK = /[，,。；;]/;

/** The line the offset is on. */
function lineAt(text: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  return text.slice(text.lastIndexOf("\n", offset - 1) + 1, end < 0 ? text.length : end);
}

/** The words at `start` are all of their line or table cell. */
function aloneInCell(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(start + length, start + length + 40);
  return /(?:^|[\n|\t])[^\S\n]*$/.test(before) && /^[^\S\n]*(?:$|[\n|\t])/.test(after);
}

/** A township's or a 街道's government named in full. */
const UNIT_NAME = /([\u4e00-\u9fff]{2,10}?(?:镇|乡|街道))(?:人民政府|办事处)/g;
/** How much of what follows a unit's name makes a sentence the same as another's. */
const SAME_WORDS = 16;

/**
 * Another unit's name in a sentence the report prints for its own ("金寨县麻埠镇人民政府2023年度下达上级资金转移支付
 * 755.19万元" and, further on, "金寨县白塔畈镇人民政府2023年度下达上级资金转移支付755.19万元"): the text was copied
 * from another unit's report, and the name not changed. The unit's own name is the one the text names more.
 */
function anotherUnitsName(context: AuditContext): AuditFinding[] {
  const { text, words, claims } = context;
  const named = [...text.matchAll(UNIT_NAME)].map((match) => ({
    name: match[1],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
  const times = new Map<string, number>();
  for (const { name } of named) times.set(name, (times.get(name) ?? 0) + 1);
  // The names each continuation follows.
  const namesBefore = new Map<string, Set<string>>();
  const afterOf = (mention: { end: number }) => text.slice(mention.end, mention.end + SAME_WORDS);
  for (const mention of named) {
    const after = afterOf(mention);
    if (after.length < SAME_WORDS) continue;
    namesBefore.set(after, (namesBefore.get(after) ?? new Set()).add(mention.name));
  }
  const found: AuditFinding[] = [];
  for (const mention of named) {
    const after = afterOf(mention);
    // "裴兴镇" and "垫江县裴兴镇" are one unit.
    const other = (name: string) => !name.endsWith(mention.name) && !mention.name.endsWith(name);
    const copied = [...(namesBefore.get(after) ?? [])].find(
      (name) => other(name) && (times.get(name) ?? 0) > (times.get(mention.name) ?? 0)
    );
    // "行政部门1个:包家镇人民政府(本级)" in 裴兴镇's report: the unit itself is the one the text named first.
    const itself =
      /^[（(]本级[)）]/.test(after) && other(named[0].name) && named[0].start < mention.start
        ? named[0].name
        : undefined;
    const own = copied ?? itself;
    const sentence = sentenceAt(claims.sentences, mention.start);
    if (!own || !sentence) continue;
    const message = copied
      ? words.anotherUnit(mention.name, own)
      : words.anotherUnitItself(mention.name, own);
    found.push(blankAt(sentence, mention.start, mention.name, message, own));
  }
  return found;
}

/** A year the heading names ("关于2023年度县本级财政预算执行…"), and how often the body must name the next. */
const YEAR = /(20\d\d)\s*年度?/;
const BODY_YEARS = 2;

/**
 * The heading a report opens with names a year its body never names, while the body reports the year after: "关于
 * 2023年度县本级财政预算执行…审计情况具体汇报如下" over "对2024年度县本级预算执行…进行了审计" (浮梁县 2024) — last
 * year's heading left in. (Only a heading: a first line with no figure of its own.)
 */
function headingsYear(context: AuditContext): AuditFinding[] {
  const { text, words, claims } = context;
  const start = text.length - text.trimStart().length;
  const lineEnd = text.indexOf("\n", start);
  // (A first line a PDF's width cut is no heading: "根据《关于对五华区2023年…的批复》(五发改" / "投资〔2023〕40号)…".)
  if (lineEnd < 0 || softWraps(text).has(lineEnd)) return [];
  const heading = text.slice(start, lineEnd);
  const year = YEAR.exec(heading);
  if (!year || /[0-9０-９.]+\s*(?:万亿元|亿元|万元|元|%|％)/.test(heading)) return [];
  const body = text.slice(lineEnd);
  const printed = Number(year[1]);
  const yearIn = (value: number) => new RegExp(`${value}\\s*年`, "g");
  if (yearIn(printed).test(body)) return [];
  const next = body.match(yearIn(printed + 1))?.length ?? 0;
  const at = start + (year.index ?? 0);
  const sentence = sentenceAt(claims.sentences, at);
  if (next < BODY_YEARS || !sentence) return [];
  const expected = year[0].replace(year[1], String(printed + 1));
  return [blankAt(sentence, at, year[0], words.headingsYear(year[0], expected), expected)];
}

/** How long a run of words printed twice over must be to be a clause said twice, and how far its copy may be. */
const PROBE = 12;
const REPEAT_REACH = 300;
/** Six to thirty words printed twice with nothing between. */
const DOUBLED_RUN = /([\u4e00-\u9fff]{6,30})\1/g;
/** A heading's numbering at the start of its line, right before the words: "一、", "（二）", "3.". */
const NUMBERED_HEADING_BEFORE =
  /(?:^|\n)[^\S\n]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、])[^\S\n]*$/;
/** A line numbered as a list's item: "1.", "2、", "（3）". */
const NUMBERED_LINE = /^[^\S\n]*(?:[0-9０-９]+[.．、]|[（(][0-9０-９]+[）)])/;
/** How many Chinese characters a text has. */
const hanCount = (text: string): number => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
/** Where a clause starts: after a mark that ends one. */
const CLAUSE_START = /[，,。；;：:]/g;

/**
 * A clause or sentence, a name, or a numbered item printed twice, one copy right after the other: "…单位预算安排购置单价
 * 100万元（含）以上设备（不含车辆）0台（套）。安排购置单价100万元（含）以上设备（不含车辆）0台（套）。" (上海市政府
 * 办公厅文印中心 2026), "…报废更新，其中：…18 万元报废更新，其中：…18 万元；" (深圳市生态环境局 2026) — text pasted
 * twice. Found from each clause's start (the words after it printed again right after them, or the words before it
 * the same as those after it, on one line), as six or more characters doubled, and as a numbered line said again.
 */
function repeatedClauses(context: AuditContext): AuditFinding[] {
  const { text, words } = context;
  const sentences =
    context.claims.sentences.length > 0 ? context.claims.sentences : splitSentences(text);
  const found = new Map<number, AuditFinding>();
  const report = (copy: number, length: number, shortest = PROBE) => {
    if (found.has(copy) || length < shortest || copy < length) return;
    // "一、深圳市人民政府口岸办公室深圳市人民政府口岸办公室预算…": a heading run into the paragraph it heads, which
    // opens with the same name, is no slip.
    if (NUMBERED_HEADING_BEFORE.test(text.slice(Math.max(0, copy - length - 12), copy - length)))
      return;
    // (A 自评表 flattened: its target and what was done, said alike, are two cells.)
    if (TARGET_COLUMNS.test(text.slice(Math.max(0, copy - length - 400), copy))) return;
    const printed = text.slice(copy, copy + length);
    // Both copies on one line, run together: a table's cells — one per line, or spaced apart on one — may well
    // say the same thing twice (a 自评表's 年度目标 and 实际完成).
    if (/[\n|\t]/.test(text.slice(copy - length, copy + length)) || /\s/.test(text[copy - 1]))
      return;
    if (hanCount(printed) < Math.min(8, shortest)) return;
    if (!SENTENCE_MARK.test(lineAt(text, copy))) return;
    const sentence = sentenceAt(sentences, copy);
    if (!sentence) return;
    found.set(
      copy,
      blankAt(sentence, copy, printed, words.blank(printed.trim(), words.blankKinds.repeatedClause))
    );
  };
  // Words of six or more doubled mid-clause: "烟台市信访局烟台市信访局", "…按照规定配备的公务用车主要是按照规定配备的公务用车
  // 主要是" (烟台 2026).
  for (const match of text.matchAll(DOUBLED_RUN))
    report((match.index ?? 0) + match[1].length, match[1].length, 6);
  // A numbered item printed again as the next: "1.其他支出（款）支出 502 万元，…\n2.其他支出（款）支出 502 万元，…" (无锡市
  // 发改委 2025) — the same line under the next number.
  let lineStart = 0;
  let previous = "";
  for (const line of text.split("\n")) {
    const item = NUMBERED_LINE.exec(line);
    const said = item ? line.slice(item[0].length).trim() : "";
    if (said !== "" && said === previous && /[0-9０-９]/.test(said) && hanCount(said) >= 8) {
      const copy = lineStart + line.indexOf(said, item?.[0].length ?? 0);
      const sentence = sentenceAt(sentences, copy);
      if (sentence && !found.has(copy))
        found.set(
          copy,
          blankAt(sentence, copy, said, words.blank(said, words.blankKinds.repeatedClause))
        );
    }
    previous = said;
    lineStart += line.length + 1;
  }
  for (const mark of text.matchAll(CLAUSE_START)) {
    let start = (mark.index ?? 0) + 1;
    while (/\s/.test(text[start] ?? "")) start++;
    const probe = text.slice(start, start + PROBE);
    if (probe.length < PROBE || hanCount(probe) < 4) continue;
    // The words after the clause's start, printed again right after them.
    const ahead = text.slice(start, start + REPEAT_REACH).indexOf(probe, PROBE);
    if (ahead > 0 && text.startsWith(text.slice(start, start + ahead), start + ahead))
      report(start + ahead, ahead);
    // The words before the clause's start the same as those after it.
    const from = Math.max(0, start - REPEAT_REACH);
    const behind =
      start - PROBE >= from ? text.slice(from, start - PROBE + 1).lastIndexOf(probe) : -1;
    if (behind >= 0) {
      const length = start - (from + behind);
      if (text.startsWith(text.slice(from + behind, start), start)) report(start, length);
    }
  }
  return [...found.values()];
}

export const auditBlank: AuditRule = {
  id: "AUDIT-BLANK",
  severities: ["error", "info"],
  check: (context) => [
    ...check(context),
    ...anotherUnitsName(context),
    ...repeatedClauses(context),
    ...headingsYear(context),
  ],
};
