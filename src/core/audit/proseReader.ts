/**
 * Reads a report's prose sentence by sentence and clause by clause, and binds each figure to the item it is about —
 * the words just before a figure say what it is (see claims.ts). What a sentence means depends on what came before
 * it (the item being talked about, the list of parts a 其中 opened, the section a heading started), so the reader
 * keeps that state as it goes; tables and flat lists are read apart (tables.ts).
 */
import {
  WHOLE_PARTS,
  commonStart,
  isFunctionalLine,
  areSiblings,
  canBePartOf,
  isWholeName,
  reduceName,
  displayName,
  bareFlow,
  flowOf,
  namedFlow,
  sameItem,
  itemKeyOf,
} from "./itemNames";
import { compare, intersects, sum, type Interval } from "./interval";
import { SPLIT_AMONG, readRespectively, type RespectiveList } from "./respectively";
import { CHANGE_WORD, DECREASE, INCREASE, RATE_WORD, SHARE_OF, directionOf } from "./words";
import {
  addBudget,
  fitting,
  detach,
  isPartOf,
  newItem,
  sameUnit,
  type Basis,
  type BudgetKind,
  type ChangeClaim,
  type ItemClaim,
  type ShareClaim,
  budgetKindIn,
  PLAN_WORDS,
} from "./items";

import {
  BREAKDOWN_WORDS,
  asciiDigits,
  findFigures,
  splitClauses,
  splitSentences,
  type PrintedAmount,
  type PrintedPercent,
  type Figure,
  type Sentence,
  type Span,
} from "./text";

/** What figure the words name: a budget, or what was spent. */
function basisIn(words: string): Basis | undefined {
  if (/预算/.test(words)) return "budget";
  if (/决算|支出|实际|执行/.test(words)) return "spent";
  return undefined;
}

/**
 * A budget text (部门预算: "2024年预算安排…", never a 决算) or a final-accounts text (决算, or what was actually spent
 * set beside its budget), when the words say which.
 */
export type DocumentKind = "budget" | "final";

function documentKindOf(text: string): DocumentKind | undefined {
  // A document titled as a budget ("2026年度苏州市审计局部门预算") is one, whatever its duties mention ("审计…决算草案").
  // (The title may take up to three lines: "2026 年度" / "泉州市人民政府办公室" / "部门预算".)
  const [first = "", ...next] = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, 3);
  const title = [first, ...next].join("").slice(0, 80);
  if (
    !/决算/.test(first) &&
    /^[^。]{0,40}?20\d\d\s*年度?[^。]{0,30}?(?:部门|单位)(?:综合)?预算(?!执行)/.test(title)
  )
    return "budget";
  if (/决算/.test(text)) return "final";
  if (/预算安排|预算数/.test(text)) return "budget";
  // "财政拨款预算3,786.49万元,实际支出3,535.78万元": what was spent, beside its budget.
  return /实际支出|比预算(?:增加|减少|节约|结余)/.test(text) ? "final" : undefined;
}

/**
 * "比上年", "较2024年的", "与上年相比", "比上年决算数", "同比": what the figure is compared with ("同口径比2018年": on the
 * same basis).
 */
const COMPARISON =
  /(?:同口径)?(?:比|较|与)(?:上年|上一年|去年|20\d\d(?:年|(?![\d.．万亿元%％]))|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间))度?(?:的)?(?:预算数据|决算数据|预算数?|决算数?|同期数?|同月|累计支出|支出)?(?:相比|对比)?|同比|对比/;
/** A sentence on last year's own figures: "而在去年4月份，…" (not 上年结转, a figure of this year). */
const LAST_YEARS_OWN = /^\s*(?:而|但)?(?:在)?(?:去年|上年度?)(?![结同比])/;
/** Growth said at constant prices, not of the amounts printed. */
const REAL_GROWTH = /可比价|不变价/;
/** An economy's output, whose growth a report gives in real terms: "生产总值", "第一产业增加值", "农林牧渔业总产值". */
const OUTPUT_VALUE = /增加值|生产总值|GDP|总产值/;
/** A comparison with the budget, not with last year: "比预算增加0万元". */
/** (The 报告数 is the budget reported to the 人民代表大会: "比报告数49500万元增加8万元".) */
const BUDGET_COMPARISON = /(?:比|较|与)(?:年初|全年|调整)?(?:预算(?:数)?|报告数)/;
const BREAKDOWN = new RegExp(`^${BREAKDOWN_WORDS}`);
/** The total of a flow: "支出", "支出预算", "本年支出合计", "总收入". */
const FLOW_TOTAL = /^(?:本年|全年|年度)?总?(?:支出|收入)(?:预算|决算)?(?:合计|总计|总额)?$/;
/** "具体支出如下", "具体使用情况如下", "具体资金用途如下": the lines after it detail the amount before it. */
const DETAILED_BELOW =
  /^(?:具体|分项|明细)(?:资金|经费)?(?:支出|使用|安排|分配|构成|开支|用途){0,2}(?:情况|明细)?如下$/;
/** A clause that opens on a place ("石嘴山市85.6亿元"): the place's level. */
const PLACE_OPENING =
  /^[\u4e00-\u9fff]{1,6}?(市|县|区|州|盟|旗)(?![\u4e00-\u9fff]*级)(?=[^\u4e00-\u9fff]|$)/;
/** A name that is a place and nothing more ("银川市", "银川市不含宁东管委会"). */
const PLACE_NAME =
  /^(?![全各])[\u4e00-\u9fff]{1,6}?(?:市|县|区|州|盟|旗)(?:不含[\u4e00-\u9fff]+)?$/;

/**
 * "财政拨款支出主要内容如下：" then "1. “社会保障和就业支出（类）…”53.84万元，…" (上海市普陀区社会福利院 2024): the lines
 * after it are the main parts of the item it names.
 */
const CONTENTS_BELOW = /^(.{2,20}?)的?主要(?:内容|用途|支出内容)(?:如下)?$/;
/** "本年收入的具体构成为", "支出的构成如下": what the list after it is the parts of. */
const COMPOSITION = /^(.{2,20}?)的?(?:具体)?(?:构成|组成)(?:情况)?(?:为|是|如下)?$/;
/** "区直文博系统项目有：": the parts of the item it names follow, one per 一是 / 二是…. */
const PARTS_AHEAD = /^(.{2,20}?)的?(?:项目|单位)?(?:有|包括)$/;
/** "一是布达拉宫管理处": an ordinal clause naming the part whose funds the next clause gives. */
const ORDINAL_NAME = /^[一二三四五六七八九十]+是([^\d０-９]{2,24})$/;
/** A sentence that opens on an ordinal: "二是西藏博物馆，…". */
const ORDINAL_OPENING = /^[一二三四五六七八九十]+是/;
/** Words that give a named part its funds and name nothing themselves: "下达预算资金9378万元". */
const FUNDS_GIVEN =
  /^(?:下达|安排|拨付|下拨|分配|到位|落实|投入)(?:预算)?(?:资金|经费)?(?:共|为|计)?$/;
/** A clause that goes on with the comparison before it: "增加4.79万元", "增长100%". */
const CONTINUES_CHANGE = new RegExp(`^(?:${INCREASE}|${DECREASE}|增幅|减幅|降幅)`);
/** "与2018年度预算相比": a budget, compared with — the report year's own, or last year's. */
const YEAR_BUDGET_COMPARISON = /(?:比|较|与)\s*(20\d\d)\s*年度?(?:的)?(?:年初|全年|调整)?预算/;
/**
 * A prior-year amount: "上年为", "上年决算数", or the compared figure itself: "较2024年的2190万元" — or the five years
 * before: "比“十三五”时期的169.88亿元增加25.21亿元" (景德镇市 2025).
 */
const PRIOR_WORD =
  /(?:^[，,]?(?:比|较|与)|(?:上年|上年度|去年|上一年)(?:同期)?(?:预算数?|决算数?|执行数?|支出|数|金额)?(?:为|是)?|(?:相比|比|较|与)(?:上年|上一年|去年|20\d\d年)度?(?:的)?(?:[^\d，,。；;：:、]{0,8}?(?:预算数?|决算数?|执行数?|同期数?|累计支出|支出|收入))?(?:为)?|(?:比|较|与)[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间)(?:的)?\s*[（(]?)$/;
/** "调整为", "后经市人大常委会批准调整为": what the item's budget was changed to. */
const ADJUSTED_TO =
  /(?:(?:后|并)?经[^，,。；;\d]{0,30}?(?:批准|同意|审议通过)后?[，,]?\s*)?调整为$/;
/** A budget named as such: "预算数为", "年初预算", "全年预算" (a plain "基本支出预算 N元" is the item's amount). */
const BUDGET_WORD =
  /(?:(?:年初|全年|调整后?的?)预算(?:数)?|预算(?:数|安排|金额)|预算)(?:为|是)$|预算安排$|(?:年初|全年|调整后?的?)预算(?:数)?$|[，,]?占(?:年度|年初|全年|(?:年度?|全年)?调整后?的?|(?:调整及)?变动后?的?)?预算(?:数)?$/;
/**
 * "(上年总收入": last year's figure of an item, named after 上年 in a parenthesis beside its change. (Outside one,
 * "上年收入总计213.74万元,支出总计166.76万元" goes on about last year: both are last year's items.)
 */
const LAST_YEAR_NAMED =
  /[（(]\s*(?:上年|上年度|去年|上一年)(?:同期)?(?:的)?([^\d，,。；;：:、（）()]{2,12}?)(?:为|是)?$/;
/** A part with its amount and its share, and nothing else: "财政专户管理资金 147.20 万元，占 0.71%。" */
const PART_WITH_SHARE =
  /^[^，,。；;：:\d０-９]{2,24}?[0-9０-９][0-9０-９,，.]*\s*(?:万元|亿元|元)[，,]\s*占[^，,。；;]{0,16}?[0-9０-９.]+\s*[%％][。；;]?$/;
/** A numbered heading that is a sentence of its own: "（一）因公出国（境）费用。", "2.公务接待费。" */
const NUMBERED_HEADING =
  /^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])\s*([^，,。；;：:\d]{2,60}?)[。.．:：]?$/;
/** What a unit's income brings in from before the year: a part of its 收入总计, not of the year's own income. */
const CARRIED_IN = /年初结转|上年结转|结转和结余|使用非财政拨款结余|事业基金弥补/;

/** Which count of a unit's staff a name is: its posts (编制) or its people (实有, 现有, 在职, 实际). */
function staffCount(name: string): "posts" | "people" | undefined {
  if (/实有|现有|实际/.test(name)) return "people";
  // (预算编制 is drawing up the budget: "纳入部门预算编制128人" counts people. "在职人员编制 408 人" counts posts:
  // 西安市人社局 2020.)
  if (/编制/.test(name.replace(/预算编制/g, ""))) return "posts";
  return /在职/.test(name) ? "people" : undefined;
}

/**
 * Names that are never a part of the whole named, whatever list they are printed in: what is carried over from last
 * year under the year's own income ("收入合计959.78万元…其中:财政拨款收入…;年初结转和结余200万元" — it is a part of
 * 收入总计), and the people a unit has under the posts it is allowed, or the other way round ("编制共117人,其中行政
 * 编制48人,…,年末实有在职人员113人").
 */
function neverPartOf(whole: string, part: string): boolean {
  if (/收入合计$|^本年收入/.test(whole) && CARRIED_IN.test(part)) return true;
  // (Those retired are no part of those in service: "实有在职人员 380 人，其中行政 89 人,事业 291 人；单位管理的离退休
  // 人员 203 人".)
  if (/在职/.test(whole) && /离退休|退休|离休/.test(part)) return true;
  // (Debts are no part of assets: "行政事业性国有资产总额33.5万亿元，其中行政单位资产10.1万亿元，事业单位资产23.4万亿元，
  // 负债总额9.9万亿元" — 2018年度全国行政事业性国有资产, as reported by 光明日报.)
  if (/资产/.test(whole) && !/负债/.test(whole) && /^负债/.test(part)) return true;
  // (Nor what was added later of the budget set at the year's start: "年初安排我单位的部门预算资金额为9,836.16万元,其中
  // 一般公共预算收入9,836.16万元,基金预算收入0元,2018年调增预算收入18,746.37万元" — 呈贡信息产业园区 2018.)
  if (/年初/.test(whole) && /^(?:调增|调减|追加|追减)/.test(part)) return true;
  // (Nor loans of deposits: "…各项存款余额266.89亿元,…其中住户存款余额209.29亿元,…;年末金融机构人民币各项贷款余额
  // 140.92亿元" — a county's 统计公报 2021.)
  if (/存款/.test(whole) !== /存款/.test(part) && /贷款/.test(whole) !== /贷款/.test(part))
    return true;
  // (Interest is no part of the principal repaid: "偿还政府性债务本金 29.9亿元，其中：…偿还 3.67 亿元、…26.23 亿元，按时
  // 偿还 2026 年到期政府性债务利息 7.19亿元" — 中卫市 2025.)
  if (/本金/.test(whole) && !/利息/.test(whole) && /利息/.test(part)) return true;
  // (Spending is no part of income, nor income of spending: "全市一般公共预算收入预期目标750亿元，其中税收收入…；
  // 一般公共预算支出…" — 南通市 2026.)
  const [wholeFlow, partFlow] = [namedFlow(whole), namedFlow(part)];
  if (wholeFlow && partFlow && wholeFlow !== partFlow) return true;
  const [wholeCount, partCount] = [staffCount(whole), staffCount(part)];
  return wholeCount !== undefined && partCount !== undefined && wholeCount !== partCount;
}

/** A whole of income and spending both: "收支总预算", "收、支总计". */
const BOTH_FLOWS = /(?:^|[^收支])收(?:入)?[、和与]?支(?:出)?总/;
/** The item a comparison with last year names: "比上年财政总收入" → 财政总收入. */
const PRIOR_NAMED =
  /(?:相比|比|较|与)(?:上年|上一年|去年)度?(?:的)?([^\d，,。；;：:、]{2,8}?)(?:为)?$/;
/** A rate of change right after an amount: "，增长13.4%". */
const RATE_NEXT = /^[，,]?\s*(?:同比)?(?:增长|下降|增幅|降幅|减幅|上升)(?:了|为)?\s*[0-9０-９]/;
/** Words that say an item did not change: "与上年持平", "较上年无增减", "没有发生增减变化". */
const UNCHANGED = /持平|无增减|(?:没有|无|未)(?:发生)?(?:增减)?变化|保持不变/;
/** "决算数与预算数持平", "与年初预算持平": unchanged against the budget. */
const LEVEL_WITH_BUDGET =
  /(?:与|和|较|比)(?:年初|全年|调整后?的?)?预算(?:数)?(?:相比)?(?:基本)?持平/;
/** "公务接待费预算288万元": a budget named by the word alone (the amount, in a budget text). */
const PLAIN_BUDGET = /预算(?:数|金额)?$/;
/**
 * "减少了“三公”经费": a change word, then the item's name. A word of one character (增, 减, 多, 少) begins words
 * of their own too — 增值税, 减免, 多项 — so it leads a name only with 了 after it.
 */
const CHANGE_WORDS = `${INCREASE}|${DECREASE}`.split("|");
const LEADING_CHANGE = new RegExp(
  // (After a point's number and the comparison: "三是比上年增加了产业类专项资金16,861.78万元".)
  `^(?:[，,]?)(?:[一二三四五六七八九十]+是)?(?:(?:比|较)(?:上年|去年|上一年)(?:同期)?)?(${CHANGE_WORDS.filter((word) => word.length > 1).join("|")}|(?:${CHANGE_WORDS.filter((word) => word.length === 1).join("|")})(?=了))了?([^，,。；;]{2,})$`
);
/** The names of a rate of what was spent over what was planned. */
const EXECUTION_RATE_NAMES = "执行率|执行比例|完成率|支付率|使用率|支出率";
/** "执行率", "完成年初预算的", "占年初预算" (what was spent, as a share of the budget). */
const EXECUTION_WORD = new RegExp(
  `${EXECUTION_RATE_NAMES}|完成(?:全年|年初|调整)?预算(?:数)?的?$|占(?:年度|年初|全年|(?:年度?|全年)?调整后?的?|(?:调整及)?变动后?的?)?预算(?:数)?的?$|(?:为|完成)${PLAN_WORDS}的$`
);
/** The words of an execution rate from its name on: "执行率为", "支付完成率", "完成年初预算的". */
const EXECUTION_WORD_ON = new RegExp(
  `(?:预算)?(?:${EXECUTION_RATE_NAMES}).*$|完成.*$|占(?:年度|年初|全年|(?:年度?|全年)?调整后?的?|(?:调整及)?变动后?的?)?预算.*$|为${PLAN_WORDS}.*$`
);
/** What was spent in fact, said after what was planned: "实际执行", "实际支出", "已支付", "实际拨付". */
const ACTUALLY_SPENT =
  /(?:(?:实际|已经?|累计)(?:执行|支出|支付|使用|拨付|完成)(?:资金|金额)?|(?:全年|年度|本年|当年)执行(?:数|金额)|拨付使用)(?:为|了)?\s*$/;
/** An execution rate later in the sentence. */
const EXECUTION_AHEAD = new RegExp(`${EXECUTION_RATE_NAMES}|执行进度|为${PLAN_WORDS}的`);
const SHARE_WORD = /(?:占比|所占比例|所占比重|比重|比例)(?:为|是|达)?$/;
/** A paragraph that starts a new heading or numbered item ends a list of parts. */
const HEADING =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+[、.．]|[①-⑳])/;

/** Words before an amount per head or per unit ("每家", "人均", "平均每辆"). */
const PER_UNIT =
  /(?:每(?:家|人|辆|户|个|台|次|天|日|月|项|位|名|所|车)|人均|户均|车均)[^，,。；;]*$/;

