/**
 * The item a figure is about, from the words before it: "2023年度，单位一般公共预算基本支出完成" → 基本支出.
 * Names are compared in a reduced form, and the items every report names are tied to the Book's stable keys
 * so a text's figures can be compared with the workbook's.
 */
import type { StableKey } from "../book";
import { normalizeLabel } from "../text";

/** "分别为", "分别给", "分别下达给…": 分别 giving out a whole among the names after it (respectively.ts). */
export const SPLIT_AMONG_WORDS =
  "分别(?:为|是|给|用于|拨付给?|拨给|下达给?|下拨给?|分配给?|发放给?|安排给?)[：:]?";

/** Words around an item's name that are not the name: who, when, and the verb before the amount. */
const LEADING = new RegExp(
  `^(?:其中[：:]?|加上|${SPLIT_AMONG_WORDS}|另外|此外|因此|包括|由|安排|主要(?:是|为|用于)?|[一二三四五六七八九十]+是|\\d+[、.．]|[（(]?\\s*[一二三四五六七八九十\\d]+\\s*[）)、]|[①-⑳]|本年度|上年度|全年|年初|年度|本单位|本部门|单位|部门|我单位|我部门|我局|本局|本级|当年|同期|较|我[镇乡县市区省校院]|实现|实际(?=收入|支出))+`
);
const TRAILING =
  /(?:实际)?(?:完成|为|是|共计|累计|达到?|决算数?为?|决算金额为?|(?:年初|全年)?(?<!公共)预算数?为?|预算拨入|拨入|安排|各|均|金额为?|总额为?|(?<=资产|资金)(?:总量|总值)为?|(?<!公)共|(?:比|较)?上年)+$/;

/** Words that name no item of their own: "支出决算为…" after "三公经费预算为…" goes on with 三公经费. */
const GENERIC =
  /^(?:支出|收入|决算|预算|金额|总额|资金|经费|数|合计|费用|其中|执行数?|(?:预算)?执行数|执行金额|实际支出|实际执行|实际使用|(?:实际)?已经?(?:支付|拨付)|(?:资金)?(?:支付|拨付|使用)|支出数|完成数|决算数|预算数|比|较|与|分别|增|减|增加|减少|增长|下降|(?:按)?(?:同|可比)口径|(?:[两二三四五六七八九十\d]+个?项目)?整体|(?:截[至止])?(?:当前|目前)|实际)?$/;

/**
 * A unit's name said as the subject, before the year: "江苏省政协办公厅 2017 年度财政拨款预算支出" is the
 * 财政拨款预算支出 the unit's report names without it in its next sentence ("财政拨款支出增加…").
 */
const UNIT_BEFORE_YEAR =
  /^[\p{Script=Han}\s]{0,30}?(?:办公厅|办公室|人民法院|法院|检察院|常委会|委员会|政府|办事处|局|厅|中心|学校|小学|中学|幼儿园|医院|卫生院|图书馆|文化馆|博物馆|协会|联合会|工会|妇联|团委|残联|党校|研究院|研究所|站|所|队)(?:本级)?\s*(?=20\d\d\s*年)/u;

/** The words of a name left once quotes, spaces, who/when words and the verb are taken off. */
function strippedName(raw: string): string {
  // Years say when, not what: "公务接待费2016年预算" is 公务接待费.
  // A numbering goes before the brackets do: "(一)收入预算" is 收入预算, not 一收入预算. Headings run into the
  // text (a web page's lines joined: "…支出决算总体情况一般公共预算财政拨款支出") name what follows them.
  let name = normalizeLabel(raw)
    .replace(/^.*情况(?:说明)?(?=[^\s情])/, "")
    .replace(/^\s*[（(]\s*[一二三四五六七八九十\d]+\s*[）)]/, "")
    .replace(/[()（）【】[\]《》]/g, "")
    .replace(UNIT_BEFORE_YEAR, "")
    .replace(/20\d\d年度?/g, "")
    // "收、支总预算" is the totals of a budget: "收支总计"; "财政拨款预算支出" is its 财政拨款支出.
    .replace(/总(?:预算|决算)数?$/, "总计")
    .replace(/拨款(?:预算|决算)(?=支出|收入)/, "拨款")
    // "因公出国(境)、公务用车购置及运行维护费、公务接待费等“三公”经费": what the list is of.
    .replace(/^.*(?:费|支出)等(?=\S{2,}$)/, "");
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name.replace(LEADING, "").replace(TRAILING, "");
    if (name === before) break;
  }
  // "收、支预算总计" is the 收支总计 of a budget (a fund's "财政专户管理资金收入预算总计" stays its own).
  name = name.replace(/^([收支](?:入|出)?)(?:预算|决算)(?=总计$|合计$)/, "$1");
  // "收、支预算总计各增加…": 收 and 支 cut short before a total are 收入 and 支出.
  return name.replace(/(?<![收支入出])[收支](?=预算|决算|总计|合计)/, (flow) =>
    flow === "收" ? "收入" : "支出"
  );
}

