/**
 * Every Chinese sentence pattern of the 绩效自评报告 (docs/domain.md §1–§2), in one place. Patterns use `{slot}`
 * placeholders that compose fills with text runs, so a figure keeps the cell it came from. Amounts are
 * filled already formatted ("275.76"); the 万元 and % suffixes live here.
 *
 * The report is Chinese by nature: there is no en-US twin of this module.
 */
export const report = {
  /** The title is "{unit}{year}年度" + "部门整体支出绩效自评报告"; a long title breaks between the two. */
  titleHead: "{unit}{year}年度",
  titleKind: "部门整体支出绩效自评报告",

  /** Visible marker for a text or fact the user still has to supply. */
  placeholder: "【待补充：{what}】",
  /** What a placeholder says for a figure whose cell could not be read. */
  unread: "{label}（{cell}未能读取）",
  /** What a placeholder says for a figure the workbook does not hold. */
  notInWorkbook: "{label}（工作簿中没有此项）",
  placeholderNames: {
    unit: "单位名称",
    year: "年度",
    reportDate: "报告日期",
    functions: "主要职能",
    organization: "机构情况",
    staffing: "人员情况",
    keyWork: "年度重点工作",
    basic: "基本支出情况",
    project: "项目支出情况",
    performance: "部门整体支出绩效情况",
    problems: "存在的问题及原因分析",
    improvements: "下一步改进措施",
    resultUse: "绩效自评结果拟应用和公开情况",
    otherMatters: "其他需要说明的情况",
  },

  headings: {
    basicInfo: "部门（单位）基本情况",
    functions: "主要职能",
    organization: "机构情况",
    staffing: "人员情况",
    keyWork: "年度重点工作",
    generalBudget: "一般公共预算支出情况",
    basic: "基本支出情况",
    project: "项目支出情况",
    govFund: "政府性基金预算支出情况",
    stateCapital: "国有资本经营预算支出情况",
    socialInsurance: "社会保险基金预算支出情况",
    performance: "部门整体支出绩效情况",
    execution: "预算执行情况",
    threePublic: "“三公”经费控制情况",
    outcomes: "绩效目标完成情况",
    problems: "存在的问题及原因分析",
    improvements: "下一步改进措施",
    resultUse: "部门整体支出绩效自评结果拟应用和公开情况",
    otherMatters: "其他需要说明的情况",
  },

  /** What each figure is called inside a sentence. */
  labels: {
    generalBudget: "一般公共预算支出",
    basic: "单位一般公共预算基本支出",
    basicNone: "一般公共预算基本支出",
    personnel: "人员经费",
    publicOperating: "公用经费",
    project: "单位一般公共预算项目支出",
    projectNone: "一般公共预算项目支出",
    govFund: "政府性基金预算支出",
    stateCapital: "国有资本经营预算支出",
    pension: "机关事业单位基本养老保险缴费",
    medical: "职工基本医疗保险缴费",
    annuity: "职业年金缴费",
    otherSocial: "其他社会保障缴费",
    socialInsuranceNone: "社会保险缴费支出",
    threePublic: "“三公”经费支出",
    abroad: "因公出国（境）费",
    vehicle: "公务用车购置及运行维护费",
    vehiclePurchase: "公务用车购置费",
    vehicleOperation: "公务用车运行维护费",
    reception: "公务接待费",
  },

  /** "{label}完成275.76万元" */
  completed: "{label}完成{amount}万元",
  /** A bare amount inside a list: "机关事业单位基本养老保险缴费24.09万元". */
  itemAmount: "{label}{amount}万元",
  increase: "，比上年增加{delta}万元，增长{percent}%",
  decrease: "，比上年减少{delta}万元，下降{percent}%",
  flat: "，与上年持平",
  new: "，上年无此项支出",
  /** 本年 = 0, 上年 > 0: a whole clause of its own. */
  stopped: "本年无{label}，上年为{prior}万元",
  none: "本单位{year}年度无{label}。",
  /** A part that is zero in both years, inside a list: "无因公出国（境）费支出". */
  partNone: "无{label}支出",
  reason: "，主要原因是{reason}",

  /** The unit as the subject of a figure: "本单位政府性基金预算支出". */
  unitSubject: "本单位{label}",
  /** Sentence openers. */
  yearOpening: "{year}年度，",
  ofWhich: "，其中",
  ofWhichSentence: "其中",
  clauseSeparator: "；",
  listSeparator: "、",
  end: "。",

  /** 项目支出: the projects, largest first. */
  projectsLead: "，",
  /** After a reason the list starts a clause of its own, so two 主要… do not run together. */
  projectsLeadAfterReason: "；项目支出",
  projectsSingle: "主要为{name}",
  projectsSome: "主要为{list}",
  projectsMore: "主要为{list}等{count}个项目，其余{rest}个项目合计{restAmount}万元",
  projectItem: "{name}{amount}万元",

  /** 五 社会保险: the unit's contributions and their total. */
  socialOpening: "{year}年度，本单位社会保险缴费支出：",

  /** 六 预算执行率. */
  execution:
    "{year}年度，本单位{label}{budgetName}{budget}万元，决算数{current}万元，预算执行率{rate}%",
  /** Which budget the execution rate is measured against, named as the workbook's column says. */
  budgetNames: { "full-year": "全年预算数", adjusted: "调整预算数", initial: "年初预算数" },
  /** 三公 against its budget, after the total's change. */
  threePublicWithinBudget: "，全年预算{budget}万元，支出控制在预算以内",
  threePublicOverBudget: "，全年预算{budget}万元，超出预算{over}万元",
  /** 三公 parts: "其中：因公出国（境）费…；…" */
  threePublicPartsOpening: "其中：",
  vehicleDetail: "（其中{parts}）",
  vehicleDetailSeparator: "，",

  /** 人员情况 (counts, 人). */
  staff: "{year}年本单位{parts}",
  staffAuthorized: "编制数{count}人",
  staffActual: "年末实有人数{count}人",
  staffSeparator: "，",
  staffIncrease: "，比上年增加{delta}人",
  staffDecrease: "，比上年减少{delta}人",
  staffFlat: "，与上年持平",

  /** Sign-off date ("2024年5月16日"). */
  date: "{year}年{month}月{day}日",
};