/** A bound a target sets before its figure: "≥", "＜", "不低于", "大于". */
/** A share said before its amount: "中央财政补贴47.5%为614.39万元". */
const SHARE_AHEAD = /^\s*(?:为|是|计|即)\s*[0-9０-９]/;

const BOUND = /(?:[≥≤＞＜><]=?|不(?:低|少|高|超|大|小)于|(?:高|低|大|小)于|不超过)$/;

/**
 * "超收2.85亿元", "短收7431万元": the difference from the budget, said in one word — or in the 决算's template words,
 * "决算数大于预算数55.93万元" (天水市幼儿园 2017).
 */
const OFF_BUDGET =
  /(超收|短收|欠收|少收|多收|超支|决算数?(?:大于|小于|多于|少于|高于|低于)(?:年初)?预算数?)了?$/;
/** The words of OFF_BUDGET that say the budget was gone over. */
const OVER_BUDGET = /^(?:超|多)|^决算数?[大多高]于/;
/**
 * The plan an amount is, when a rate of it follows: "完成预算46508万元的100.8%", "占年计划85000万元的111.46%",
 * "为县人民代表大会批准全县全年预算46,908万元的80.43%" — the budget of the item the sentence is about.
 */
const PLAN_BEFORE_AMOUNT =
  /(?:完成|为|占|达到?|是)[^，,。；;\d０-９]{0,24}?(?:预算|计划)(?:数)?(?:为)?$/;
const RATE_OF_IT_AFTER = /^\s*的\s*[0-9０-９.]+\s*[%％]/;

/** An amount per head or per unit said after it: "预算费用3.5万元/人". */
const PER_UNIT_AFTER = /^\s*[/／每](?:人|辆|户|个|台|次|天|日|月|年|项|位|名|所|车|家)/;

/**
 * An amount said as where the item came from, before where it went: "支出由年初预算17.77亿元调整为15.43亿元",
 * "人员经费由上年的300万元增加到350万元", "收入从2015年的2007万元上升到2020年的2468万元". The name is before 由 / 从,
 * and the words after them say whose amount it was: last year's, the budget at the start of the year, another year's.
 */
const FROM_AMOUNT =
  /^(.*?)(?:由|从)((?:20\d\d|上|去)年(?:初|末|底)?度?|上一年度?|年初(?:预算数?)?|调整前)?(?:的)?(?:每人每[年月日]|每[人户年月]|年?人均(?:每[年月])?)?$/;
/** "年均增长", "年平均增长", "年均递减": a growth a year on average. */
const AVERAGE_RATE = /^[，,]?\s*年(?:平)?均(增长|增幅|递增|上升|下降|降幅|递减|减少)(?:了|为)?$/;
/** The words between the two amounts of a 由…到… ("调整为", "增加到", "下降至"), and the year of the second. */
const TO_WORD =
  /^(?:调整|变动|增加|增长|上升|下降|减少|降低|提高|提升|扩大|缩减|压减|压缩|回落|恢复|[增降升减])(?:为|到|至)(?:(20\d\d)年(?:初|末|底)?度?(?:的)?)?$/;

/** A sentence that opens by breaking down one budget's spending or income: "2026年一般公共预算支出预算按用途划分，". */
const QUALIFIED_BREAKDOWN =
  /^(?:\s*20\d\d\s*年度?)?[^，,。；;\d]{0,12}?(一般公共预算|政府性基金预算?|国有资本经营预算?|社会保险基金预算?)[^，,。；;\d]{0,10}?(?:按|从)[^，,。；;\d]{0,8}?(?:划分|分类|来看|看)[，,：:]/;
/** The budgets a report keeps apart: an item of one is never a part of an item of another. */
const BUDGET_KINDS = /一般公共预算|政府性基金|国有资本经营|社会保险基金/;

/** True when the two names say they are of different budgets ("政府性基金预算收入" under "一般公共预算收入"). */
function otherBudget(name: string, parentName: string): boolean {
  const own = BUDGET_KINDS.exec(name)?.[0];
  const parents = BUDGET_KINDS.exec(parentName)?.[0];
  return own !== undefined && parents !== undefined && own !== parents;
}

/**
 * "…加上A、B…后，支出总计X", "…。加上A…，收入总量为X", "…。加市级财政税收返还和补助收入109.6亿元、…，收入总量为490.7亿元"
 * (闵行区 2021): the total of what comes before 加 (加上) and what it adds. (Not 加强, 加快, 加大: verbs of their own.)
 */
const ADDED = /(?:^|[，,；;。])\s*加(?:上)?(?![强快大紧速以])|(?<=收入|支出)加上/;
/** The totals a list said with 加 closes on: "…加上…，收入总量为…", "…，年度可用财力…". */
const ADDED_TOTAL =
  "(?:总计|总量|收入合计|支出合计|总收入|总支出|全口径收入|全口径支出|决算结果|可用财力|可用资金)";
const ADDED_UP = new RegExp(`${ADDED.source}[^。]*(?:后[，,]?)?[^，,。；;]*${ADDED_TOTAL}`);
const ADDED_TOTAL_NAME = new RegExp(`${ADDED_TOTAL}$`);

/** The item's amount is inside a bracket opened in its sentence: "上级补助收入568709万元(含返还性收入9670万元)". */
function insideBrackets(sentence: Sentence, item: ItemClaim, text: string): boolean {
  const at = item.current?.start;
  if (at === undefined) return false;
  let depth = 0;
  for (let i = sentence.start; i < at; i++) {
    const ch = text[i];
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A number in the sentence that is none of its items' figures (nor a year): a part the reading missed, such as
 * "中 央 补 助 427 亿 元" in a PDF's spaced-out text (重庆市 2025), or read as a budget ("调入一般公共预算10亿元" —
 * 苏州市 2025). A total is then not known to be of the parts read.
 */
function figureUnread(sentence: Sentence, items: readonly ItemClaim[], text: string): boolean {
  const read: Span[] = [];
  for (const item of items) {
    for (const figure of [
      item.current,
      item.prior,
      item.delta?.figure,
      item.rate?.figure,
      item.budgetDelta?.figure,
      item.budgetRate?.figure,
      item.executionRate,
    ])
      if (figure) read.push(figure);
    for (const share of item.shares) read.push(share.percent);
  }
  const from = sentence.start;
  const words = text.slice(from, sentence.end).split("");
  for (const span of read)
    for (let i = Math.max(span.start, from); i < Math.min(span.end, sentence.end); i++)
      words[i - from] = " ";
  const left = words
    .join("")
    .replace(/20\d\d\s*年度?/g, "")
    .replace(/^\s*(?:[（(]\s*\d+\s*[）)]|\d+\s*[.、．])/, "");
  return /\d/.test(asciiDigits(left));
}

/**
 * "公共财政预算收入43101万元,加上级补助收入348499万元…,地方政府一般债券转贷收入7700万元,全县一般预算总收入399300万元,加上年
 * 结余336万元,…,收入总计411143万元" (甘谷县 2021): an amount that is the sum of every one before it in the list is their
 * subtotal, and the list goes on from it.
 */
function fromRunningSubtotal(parts: ItemClaim[]): ItemClaim[] {
  let from = 0;
  for (let k = 2; k < parts.length; k++) {
    const amounts = parts.slice(from, k).map((part) => part.current?.yuan);
    const subtotal = parts[k].current;
    if (!subtotal || amounts.some((amount) => amount === undefined)) continue;
    if (k - from >= 2 && intersects(sum(amounts as Interval[]), subtotal.yuan)) from = k;
  }
  return parts.slice(from);
}

/** Words that begin the names of many budget lines, and say nothing of which whole a part is of. */
const GENERIC_START = /^(?:一般|其他|专项|本级|上级|下级|地方|中央)$/;

/** What a 由… clause opens is all of the whole before it: "由A…，加上B…构成". */
const COMPOSED_OF = /^由[^。；;]*(?:构成|组成)/;

/** A total named after the items it adds up: "合计支出", "共计". */
const TRAILING_TOTAL = /^(?:合计|总计|共计)(?:支出|收入|金额)?(?:为|是)?$/;
/**
 * "专项资金支出316.38万元，…，财政资金支出2419.45万元，…，总支出2939.83万元", "…支出总量为596,070万元": the total of the
 * flow its items are of.
 */
/** A 合计 named for what it totals: "市级可统筹使用福彩公益金合计". */
const NAMED_TOTAL = /^(.{2,}?)(?:合计|共计|总计)(?:为|是)?$/;

/** How long an end of a name is that every item's name has in it: "福彩公益金" of "…使用福彩公益金". */
function tailNamedInAll(name: string, items: readonly ItemClaim[]): number {
  let length = 0;
  while (
    length < name.length &&
    items.every((item) => item.name.includes(name.slice(name.length - length - 1)))
  )
    length++;
  return length;
}

const TRAILING_FLOW_TOTAL = /^(?:总(支出|收入)|(支出|收入)(?:总额|总量|合计))(?:为|是)?$/;
/** What may follow a flow's total in its sentence without being a part of it: the other flow, and the balance. */
const AFTER_INCOME_TOTAL = /^(?:[^收]*支出|支出.*|[^收支]*(?:结余|结转)[^收支]*)$/;

/** A sentence that opens with a section heading: "(二)支出预算：…", "三、支出决算情况说明…". */
const SECTION_HEADING_AT = /^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、/;

/** The year a text names most often, the later one on a tie. */
function mainYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(20\d\d)\s*年/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? -1 : (counts.get(best) as number);
    if (count > bestCount || (count === bestCount && year > (best as number))) best = year;
  }
  return best;
}

/** The latest year a text names (0 when none): the year it reports on, when it names no later one. */
function latestYearIn(text: string): number {
  let latest = 0;
  for (const match of text.matchAll(/(20\d\d)\s*年/g)) latest = Math.max(latest, Number(match[1]));
  return latest;
}

/** The year a prefix names last, nearest the figure ("与2016年度相比（2016年度部门支出预算安排为"). */
export function yearIn(prefix: string): number | undefined {
  const years = [...prefix.matchAll(/(20\d\d)\s*年/g)];
  return years.length > 0 ? Number(years[years.length - 1][1]) : undefined;
}

/** The name in the words before a figure, once the role words are taken off (empty when there is none). */
function nameBefore(prefix: string): string {
  const words = withoutComparison(prefix);
  // A bare 收入 / 支出 is a name to itemFor, which decides whether it goes on with the item before.
  return reduceName(words) || (bareFlow(words) ?? "");
}

/**
 * The words without what they compare with — and without the item named again after it: "“三公”经费决算数据比2014年
 * “三公”经费决算数据减少16.5万元" is a change of the one item.
 */
function withoutComparison(words: string): string {
  const again = NAMED_AGAIN_AFTER_COMPARISON.exec(words);
  if (again) {
    const [, name, comparedWith] = again;
    const reduced = reduceName(comparedWith);
    if (reduced !== "" && reduceName(name).endsWith(reduced)) return name;
  }
  return words.replace(COMPARISON, "");
}

const NAMED_AGAIN_AFTER_COMPARISON =
  /^(.+?)(?:比|较|与)(?:上年|上一年|去年|20\d\d\s*年)度?(?:的)?([^\d，,。；;：:]{2,})$/;

/** The item has no such figure yet; an item takes any number of shares (占收入的…, 占支出的…). */
function lacks(item: ItemClaim, has: keyof ItemClaim): boolean {
  return has === "shares" || item[has] === undefined;
}

/** The same amount printed twice ("其中公务接待费1.34万元" and then "3.公务接待费支出1.34万元"). */
function sameAmount(a: PrintedAmount | undefined, b: PrintedAmount | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    compare(a.yuan.lo, b.yuan.lo) === 0 &&
    compare(a.yuan.hi, b.yuan.hi) === 0
  );
}

/** The numbering of a paragraph that opens a numbered item: "1.", "（一）", "一、", or undefined. */
export function numberingStyle(paragraph: string): string | undefined {
  const match = HEADING.exec(paragraph);
  return match?.[0]
    .replace(/[一二三四五六七八九十]+/, "一")
    .replace(/\d+/, "1")
    .replace(/[①-⑳]/, "①");
}

/**
 * The numbered list a paragraph belongs to: a numbered paragraph right after one that ended on a whole
 * whose parts are known opens one; the next items keep it while they are numbered the same way, and so does
 * the text under an item that is a heading of its own ("一、因公出国（境）经费" then its paragraph); any other
 * paragraph ends it.
 */
function numberedListAt(
  sentence: Sentence,
  list: { whole: ItemClaim; style: string } | undefined,
  items: readonly ItemClaim[],
  afterBareHeading: boolean
): { whole: ItemClaim; style: string } | undefined {
  const style = numberingStyle(sentence.text);
  if (style === undefined) return afterBareHeading ? list : undefined;
  if (list) return list.style === style ? list : undefined;
  let whole: ItemClaim | undefined;
  for (let i = items.length - 1; i >= 0 && !whole; i--) {
    if (sentence.paragraph - items[i].sentence.paragraph > 2) break;
    if (!items[i].parent) whole = items[i];
  }
  const wholeKey = whole && itemKeyOf(whole.name);
  return whole && wholeKey && WHOLE_PARTS[wholeKey] ? { whole, style } : undefined;
}

/** The end of a parenthesis that qualifies the name before it: "不含基金)", "含上划收入）", "扣除留抵退税因素)". */
/** A qualifier in brackets, closed, then more of the name and its figure: "(含经开区)新增…限额42.65亿元". */
const QUALIFIER_OF_NAME =
  /^[（(](?:不?含|扣除|剔除|未扣除|不包括|除)[^()（）\d０-９，,。；;]{1,16}[)）][^()（）\d０-９]{2,}[0-9０-９]/;
const QUALIFIER_CLOSED =
  /^[（(]?(?:不?含|扣除|剔除|未扣除|不包括|除)[^()（）\d０-９，,。；;]{1,16}[)）]$/;

/**
 * The words before the parenthesis that closes right before an offset, back to the clause's start: the name an
 * amount after the parenthesis goes with ("税务部门征收收入(未扣减…)1887.70亿元" → "税务部门征收收入").
 */
function nameBeforeParenthesis(sentence: Sentence, offset: number): string | undefined {
  const text = sentence.text.slice(0, offset - sentence.start).replace(/\s+$/, "");
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")" || text[i] === "）") depth++;
    else if (text[i] === "(" || text[i] === "（") depth--;
    if (depth === 0) {
      const words = /[^，,。；;：:、]*$/.exec(text.slice(0, i))?.[0] ?? "";
      return nameBefore(words) ? words : undefined;
    }
  }
  return undefined;
}

/** What sameItem compares: the key an item's name stands for, else the name itself. */

/** Which figure of an item each role of a 分别 list gives. */
const ROLE_FIGURE: Record<RespectiveList["role"], keyof ItemClaim> = {
  share: "shares",
  rate: "rate",
  delta: "delta",
  current: "current",
};

/** What is known while one sentence is read. */
interface SentenceReading {
  readonly sentence: Sentence;
  /** Items made from here on are the sentence's own. */
  readonly firstOfSentence: number;
  /** The sentence's amounts and percentages. */
  readonly figures: readonly MoneyOrPercent[];
  /** The year a figure said to be of last year is of. */
  readonly priorYear: number | undefined;
  /** The sentence opens on last year: its amounts are last year's. */
  readonly onPriorYear: boolean;
  /** The year its shares are of. */
  readonly shareYear: "current" | "prior";
  /** Its 分别 lists, read after the rest, and the span they take (its figures are read there, not in turn). */
  readonly respectively: ReturnType<typeof readRespectively>;
  readonly stopAt: number;
  readonly resumeAt: number;
  listsBound: boolean;
  hasFigures: boolean;
  /** The words of a clause that ends with a colon and holds no figure ("待拨款:"). */
  labelBefore: string | undefined;
  labelAfterFigure: boolean;
  /** "财政拨款收、支总计…": the words before 收, which the 支 after the 、 is named with too. */
  sharedByFlows: string | undefined;
  /**
   * "较预算数1237万元减少103万元，下降8%", "与2018年度预算相比，增加4.79万元，增长100%": the rest of the sentence
   * compares with the budget, until it compares with last year again.
   */
  againstBudget: boolean;
  /** Which budget it compares with, when it says. */
  comparedBudget: BudgetKind | undefined;
  /** Where the items of the numbered clause read last ("1、…") start in `items`. */
  numberedFrom: number | undefined;
  /** The whole a 由…构成 clause of the sentence lists all the parts of. */
  composedWhole: ItemClaim | undefined;
  /** The last clause read held figures and ended with a colon: what follows lists the parts of its item. */
  colonAfterFigures: boolean;
  /** The figure read last in the clause was a budget ("为年初预算数4688万元的80.51%"). */
  previous: "budget" | "other";
  /** The list a 其中 of the sentence was opened inside: a part of it lists its own parts, until the next ；. */
  listOutside: ItemClaim | undefined;
  /** "一是布达拉宫管理处": what the next clause's "下达预算资金9378万元" is the funds of. */
  ordinalName: string | undefined;
  /** A share said before its amount ("中央财政补贴47.5%为614.39万元"): the name and the share, for the amount. */
  shareAhead: { name: string; percent: PrintedPercent } | undefined;
  /** The item a 由年初预算…调整为… of the sentence adjusted: what a 调减 / 调增 after it changed it by. */
  adjusted: ItemClaim | undefined;
}

/** An amount or a percentage: what an item's claims are made of (a change said in 个百分点 is neither). */
type MoneyOrPercent = Exclude<Figure, { kind: "points" }>;
function isMoneyOrPercent(figure: Figure): figure is MoneyOrPercent {
  return figure.kind !== "points";
}