/** An item's name reduced for comparison: no quotes, spaces, who/when words or the verb. */
export function reduceName(raw: string): string {
  const name = strippedName(raw);
  // A bare number left before a figure ("较上年5.5减少0.5万元": last year's amount without its unit) names nothing.
  return GENERIC.test(name) || !/[\p{Script=Han}A-Za-z]/u.test(name) ? "" : name;
}

/** Money coming in, or going out: the bare words that say only which. */
export type Flow = "收入" | "支出";

/**
 * The flow a name is no more than ("2020年度收入", "支出决算为"): such a name goes on with the item before it,
 * unless that item is of the other flow ("…支出总计460.06万元。…收入减少84.55万元" is income again).
 */
export function bareFlow(raw: string): Flow | undefined {
  const name = strippedName(raw);
  return name === "收入" || name === "支出" ? name : undefined;
}

/** The flow an item's name says it is of, if any (支总计 is spending). */
export function flowOf(reduced: string): Flow | undefined {
  const income = /收入|收/.test(reduced);
  const spending = /支出|支/.test(reduced);
  return income === spending ? undefined : income ? "收入" : "支出";
}

/**
 * The flow a name spells out in full — 收入 or 支出, not both — if any. Unlike `flowOf` a single 收 / 支 says
 * nothing: "转移支付" is no spending.
 */
export function namedFlow(name: string): Flow | undefined {
  const income = name.includes("收入");
  return income === name.includes("支出") ? undefined : income ? "收入" : "支出";
}

/** An item's name as printed, without the who/when words and the verb: "其中人员经费完成" → "人员经费". */
export function displayName(raw: string): string {
  let name = raw.trim().replace(/^[，,；;：:、（(\s—–-]+/, "");
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name.replace(LEADING, "").replace(TRAILING, "").trim();
    if (name === before) break;
  }
  // A total said with nothing before it ("…，无为市111.4万元，共计266.6万元") is named by the word that says so.
  if (name === "")
    return /^(?:共计|合计|总计)/.exec(raw.trim().replace(/^[，,；;：:\s]+/, ""))?.[0] ?? "";
  return name;
}

/**
 * What an item is, when the audit knows: one of the rows every report has (a stable key), or one of the
 * economic classes of 基本支出 by the workbook's key for a code row ("code:301").
 */
export type ItemKey =
  | StableKey
  | "code:301"
  | "code:302"
  | "code:303"
  | "code:310"
  | FundKey
  | PeopleKey
  // 会议费 and 培训费, printed beside the "三公" parts and never among them.
  | "meeting"
  | "training";

/** The rows of a 绩效自评表's funds block (tables.ts): the year's funds and where they came from. */
export type FundKey =
  | "funds:total"
  | "funds:appropriation"
  | "funds:carriedOver"
  | "funds:other"
  | "funds:central"
  | "funds:local";

/**
 * The people a 部门预算 provides for (纳入部门预算编制的人员) by kind: those in service, the retired and the survivors
 * of the dead (遗属) — three kinds no one is counted in twice, which together are all of them.
 */
export type PeopleKey =
  "people:budgeted" | "people:serving" | "people:retired" | "people:survivors";

