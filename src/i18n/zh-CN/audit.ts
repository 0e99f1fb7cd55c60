/** 核对报告: what the audit of a report's text says (docs/domain.md §8). */
export const audit = {
  ruleNames: {
    "AUDIT-PCT": "百分比与金额不符",
    "AUDIT-DIRECTION": "增减方向矛盾",
    "AUDIT-SUM": "分项与合计不符",
    "AUDIT-SHARE": "占比不符",
    "AUDIT-TOTALS": "收入总计与支出总计不等",
    "AUDIT-BLANK": "模板空白或重复字词",
    "AUDIT-ROUNDING": "尾差",
    "AUDIT-WORKBOOK": "与工作簿不符",
  } as Record<string, string>,
  /** "本年数24.55万元、上年数22.87万元" */
  basisAmounts: (current: string, base: string, against: "prior" | "budget") =>
    `本年数${current}、${against === "prior" ? "上年数" : "预算数"}${base}`,
  basisDelta: (delta: string, base: string, against: "prior" | "budget") =>
    `增减额${delta}、${against === "prior" ? "上年数" : "预算数"}${base}`,
  /** A rate whose base is 0: no percentage describes the change. */
  noRate: (against: "prior" | "budget") =>
    `${against === "prior" ? "上年数" : "预算数"}为0，增减幅度无从计算`,
  /** An execution rate of a budget of 0: no percentage of it was spent. */
  noExecutionRate: "预算数为0，执行率无从计算",
  /** "2017年13.2%、2013年22.5%": two years of a list printed one figure per year. */
  basisYears: (later: number, laterFigure: string, earlier: number, earlierFigure: string) =>
    `${later}年${laterFigure}、${earlier}年${earlierFigure}`,
  basisDeltaCurrent: (delta: string, current: string) => `增减额${delta}、本年数${current}`,
  basisExecution: (current: string, budget: string) => `决算数${current}、预算数${budget}`,
  /** "完成数174.8亿元、超收24.2亿元" */
  basisShortfall: (current: string, off: string) => `完成数${current}、${off}`,
  basisScore: (score: string, weight: string) => `得分${score}分、分值${weight}分`,
  scoreOverWeight: (name: string, score: string, weight: string) =>
    `${name}得分${score}分，超过了它的分值${weight}分。`,
  /** "项目总体评价得分" */
  scoreOf: (name: string) => `${name}得分`,
  weightOf: (name: string) => `${name}分值`,
  impliedBudgets: (parent: string, budget: string, parts: string, sum: string) =>
    `${parent}预算数${budget}，而按其中${parts}各自的支出与完成预算的比例推算，它们的预算合计约${sum}，两者不符。`,
  basisImpliedBudgets: (current: string, parts: string, sum: string) =>
    `决算数${current}、其中${parts}按支出与执行率推算的预算合计约${sum}`,
  basisNamedRatio: (part: string, base: string, addedBack: boolean) =>
    addedBack ? `${part} ÷（${base} + ${part}）` : `${part} ÷ ${base}`,
  /** A rate of a base of 0: "“增长100%”：增减额4.79万元、本年数4.79万元，预算数为0，增减幅度无从计算". */
  pctOfZero: (claim: string, basis: string, against: "prior" | "budget", execution: boolean) =>
    `“${claim}”：${basis}，${against === "prior" ? "上年数" : "预算数"}为0，${execution ? "执行率" : "增减幅度"}无从计算`,
  pct: (claim: string, basis: string, expected: string) =>
    `“${claim}”：按${basis}计算应为${expected}`,
  mistakes: {
    wrongDenominator: "（疑为以本年数而非上年数作分母）",
    notTimes100: "（疑为比率未乘以100）",
    ratioNotChange: "（疑为本年数除以上年数，未减去100%）",
    unitSlip: (amount: string) => `（疑为金额单位写错，应为${amount}）`,
  },
  rounding: (claim: string, expected: string) =>
    `“${claim}”：按所列数字计算为${expected}，差在末位进位以内（截尾，或按更精确的数据计算），请核对。`,
  roundingToHundred: (claim: string, expected: string) =>
    `“${claim}”：按所列数字计算为${expected}，差在末位进位以内；各项占比合计正好100%，疑为凑足100%作的尾差调整，请核对。`,
  directionWords: (first: string, second: string) =>
    `先说“${first}”，又说“${second}”，增减方向相反。`,
  unitBesideSibling: (said: string, beside: string, expected: string) =>
    `“${said}”与同句的“${beside}”相差万倍以上，疑为金额单位写错，应为${expected}。`,
  changeSaidTwice: (first: string, second: string) =>
    `同一变动先写“${first}”，紧接着又写“${second}”，两个金额不符，至少一处有误。`,
  changePrintedTwice: (name: string, current: string, said: string, elsewhere: string) =>
    `${name}${current}的同一变动，这里写“${said}”，别处写“${elsewhere}”，两处不符，至少一处有误。`,
  baseSaidZero: (words: string, current: string, claim: string) =>
    `既然“${words}”，增减额应为本年数${current}，而写作“${claim}”，两者不符。`,
  doubleNegative: (claim: string) => `“${claim}”：增减词与负号重复，读作相反的方向；应去掉负号。`,
  /** "本年数24.55万元、上年数22.87万元"; a budget's adjustment: "调整后15.43亿元、年初预算17.77亿元". */
  twoAmounts: (current: string, prior: string, adjusted: boolean) =>
    adjusted ? `调整后${current}、年初预算${prior}` : `本年数${current}、上年数${prior}`,
  directionAmounts: (word: string, amounts: string) => `${amounts}，却写“${word}”。`,
  amountAndBudget: (amount: string, budget: string) => `完成数${amount}、预算数${budget}`,
  points: (value: string) => `${value}个百分点`,
  pointsApart: (claim: string, first: string, second: string, expected: string) =>
    `“${claim}”：${first}与${second}相差${expected}。`,
  averageRate: (claim: string, from: string, to: string, years: string, expected: string) =>
    `“${claim}”：由${from}到${to}共${years}年，按复合增长计算年均应为${expected}。`,
  averageOfGrowth: (claim: string, growth: string, years: string, expected: string) =>
    `“${claim}”：${growth}，${years}年按复合增长计算年均应为${expected}。`,
  averageRateYearCounted: (claim: string, years: string, expected: string, counted: string) =>
    `“${claim}”：按起止年份相隔${years}年复合计算应为${expected}；所印数与按${counted}年计算相符（把起始年也算作一年），请核对基期。`,
  deltaMismatch: (claim: string, amounts: string, expected: string) =>
    `“${claim}”：${amounts}，两者之差应为${expected}。`,
  countOfAbove: (words: string, listed: string, total: string) =>
    `写“${words}”，其上列出的却是${listed}项，且正是这${listed}项合计${total}。`,
  countMismatch: (count: string, names: string, listed: string) =>
    `写“${count}”，其后列出的却是${listed}个：${names}。`,
  budgetPrintedTwice: (
    heading: string,
    budget: string,
    rate: string,
    prior: string,
    right: string
  ) =>
    `本年预算先写${heading}，又写${budget}；“${rate}”按上年数${prior}与${right}计算相符，另一个数不符。`,
  increase: "增加",
  decrease: "减少",
  changeWordLeftOut: (amount: string, rate: string, word: string) =>
    `“${amount}”前缺少“${word}”：按其后“${rate}”，它是增减额而不是上年数，请补上“${word}”。`,
  wholeBelowPart: (whole: string, total: string, part: string, amount: string) =>
    `${whole}${total}，少于它所含的${part}${amount}。`,
  /** "按132697卷、每卷(册)2元计算应为26.54万元，而写作21.44万元。" */
  /** "面积0.5亩" for 0.5万亩: the count the standard and the amount make has lost its 万. */
  countWithoutWan: (count: string, standard: string, amount: string, expected: string) =>
    `“${count}”：按${standard}、${amount}计算应为${expected}（疑为数量漏写“万”）。`,
  perUnitMismatch: (count: string, standard: string, expected: string, printed: string) =>
    `按${count}、${standard}计算应为${expected}，而写作${printed}。`,
  savingMismatch: (saved: string, budget: string, bought: string, expected: string) =>
    `节约资金${saved}，而采购预算${budget}减去采购金额${bought}为${expected}，两者不符。`,
  cutMismatch: (cut: string, submitted: string, approved: string, expected: string) =>
    `审减金额${cut}，而送审金额${submitted}减去审定金额${approved}为${expected}，两者不符。`,
  fundsBreakdownMismatch: (label: string, value: string, columns: string) =>
    `${label}合计${value}，与年度资金总额的${columns}都不相等。`,
  fundsColumns: { initial: "年初预算数", adjusted: "全年预算数", spent: "全年执行数" } as Record<
    "initial" | "adjusted" | "spent",
    string
  >,
  partsMakeAnother: (parent: string, total: string, parts: string, sum: string, other: string) =>
    `${parent}${total}，而其中${parts}合计${sum}，两者不符；这一合计与附近的${other}相等，请核对这些分项属于哪个总数。`,
  netAssetsMismatch: (claim: string, assets: string, debts: string, expected: string) =>
    `“${claim}”：资产${assets}减负债${debts}应为${expected}。`,
  balanceMismatch: (claim: string, income: string, spending: string, expected: string) =>
    `“${claim}”：收入${income}减支出${spending}应为${expected}。`,
  gapMismatch: (claim: string, income: string, spending: string, expected: string) =>
    `“${claim}”：支出${spending}减收入${income}应为${expected}。`,
  partsMismatch: (parent: string, total: string, parts: string, sum: string) =>
    `${parent}${total}，而其中${parts}合计${sum}，两者不符。`,
  budgetPartsMismatch: (parent: string, total: string, parts: string, sum: string) =>
    `${parent}预算数${total}，而其中${parts}的预算数合计${sum}，两者不符。`,
  partInAnotherUnit: (part: string, unit: string, whole: string, expected: string) =>
    `${part}：其余各项均以${unit}计，若此项为${expected}，各项合计与${whole}相符；疑为单位写错，应为${expected}。`,
  partsOver: (parent: string, total: string, parts: string, sum: string) =>
    `其中${parts}${parts.includes("、") ? "合计" : ""}${sum}，超过了${parent}${total}。`,
  carryOver: (
    closing: string,
    opening: string,
    income: string,
    spending: string,
    expected: string
  ) =>
    `年末结转和结余${closing}：按上年结转和结余${opening}、本年收入${income}、本年支出${spending}计算应为${expected}。`,
  /** What a list whose amounts make up its whole leaves out: lines the whole had last year only. */
  linesNotListed: "其余未列出的项目",
  changesMismatch: (parent: string, delta: string, sum: string, unlisted: string) =>
    `${parent}${delta}，而各组成部分合计${sum}${unlisted ? `（${unlisted}本年为0，只可能减少，未计入）` : ""}。`,
  /** A signed change said in words: "减少16.29万元". */
  change: (amount: string, increase: boolean) => `${increase ? "增加" : "减少"}${amount}`,
  workedOutPartsOver: (parent: string, year: string, parts: string, sum: string, total: string) =>
    `按所列增减额和增减幅度推算，其中${parts}${year}合计至少${sum}，超过了${parent}${year}至多${total}。`,
  changesWithRatesMismatch: (
    parent: string,
    claim: string,
    whole: string,
    parts: string,
    partsSum: string
  ) =>
    `${parent}“${claim}”按其本年数计应为${whole}，而按所列增减额和增减幅度，其中${parts}合计只能${partsSum}（已计入舍入），两者不能同时成立。`,
  /** The parts make the whole's amount, but may not list every line it had last year. */
  changesWithRatesOver: (
    parent: string,
    claim: string,
    whole: string,
    parts: string,
    most: string
  ) =>
    `${parent}“${claim}”按其本年数计应为${whole}，而按所列增减额和增减幅度，其中${parts}合计至多${most}（未列出的项目本年为0，只可能减少；已计入舍入），两者不能同时成立。`,
  thisYear: "本年",
  lastYear: "上年",
  budgetChangesMismatch: (parent: string, delta: string, sum: string, unlisted: string) =>
    `${parent}较预算${delta}，而各组成部分较预算合计${sum}${unlisted ? `（${unlisted}本年为0，只可能少于预算，未计入）` : ""}。`,
  share: (
    claim: string,
    item: string,
    amount: string,
    whole: string,
    wholeAmount: string,
    expected: string
  ) => `“${claim}”：${item}${amount}占${whole}${wholeAmount}应为${expected}。`,
  shareBound: (
    claim: string,
    item: string,
    amount: string,
    whole: string,
    wholeAmount: string,
    expected: string
  ) => `“${claim}”：${item}${amount}占${whole}${wholeAmount}只有${expected}，达不到所说的比例。`,
  shareInAnotherUnit: (part: string, percent: string, whole: string, expected: string) =>
    `${part}：按${whole}的${percent}计算，金额应为${expected}；疑为金额单位写错。`,
  shareOfImpliedWhole: (
    claim: string,
    others: string,
    whole: string,
    item: string,
    amount: string,
    expected: string
  ) =>
    `“${claim}”：按同列${others}的金额与占比，它们的总额约为${whole}，${item}${amount}应占${expected}。`,
  shareOverWhole: (claim: string) => `“${claim}”：一项占它所属总额的比重不能超过100%。`,
  sharesOver: (sum: string) => `同一总额下各项占比合计${sum}，超过100%。`,
  sharesUnder: (sum: string) => `各组成部分占比合计${sum}，应为100%。`,
  totals: (income: string, spending: string) =>
    `收入总计${income}与支出总计${spending}不等；决算中两者应相等。`,
  /** "2026年收支预算11,174.3万元" against "2026年支出预算11,380.57万元". */
  bothFlowsBudget: (whole: string, side: string) =>
    `${side}与${whole}不等；收支预算即收入预算和支出预算各自的数额，三者应相等。`,
  blankKinds: {
    placeholder: "模板中的占位符未替换",
    percentWithoutNumber: "百分号前缺少数字",
    missingNumber: "模板要求的数字没有填写",
    emptyComposition: "“由……组成”中没有内容",
    unresolvedChoice: "模板中的备选词未选定",
    doubledWord: "字词重复",
    emptyReason: "“原因是”后没有写明原因",
    sameYear: "与报告年度自身比较，比较年份应为上一年",
    emptyOfWhich: "“其中”后没有内容",
    doubledUnit: "金额后的单位重复，改单位时留下了原来的单位",
    misplacedSeparator: "千位分隔符的位置不对，看不出是哪个数",
    instructionLeft: "表格中仍是模板的填写说明，没有填写内容",
    rateWithoutPercent: "增减幅度后缺少百分号",
    rateInBracketsWithoutPercent: "增减幅度后缺少百分号（从PDF复制的文字常丢失百分号，请对照原文）",
    doubledCharacter: "名称的末字重复",
    draftNote: "起草时的批注未删除（模板要求公开前删除）",
    repeatedClause: "同一段文字连续出现两次",
    unfinishedSentence: "句子没有写完（以逗号结束，下一行是新的标题）",
    unitOutOfOrder: "“为”字与金额的顺序颠倒",
    percentForAmount: "应填金额的位置填的是百分比",
  },
  doubledInRow: (words: string) =>
    `“${words}”：字词重复，但所在行没有标点，像是表格的两个单元格连在一起；请核对原文。`,
  blank: (words: string, kind: string) => `“${words}”：${kind}。`,
  anotherUnitItself: (name: string, own: string) =>
    `“${name}”写作本级，而本文所说的单位是“${own}”，疑为套用其他单位的报告时未改的单位名称。`,
  anotherUnit: (name: string, own: string) =>
    `“${name}”：同样的句子别处写的是“${own}”，疑为套用其他单位的报告时未改的单位名称。`,
  headingsYear: (printed: string, body: string) =>
    `“${printed}”：标题所写年度正文中未再出现，正文所述均为${body}，疑为沿用上一年报告的标题。`,
  workbook: (item: string, printed: string, where: string, expected: string) =>
    `${item}写作${printed}，而工作簿${where}按同样的单位和位数应为${expected}。`,
  workbookRounding: (item: string, printed: string, where: string, expected: string) =>
    `${item}写作${printed}，工作簿${where}按同样的单位和位数为${expected}，差在末位进位以内，请核对。`,
  whereCurrent: "本年数",
  wherePrior: "上年数",
  whereDelta: "增减额",
  whereRate: "增减率",
};