/**
 * A whole table run into one line, with no mark of a sentence in it ("稷山县项目支出绩效自评表 (2021年度) 项目名称 …
 * 指标1:居民健康档案 38508人 …", hundreds of characters and dozens of figures parted by spaces): no prose.
 */
function flattenedTable(reading: SentenceReading): boolean {
  const { text } = reading.sentence;
  // (A table whose cells are parted by tabs or | is read as one, row by row, and its prose too.)
  return text.length >= 200 && reading.figures.length >= 10 && !/[，,；;。\t|]/.test(text);
}

/** The offset is inside the 分别 lists, which are read apart. */
function skipped(reading: SentenceReading, offset: number): boolean {
  return offset >= reading.stopAt && offset < reading.resumeAt;
}

/** The span holds one of the figures. */
function holdsFigure(figures: readonly Figure[], span: Span): boolean {
  return figures.some((figure) => figure.start >= span.start && figure.end <= span.end);
}

/** The reading of one text's prose: build it, call read(), then take its items. */
export class ProseReader {
  readonly sentences: Sentence[];
  /** Every item named, in the order first named. */
  readonly items: ItemClaim[] = [];
  /** Sentences with at least one amount or percentage. */
  figureSentences = 0;
  /** The year the text reports on: the year it names most (the later on a tie); the year before is last year. */
  private readonly reportYear: number | undefined;
  /** A budget text or a 决算's: in a 决算, "公务接待费预算288万元" is the budget, not what was spent. */
  readonly kind: DocumentKind | undefined;
  /** The latest year the text names: a budget "of 2018" in a text on 2018 is the year's own budget. */
  readonly latestYear: number;
  /** The paragraph being read. */
  private paragraph = -1;
  /** The item being talked about: a figure that names nothing is its. */
  private current: ItemClaim | undefined;
  /** The item whose parts the list open (after 其中, 包括, a colon…) names. */
  private partsParent: ItemClaim | undefined;
  /**
   * "区直文博系统项目有：一是布达拉宫管理处，…。具体是：…。二是西藏博物馆，…": the whole whose parts the sentences
   * that open on 一是 / 二是… go on listing, and the paragraph of the last of them.
   */
  private ordinalList: { whole: ItemClaim; paragraph: number } | undefined;
  /**
   * A 决算's whole whose 其中 follows its budget, in the sentence that gives only that: "“三公”经费预算11324.44万元，
   * 其中：因公出国(境)费9605.80万元…" — its parts' amounts are their budgets.
   */
  private budgetList: ItemClaim | undefined;
  /** A bare "其中：" ended a paragraph: its parts follow, a paragraph each, until a heading. */
  private partsOnLines = false;
  /** How the lines after a bare "其中：" are numbered, when they are, and the item they are the parts of. */
  private partsStyle: string | undefined;
  private linesParent: ItemClaim | undefined;
  /** The last clause read was a bare "其中：". */
  private danglingOfWhich = false;
  /** The dangling list was opened by "具体…如下", not by 其中: its lines must be numbered. */
  private danglingDetailed = false;

  /**
   * "（一）因公出国（境）费用。2026 年预算数 159.00 万元": a numbered heading said as a sentence of its own names
   * the amount after it that names nothing (not the "三公" total before it).
   */
  private heading: { name: string; paragraph: number } | undefined;

  constructor(private readonly text: string) {
    this.sentences = splitSentences(text);
    this.reportYear = mainYear(text);
    this.kind = documentKindOf(text);
    this.latestYear = latestYearIn(text);
  }

  /** Reads the prose, every sentence in turn. */
  read(): this {
    for (const sentence of this.sentences) this.readSentence(sentence);
    return this;
  }