/** Names the reports use for the rows every report has (reduced form → key). Order matters. */
const KEY_PATTERNS: readonly [RegExp, ItemKey][] = [
  [
    /三公(?:经费)?(?:(?:一般)?公共预算)?(?:财政拨款)?(?:(?:决算|预算)?(?:支出|开支))?(?:决算|预算)?(?:数据?|总额|合计)?$/,
    "threePublic",
  ],
  [/因公出国(?:境)?(?:费用?|经费)?(?:支出)?/, "abroad"],
  [/^出国(?:境)?(?:费用?|经费)(?:支出)?$/, "abroad"],
  [/公务?用?车(?:辆)?购置费?(?:及|和|与|、)运行(?:维护|费|维护费)*(?:支出)?/, "vehicle"],
  [/公务用车及运行(?:维护)?费/, "vehicle"],
  [/公务?用?车(?:辆)?运行(?:维护)?费?(?:及|和|与|、)购置费?/, "vehicle"],
  [/^(?:公务用车|公车)(?:费用?|支出)?$/, "vehicle"],
  [/^车辆购置费?(?:及|和|与|、)运行(?:维护)?费?(?:支出)?$/, "vehicle"],
  [/(?:公务用车|公车|车辆)购置(?:费|支出)/, "vehiclePurchase"],
  [/(?:公务用车|公车|车辆)运行(?:维护|维修)?(?:费|支出)/, "vehicleOperation"],
  [/公务接待(?:费|支出)/, "reception"],
  [/会议费(?:预算|决算)?(?:支出)?(?:预算|决算)?(?:数)?$/, "meeting"],
  [/培训费(?:预算|决算)?(?:支出)?(?:预算|决算)?(?:数)?$/, "training"],
  [/基本支出$/, "basic"],
  // (A 部门预算's older words: "其中：人员支出…，公用支出…", "部门专项项目预算…".)
  [/^(?:基本)?人员支出$/, "personnel"],
  [/^(?:日常)?公用支出$/, "publicOperating"],
  [/^专项项目(?:支出)?$/, "project"],
  [/人员经费(?:支出)?$/, "personnel"],
  [/(?:日常)?公用经费(?:支出)?$/, "publicOperating"],
  // (Not a line of others: "其他竞技体育项目支出", "其他群众体育项目支出" are two lines of a 彩票公益金's uses — 上林县 2019.)
  [/^(?!其[他它]).*项目支出$/, "project"],
  [/政府性基金(?:预算)?(?:财政拨款)?支出$/, "govFund"],
  [/国有资本经营(?:预算)?(?:财政拨款)?支出$/, "stateCapital"],
  // (Also "一般公共预算拨款支出", "一般公共预算当年拨款支出": the same spending, named without 财政 or with 当年.)
  [/^一般公共预算(?:当年)?(?:财政)?(?:拨款)?支出$/, "generalBudget"],
  [/机关事业单位基本养老保险缴费/, "pension"],
  [/职业年金缴费/, "annuity"],
  [/(?:职工)?基本医疗保险缴费/, "medical"],
  [/^工资福利(?:支出)?$/, "code:301"],
  [/^商品和服务(?:支出)?$/, "code:302"],
  [/^对个人和家庭(?:的)?补助(?:支出)?$/, "code:303"],
  // 310 was named 其他资本性支出 in the classification of 2007–2017 (309 being 基本建设支出).
  [/^(?:其他)?资本性支出$/, "code:310"],
  [/^(?:年度)?资金总额$/, "funds:total"],
  [/^(?:当年|本年)?财政拨款(?:资金)?$/, "funds:appropriation"],
  [/^上年结转(?:资金)?$/, "funds:carriedOver"],
  [/^其他资金$/, "funds:other"],
  // The 自评表 of a 中央对地方转移支付: the year's funds by who gave them.
  [/^中央(?:财政)?(?:补助)?资金$/, "funds:central"],
  [/^地方(?:财政)?(?:配套)?资金$/, "funds:local"],
  [/^纳入(?:部门)?预算(?:编制)?(?:范围)?(?:的)?(?:人员|人数)?$/, "people:budgeted"],
  [/^(?:实有)?在职(?:人员|人数|职工)$/, "people:serving"],
  [/^离退休(?:人员|人数)$/, "people:retired"],
  [/^遗属(?:人员|人数)?$/, "people:survivors"],
];