  /** "较年初预算数", "与2018年度预算相比" (this year's budget), not "比2021年预算" (last year's). */
  private comparesWithBudget(words: string): boolean {
    const year = YEAR_BUDGET_COMPARISON.exec(words);
    return year ? Number(year[1]) === this.latestYear : BUDGET_COMPARISON.test(words);
  }
  /**
   * Parts lists opened inside parentheses, "（其中公务用车购置费…）": the item the parenthesis lists the parts
   * of, and the list it interrupts. After it closes the text goes on about that item ("…2712万元),比预算数减少…").
   */
  private readonly interrupted: { item: ItemClaim; list: ItemClaim | undefined }[] = [];
  private closeParenthesis() {
    const { item, list } = this.interrupted.pop() as {
      item: ItemClaim;
      list: ItemClaim | undefined;
    };
    this.partsParent = list;
    this.current = item;
    this.includesOnly = false;
  }
  /** The clause read last starts a breakdown ("按支出用途分类"). */
  private startsBreakdown = false;
  /** The words of the clause that started the breakdown last ("按支出功能分类"). */
  private breakdownWords = "";
  /** The clause being read opens with 其中. */
  private clauseOpensList = false;
  /** The clause being read comes right after a ；. */
  private clauseAfterSemicolon = false;
  /** Where the items of the section being read start in `items`, and of the section before it. */
  private sectionStart = 0;
  private sectionBefore = 0;
  /** A heading starts a section: nothing before it is the current item or a list still open. */
  private startSection() {
    this.current = undefined;
    this.partsParent = undefined;
    this.partsOnLines = false;
    this.sectionBefore = this.sectionStart;
    this.sectionStart = this.items.length;
  }
  /** The item most recently given this year's amount in the section (or from an earlier start). */
  private lastWithAmount(from = this.sectionStart): ItemClaim | undefined {
    for (let i = this.items.length - 1; i >= from; i--) {
      const item = this.items[i];
      if (this.asides.has(item) || this.inParenthesis.has(item)) continue;
      if (item.current || item.budgets.length > 0) return item;
    }
    return undefined;
  }
  /**
   * The last item given an amount — or the whole it is a part of, when the whole's change was read after that amount
   * (not an item named in the reasons: 南开小学 2022) ("“三公”经费预算为3328万元。
   * 其中,…公务用车购置及运行费2800万元。同口径比2018年减少830万元,下降20%。其中:因公出国(境)费…减少9万元": the second
   * 其中 lists the parts of the 三公 change, not of the vehicles — a 市本级 budget of 2019).
   */
  private changedLastOrWithAmount(): ItemClaim | undefined {
    const withAmount = this.lastWithAmount();
    const changed = this.current;
    if (!withAmount || !changed?.delta || withAmount.parent !== changed) return withAmount;
    const amountsEnd = Math.max(
      withAmount.current?.end ?? 0,
      ...withAmount.budgets.map((budget) => budget.amount.end)
    );
    return changed.delta.figure.start > amountsEnd ? changed : withAmount;
  }
  /**
   * The whole a classification names no whole for is of: the total of the flow it classifies ("按支出功能分类"
   * classifies 支出: the 支出 / 支出预算 / 本年支出合计 given an amount) in the four paragraphs before.
   */
  private classifiedWhole(sentence: Sentence, words: string): ItemClaim | undefined {
    const flow = /支出/.test(words) ? "支出" : /收入/.test(words) ? "收入" : undefined;
    if (!flow) return undefined;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (sentence.paragraph - item.sentence.paragraph > 4) break;
      if (item.sentence.paragraph === sentence.paragraph || item.parent !== undefined) continue;
      if (this.asides.has(item) || this.inParenthesis.has(item)) continue;
      if (!item.current && item.budgets.length === 0) continue;
      if (FLOW_TOTAL.test(item.name) && flowOf(item.name) === flow) return item;
    }
    return undefined;
  }
  /** The items named within two paragraphs before the sentence, the latest first. */
  private nearby(sentence: Sentence): ItemClaim[] {
    const found: ItemClaim[] = [];
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (sentence.paragraph - this.items[i].sentence.paragraph > 2) break;
      found.push(this.items[i]);
    }
    return found;
  }
  /** The item of that name (or its 合计) named last, within two paragraphs before. */
  /**
   * "…审议通过的2021年一般公共预算收入为355000万元，经…批准，2021年一般公共预算收入调整为368000万元，实际收入377841
   * 万元，…完成调整预算的102.67%" (天津市和平区 2021): what an item is 调整为 is its adjusted budget — unless the item
   * already has this year's amount, read from a budget's words the audit took for one ("年初支出预算合计1945474万元，
   * …支出预算调整为2671828万元，完成2671828万元": 三门峡市 2019).
   */
  private budgetAdjusted(prefix: string, sentence: Sentence): boolean {
    const name = reduceName(prefix.replace(ADJUSTED_TO, ""));
    const item = name === "" ? this.current : this.recentItemNamed(name, sentence);
    return !item?.current;
  }

  private recentItemNamed(name: string, sentence: Sentence): ItemClaim | undefined {
    return name === ""
      ? undefined
      : this.nearby(sentence).find(
          (item) => sameItem(item.name, name) || sameItem(item.name, `${name}合计`)
        );
  }
  /**
   * Items named inside a parenthesis ("919万元(其中一般公共预算经费拨款841万元)"): a list in the next sentence is
   * about the item before the parenthesis.
   */
  private readonly inParenthesis = new Set<ItemClaim>();
  /** Items named inside "(含…)" or in a reason: asides, never the item a list is about. */
  private readonly asides = new Set<ItemClaim>();
  /** How many breakdowns the text has started ("按支出功能分类科目：" starts one). */
  private breakdown = 0;
  /** The budget a sentence opening "一般公共预算支出预算按用途划分，…" breaks down. */
  private budgetBrokenDown: string | undefined;
  /** Inside "(含…)": what is named there is part of no list. */
  private includesOnly = false;
  /** "，含…" (no bracket) is open: it ends at a ；or with its sentence. */
  private includedAside = false;
  /**
   * The listed part whose uses a clause of the list gives ("…其中：一般公共预算支出132.04亿元，主要用于保工资47.62亿元、
   * 保运转1.56亿元…，政府性基金预算支出61.31亿元"): its uses are its parts, and the list goes on after them.
   */
  private usesOfPart: ItemClaim | undefined;
  /** In a reason ("主要原因是2024安排了10万元的…"), to the end of its sentence or a ；: what is named is part of no list. */
  private inReason = false;
  /** The reason opens a numbered list of reasons ("主要原因是：(1)…；(2)…"): its ；s end no reason. */
  private reasonsNumbered = false;
  /**
   * In what an amount is used for ("口岸管养工作38,297.20 万元，用于开展…的管理维护工作；"), said with no figure of
   * its own, to the next ；or the sentence's end: what is named there describes the use and is part of no list.
   */
  private inUse = false;
  /** The item a reason explains: the current one when the reason began. */
  private aboutBeforeReason: ItemClaim | undefined;
  /**
   * A numbered list after a whole whose parts are known ("“三公”经费支出15.37万元。具体情况如下：" then
   * "1.因公出国（境）费…", "2.公务用车购置及运行维护费…"): the whole, and the numbering style of its items.
   */
  private numberedList: { whole: ItemClaim; style: string } | undefined;
  /** The paragraph read opens with a number, and has figures. */
  private paragraphNumbered = false;
  private paragraphHasFigures = false;

  /**
   * Wholes listed side by side before a 其中 ("安排省级彩票公益金支出5.5亿元,安排市县彩票公益金支出2.9亿元,其中:"): each
   * part goes to the one its name begins like (省级福利彩票公益金 to 省级…, 市县… to 市县…).
   */
  private peerWholes: ItemClaim[] = [];
  private wholesBeside(whole: ItemClaim): ItemClaim[] {
    const peers: ItemClaim[] = [];
    for (let i = this.items.length - 1; i >= 0 && this.items[i].sentence === whole.sentence; i--)
      if (!this.items[i].parent && this.items[i].current) peers.push(this.items[i]);
    return peers.length > 1 && peers.includes(whole) ? peers : [];
  }
  /** The flow a whole of both flows (收支总预算) last listed the parts of. */
  private readonly sideListed = new Map<ItemClaim, "收入" | "支出">();
  /** The total a new part is listed under: a part that cannot belong to the open list belongs to its total. */
  private parentFor(name: string, amount?: PrintedAmount): ItemClaim | undefined {
    if (this.includesOnly || this.inReason || this.inUse) return undefined;
    // A total (…总计) is never a part: it closes the list ("…；财政拨款支出总计766.75万元，其中…") — unless 其中
    // names it ("总收入534.96万元，其中本年收入525.11万元").
    const bothFlows = this.partsParent !== undefined && BOTH_FLOWS.test(this.partsParent.name);
    if ((/总计$/.test(name) || isWholeName(name)) && !this.clauseOpensList && !bothFlows)
      this.partsParent = undefined;
    let parent = this.partsParent;
    if (parent && this.peerWholes.includes(parent)) {
      // (Not a whole its listed parts already make: "农机具购置补贴资金为380.11万元(省级下达资金350万元,上年结转30.11万元),
      // 共兑付补贴资金380.019万元…。其中农机购置补贴资金兑付378.619万元" — 泾川县 2020.)
      const [best, next] = this.peerWholes
        .filter((whole) => whole === parent || !madeByItsParts(whole))
        .map((whole) => ({ whole, shared: commonStart(whole.name, name) }))
        .sort((a, b) => b.shared - a.shared);
      // (A word every budget line may begin with is no likeness: "一般转移支付" is not of the "一般公共预算支出" beside
      // 补助下级支出, whose 其中 it follows — 保定市 2025.)
      const likeness = name.slice(0, best.shared);
      // (The parent may be the only whole left: the others are made by their parts — 164.txt of the 任务 PDFs.)
      if (best.shared >= 2 && best.shared > (next?.shared ?? 0) && !GENERIC_START.test(likeness))
        parent = best.whole;
    }
    // "法定债务限额1,105.3亿元,其中一般债务725.3亿元、专项债务380亿元,全市政府法定债务余额为1,071.65亿元,其中一般
    // 债务…": an item read as a part, whose own list names again the parts beside it in its list, is a whole of its
    // own. (Named again from another breakdown of the whole, they are a part of each: 三江县 2018.)
    const listedIn = parent?.parent;
    const list = parent;
    const namedBeside =
      list &&
      listedIn &&
      list.children.length === 0 &&
      listedIn.children.some(
        (other) =>
          other !== list && other.breakdown === list.breakdown && sameItem(other.name, name)
      );
    // "…对个人和家庭的补助（509）6.47 万元…。其中：①人员经费：机关工资福利支出（501）2079.07 万元，…": named again
    // and more than the part the 其中 came after, they are another breakdown of the whole that part is in
    // (中共西安市委宣传部 2021).
    const anotherBreakdown =
      namedBeside &&
      amount !== undefined &&
      list?.current !== undefined &&
      sameUnit(list, amount) &&
      compare(amount.yuan.lo, list.current.yuan.hi) > 0;
    if (anotherBreakdown && listedIn) {
      this.breakdown++;
      parent = listedIn;
    } else if (namedBeside && list) detach(list);
    // "收支总预算490,808.40万元，其中本年收入…，上年结转…；本年支出…，结转下年…", "收入包括…；支出包括…": a whole
    // of both flows lists each side in full, one breakdown each.
    const flow = parent && bothFlows ? flowOf(name) : undefined;
    if (parent && flow) {
      const side = this.sideListed.get(parent);
      if (side && side !== flow) {
        this.breakdown++;
        parent.partsAreAll = true;
      }
      this.sideListed.set(parent, flow);
    }
    if (parent && neverPartOf(parent.name, name)) {
      this.partsParent = undefined;
      return undefined;
    }
    // A line of the functional classification ("…基本养老保险缴费支出（项）") is none of the economic classes its
    // words may name.
    const functionalLine = isFunctionalLine(name);
    const key = functionalLine ? undefined : itemKeyOf(name);
    if (!parent && key && this.numberedList && isPartOf(key, this.numberedList.whole)) {
      // "…拨款支出1935.36万元，其中：一般公共服务支出1935.36万元…" then "（一）基本支出…（二）项目支出…" (长沙市信访局
      // 2026): the numbered parts are another breakdown of the whole than the one its 其中 listed.
      const whole = this.numberedList.whole;
      const otherList = whole.children.some((child) => {
        const childKey = itemKeyOf(child.name);
        return child.breakdown === this.breakdown && !(childKey && isPartOf(childKey, whole));
      });
      if (otherList) this.breakdown++;
      // ("二、公务用车购置及运行维护费。…较2022年减少540万元，…2.公车运行维护费较上年增加333万元" — 宁夏 2023: a part of the
      // numbered part just read goes under it.)
      const currentKey = this.current ? itemKeyOf(this.current.name) : undefined;
      if (
        this.current?.parent === whole &&
        currentKey &&
        currentKey !== key &&
        WHOLE_PARTS[currentKey] &&
        canBePartOf(key, currentKey)
      )
        return this.current;
      return whole;
    }
    // "国家地震局去年“三公经费”支出6367.25亿元,公车费用4108.12万元,占64.5%" (2011): a part of the “三公” named after
    // their amount in its sentence, with no 其中, is theirs all the same.
    const threePublic = [this.current, this.current?.parent].find(
      (item) => item !== undefined && itemKeyOf(item.name) === "threePublic"
    );
    if (
      !parent &&
      key &&
      key !== "threePublic" &&
      canBePartOf(key, "threePublic") &&
      threePublic?.current &&
      amount &&
      amount.start > threePublic.current.end &&
      amount.start < threePublic.sentence.start + threePublic.sentence.text.length
    )
      return threePublic;
    // A part of the part listed just before ("公务用车购置及运行维护费…（公务用车购置费…）", "公务接待费…，具体是国内
    // 接待费…") goes under it, not beside it.
    const parentKey = parent ? itemKeyOf(parent.name) : undefined;
    const currentKey = this.current ? itemKeyOf(this.current.name) : undefined;
    // Under the "三公" (or the vehicle costs), a name that is none of their parts details the part just listed —
    // unless it is a line of the functional classification ("一般公共服务支出（类）", "…（款）…行政单位离退休（项）"):
    // another breakdown of the whole. (Under 基本支出, "主要用于办公费20万元，差旅费50万元" are both its uses: a
    // part of 人员经费 / 公用经费 the audit has no key for is none of the other's.)
    if (
      !key &&
      parentKey &&
      WHOLE_PARTS[parentKey] &&
      (parentKey === "threePublic" || parentKey === "vehicle") &&
      this.current?.parent === parent &&
      currentKey !== undefined &&
      canBePartOf(currentKey, parentKey) &&
      !functionalLine
    )
      return this.current;
    for (
      let sibling = this.current;
      key && parent && sibling && sibling !== parent;
      sibling = sibling.parent
    ) {
      const siblingKey = itemKeyOf(sibling.name);
      if (
        siblingKey &&
        siblingKey !== key &&
        WHOLE_PARTS[siblingKey] &&
        canBePartOf(key, siblingKey)
      )
        return sibling;
    }
    // "一般公共预算收入…其中：税收收入…；政府性基金预算收入1616万元": another budget is no part of this one.
    while (parent && otherBudget(name, parent.name)) parent = parent.parent;
    // "因公出国(境)费预算135万元,包括…差旅费、…等支出;公务用车购置及运行维护费…": a sibling is no part.
    while (parent && key) {
      const ofParent = itemKeyOf(parent.name);
      if (!ofParent || (canBePartOf(key, ofParent) && !areSiblings(key, ofParent))) break;
      parent = parent.parent;
    }
    this.partsParent = parent;
    return parent;
  }

  /** The first item of that name within two paragraphs before, still without the figure `has`. */
  private nearbyItem(
    name: string,
    sentence: Sentence,
    has: keyof ItemClaim,
    takes: (item: ItemClaim) => boolean
  ): ItemClaim | undefined {
    return this.nearby(sentence)
      .filter((item) => sameItem(item.name, name) && lacks(item, has) && takes(item))
      .pop();
  }

  /**
   * The item a figure naming nothing goes on with: the current one — or, for a change in a sentence after a list
   * of parts, their whole ("…其中基本支出预算1208.20万元…；项目支出预算474.56万元…。2026年预算比2025年预算增加
   * 50.32万元").
   */
  private continued(
    sentence: Sentence,
    has: keyof ItemClaim,
    amount?: PrintedAmount
  ): ItemClaim | undefined {
    const whole = this.current?.parent;
    if (
      (has === "delta" || has === "rate") &&
      // The sentence opens with the change: no other figure before it.
      amount !== undefined &&
      !findFigures({ ...sentence, text: sentence.text.slice(0, amount.start - sentence.start) })
        .length &&
      whole &&
      this.current!.sentence !== sentence &&
      whole.children.length >= 2 &&
      lacks(whole, has) &&
      !this.partOnALineOfItsOwn(this.current!, sentence)
    )
      this.current = whole;
    return this.current;
  }

  /**
   * The part is the only one of its whole's on its line, the whole on another, and the sentence on the part's line:
   * "3.事业收入45.2932万元,为…收入。较上年度决算数增加14.3331万元,增长46.29%" (张家川县闫家乡卫生院 2021) goes on with
   * the part.
   */
  private partOnALineOfItsOwn(part: ItemClaim, sentence: Sentence): boolean {
    const whole = part.parent as ItemClaim;
    const line = part.sentence.paragraph;
    return (
      line === sentence.paragraph &&
      whole.sentence.paragraph !== line &&
      whole.children.filter((child) => child.sentence.paragraph === line).length === 1
    );
  }

  /**
   * "财政拨款收、支总预算24458.43万元。与上年相比收、支预算总计各增加…": the item just named, said again without the
   * words that qualify it (财政拨款) in the sentence after — a total's name, no shorter than 4 characters.
   */
  private shortFor(
    name: string,
    item: ItemClaim,
    sentence: Sentence,
    has: keyof ItemClaim
  ): boolean {
    return (
      item.sentence.paragraph === sentence.paragraph &&
      // "财政拨款收支总决算20727.53万元。…财政拨款收、支总计各增加…": the totals of both flows, said each way.
      (item.name.replace(/收支总计$/, "支出总计") === name ||
        (name.length >= 4 && item.name.length > name.length && item.name.endsWith(name))) &&
      (/总计$|合计$/.test(name) ||
        // "一般公共预算财政拨款支出…。与上年相比，财政拨款支出减少17,151.62万元": its change, said without the
        // budget it is of.
        ((has === "delta" || has === "rate") &&
          /^(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)$/.test(
            item.name.slice(0, -name.length)
          )))
    );
  }

  /**
   * After a bare "其中：", the line read so far has listed two parts or more: it is the whole list written on one line
   * ("其中：" then "一般公共预算拨款收入…；事业收入…；上年结转…。2021 年本年预算收入…"), which ends as any list does.
   */
  /**
   * "无锡市交通运输局（本级）2026 年支出预算合计 984,760.87万元，其中：\n基本支出…；\n项目支出…；\n无锡市交通运输局（本级）
   * 2026 年度财政拨款收、支总预算…" (无锡市交通运输局 2026): a line that opens with the words the whole's line opened with
   * (the unit's name) is a statement of its own, not the next part.
   */
  private opensAsItsWholeDid(sentence: Sentence, whole: ItemClaim): boolean {
    const opening = (at: number) =>
      this.text
        .slice(at, at + 40)
        .replace(/\s+/g, "")
        .slice(0, 6);
    const wholeLine = this.text.lastIndexOf("\n", whole.sentence.start - 1) + 1;
    const first = opening(wholeLine);
    return /^[\u4e00-\u9fff]{6}$/.test(first) && opening(sentence.start) === first;
  }
  private wholeListOnTheLine(sentence: Sentence): boolean {
    return (
      this.partsParent !== undefined &&
      this.partsParent.children.filter((part) => part.sentence.paragraph === sentence.paragraph)
        .length >= 2
    );
  }
  /** The sentence names a part, its amount and its share, as the last part of the list open did. */
  /**
   * "其中：" then "（1）城乡社区安排的支出 31,700 万元。偿还…棚改贷款本息 21,300 万元，…" and "（4）提前下达…转移支付
   * 1,994.96 万元。主要是…资金 1,481.96 万元，…" (固原市 2025): after the numbered lines of a bare 其中, a sentence
   * more on a line details the part the line opened with, not one more part of the whole.
   */
  private headOfNumberedLine(sentence: Sentence): ItemClaim | undefined {
    if (!this.partsOnLines || this.partsStyle === undefined || !this.linesParent) return undefined;
    let head: ItemClaim | undefined;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item.sentence.paragraph !== sentence.paragraph) break;
      if (item.parent === this.linesParent) head = item;
    }
    return head?.current ? head : undefined;
  }

  private listGoesOn(sentence: Sentence): boolean {
    const last = this.partsParent?.children[this.partsParent.children.length - 1];
    return (
      last !== undefined &&
      last.shares.length > 0 &&
      last.sentence.paragraph === sentence.paragraph &&
      PART_WITH_SHARE.test(sentence.text)
    );
  }

  /**
   * "公务用车购置支出151.68万元，主要用于经批准购置的5辆公务用车，比上年预算数增加27.78万元": an amount naming
   * nothing, after a count, is the sentence's last item of its unit (and a rate after it goes on with that one).
   */
  private lastOfItsUnit(
    sentence: Sentence,
    has: keyof ItemClaim,
    amount: PrintedAmount | undefined
  ): ItemClaim | undefined {
    if (amount === undefined) return undefined;
    // (The sentence's items are the last ones named: looked for from the end, not by a pass over all.)
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item.sentence.start < sentence.start) break;
      if (item.sentence === sentence && sameUnit(item, amount) && lacks(item, has)) return item;
    }
    return undefined;
  }

  /** The item a figure with the name `printed` is about: the current one, or a new one. */
  private itemFor(
    printed: string,
    sentence: Sentence,
    has: keyof ItemClaim,
    amount?: PrintedAmount
  ): ItemClaim {
    const takes = (item: ItemClaim) => amount === undefined || sameUnit(item, amount);
    // A bare 收入 / 支出 goes on with the item before it, unless that item is of the other flow.
    const flow = bareFlow(printed);
    // (After a ；, a bare flow opening its clause is a new subject unless the item before is of that flow: "…三是比
    // 上年增加了产业类专项资金16,861.78万元；支出预算155,723.39万元".)
    // (Nor, after both flows named as one — "收支预算3,558.35万元，比上年增加118.76万元，其中：1.收入预算增加118.76
    // 万元" — is either flow that item: it is one of its two.)
    const otherFlow =
      flow &&
      this.current &&
      (this.clauseAfterSemicolon
        ? flowOf(this.current.name) !== flow
        : [undefined, flow].every((f) => f !== flowOf(this.current!.name)) ||
          /^收[、和与]?支/.test(this.current.name));
    // "…，合计支出9252949.36元": a total of its own, not one more figure of the item before.
    const total = TRAILING_TOTAL.test(displayName(printed)) ? "合计" : "";
    // ("…剔除转移性支出 9.6 亿元后，安排支出 12.1 亿元，其中：…" — 广州市 2026: a bare flow with an amount of its own,
    // after an item of that flow that has one, is another total of it.)
    const anotherOfTheFlow =
      flow !== undefined &&
      has === "current" &&
      this.current !== undefined &&
      this.current.sentence === sentence &&
      !lacks(this.current, has);
    const name = reduceName(printed) || (otherFlow || anotherOfTheFlow ? (flow as string) : total);
    // "…其中：…其他收入0.10万元。收入较2024年增加124.29万元": a bare 收入 / 支出 in a sentence after a list of parts
    // goes on with their whole, when it is of that flow.
    const whole = this.current?.parent;
    if (
      flow &&
      !otherFlow &&
      whole &&
      this.current!.sentence !== sentence &&
      flowOf(whole.name) === flow &&
      lacks(whole, has)
    )
      return (this.current = whole);
    if (
      this.current &&
      (name === "" ||
        sameItem(name, this.current.name) ||
        this.shortFor(name, this.current, sentence, has)) &&
      lacks(this.current, has) &&
      takes(this.current)
    )
      return this.current;
    if (name === "" && this.current && takes(this.current))
      return this.continued(sentence, has, amount) ?? this.current;
    if (name === "" && this.current && !takes(this.current)) {
      const last = this.lastOfItsUnit(sentence, has, amount);
      if (last) return (this.current = last);
    }
    // "收入总计385.28万元,支出总计385.28万元。收支较上年决算数减少287.87万元": 收支 is the totals just named.
    if (/^收[、和与]?支$/.test(name)) {
      const totals = this.nearby(sentence).find(
        (item) => /(?:收入|支出)总计$/.test(item.name) && lacks(item, has) && takes(item)
      );
      if (totals) return (this.current = totals);
    }
    // "收入总计9,937.38万元,支出总计9,937.38万元。与2015年度相比,收入增加6,800.07万元,增长216.7%" (杭锦旗 2016): a
    // bare flow compared with last year, in the sentence after its one total was named, is that total.
    if (flow && name === flow && has !== "current") {
      const totals = this.nearby(sentence).filter(
        (item) =>
          item.sentence !== sentence &&
          item.sentence.paragraph === sentence.paragraph &&
          (item.name === `${flow}总计` || item.name === `${flow}合计`) &&
          lacks(item, has) &&
          takes(item)
      );
      if (totals.length === 1) return (this.current = totals[0]);
    }
    // A numbered item about a part the whole already listed ("其中因公出国（境）费0万元…" then "1.因公出国（境）
    // 费…比上年减少…"): its figures join that part.
    const listed = this.numberedList?.whole.children.find(
      (child) =>
        name !== "" &&
        sameItem(child.name, name) &&
        takes(child) &&
        (lacks(child, has) || (has === "current" && sameAmount(child.current, amount)))
    );
    if (listed) return (this.current = listed);
    // The same item named again in the paragraph ("与上年相比，收入总计减少…"): its figures join it.
    // In a list of parts, an item named earlier outside the list is another mention ("基本支出预算减少14.36万元"
    // in a reason, then "其中：基本支出1062.7万元"): the part is the list's own.
    // (The whole itself, named again in its list — "…，其中…事业收入726.23万元，2022年本部门预算收入较上年增加
    // 5764.04万元" — is no part of it: the list is over.)
    // (Not an item of the whole of all funds, in a sentence that breaks down one budget's: "2026年一般公共预算支出预算
    // 按用途划分，基本支出预算342.2亿元" is not the 基本支出452.2亿元 of the 支出预算1,372.3亿元 — 广州市 2025.)
    const ofTheBudget = (item: ItemClaim) =>
      !this.budgetBrokenDown ||
      [item, item.parent].some((named) => named?.name.includes(this.budgetBrokenDown as string));
    const inList = (item: ItemClaim) =>
      ofTheBudget(item) &&
      (!this.partsParent || item.parent === this.partsParent || item === this.partsParent);
    const earlier =
      name === ""
        ? undefined
        : this.nearbyItem(name, sentence, has, (item) => takes(item) && inList(item));
    if (earlier && earlier === this.partsParent) this.partsParent = undefined;
    // "…其中：归属于…的归母净利润2.48亿元，同比下降81.11%；上缴税费总额29.31亿元": a 总额 after a ；is a whole of its own.
    if (this.clauseAfterSemicolon && /总额(?:为|是)?$/.test(printed.trim()))
      this.partsParent = undefined;
    // An amount with no name ("…3.5万元/人，共计7万元") is no part of the list open.
    this.current =
      earlier ??
      newItem(
        printed,
        sentence,
        // (A bare 共计 / 合计 totals what is listed before it; it is no part of the list: 青岛市 2025.)
        name === "" || name === total ? undefined : this.parentFor(name, amount),
        this.breakdown
      );
    if (!earlier) this.items.push(this.current);
    if (!earlier && (this.includesOnly || this.inReason || this.inUse))
      this.asides.add(this.current);
    if (!earlier && this.interrupted.length > 0) this.inParenthesis.add(this.current);
    return this.current;
  }

  /** The figure of a 分别 list goes to the item in its place. */
  private bindListed(
    item: ItemClaim,
    list: RespectiveList,
    figure: RespectiveList["figures"][number],
    year: "current" | "prior"
  ) {
    if (list.role === "share" && figure.kind === "percent") {
      const of = list.of ? reduceName(list.of) : "";
      item.shares.push({ percent: figure, of: of || undefined, ofPrinted: list.of, year });
    } else if (list.role === "rate" && figure.kind === "percent") {
      item.rate ??= { direction: list.direction ?? 1, figure, word: list.word ?? figure };
    } else if (list.role === "delta" && figure.kind === "amount") {
      item.delta ??= { direction: list.direction ?? 1, figure, word: list.word ?? figure };
    } else if (list.role === "current" && figure.kind === "amount") {
      if (year === "prior") item.prior ??= figure;
      else item.current ??= figure;
    }
  }

  /** Each name before 分别 takes the figure in its place in the list. */
  private bindRespectively(
    names: readonly Span[],
    list: RespectiveList,
    sentence: Sentence,
    year: "current" | "prior"
  ) {
    return names.forEach((name, i) => {
      const figure = list.figures[i];
      const has = list.role === "current" && year === "prior" ? "prior" : ROLE_FIGURE[list.role];
      const amount = figure.kind === "amount" ? figure : undefined;
      this.bindListed(this.itemFor(name.text, sentence, has, amount), list, figure, year);
    });
  }

  /**
   * 分别 with no names before it ("收入减少84.55万元、支出减少99.6万元，分别下降18%、21.6%"; "包括购置费0.14亿元和运行费
   * 1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%"): the last items the sentence gave the
   * figure its first list goes on from — a change for rates, an amount for changes and shares — in order, when
   * they are as many as the list has figures and are listed side by side (under one whole, or none).
   */
  private bindToItemsBefore(
    lists: readonly RespectiveList[],
    sentence: Sentence,
    stopAt: number,
    year: "current" | "prior"
  ) {
    const first = lists[0];
    if (!first || first.role === "current") return;
    const anchor = (item: ItemClaim) =>
      first.role === "rate" ? item.delta?.figure : year === "prior" ? item.prior : item.current;
    const inSentence = (item: ItemClaim) => {
      const figure = anchor(item);
      return figure !== undefined && figure.start >= sentence.start && figure.start < stopAt;
    };
    const count = first.figures.length;
    const targets = this.nearby(sentence)
      .filter(inSentence)
      .sort((a, b) => (anchor(a) as Span).start - (anchor(b) as Span).start)
      .slice(-count);
    if (targets.length !== count || targets.some((item) => item.parent !== targets[0].parent))
      return;
    for (const list of lists) {
      const has = ROLE_FIGURE[list.role];
      if (list.role === "current" || !targets.every((item) => lacks(item, has))) return;
      targets.forEach((item, i) => this.bindListed(item, list, list.figures[i], year));
    }
  }

  /**
   * What a sentence that opens with 加 adds to: a whole named before it, not a part — the nearest one with which
   * what it adds makes its total ("本级收入完成53.19亿元…。其中,税收收入29.09亿元…。非税收入24.1亿元…。加上…转移支付
   * 29.71亿元、…,收入总量为102.06亿元": 璧山区 2023), else the nearest.
   */
  private addedTo(sentence: Sentence, total: ItemClaim, added: ItemClaim[]): ItemClaim | undefined {
    const candidates = this.nearby(sentence).filter(
      (item) => !item.parent && item.current && item.sentence !== sentence
    );
    const totalAmount = total.current;
    if (totalAmount && added.every((part) => part.current)) {
      const addedSum = sum(added.map((part) => (part.current as PrintedAmount).yuan));
      const makes = (item: ItemClaim) =>
        intersects(sum([addedSum, (item.current as PrintedAmount).yuan]), totalAmount.yuan);
      // (In its paragraph first; then in the paragraphs before, which a PDF's lines may be: 呼和浩特市 2024.)
      const makesIt =
        candidates.find((item) => item.sentence.paragraph === sentence.paragraph && makes(item)) ??
        candidates.find(makes);
      if (makesIt) return makesIt;
      // (None does — the text is wrong somewhere: the whole is the largest of its paragraph's amounts below the total,
      // not the last part of its list — "…主要收入项目是：保险费收入430,569万元，财政补贴收入375,057万元。加上…" adds
      // to the 社会保险基金预算收入852,240万元 before them: 大理州 2025.)
      const below = candidates.filter(
        (item) =>
          item.sentence.paragraph === sentence.paragraph &&
          sameUnit(item, totalAmount) &&
          [namedFlow(total.name), undefined].includes(namedFlow(item.name)) &&
          compare((item.current as PrintedAmount).yuan.hi, totalAmount.yuan.lo) < 0
      );
      const largest = below.reduce<ItemClaim | undefined>(
        (best, item) =>
          !best ||
          compare(
            (item.current as PrintedAmount).yuan.lo,
            (best.current as PrintedAmount).yuan.lo
          ) > 0
            ? item
            : best,
        undefined
      );
      if (largest) return largest;
    }
    return candidates[0];
  }

  /**
   * "办公费175892.73元,水费100456.15元,…,合计支出9252949.36元": a 合计 after the items of its sentence is all of
   * them — when they are two or more, of one unit, and in no other list.
   */
  private closeTrailingTotal(sentence: Sentence, firstOfSentence: number) {
    const all = this.items.slice(firstOfSentence).filter((item) => item.sentence === sentence);
    // (The income's total may be followed by the spending and the balance: "…上年结余26.38亿元,上级补助收入14.78亿元,
    // …,收入合计42.5亿元,支出19.43亿元,年终结余23.07亿元" — 福州市鼓楼区 2021.)
    const incomeTotal = all
      .map((item) => /^收入合计(?:为|是)?$/.test(item.printedName))
      .lastIndexOf(true);
    // (Nor is a rate after it, of no amount, the total: "…市本级政府性基金收入总计90.6亿元，较上年预算数同比增长25.3%"
    // — 银川市 2026.)
    const lastAmount = all.map((item) => item.current !== undefined).lastIndexOf(true);
    const withAmounts = all.slice(0, lastAmount + 1);
    const named =
      incomeTotal > 0 &&
      all.slice(incomeTotal + 1).every((item) => AFTER_INCOME_TOTAL.test(item.name))
        ? all.slice(0, incomeTotal + 1)
        : withAmounts;
    const total = named[named.length - 1];
    if (!total || !total.current || total.parent) return;
    if (all.length === 1) {
      this.closeTotalOfParagraph(sentence, total);
      return;
    }
    // (Its words read across a PDF's line ends and letter spacing: "…全口径收" / "入为 1415 亿元" — 宁夏 2018; "支出总 量
    // 为4944 亿 元" — 重庆市 2025.)
    const addsUp =
      ADDED_UP.test(sentence.text.replace(/\s+/g, "")) && ADDED_TOTAL_NAME.test(total.name);
    // (Not what a bracket or a 含 says of one of them: "上级补助收入568709万元(含返还性收入9670万元)" — 渠县 2024.)
    // (Nor what comes before another total of the sentence: "…收入总计286.81 亿元；市本级一般公共预算支出完成170.02
    // 亿元，…加补助下级支出…，支出总计286.81 亿元" — 银川市 2025: the 支出总计 is of what follows the 收入总计.)
    const totalBefore = named
      .slice(0, -1)
      .filter((item) => item.current && /(?:总计|总量|合计)$/.test(item.name))
      .at(-1);
    const from = totalBefore?.current?.end ?? sentence.start;
    let parts = named
      .slice(0, -1)
      .filter(
        (item) =>
          (item.current?.start ?? from) >= from &&
          !this.asides.has(item) &&
          !insideBrackets(sentence, item, this.text)
      );
    const flowTotal = TRAILING_FLOW_TOTAL.exec(total.printedName);
    // Its items are of its flow, or of none ("上年结余", "调入资金" beside the 收入 before 收入总量).
    const flow = flowTotal && (flowTotal[1] ?? flowTotal[2]);
    const ofItsFlow =
      flow !== null &&
      parts.some((part) => flowOf(part.name) === flow) &&
      parts.every((part) => [flow, undefined].includes(flowOf(part.name)));
    // "…结余结转3329.13万元,省财政厅拨付…福彩公益金5846万元、清算返还…福彩公益金1160.3万元,…可统筹使用福彩公益金合计
    // 10335.43万元" (太原市 2024): a total named for what each item before it is of.
    const stem = NAMED_TOTAL.exec(total.printedName)?.[1];
    const ofWhatEachIs = stem !== undefined && tailNamedInAll(stem, parts) >= 3;
    if (!TRAILING_TOTAL.test(total.printedName) && !addsUp && !ofItsFlow && !ofWhatEachIs) return;
    const scope = this.text.slice(from, sentence.end);
    const added = ADDED.exec(scope);
    const addedAt = added ? from + added.index + added[0].indexOf("加") : -1;
    // (Not when what is added first has no amount: "…收入65.7亿元，完成预算的100.5%，加上上下级体制结算资金，市级财政当年
    // 可用财力296.2亿元；当年新增一般债券…85.2亿元，合计381.4亿元" — 苏州市 2025: the next amount is a subtotal.)
    if (added && !/^[^，,；;。]*\d/.test(this.text.slice(addedAt, sentence.end))) return;
    if (addsUp) {
      // "本级支出2243万元，加上上解上级支出1万元，结转下年106万元后，支出总计2243万元": what 加上 adds to comes
      // before it — in the sentence, or, when the sentence opens with 加上, the whole named last before it.
      // ("县级一般公共预算收入加上预计上级各类补助收入124392万元…，收入合计231838万元" — 磐安县 2015: the amount 加上 adds
      // to is named again right before it, its figure given in the sentence before.)
      const namedBefore =
        addedAt > sentence.start && !parts.some((part) => (part.current?.start ?? 0) < addedAt)
          ? this.recentItemNamed(reduceName(this.text.slice(sentence.start, addedAt)), sentence)
          : undefined;
      const named =
        namedBefore?.current && namedBefore.sentence !== sentence ? namedBefore : undefined;
      let base =
        addedAt === sentence.start && from === sentence.start
          ? this.addedTo(sentence, total, parts)
          : (parts.find((part) => part.current && part.current.start < addedAt) ?? named);
      // "本级收入完成53.19亿元,…其中,税收收入29.09亿元,…非税收入24.1亿元,增长1.9%。加上中央及市级转移支付29.71亿元、…,
      // 收入总量为102.06亿元" (璧山区 2023): what is added to is the whole whose parts come before 加, not its last part.
      while (
        base !== named &&
        base?.parent?.current &&
        base.parent.sentence.paragraph === sentence.paragraph &&
        base.parent.current.start < addedAt
      )
        base = base.parent;
      if (!base || (parts[0] !== base && parts.includes(base))) return;
      const addedTo = base;
      // (Not when more is listed between it and 加 than its own parts: "…收入1296953万元,…上级转移支付收入260000万元,
      // 调入资金150000万元,…上解支出668000万元,加上年结转84119万元,…可用资金1192866万元" — 海曙区 2021 — adds and
      // takes off before 加 too.)
      if (
        parts.some(
          (part) =>
            part !== addedTo &&
            part.parent !== addedTo &&
            (part.current?.start ?? 0) > (addedTo.current?.end ?? 0) &&
            (part.current?.start ?? 0) < addedAt
        )
      )
        return;
      parts = [
        addedTo,
        ...parts.filter((part) => part !== addedTo && (part.current?.start ?? 0) > addedAt),
      ];
      // (Not a sentence of both flows: "全市政府性基金预算收入…，收入总计…，全市政府性基金预算支出…，支出总计341.3亿元"
      // — 汕头市 2025: the 支出总计 is made of the spending alone.)
      const totalFlow = namedFlow(total.name);
      if (totalFlow && parts.some((part) => ![totalFlow, undefined].includes(namedFlow(part.name))))
        return;
    }
    if (
      parts.length < 2 ||
      parts.some(
        (part) =>
          (part.parent && !(addsUp && part === parts[0])) ||
          !part.current ||
          !sameUnit(total, part.current)
      )
    )
      return;
    if (figureUnread(sentence, all, this.text)) return;
    parts = fromRunningSubtotal(parts);
    for (const part of parts) part.parent = total;
    total.children.push(...parts);
    total.partsAreAll = true;
  }

  /**
   * "…支出合计1504361万元，为预算的94.2%…。转移性支出1130639万元（其中：…），一般债券还本支出210379万元。合计支出为
   * 2845379万元。" (宁波市鄞州区 2017): a sentence that is only a 合计 of a flow totals the amounts of that flow the
   * paragraph gave before it — two or more, none a part of another, of no other flow, every figure of those
   * sentences read, and no total among them.
   */
  private closeTotalOfParagraph(sentence: Sentence, total: ItemClaim): void {
    const opening = this.text.slice(sentence.start, (total.current as PrintedAmount).start);
    const flowTotal = /^(?:合计|总计|共计)(支出|收入)(?:为|是)?\s*$/.exec(opening.trim());
    if (!flowTotal) return;
    const flow = flowTotal[1];
    const before: ItemClaim[] = [];
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i];
      if (item === total) continue;
      if (item.sentence.paragraph !== sentence.paragraph) break;
      before.unshift(item);
    }
    const parts = before.filter((item) => !item.parent);
    const sentences = [...new Set(before.map((item) => item.sentence))];
    if (
      parts.length < 2 ||
      parts.some(
        (part) =>
          !part.current ||
          !sameUnit(total, part.current) ||
          this.asides.has(part) ||
          namedFlow(part.name) !== flow ||
          /总计|总量|总额/.test(part.name) ||
          (/合计/.test(part.name) && part !== parts[0])
      ) ||
      sentences.some((earlier) =>
        figureUnread(
          earlier,
          before.filter((item) => item.sentence === earlier),
          this.text
        )
      )
    )
      return;
    for (const part of parts) part.parent = total;
    total.children.push(...parts);
    total.partsAreAll = true;
  }

  /**
   * "（一）因公出国（境）费用。2026 年预算数 159.00 万元": a numbered heading said as a sentence of its own names
   * the amount after it that names nothing (not the "三公" total before it).
   */

  /**
   * "4.研究调研活动 166.02 万元，主要包括：政府重要文稿起草及调研工作 116.3 万元，…；党建及业务专题培训 49.72 万元，…。较
   * 2025 年年初预算增加 28.46 万元，增幅 20.7%。" (深圳市政府办公厅 2026): a sentence that opens on a comparison and
   * names nothing, after a sentence that listed a whole's parts, is about the whole — not about the part listed last.
   */
  private backToTheWhole(sentence: Sentence): void {
    const part = this.current;
    const whole = part?.parent;
    if (!part || !whole || whole.sentence !== part.sentence) return;
    if (whole.sentence.paragraph !== sentence.paragraph) return;
    if (whole.delta || whole.budgetDelta || whole.rate || whole.budgetRate) return;
    if (
      !/^(?:较|比|与|同比)[^，,。；;0-9０-９]{0,16}?(?:[0-9０-９]{4}\s*年|上年|去年|上一年)/.test(
        sentence.text
      )
    )
      return;
    this.current = whole;
  }

  /** Reads one sentence: its clauses in turn, then what closes with it. */
  private readSentence(sentence: Sentence): void {
    this.inReason = false;
    this.inUse = false;
    this.budgetBrokenDown = QUALIFIED_BREAKDOWN.exec(sentence.text)?.[1];
    this.keepOrCloseLists(sentence);
    this.backToTheWhole(sentence);
    const reading = this.startReading(sentence);
    if (flattenedTable(reading)) {
      // What it holds is read as a table's cells (tables.ts), not as clauses: no list of parts runs through it.
      this.partsParent = undefined;
      this.figureSentences++;
      return;
    }
    for (const clause of splitClauses(sentence)) {
      if (skipped(reading, clause.start)) continue;
      if (clause.start >= reading.resumeAt) this.bindLists(reading);
      this.readClause(reading, clause);
    }
    this.finishSentence(reading);
  }

  /** A new paragraph or section heading closes the lists open, unless a bare 其中 left its parts to the lines after. */
  private keepOrCloseLists(sentence: Sentence): void {
    if (sentence.paragraph !== this.paragraph) {
      this.paragraph = sentence.paragraph;
      // "一、因公出国（境）经费" on a line of its own, then its text unnumbered: the text is the item's.
      const afterBareHeading = this.paragraphNumbered && !this.paragraphHasFigures;
      this.numberedList = numberedListAt(sentence, this.numberedList, this.items, afterBareHeading);
      this.paragraphNumbered = numberingStyle(sentence.text) !== undefined;
      this.paragraphHasFigures = false;
      // After a bare "其中：" the parts follow a line each, unnumbered until a heading, or numbered ("1.财政拨款收入…",
      // "2.事业收入…") while the numbering goes on the same way.
      const style = numberingStyle(sentence.text);
      // ("具体…如下" goes on to numbered lines only: "具体情况如下:" then dated lines of prose is an account, not a list
      // — 巴彦淖尔市 2023.)
      if (this.danglingDetailed && style === undefined) this.danglingOfWhich = false;
      this.danglingDetailed = false;
      if (this.danglingOfWhich) {
        this.partsStyle = style;
        this.linesParent = this.partsParent;
      }
      this.partsOnLines =
        (this.partsOnLines || this.danglingOfWhich) &&
        (style === undefined ? this.partsStyle === undefined : style === this.partsStyle) &&
        !(this.linesParent && this.opensAsItsWholeDid(sentence, this.linesParent)) &&
        !this.opensProse(sentence);
      // Each line is a part of the item before the bare 其中, whatever the line before listed ("…400万元。其中：拨付
      // 长沙博达…170万元、…" then "解决困难集体企业…资金补助预算350万元": a part of the item before the bare 其中, as
      // the 400 was, not of it).
      if (this.partsOnLines) this.partsParent = this.linesParent;
      const continues = this.partsOnLines && this.partsParent !== undefined;
      this.danglingOfWhich = false;
      if (!continues) this.startSection();
      this.interrupted.length = 0;
      this.goOnOrdinalList(sentence);
    } else if (SECTION_HEADING_AT.test(sentence.text)) {
      // "…其他收入0元。(二)支出预算：…": a heading inside a line starts a new section, as a new line does.
      this.startSection();
    } else {
      if (this.partsOnLines && this.wholeListOnTheLine(sentence)) this.partsOnLines = false;
      const head = this.headOfNumberedLine(sentence);
      if (head) this.partsParent = head;
      // 其中 lasts until the sentence ends, unless the next sentence opens with it — or goes on with a part said
      // as the last one was ("其中：一般公共预算收入20702.25万元，占99.29%。财政专户管理资金147.20万元，占0.71%。").
      if (!/^其中/.test(sentence.text) && !this.partsOnLines && !this.listGoesOn(sentence))
        this.partsParent = undefined;
      this.goOnOrdinalList(sentence);
    }
  }

  /**
   * A paragraph indented as prose is, whose first clause names no amount: no line of a list ("其中：⏎一般债务限额 408
   * 亿元…，⏎专项债务限额 366 亿元。⏎  我省严格按照国家核定新增债务限额举借债务，2021 年发行…" — 黑龙江省 2021).
   */
  private opensProse(sentence: Sentence): boolean {
    const lineStart = this.text.lastIndexOf("\n", sentence.start - 1) + 1;
    const firstClause = /^[^，,。；;]*/.exec(this.text.slice(sentence.start))?.[0] ?? "";
    return (
      /^(?:[ \u3000]{2,}|\t)/.test(this.text.slice(lineStart, lineStart + 4)) &&
      !/[0-9０-９]\s*(?:万亿元|亿元|万元|元)/.test(firstClause)
    );
  }

  /**
   * The amount "具体…如下" details: the one just named in its sentence, or — said as a sentence of its own — the one
   * amount of the sentence before, or its only spending ("…支出总额为57296.97元,结余78671.03元。具体资金用途如下:":
   * 上林县 2019).
   */
  private detailedBelow(reading: SentenceReading, words: string): ItemClaim | undefined {
    const { sentence } = reading;
    if (reading.hasFigures)
      return this.current?.current !== undefined && this.current.sentence === sentence
        ? this.current
        : undefined;
    const last = this.items[this.items.length - 1]?.sentence;
    if (!last || last.paragraph !== sentence.paragraph || last.end > sentence.start)
      return undefined;
    const before: ItemClaim[] = [];
    for (let i = this.items.length - 1; i >= 0 && this.items[i].sentence === last; i--)
      if (!this.items[i].parent && this.items[i].current !== undefined)
        before.unshift(this.items[i]);
    if (before.length === 1) return before[0];
    const spending = /支出|用途|使用|开支/.test(words)
      ? before.filter((item) => /支出|使用/.test(item.name))
      : [];
    return spending.length === 1 ? spending[0] : undefined;
  }

  /** A sentence that opens on the next ordinal goes on with the list of parts a "…有：" opened. */
  private goOnOrdinalList(sentence: Sentence): void {
    const list = this.ordinalList;
    if (!list) return;
    if (sentence.paragraph - list.paragraph > 1) this.ordinalList = undefined;
    else if (ORDINAL_OPENING.test(sentence.text)) {
      this.partsParent = list.whole;
      list.paragraph = sentence.paragraph;
    }
  }

  /** What the sentence says of itself before its clauses are read: the year it is of, its 分别 lists, its figures. */
  private startReading(sentence: Sentence): SentenceReading {
    // A sentence that opens on last year ("2021年度“三公”经费合计支出20.12万元，其中…") gives last year's amounts.
    const opening = /^[^0-9０-９]{0,12}?(20\d\d)\s*年/.exec(sentence.text);
    // An amount of last year is one of the year before the report's — or, in a sentence that names two years and
    // compares with the earlier ("2025年当年预算执行数为156.34万元，2026年预算安排183.95万元，比2025年预算执行数增加
    // 17.66%"), of that one.
    // (A PDF's text may space a year out: "与 2016 年度".)
    const compared = /(?:比|较|与|同)\s*(20\d\d)\s*年/.exec(sentence.text);
    const priorYear =
      compared && new RegExp(`${Number(compared[1]) + 1}\\s*年`).test(sentence.text)
        ? Number(compared[1])
        : this.reportYear !== undefined
          ? this.reportYear - 1
          : undefined;
    // (Not one compared with that same year, naming no other: "2025年“三公”经费预算13.85万元,比2025年减少5.45万元" in
    // a 2026 budget names the wrong year at its opening — 重庆市气象局 2026 — and its amounts are this year's.)
    const misdated =
      opening !== null &&
      Number(compared?.[1]) === Number(opening[1]) &&
      !new RegExp(`${this.reportYear}\\s*年`).test(sentence.text);
    // (Nor one about last year that compares it with the year before it, naming no other: "2025年全市完成地方一般公共
    // 预算收入1296.87亿元，比上年增加32.33亿元，增长2.56%" in a 2026 budget report is 2025 against 2024 — 长沙市.)
    const ownComparison =
      this.reportYear !== undefined &&
      !new RegExp(`${this.reportYear}\\s*年`).test(sentence.text) &&
      !compared &&
      /(?:比|较)(?:上年|去年|上一年)|同比/.test(sentence.text);
    const onPriorYear =
      opening !== null &&
      this.reportYear !== undefined &&
      Number(opening[1]) === this.reportYear - 1 &&
      !misdated &&
      !ownComparison;
    // "…分别为80万元、20万元": the names and their figures are read in order, after the rest.
    const respectively = readRespectively(sentence);
    return {
      sentence,
      firstOfSentence: this.items.length,
      // Found in the whole sentence, so a number whose unit ends its list is read ("收入476.17、支出460.06万元").
      figures: findFigures(sentence).filter(isMoneyOrPercent),
      priorYear: misdated || ownComparison ? undefined : priorYear,
      onPriorYear,
      shareYear: onPriorYear ? "prior" : "current",
      respectively,
      stopAt: respectively?.stopAt ?? sentence.end,
      resumeAt: respectively?.resumeAt ?? sentence.end,
      listsBound: false,
      hasFigures: false,
      labelBefore: undefined,
      labelAfterFigure: false,
      sharedByFlows: undefined,
      againstBudget: false,
      comparedBudget: undefined,
      numberedFrom: undefined,
      composedWhole: undefined,
      colonAfterFigures: false,
      previous: "other",
      listOutside: undefined,
      ordinalName: undefined,
      shareAhead: undefined,
      adjusted: undefined,
    };
  }

  /** The names and figures of 分别 are bound where its lists end, before what follows a ；is read. */
  private bindLists(reading: SentenceReading): void {
    const { respectively, sentence } = reading;
    if (!respectively || reading.listsBound) return;
    reading.listsBound = true;
    if (respectively.names.length === 0)
      this.bindToItemsBefore(respectively.lists, sentence, reading.stopAt, reading.shareYear);
    else
      for (const list of respectively.lists)
        this.bindRespectively(respectively.names, list, sentence, reading.shareYear);
  }

  /** Reads a clause: the words that open or close a list, then each figure with the words before it. */
  private readClause(reading: SentenceReading, clause: Span): void {
    const { sentence } = reading;
    // (A PDF's line break inside the clause is no part of its words: "…万元，主要" / "包括：…".)
    // (Read across a PDF's line ends, and across the spaces a layout or blanked pinyin leaves between characters:
    // "主要项       目:" — a 政协's 预算 in traditional characters with pinyin.)
    const words = clause.text
      .trim()
      .replace(/\s*\n\s*/g, "")
      .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "");
    this.readListWords(reading, clause, words);
    const sharedName = /^支/.test(words) ? reading.sharedByFlows : undefined;
    reading.sharedByFlows =
      /收$/.test(words) && this.text[clause.end] === "、" ? words.replace(/收$/, "") : undefined;
    const figures = reading.figures.filter(
      (figure) =>
        figure.start >= clause.start && figure.end <= clause.end && !skipped(reading, figure.start)
    );
    let closesParenthesis = this.interrupted.length > 0 && /[）)][^（(]*$/.test(words);
    // "其中:税收收入5.93亿元、非税收入1.78亿元)、上级补助收入21.64亿元…": a parenthesis closed that never opened
    // ends the list the writer meant to put in it.
    const strayClose = this.interrupted.length === 0 && /^[^（(]*[）)]/.test(words);
    // "待拨款:370 万": a label before a colon names the amount after it.
    const label = reading.labelBefore;
    const labelWasAfterFigure = reading.labelAfterFigure;
    const ordinalName = reading.ordinalName;
    reading.ordinalName = ORDINAL_NAME.exec(words)?.[1];
    // The words after the clause's last figure ("每家 50 万) 待拨款", then ":").
    const trailing = clause.text
      .slice(figures.length > 0 ? figures[figures.length - 1].end - clause.start : 0)
      .replace(/^[\s)）]+/, "")
      .trim();
    // A label right after a figure, with no mark between ("…20 万 待拨款:210 万"), starts a line of its own.
    reading.labelAfterFigure = figures.length > 0;
    // So does a total that opens the sentence on its own, its amount after a comma ("支出总计,867.48万元").
    const totalAlone =
      clause.start === sentence.start &&
      figures.length === 0 &&
      /^[，,]\s*[\d０-９]/.test(this.text.slice(clause.end, sentence.end)) &&
      /^[^\d０-９]{0,12}(?:总计|合计)$/.test(trailing);
    reading.labelBefore =
      (/[：:]/.test(this.text[clause.end] ?? "") &&
        /^[^\d０-９]{1,20}$/.test(trailing) &&
        !/^(?:其中|包括|主要|具体)|如下/.test(trailing)) ||
      totalAlone
        ? trailing
        : undefined;
    if (figures.length === 0) {
      // (Bare only when nothing follows it in its sentence: "其中:地方预算单位工程、服务规模分别较上年下降5.2%和
      // 23.5%" lists its parts right there, read with its 分别 — 全国政府采购 2019.)
      this.danglingOfWhich =
        /^其中$/.test(words) &&
        this.partsParent !== undefined &&
        /^[\s：:]*$/.test(this.text.slice(clause.end, sentence.end));
      // "…获彩票公益金资助金额4407万元,具体支出如下:" then "一、…2084万元。" "二、…1541万元。" (弥勒市 2024): the lines
      // after it are the parts of the amount just named, as after a bare 其中.
      const endsSentence = /^[\s：:]*$/.test(this.text.slice(clause.end, sentence.end));
      const contentsOf = endsSentence ? CONTENTS_BELOW.exec(words)?.[1] : undefined;
      const detailed =
        DETAILED_BELOW.test(words) && endsSentence
          ? this.detailedBelow(reading, words)
          : contentsOf
            ? this.recentItemNamed(reduceName(contentsOf), sentence)
            : undefined;
      if (detailed) {
        // (Parts it had already listed are another breakdown of it: "…拨款支出1935.36万元，其中：一般公共服务支出
        // 1935.36万元，占100.00%。具体安排情况如下：（一）基本支出…（二）项目支出…" — 长沙市信访局 2026.)
        if (detailed.children.length > 0) this.breakdown++;
        this.partsParent = detailed;
        this.danglingOfWhich = true;
        this.danglingDetailed = true;
      }
      // (Not in a reason: "…下降0.87%。主要原因是：…经费定额与上年持平" is about something else.)
      // ("较上年无增减", "较上年没有发生增减变化", "与上年相比无变化": unchanged too.)
      // ("决算数与预算数持平的主要原因是…" is level with the budget, not with last year.)
      if (this.current && UNCHANGED.test(words) && !this.inReason && !LEVEL_WITH_BUDGET.test(words))
        this.current.flat = clause;
      if (this.current && /上年无此项|上年无/.test(words)) this.current.newItem = clause;
      if (closesParenthesis) this.closeParenthesis();
      return;
    }
    const firstClauseWithFigures = !reading.hasFigures;
    reading.hasFigures = true;
    this.danglingOfWhich = false;
    let cursor = 0;
    reading.previous = "other";
    // The second amount of a 由…到… pair, read with the first.
    let readWithTheFirst: MoneyOrPercent | undefined;
    for (const [index, figure] of figures.entries()) {
      const printedPrefix = clause.text
        .slice(cursor, figure.start - clause.start)
        .replace(/\s+/g, "");
      const labelled = cursor === 0 && label !== undefined && nameBefore(printedPrefix) === "";
      if (labelled && labelWasAfterFigure) this.partsParent = undefined;
      // "税务部门征收收入(未扣减出口退税822.05亿元，含…341.53亿元)1887.70亿元": an amount right after a parenthesis
      // is the item's named before it opened.
      // (So is one after a parenthesis that only says what the name leaves out or takes in: "财政组织收入(不含基金)
      // 119,555万元" — 西秀区 2024.)
      const beforeParenthesis =
        figure.kind === "amount" &&
        (/^[)）]$/.test(printedPrefix) || QUALIFIER_CLOSED.test(printedPrefix))
          ? nameBeforeParenthesis(sentence, figure.start)
          : undefined;
      // The parenthesis is over before its amount: the list it interrupted goes on.
      if (beforeParenthesis && closesParenthesis) {
        this.closeParenthesis();
        closesParenthesis = false;
      }
      const underHeading =
        this.heading?.paragraph === sentence.paragraph &&
        cursor === 0 &&
        firstClauseWithFigures &&
        nameBefore(printedPrefix) === ""
          ? this.heading.name
          : undefined;
      const prefix = labelled
        ? `${label}${printedPrefix}`
        : cursor === 0 && ordinalName && FUNDS_GIVEN.test(printedPrefix)
          ? ordinalName
          : underHeading
            ? `${underHeading}${printedPrefix}`
            : beforeParenthesis
              ? beforeParenthesis
              : cursor === 0 && sharedName
                ? // "财政拨款收、支预算13,297.11万元": an amount of both flows is each one's total.
                  `${sharedName}${printedPrefix.replace(/^支(?:出)?(?:预算|决算)(?:数)?(?=(?:为|是)?$)/, "支出总计")}`
                : printedPrefix;
      const wordAt = (word: string): Span => {
        const at = clause.text.lastIndexOf(word, figure.start - clause.start);
        const start = clause.start + Math.max(0, at);
        return { start, end: start + word.length, text: word };
      };
      cursor = figure.end - clause.start;
      if (figure === readWithTheFirst) continue;
      const next = figures[index + 1];
      const from = next?.kind === figure.kind ? FROM_AMOUNT.exec(prefix) : null;
      const to = from
        ? TO_WORD.exec(this.text.slice(figure.end, next.start).replace(/\s+/g, ""))
        : null;
      if (from && to) {
        // (Two rates or two standards per head — "由 5%降低为 3%", "由每人每月300元提高到350元" — are of no item.)
        readWithTheFirst = next;
        if (
          figure.kind === "amount" &&
          next.kind === "amount" &&
          !PER_UNIT.test(prefix) &&
          !PER_UNIT_AFTER.test(this.text.slice(figure.end, figure.end + 4))
        )
          this.readFromTo(reading, figure, next, from, to);
        continue;
      }
      if (
        figure.kind === "amount" &&
        /^调[增减]了?$/.test(prefix) &&
        reading.adjusted?.current &&
        !reading.adjusted.delta &&
        !this.inReason
      ) {
        // "…由年初预算17.77亿元调整为15.43亿元，调减2.34亿元": what the adjustment changed it by. (Not in the reasons
        // for it: "…调整为3842.88万元，主要由于：(1)…调增49.16万元；(2)…调增228.96万元" — 中山市板芙镇 2022.)
        reading.adjusted.delta = {
          direction: prefix.startsWith("调增") ? 1 : -1,
          figure,
          word: wordAt(prefix.slice(0, 2)),
        };
        continue;
      }
      // "每家 50 万", "人均0.5万元": an amount per head or per unit is no item's; "调减16000万元" changes a budget
      // in its adjustment, neither last year's figure nor this year's.
      if (
        figure.kind === "amount" &&
        (PER_UNIT.test(prefix) || PER_UNIT_AFTER.test(this.text.slice(figure.end, figure.end + 4)))
      )
        continue;
      if (figure.kind === "amount" && /调[增减]了?$/.test(prefix)) {
        // The list of parts ends with it ("其中…11万元，调减40万元，全年实际下达71万元").
        this.partsParent = undefined;
        continue;
      }
      if (this.comparesWithBudget(prefix)) {
        reading.againstBudget = true;
        reading.comparedBudget = budgetKindIn(prefix);
      } else if (/^其中/.test(prefix) || COMPARISON.test(prefix)) reading.againstBudget = false;
      if (figure.kind === "percent") {
        this.readPercent(reading, figure, prefix, wordAt);
        continue;
      }
      this.readAmount(reading, figure, prefix, wordAt);
    }
    if (closesParenthesis) this.closeParenthesis();
    if (strayClose) this.partsParent = undefined;
  }

  /**
   * "政府性基金总支出由年初预算17.77亿元调整为15.43亿元", "人员经费由上年的300万元增加到350万元": the item named
   * before 由 / 从 went from the first amount to the second — its amount, and the one it is compared with when that
   * is last year's or the budget it was adjusted from; another year's ("从2015年的2007万元上升到2020年的2468万元")
   * is no base for a change or a rate of one year. An item that has an amount already is not this one's.
   */
  private readFromTo(
    reading: SentenceReading,
    first: PrintedAmount,
    second: PrintedAmount,
    [, name, fromWords = ""]: RegExpExecArray,
    [toWords, toYear]: RegExpExecArray
  ): void {
    const item = this.itemFor(name, reading.sentence, "current", second);
    if (item.current || item.prior || !sameUnit(item, second)) return;
    item.current = second;
    const adjustment = /年初|调整前/.test(fromWords) || /^(?:调整|变动)/.test(toWords);
    const fromYear = /^20\d\d/.exec(fromWords)?.[0];
    const yearBefore =
      fromYear === undefined ||
      (toYear === undefined
        ? Number(fromYear) === reading.priorYear
        : Number(toYear) - Number(fromYear) === 1);
    if (yearBefore) {
      item.prior = first;
      item.priorBasis = adjustment ? "budget" : basisIn(fromWords);
      item.adjustedFrom = adjustment;
    } else if (fromYear !== undefined && toYear !== undefined)
      item.span = { from: first, years: Number(toYear) - Number(fromYear) };
    this.current = item;
    if (adjustment) reading.adjusted = item;
  }

  /**
   * The words of a clause that open, close or redirect a list of parts (其中, 包括, a colon after a whole's figures,
   * a parenthesis, 含, 由…构成, 另外), start a section (a numbering inside the line), begin a reason (原因是), or
   * compare with the budget.
   */
  private readListWords(reading: SentenceReading, clause: Span, words: string): void {
    const { sentence } = reading;
    // "涉及公共预算支出共213.37万元，两项目整体预算执行率为90.29%：“校园文化经费”项目支出20.67万元，…": a colon
    // right after a whole's figures opens the list of its parts.
    // (Or the part just listed: "其中一般公共预算拨款政府采购 504.98 万元：政府采购货物预算 480.50 万元、…".)
    if (
      reading.colonAfterFigures &&
      this.current?.current &&
      (!this.partsParent || this.current.parent === this.partsParent)
    ) {
      this.partsParent = this.current;
      if (this.current.children.length > 0) this.breakdown++;
    }
    // (So does "中" right after them: "“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元,…" — 中央本级 2013.)
    reading.colonAfterFigures =
      (/[：:]/.test(this.text[clause.end] ?? "") ||
        /[0-9０-９]\s*(?:万元|亿元|元)\s*中$/.test(words)) &&
      holdsFigure(reading.figures, clause);
    // "…占0.21%；三、支出决算情况说明本年支出合计…": a heading after a ；starts a section too (the clause is
    // "三", cut at its 、).
    // A numbering cut at its 、 is a clause of its own ("三", "2").
    const numberingAlone =
      /^(?:\d+|[一二三四五六七八九十]+)$/.test(words) && this.text[clause.end] === "、";
    const headingHere = clause.start > sentence.start && numberingAlone && !/^\d/.test(words);
    if (
      headingHere ||
      (clause.start > sentence.start && /^[（(][一二三四五六七八九十]+[）)]/.test(words))
    )
      this.startSection();
    this.clauseOpensList = /^其中/.test(words);
    this.clauseAfterSemicolon = /[；;]/.test(this.text[clause.start - 1] ?? "");
    // The uses end with their sentence, at a ；, or where a peer of the part is named: a name that ends as the
    // part's does (一般公共预算支出 … 政府性基金预算支出).
    if (this.usesOfPart) {
      const name = /^[^0-9０-９]*/.exec(words)?.[0] ?? "";
      if (
        this.clauseAfterSemicolon ||
        clause.start === sentence.start ||
        (name.length > 2 && name.slice(-2) === this.usesOfPart.name.slice(-2))
      ) {
        if (this.interrupted[this.interrupted.length - 1]?.item === this.usesOfPart)
          this.closeParenthesis();
        this.usesOfPart = undefined;
      }
    }
    // "…4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费537.31万元;比2012年预算增加…": what 含
    // said the amount includes ends at a ；or with its sentence, and the text goes on about that amount.
    if (this.includedAside && (this.clauseAfterSemicolon || clause.start === sentence.start)) {
      if (this.interrupted.length > 0) this.closeParenthesis();
      this.includesOnly = false;
      this.includedAside = false;
    }
    // "…；履职工作经费 4,754.51 万元，其中结转结余 390.00 万元，用于…；勤务辅警业务费 …": a 其中 inside a part of a list
    // lasts to the next ；, and the list the part is in goes on (深圳市公安局 2026).
    if (
      this.clauseAfterSemicolon &&
      reading.listOutside &&
      this.partsParent?.parent === reading.listOutside &&
      !/^其中/.test(words)
    )
      this.partsParent = reading.listOutside;
    // "1、群众性综合运动会654.17万元，其中补助地方30万元；2、示范性全民健身活动559.52万元": a numbered item after a
    // ；is the next of its list — a part of what the item numbered before it is a part of, not one more part of
    // the 其中 inside that item.
    const numbered = HEADING.test(words) || numberingAlone;
    if (numbered) {
      const numberedBefore =
        reading.numberedFrom !== undefined ? this.items[reading.numberedFrom] : undefined;
      if (this.clauseAfterSemicolon && numberedBefore) this.partsParent = numberedBefore.parent;
      reading.numberedFrom = this.items.length;
    }
    // "…银川市162.1亿元，…，其中补助永宁县债务风险应对资金指标8亿元，…；石嘴山市85.6亿元…" (宁夏 2019): a place after a
    // ；is the next of the places a 其中 interrupted, not a part of the place before it.
    const place = PLACE_OPENING.exec(words);
    const listOwner = this.partsParent;
    if (
      this.clauseAfterSemicolon &&
      place &&
      listOwner &&
      PLACE_NAME.test(listOwner.name) &&
      listOwner.name.endsWith(place[1])
    )
      this.partsParent = listOwner.parent;
    // "财力1,867.48万元。由一般公共预算收入111.11万元,加上…等1,756.37万元构成": the parts of the whole named
    // before 由, all of it — what 加上 adds among them.
    if (/^由/.test(words) && COMPOSED_OF.test(this.text.slice(clause.start, sentence.end))) {
      const whole = clause.start === sentence.start ? this.lastWithAmount() : this.current;
      if (whole?.current) this.partsParent = reading.composedWhole = whole;
    }
    // "其中项目管理费1.07万元，目前项目资金已拨付106.36万元" (元阳县大坪乡 2021): where the money stands now is no
    // part of the list.
    if (/^(?:目前|截至|截止|现已|至今)/.test(words) && !/^其中/.test(words))
      this.partsParent = undefined;
    // "其中在职在编人员77人，…，另外退休教师81人", "其中：税收收入…；加上转移性收入…": what 另外 or 加上 adds
    // is no part of the list.
    if (/^(?:另外|此外|另有|另|加上)/.test(words) && !reading.composedWhole)
      this.partsParent = undefined;
    // After the reason, the item the reason was about goes on, not one the reason named ("…下降6.9%，主要原因是
    // …基本支出收入预算增加5,505.45万元…；支出预算89,421.55万元": 支出 is no 基本支出收入).
    // (Numbered reasons go on past a ；: "主要由于：(1)…调增49.16万元；(2)…调增228.96万元；(3)…" — 板芙镇 2022.)
    if (
      this.clauseAfterSemicolon &&
      this.inReason &&
      !(this.reasonsNumbered && HEADING.test(words))
    ) {
      this.inReason = false;
      this.current = this.aboutBeforeReason;
    }
    // ("…90.72 万元，用于开展气象产业统计调研…等工作，支撑构建较2025 年年初预算增加 29.23 万元": words of another
    // paragraph the PDF ran into the use are no part of the list — 深圳市气象局 2026.)
    if (this.clauseAfterSemicolon || /^(?:其中|包括)/.test(words)) this.inUse = false;
    // (Not one that opens the list of the uses: "主要用于以下方面：一般公共服务支出…"; nor a part of a list named
    // by its use, cut at its 、: "其中:用于援建与维护公共体育场地、设施、和捐赠体育健身器材481.63万元" — 武汉市江汉区 2023.)
    if (
      /^(?:主要)?用于/.test(words) &&
      !holdsFigure(reading.figures, clause) &&
      !/[：:]/.test(this.text[clause.end] ?? "") &&
      !/(?:其中|包括)[：:]?\s*$/.test(this.text.slice(Math.max(0, clause.start - 4), clause.start))
    )
      this.inUse = true;
    // ("…非税收入53558万元，下降18.04%，主要是2024年市城投集团一次性补缴…收入0.9亿元，2025年无此项收入" — 临沧市 2025:
    // a 主要是 right after a change says why, as 原因是 does.)
    // (Or right after the amount it was changed to: "非税收入由年初预算3574.04万元调整为3842.88万元，主要由于：(1)…
    // 调增49.16万元；(2)…调增228.96万元" — 中山市板芙镇 2022: the changes are the reasons'.)
    const changedTo = this.current?.prior ? this.current.current : undefined;
    const becauseOfChange =
      /^主要(?:是|由于|因为|系)/.test(words) &&
      this.current !== undefined &&
      (((this.current.rate !== undefined || this.current.delta !== undefined) &&
        /[增减降长升]|持平|[0-9０-９][%％]/.test(
          this.text.slice(Math.max(0, clause.start - 12), clause.start)
        )) ||
        (changedTo !== undefined &&
          /^[\s，,]*$/.test(this.text.slice(changedTo.end, clause.start))));
    if (/^(?:主要)?原因(?:是|为|[：:]|$)/.test(words) || becauseOfChange) {
      if (!this.inReason) this.aboutBeforeReason = this.current;
      this.inReason = true;
      this.reasonsNumbered = HEADING.test(this.text.slice(clause.end + 1).trimStart());
    }
    const afterBreakdown = this.startsBreakdown;
    const breakdownWords = this.breakdownWords;
    this.startsBreakdown = BREAKDOWN.test(words.replace(HEADING, "").trim());
    if (this.startsBreakdown) {
      this.breakdown++;
      this.breakdownWords = words;
    }
    // A clause that names something of its own ends the comparison; "增加…", "下降…" go on with it.
    if (!CONTINUES_CHANGE.test(words)) reading.againstBudget = false;
    if (this.comparesWithBudget(words)) {
      reading.againstBudget = true;
      reading.comparedBudget = budgetKindIn(words);
    }
    // (A numbering "(1)", "（一）" opens no parenthesis; nor does a qualifier of the name after it, closed at once:
    // "市本级(含经开区)新增地方政府债务限额42.65亿元(一般债务1亿元、…)" — 嘉兴市 2023.)
    if (
      /^[（(](?!\s*[一二三四五六七八九十\d]+\s*[）)])/.test(words) &&
      !QUALIFIER_OF_NAME.test(words) &&
      this.current
    ) {
      // "（其中公务用车购置费…）", "(购实验室设备5万元;厨具6.4万元)": the parts of the item just listed; "(含基本
      // 建设经费1000万元)" says what it includes, no list of its parts.
      this.interrupted.push({ item: this.current, list: this.partsParent });
      this.partsParent = /^[（(](?:含|不含|未)/.test(words) ? undefined : this.current;
      this.includesOnly = this.partsParent === undefined;
    } else if (
      /^含/.test(words) &&
      this.current?.current &&
      /[，,]/.test(this.text[clause.start - 1] ?? "")
    ) {
      this.interrupted.push({ item: this.current, list: this.partsParent });
      this.partsParent = undefined;
      this.includesOnly = true;
      this.includedAside = true;
    } else if (COMPOSITION.test(words)) {
      // "本年收入的具体构成为：财政拨款收入…": the parts of the item it names.
      const named = (COMPOSITION.exec(words) as RegExpExecArray)[1];
      this.partsParent = this.recentItemNamed(reduceName(named), sentence) ?? this.partsParent;
    } else if (
      PARTS_AHEAD.test(words) &&
      /[：:]/.test(this.text[clause.end] ?? "") &&
      !/^(?:收入|支出)/.test(words) &&
      this.recentItemNamed(reduceName((PARTS_AHEAD.exec(words) as RegExpExecArray)[1]), sentence)
        ?.current
    ) {
      // "区直文博系统12774.00万元。区直文博系统项目有：一是布达拉宫管理处，下达预算资金9378万元。…二是西藏博物馆，
      // 下达预算资金5009万元" (西藏自治区文物局 2020): the parts of the item it names, one per ordinal.
      const named = (PARTS_AHEAD.exec(words) as RegExpExecArray)[1];
      const whole = this.recentItemNamed(reduceName(named), sentence) as ItemClaim;
      this.partsParent = whole;
      this.ordinalList = { whole, paragraph: sentence.paragraph };
    } else if (/^(?:收入|支出)(?:包括|有)$/.test(words) && this.lastWithAmount()) {
      // "收支总预算6927.14万元,收入包括:…;支出包括:…": the sides of a whole of both flows.
      const whole = this.lastWithAmount() as ItemClaim;
      if (BOTH_FLOWS.test(whole.name)) this.partsParent = whole;
    } else if (/^包括/.test(words) && afterBreakdown) {
      // "按支出用途分类，包括人员支出…": a breakdown of a whole it does not name, not of the item before — but of
      // the whole of that flow the paragraphs before gave, when one did ("…2026 年支出预算 515313.35 万元，…。\n1.按支出
      // 功能分类，包括科学技术支出 1140.61 万元、…": 湖州市卫健委 2026), and then all of it: every amount has a class.
      const whole = this.classifiedWhole(sentence, breakdownWords);
      this.partsParent = whole;
      if (whole) (whole.classifiedIn ??= []).push(this.breakdown);
    } else if (
      /^其?(?:具体)?构成(?:情况)?(?:是|为|如下)?$/.test(words) &&
      this.current?.current !== undefined &&
      this.current.sentence === sentence &&
      /[：:]/.test(this.text[clause.end] ?? "")
    ) {
      // "总支出 8105万元，完成预算的 119.4%，其构成是：①…1152 万元；②…" (保定市 2025): what the amount is made of, all of it.
      this.partsParent = this.current;
      this.current.partsAreAll = true;
    } else if (
      SPLIT_AMONG.test(words) &&
      this.current?.sentence === sentence &&
      (this.current.current !== undefined || this.current.delta !== undefined) &&
      holdsFigure(reading.figures, clause)
    ) {
      // "220只口罩分别给尼尔基党工委一线疫情防控人员150只,旗防控卡点、志愿者50只": the whole just given, given out —
      // all of it — among the names after 分别 (see `readRespectively`).
      this.partsParent = this.current;
      this.current.partsAreAll = true;
    } else if (
      /^(?:其中|包括)/.test(words) &&
      // "主要用于…，包括开展系列宣传教育活动…": a 包括 that names what was done, with no amount, lists no parts.
      !(/^包括[^：:]/.test(words) && !holdsFigure(reading.figures, clause)) &&
      (this.current || (/^其中/.test(words) && this.sectionStart === this.items.length))
    ) {
      // A sentence that opens with 其中 lists the parts of the last item given an amount, not of one only
      // named in the reasons after it ("收入总计2,519.13万元，…主要原因是…(2)事业收入…增长11.0%。其中：…"); a
      // paragraph that opens with it, those of the paragraph before ("…“三公”经费支出10044.01万元，…。\n其中:…").
      // (Not in a paragraph a numbered heading opens — "四、绩效目标设置情况…。其中，编报单位整体绩效目标1个；…" — whose
      // section has just begun: what the section before named is not its subject.)
      const opensParagraph = this.current === undefined;
      const listed = clause.start === sentence.start ? this.changedLastOrWithAmount() : undefined;
      // "…政府采购服务预算 225.99 万元；其中一般公共预算拨款政府采购 504.98 万元：…": a 其中 right after a ；that ends
      // a list's part lists more of the list's whole, not parts of its last part (重庆市委宣传部 2026, 政府采购).
      const ofTheList =
        this.clauseAfterSemicolon &&
        this.partsParent !== undefined &&
        this.current?.parent === this.partsParent &&
        /^其中[^：:，,]/.test(words)
          ? this.partsParent
          : undefined;
      // "…其他各类资金13335万元，…。全区涉农整合资金主要用于…2个方面，其中，安排产业发展方面26602万元…" (麦积区
      // 2021): the sentence before 其中 names what the list is of; an item only the sentence before gave is not it.
      const usedFor =
        clause.start > sentence.start && this.current?.sentence !== sentence
          ? /^([^，,。；;0-9０-９]{2,24}?)(?:主要)?用于[^元%％]*$/.exec(
              this.text.slice(sentence.start, clause.start)
            )
          : null;
      const named = opensParagraph
        ? this.paragraphNumbered
          ? undefined
          : this.lastWithAmount(this.sectionBefore)
        : usedFor
          ? this.recentItemNamed(reduceName(usedFor[1]), sentence)
          : (ofTheList ?? listed ?? this.current);
      // (Not an item the reasons named, in a 其中 that goes on from them: "…较上年决算数增加10,123.06万元,…主要原因是:…
      // 其他收入减少1,397.66万元,其中:财政拨款收入1,699.13万元,占1.4%;…" — 开州区人民医院 2023: the item the reasons
      // are about.)
      const backFromReason =
        named !== undefined &&
        this.inReason &&
        this.asides.has(named) &&
        this.aboutBeforeReason?.current !== undefined;
      // (…and the reasons end there: the parts are the list's own.)
      if (backFromReason) this.inReason = false;
      const whole = backFromReason ? this.aboutBeforeReason : named;
      if (whole) {
        // (Not "其中：", whose parts may be parted by ；: "公务车购置及运行费21.56万元，其中：公务用车购置费0万元，…；公务车
        // 用车运行费21.56万元".)
        reading.listOutside =
          whole.parent === this.partsParent && /^其中[^：:\s]/.test(words)
            ? this.partsParent
            : undefined;
        this.partsParent = whole;
        this.peerWholes = this.wholesBeside(whole);
        const inSentence = (amount?: PrintedAmount) =>
          amount !== undefined && amount.start >= sentence.start && amount.end <= clause.start;
        this.budgetList =
          this.kind === "final" &&
          whole.budgets.some((budget) => inSentence(budget.amount)) &&
          !inSentence(whole.current)
            ? whole
            : undefined;
        // "全县“三公”经费预算919万元(其中一般公共预算经费拨款841万元)…。其中：一是…": a second list of the
        // same whole is another breakdown of it (by source, then by item), never added up with the first.
        if (whole.children.length > 0) this.breakdown++;
      }
    } else if (
      /^主要用于(?:以下(?:几个)?方面)?$/.test(words) &&
      this.current?.current &&
      this.current.sentence.paragraph === sentence.paragraph
    ) {
      // "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；…":
      // what it went on, each a part of it (a selection: "主要"). (Not what an item of the paragraph before went
      // on: "2、…事业单位离退休（项）。主要用于：事业单位退休人员支出。年初预算为28.11万元…".)
      this.partsParent = this.current;
    } else if (
      clause.start === sentence.start &&
      /^(?:主要用于|(?:主要|重点)安排)[^，,：:；;。]*?[0-9０-９]/.test(
        this.text.slice(clause.start, sentence.end)
      ) &&
      this.current?.current &&
      this.current.sentence !== sentence &&
      (this.current.sentence.paragraph === sentence.paragraph ||
        // (Or on the line after, among the lines of a bare 其中's parts: 长沙市国资委 2026.)
        (this.partsOnLines &&
          this.current.parent === this.linesParent &&
          this.current.sentence.paragraph === sentence.paragraph - 1))
    ) {
      // "应急资金预算280万元，实际支出70万元，预算执行率25%。主要用于黑麋峰村救助资金和产业扶贫资金20万元，湘江化工厂
      // 经济适用房遗留问题处理资金50万元。": a sentence that opens on what the item was spent on, with amounts, lists
      // its parts — some of them ("主要") — not more parts of the list the item is in.
      this.partsParent = this.current;
    } else if (
      /^主要用于[^，,：:；;]*?[0-9０-９]/.test(words) &&
      clause.start > sentence.start &&
      this.current?.current &&
      this.current.sentence === sentence &&
      this.current.parent !== undefined &&
      this.current.parent === this.partsParent
    ) {
      // A listed part's uses, in a clause of the list: its parts, until the list goes on (see `usesOfPart`).
      this.interrupted.push({ item: this.current, list: this.partsParent });
      this.partsParent = this.usesOfPart = this.current;
    } else if (
      /^(?:主要(?:支出事项|事项|项目|包括)|具体(?:是|为|包括))$/.test(words) &&
      this.current &&
      (this.partsParent ||
        // ("安排预算内专项经费180万元,主要项目:1、委员补助21万;…" — 政协 预算: the main projects of the amount just given.)
        (/(?:包括|项目)$/.test(words) &&
          this.current.current !== undefined &&
          this.current.sentence === sentence &&
          /[：:]/.test(this.text[clause.end] ?? "")) ||
        // "一是布达拉宫管理处，下达预算资金9378万元。具体是：…": what the amount just given went on.
        (/^具体/.test(words) &&
          clause.start === sentence.start &&
          this.current.current !== undefined &&
          this.current.sentence.paragraph === sentence.paragraph &&
          /[：:]/.test(this.text[clause.end] ?? "")))
    ) {
      // "其中：财力安排支出68.4亿元，…主要支出事项：一般公共服务支出7.1亿元…": the details of the part just listed;
      // "2.口岸管理业务 40,000.70 万元,主要包括：口岸管养工作38,297.20 万元，…": some of the parts of the item the
      // sentence just gave an amount.
      this.partsParent = this.current;
    }
  }

  /** The bound a share's words after it make of it: "85%以上" is at least 85%, "5%以下" at most 5%. */
  private boundAfter(percent: PrintedPercent): ShareClaim["bound"] {
    const after = this.text.slice(percent.end, percent.end + 3);
    if (/^(?:以上|多|有余|还多)/.test(after)) return "atLeast";
    if (/^(?:以下|以内|不到)/.test(after)) return "atMost";
    return undefined;
  }

  /** A percentage, by the words before it: an execution rate, a share, a rate of change. */
  private readPercent(
    reading: SentenceReading,
    percent: PrintedPercent,
    prefix: string,
    wordAt: (word: string) => Span
  ): void {
    const { sentence } = reading;
    // "市场化展会占比≥70%", "满意度不低于90%": a target's bound, no figure of what was.
    if (BOUND.test(prefix)) return;
    // "而在去年4月份，全国财政收入增长为27.2%": last year's own growth, in a sentence on last year — no rate of the
    // year reported on (财政部 2012年4月).
    if (LAST_YEARS_OWN.test(sentence.text) && !COMPARISON.test(prefix)) return;
    reading.shareAhead = undefined;
    if (SHARE_AHEAD.test(this.text.slice(percent.end, percent.end + 4)) && nameBefore(prefix)) {
      // "总保费1293.45万元，中央财政补贴47.5%为614.39万元": the share of the amount that follows.
      reading.shareAhead = { name: prefix, percent };
      reading.previous = "other";
      return;
    }
    const average = AVERAGE_RATE.exec(prefix);
    if (average && this.current?.span && !this.current.span.averageRate) {
      // "…上升到2020年的2468万元，年均增长4.22%": the growth a year on average over the span.
      this.current.span.averageRate = {
        direction: /下降|降幅|递减|减少/.test(average[1]) ? -1 : 1,
        figure: percent,
        word: wordAt(average[0]),
      };
      return;
    }
    if (reading.previous === "budget" && /^的?$/.test(prefix) && this.current) {
      // "为年初预算数4688万元的80.51%": the rate of the budget just printed.
      this.current.executionRate ??= percent;
    } else if (EXECUTION_WORD.test(prefix)) {
      const before = prefix.replace(EXECUTION_WORD_ON, "");
      this.itemFor(before, sentence, "executionRate").executionRate ??= percent;
    } else if (/占/.test(prefix) && SHARE_OF.test(prefix)) {
      const match = SHARE_OF.exec(prefix) as RegExpExecArray;
      const before = prefix.slice(0, prefix.lastIndexOf("占"));
      const item = nameBefore(before) ? this.itemFor(before, sentence, "shares") : this.current;
      const of = reduceName(match[1]);
      item?.shares.push({
        percent,
        of: of || undefined,
        ofPrinted: match[1] || undefined,
        year: reading.shareYear,
        bound: this.boundAfter(percent),
      });
    } else if (SHARE_WORD.test(prefix)) {
      const before = prefix.replace(SHARE_WORD, "");
      const item = nameBefore(before) ? this.itemFor(before, sentence, "shares") : this.current;
      item?.shares.push({ percent, year: reading.shareYear, bound: this.boundAfter(percent) });
    } else if (RATE_WORD.test(prefix)) {
      const word = (RATE_WORD.exec(prefix) as RegExpExecArray)[1];
      const before = prefix.slice(0, prefix.lastIndexOf(word)).replace(BUDGET_COMPARISON, "");
      const has = reading.againstBudget ? "budgetRate" : "rate";
      const item = nameBefore(before) ? this.itemFor(before, sentence, has) : this.current;
      // (Not a growth in real terms: a product's or value added's "按可比价计算,同比增长9.6%" is no change of the
      // amounts printed — 统计公报 2021.)
      const real =
        REAL_GROWTH.test(this.text.slice(sentence.start, percent.start)) ||
        (item !== undefined && OUTPUT_VALUE.test(item.name));
      if (item && !item[has] && !real) {
        item[has] = { direction: directionOf(word), figure: percent, word: wordAt(word) };
        // ("比上年预算数下降22.39%": a rate against last year's budget, as a change may be.)
        if (has === "rate" && !item.delta)
          item.changeBasis ??= basisIn(COMPARISON.exec(prefix)?.[0] ?? "");
      }
    } else if (
      /^[（(]?$/.test(prefix) &&
      this.current?.delta &&
      !this.current.rate &&
      !reading.againstBudget
    ) {
      // "减少1.5万元(42.86%)": the rate of the change just printed.
      this.current.rate = {
        direction: this.current.delta.direction,
        figure: percent,
        word: this.current.delta.word,
      };
    }
    reading.previous = "other";
  }

  /** An amount, by the words before it: this year's, last year's, a budget, a change, or a difference from the budget. */
  private readAmount(
    reading: SentenceReading,
    amount: PrintedAmount,
    prefix: string,
    wordAt: (word: string) => Span
  ): void {
    const { sentence } = reading;
    const change = CHANGE_WORD.exec(prefix);
    // "较上年增加259.96万元(上年总收入3828.41万元)": last year's amount of the item named after 上年 in the
    // parenthesis, when one of that name is near (上年结转 is an item of its own).
    const lastYearsName = LAST_YEAR_NAMED.exec(prefix)?.[1];
    const lastYears =
      lastYearsName && !/^(?:结转|结余|末)/.test(lastYearsName)
        ? this.recentItemNamed(reduceName(lastYearsName), sentence)
        : undefined;
    const year = yearIn(prefix);
    reading.previous = "other";
    const leadingChange = LEADING_CHANGE.exec(prefix);
    /** The amount as a change, in the direction the word says. */
    const changeBy = (word: string): ChangeClaim<PrintedAmount> => ({
      direction: directionOf(word),
      figure: amount,
      word: wordAt(word),
    });
    const offBudget = OFF_BUDGET.exec(prefix);
    const adjustedTo = ADJUSTED_TO.test(prefix) && this.budgetAdjusted(prefix, sentence);
    const shareAhead = reading.shareAhead;
    reading.shareAhead = undefined;
    if (shareAhead && /^\s*(?:为|是|计|即)\s*$/.test(prefix)) {
      this.readShareAhead(reading, shareAhead, amount);
      return;
    }
    if (
      PLAN_BEFORE_AMOUNT.test(prefix) &&
      RATE_OF_IT_AFTER.test(this.text.slice(amount.end, amount.end + 12)) &&
      this.current?.current &&
      this.current.sentence === sentence &&
      sameUnit(this.current, amount)
    ) {
      addBudget(this.current, amount, budgetKindIn(prefix));
      reading.previous = "budget";
    } else if (offBudget && !nameBefore(prefix.slice(0, offBudget.index)) && this.current) {
      // "完成预算49531万元的85.0%，短收7431万元": what the item fell short of its budget by, or went over it.
      this.current.budgetDelta ??= {
        direction: OVER_BUDGET.test(offBudget[1]) ? 1 : -1,
        figure: amount,
        word: wordAt(offBudget[1]),
      };
    } else if (reading.againstBudget) {
      // Against the budget, not last year: the budget itself, or the difference from it.
      if (change) {
        const before = prefix.slice(0, change.index).replace(BUDGET_COMPARISON, "");
        const item = nameBefore(before)
          ? this.itemFor(before, sentence, "budgetDelta", amount)
          : fitting(this.current, amount);
        if (item && !item.budgetDelta) {
          item.budgetDelta = changeBy(change[1]);
          item.budgetCompared = reading.comparedBudget;
        }
      } else if (this.current && sameUnit(this.current, amount))
        addBudget(this.current, amount, reading.comparedBudget);
    } else if (leadingChange && !change) {
      // "减少了“三公”经费342.74万元": a change of the item named after the word.
      const item = this.itemFor(leadingChange[2], sentence, "delta", amount);
      item.delta ??= changeBy(leadingChange[1]);
    } else if (
      change &&
      !nameBefore(prefix.slice(0, change.index)) &&
      this.current?.delta &&
      this.current.delta.figure.start >= sentence.start &&
      // (One right after the other: no figure between them.)
      !/[0-9０-９]/.test(this.text.slice(this.current.delta.figure.end, amount.start)) &&
      sameUnit(this.current, amount) &&
      RATE_NEXT.test(this.text.slice(amount.end, amount.end + 12))
    ) {
      // "收入完成3.9亿元，为预算的155%，增加2.3亿元，增加4580万元，增长13.4%" (周口市 2019): of two changes of one
      // item in a sentence, the one right before the rate is the rate's.
      this.current.changeBefore = this.current.delta;
      this.current.delta = changeBy(change[1]);
    } else if (change) {
      // An amount right after 增加/减少 is a change, of the item named before the word or the current one.
      const before = prefix.slice(0, change.index);
      const item = nameBefore(before)
        ? this.itemFor(withoutComparison(before), sentence, "delta", amount)
        : (fitting(this.continued(sentence, "delta", amount), amount) ??
          this.lastOfItsUnit(sentence, "delta", amount));
      if (item && item !== this.current) this.current = item;
      if (item && !item.delta) {
        item.delta = changeBy(change[1]);
        item.changeBasis = basisIn(COMPARISON.exec(before)?.[0] ?? "");
      }
    } else if (
      PRIOR_WORD.test(prefix) ||
      lastYears ||
      reading.onPriorYear ||
      (year !== undefined &&
        year === reading.priorYear &&
        // (Not the budget a rate of it in the sentence is of: "批准的2025年市本级一般公共预算收入年初预算为750006万元，
        // 实际完成709106万元，…为预算的94.5%" in a report on 2025 that also budgets 2026 — 平顶山市.)
        !(
          BUDGET_WORD.test(prefix) &&
          EXECUTION_AHEAD.test(this.text.slice(amount.end, sentence.end))
        ))
    ) {
      const before = prefix.replace(PRIOR_WORD, "");
      // "…,专项转移支付收入23041.54万元。比上年财政总收入238960.28万元减少…": last year's amount of the item the
      // comparison names, when one of that name is near.
      const comparedName = PRIOR_NAMED.exec(prefix)?.[1];
      const named = comparedName
        ? this.recentItemNamed(reduceName(comparedName), sentence)
        : undefined;
      const byName = lastYears ?? (named && !nameBefore(before) ? named : undefined);
      if (byName) this.current = byName;
      // "2023年当年预算执行数为348.52万元，2024年预算安排…": with no item yet, last year's amount opens one.
      const item =
        byName ??
        (nameBefore(before) || !this.current
          ? this.itemFor(before, sentence, "prior", amount)
          : fitting(this.current, amount));
      if (item && !item.prior) {
        item.prior = amount;
        item.priorBasis = basisIn(prefix);
        item.priorRightAfterComparison = /^[，,]?(?:比|较|与)/.test(prefix);
      }
    } else if (
      BUDGET_WORD.test(prefix) ||
      adjustedTo ||
      (this.kind === "final" && PLAIN_BUDGET.test(prefix))
    ) {
      const named = prefix
        .replace(BUDGET_WORD, "")
        .replace(PLAIN_BUDGET, "")
        .replace(ADJUSTED_TO, "");
      const kind = adjustedTo ? "adjusted" : budgetKindIn(prefix);
      // "53.…项目绩效自评综述：全年预算数1896万元，执行数663.6万元，…。54.…综述：全年预算数21143.98万元": a budget with
      // no name, in a later sentence than the item's budget of that kind, is another item's (its name is before a colon).
      if (
        reduceName(named) === "" &&
        this.current?.budgets.some(
          (budget) => budget.kind === kind && budget.amount.start < sentence.start
        )
      )
        this.current = undefined;
      const item = this.itemFor(named, sentence, "budget", amount);
      addBudget(item, amount, kind);
      reading.previous = "budget";
    } else if (this.budgetList && this.partsParent === this.budgetList) {
      const item = this.itemFor(prefix, sentence, "budget", amount);
      if (item.parent === this.budgetList) addBudget(item, amount, undefined);
      else if (!item.current) item.current = amount;
    } else {
      const before = this.current;
      const item = this.itemFor(prefix, sentence, "current", amount);
      if (!item.current) {
        item.current = amount;
        // "年初财政下达资金5万元,…,项目资金实际支出5万元,执行率为100%" (腾冲市 2019): what was spent, named as such
        // after the funds given in the sentence, with a rate ahead, is of those funds — their amount its budget.
        const given = before?.current;
        if (
          item !== before &&
          given &&
          before.sentence === sentence &&
          before.budgets.length === 0 &&
          !before.parent &&
          item.budgets.length === 0 &&
          sameUnit(item, given) &&
          ACTUALLY_SPENT.test(prefix) &&
          EXECUTION_AHEAD.test(this.text.slice(amount.end, sentence.end))
        )
          addBudget(item, given, undefined);
      } else if (
        ACTUALLY_SPENT.test(prefix) &&
        item.budgets.length === 0 &&
        // (Not an amount said done itself: "完成142061万元，加上…，实际完成278583万元" — 平顶山市 2025.)
        !/(?:完成|实现)\s*$/.test(
          this.text.slice(Math.max(0, item.current.start - 4), item.current.start)
        ) &&
        item.current.start >= sentence.start &&
        sameUnit(item, amount) &&
        EXECUTION_AHEAD.test(this.text.slice(amount.end, sentence.end))
      ) {
        // "项目共下达预算资金13534.70万元，实际执行12634.70万元，执行率93.35%": the first amount was what was
        // planned, the one said to be spent in fact is what was spent, and the rate is of the two.
        addBudget(item, item.current, undefined);
        item.current = amount;
      } else if (
        ACTUALLY_SPENT.test(prefix) &&
        item.budgets.length > 0 &&
        item.current.start >= sentence.start &&
        sameUnit(item, amount) &&
        EXECUTION_AHEAD.test(this.text.slice(amount.end, sentence.end))
      ) {
        // "收入年初预算为506019万元，完成142061万元，加上…，实际完成278583万元，为预算的55.1%" (平顶山市 2025): what was
        // done in fact, said last, is the amount the rate after it is of.
        item.current = amount;
      } else if (
        item === this.current &&
        reduceName(prefix) === "" &&
        item.current.start < sentence.start &&
        !sameAmount(item.current, amount)
      ) {
        // "…全市税收收入达138.18亿元…。…支出规模继去年突破300亿元后，跨越400亿元大关，达到408.62亿元，同比增长
        // 29.57%" (吕梁市 2018): an amount with no name, in a later sentence and unlike the item's, is another's —
        // the change and the rate after it are not the item's.
        this.current = undefined;
        this.itemFor(prefix, sentence, "current", amount).current = amount;
      }
    }
  }

  /**
   * "总保费1293.45万元，中央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37元" (永兴县 2020): the amount is
   * the item's, and the share before it is of the total the sentence named before.
   */
  private readShareAhead(
    reading: SentenceReading,
    { name, percent }: { name: string; percent: PrintedPercent },
    amount: PrintedAmount
  ): void {
    const { sentence } = reading;
    let whole: ItemClaim | undefined;
    for (let i = this.items.length - 1; i >= reading.firstOfSentence && !whole; i--) {
      const item = this.items[i];
      if (/总|合计/.test(item.name) && item.current && item.current.start < percent.start)
        whole = item;
    }
    const item = this.itemFor(name, sentence, "current", amount);
    item.current ??= amount;
    if (whole && whole !== item && item.current === amount)
      item.shares.push({
        percent,
        of: whole.name,
        ofPrinted: whole.printedName,
        year: reading.shareYear,
      });
  }

  /** What closes with the sentence: its 分别 lists, a 由…构成 whole, a trailing total, a heading it names. */
  private finishSentence(reading: SentenceReading): void {
    const { sentence } = reading;
    if (reading.respectively) {
      reading.hasFigures ||= reading.respectively.lists.length > 0 || reading.figures.length > 0;
      this.bindLists(reading);
    }
    if (reading.composedWhole) {
      reading.composedWhole.partsAreAll ||= reading.composedWhole.children.length > 0;
      this.partsParent = undefined;
    }
    this.closeTrailingTotal(sentence, reading.firstOfSentence);
    // (A sentence with no figure after the heading keeps it: "3、…机关事业单位基本养老保险缴费支出（项）。主要用于：
    // 行政事业单位养老保险支出。年初预算为452.40万元…" — 上海市普陀区规划和自然资源局 2024.)
    const headingName = reading.hasFigures ? undefined : NUMBERED_HEADING.exec(sentence.text)?.[1];
    if (headingName) this.heading = { name: headingName, paragraph: sentence.paragraph };
    else if (reading.hasFigures || this.heading?.paragraph !== sentence.paragraph)
      this.heading = undefined;
    if (reading.hasFigures) this.figureSentences++;
    this.paragraphHasFigures ||= reading.hasFigures;
  }
}

/** A whole whose listed parts add up to it: a part named after them is in no list of it. */
function madeByItsParts(whole: ItemClaim): boolean {
  const amounts = whole.children.map((child) => child.current);
  return (
    whole.current !== undefined &&
    amounts.length >= 2 &&
    amounts.every((amount) => amount !== undefined && amount.unit === whole.current?.unit) &&
    intersects(sum(amounts.map((amount) => (amount as PrintedAmount).yuan)), whole.current.yuan)
  );
}