/** The parts that make each whole, when all are listed (a selection of them is a partial list). */
export const WHOLE_PARTS: Partial<Record<ItemKey, readonly (readonly ItemKey[])[]>> = {
  // 人员经费 = 301 + 303 and 公用经费 = 302 + 310 (the ID-PERSONNEL check): 基本支出 is the four classes.
  basic: [
    ["personnel", "publicOperating"],
    ["code:301", "code:302", "code:303", "code:310"],
  ],
  personnel: [["code:301", "code:303"]],
  // 一般公共预算财政拨款支出 by its nature: 基本支出 and 项目支出.
  generalBudget: [["basic", "project"]],
  "funds:total": [
    ["funds:appropriation", "funds:carriedOver", "funds:other"],
    ["funds:central", "funds:local", "funds:other"],
  ],
  publicOperating: [["code:302", "code:310"]],
  threePublic: [
    ["abroad", "reception", "vehicle"],
    ["abroad", "reception", "vehiclePurchase", "vehicleOperation"],
  ],
  vehicle: [["vehiclePurchase", "vehicleOperation"]],
  // "纳入部门预算编制128人。其中:实有在职人员66人,离退休人员38人,遗属14人" (元江县新化乡 2020 — 118 of 128).
  "people:budgeted": [["people:serving", "people:retired", "people:survivors"]],
};

/** True when `part` can be listed under `whole` ("公务接待费" is not a part of 公务用车费). */
export function canBePartOf(part: ItemKey, whole: ItemKey): boolean {
  const sets = WHOLE_PARTS[whole];
  return sets === undefined || sets.some((set) => set.includes(part));
}

/** True when two items are parts of one breakdown of some whole: neither is a part of the other. */
export function areSiblings(a: ItemKey, b: ItemKey): boolean {
  return (
    a !== b &&
    Object.values(WHOLE_PARTS).some((sets) =>
      sets?.some((set) => set.includes(a) && set.includes(b))
    )
  );
}

/**
 * True when the keys name parts of one breakdown of the whole, not a mix of two ("人员经费" beside
 * "工资福利支出" under 基本支出 counts some spending twice). A whole with no known parts takes any.
 */
export function oneBreakdown(keys: readonly ItemKey[], whole: ItemKey | undefined): boolean {
  const sets = whole && WHOLE_PARTS[whole];
  return !sets || sets.some((set) => keys.every((key) => set.includes(key)));
}

/**
 * The ways a count of people is broken down. One person has one title, one role as a supervisor, one degree — and is
 * counted in each ("现有专任教师3120人，其中教授727人、副教授1277人，博士生导师535人、硕士生导师1699人": 西南大学 2021).
 * The first that matches is the name's: 博士生导师 is a supervisor, not a degree.
 */
const PEOPLE_BREAKDOWNS: readonly RegExp[] = [
  /导师/,
  /教授|讲师|助教|研究员|正高|副高|中级职称|初级职称|工程师|职称/,
  /院士|学者|专家|人才|津贴/,
  /博士|硕士|学士|研究生|本科|专科|学历|学位/,
  /党员|团员/,
  /女|男/,
  /少数民族/,
];

/** True when the names of counts of people are of two breakdowns of them (titles beside supervisors). */
export function peopleOfTwoBreakdowns(names: readonly string[]): boolean {
  const breakdowns = new Set(
    names.map((name) => PEOPLE_BREAKDOWNS.findIndex((pattern) => pattern.test(name)))
  );
  breakdowns.delete(-1);
  return breakdowns.size > 1;
}

/** The key an item's name stands for: one of the rows every report has, or an economic class of 基本支出. */
export function itemKeyOf(reduced: string): ItemKey | undefined {
  // A report names the same few items again and again: each name is matched once.
  if (KEYS_SEEN.has(reduced)) return KEYS_SEEN.get(reduced);
  // A line of the functional classification printed with its code ("机关事业单位基本养老保险缴费支出（2080505）") is none
  // of the economic classes its words may name.
  const joined = FUNCTIONAL_CODE.test(reduced) ? undefined : keyOfJoined(reduced);
  const key = joined === null ? keyByPattern(reduced) : joined;
  if (KEYS_SEEN.size > 10_000) KEYS_SEEN.clear();
  KEYS_SEEN.set(reduced, key);
  return key;
}

const KEYS_SEEN = new Map<string, ItemKey | undefined>();

function keyByPattern(name: string): ItemKey | undefined {
  return KEY_PATTERNS.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * Two keyed names joined ("人员和公用经费"; the first may borrow the second's ending) stand for the whole they are
 * all of, or for no key ("公务接待费和公务用车运行维护费") — never for the last of them, which a pattern on the ending
 * would give. 基本支出 and 项目支出 are of any spending, not of the 一般公共预算's only: no key. `null` when the name is
 * no two keyed names joined ("对个人和家庭的补助", "公务用车购置及运行维护费").
 */
function keyOfJoined(name: string): ItemKey | undefined | null {
  const joined = /^(.+?)(?:和|及|与|、)(.+)$/.exec(name);
  const secondKey = joined ? keyByPattern(joined[2]) : undefined;
  if (!joined || !secondKey) return null;
  const [, first, second] = joined;
  let firstKey = keyByPattern(first);
  for (let cut = 1; !firstKey && cut < second.length; cut++)
    firstKey = keyByPattern(first + second.slice(cut));
  if (!firstKey || firstKey === secondKey) return null;
  const keys = [firstKey, secondKey];
  if (keys.includes("project")) return undefined;
  return (Object.keys(WHOLE_PARTS) as ItemKey[]).find((candidate) =>
    WHOLE_PARTS[candidate]?.some(
      (parts) => parts.length === 2 && keys.every((key) => parts.includes(key))
    )
  );
}

/** The code of a line of the functional classification, printed after its name: 2 then two, four or six digits. */
const FUNCTIONAL_CODE = /(?<!\d)2\d\d(?:\d\d){1,2}$/;

/**
 * The classes (类) of the functional classification a unit's spending is all of — today's names and the older
 * ones reports still print ("文化体育与传媒支出", "医疗卫生与计划生育支出", "国土海洋气象等支出") — with their budget
 * or 决算 word: "教育支出预算", "社会保障和就业支出".
 */
const FUNCTIONAL_CLASS =
  /^(?:一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|文化体育与传媒|社会保障和就业|卫生健康|医疗卫生与计划生育|医疗卫生|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|资源勘探信息等|商业服务业等|金融|援助其他地区|自然资源海洋气象等|国土海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理|其他)支出(?:预算|决算)?(?:数)?(?:类)?$/;

export function isFunctionalClass(name: string): boolean {
  return FUNCTIONAL_CLASS.test(name);
}

/**
 * A line of the functional classification, named to its level ("一般公共服务支出（类）", "…离退休（项）") or with its
 * code ("机关事业单位基本养老保险缴费支出（2080505）").
 */
export function isFunctionalLine(name: string): boolean {
  return /(?:类|款|(?<![事专])项)$/.test(name) || FUNCTIONAL_CODE.test(name);
}

/** Two names for the same item: equal reduced forms, or the same stable key. */
export function sameItem(a: string, b: string): boolean {
  if (a === b) return true;
  const key = itemKeyOf(a);
  return key !== undefined && key === itemKeyOf(b);
}

/** A name that means the whole of a statement's spending or income ("总支出", "支出总计", "本年支出"). */
export function isWholeName(reduced: string): boolean {
  return /^(?:总支出|支出总(?:计|额)|本年支出(?:合计)?|全部支出|总额|支出合计|总收入|收入总(?:计|额)|本年收入(?:合计)?)$/.test(
    reduced
  );
}

/** How many characters two names begin with alike. */
export function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
