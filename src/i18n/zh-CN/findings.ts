/**
 * Finding messages (the checks of src/core/checks). Each says what is wrong and what to fix. Amounts arrive
 * already formatted ("2,757,600.00元"); cells as "E8".
 */

/** A sum or identity that does not hold: `relation` says what the cell should equal. */
export interface SumParams {
  label: string;
  cell: string;
  /** Column name ("本年决算数"). */
  column: string;
  /** What the cell should equal, e.g. "人员经费+公用经费" or "下级各项之和（基本工资、津贴补贴）". */
  relation: string;
  expected: string;
  actual: string;
  difference: string;
  /** Hidden rows take part in the sum. */
  hidden: boolean;
  /** The cell is blank but its parts are not. */
  blank: boolean;
}

export interface RoundingParams extends SumParams {
  tolerance: string;
}

export interface CellParams {
  label: string;
  cell: string;
  column: string;
  /** The cell content as typed. */
  raw: string;
  /** The value read, formatted. */
  value: string;
  hidden: boolean;
}

export interface ChangeParams {
  label: string;
  cell: string;
  prior: string;
  current: string;
  delta: string;
  /** "12.50%" — or "" for new items (上年为 0). */
  percent: string;
  /** Where to type the reason ("F12"), when there is a reason column. */
  reasonCell?: string;
  hidden: boolean;
}

const hiddenNote = (hidden: boolean): string => (hidden ? "（含隐藏行）" : "");
const reasonWhere = (cell?: string): string => (cell ? `（${cell}）` : "");

export const findings = {
  columns: { current: "本年决算数", prior: "上年决算数", budget: "预算数" } as Record<
    "current" | "prior" | "budget",
    string
  >,
  texts: {
    functions: "主要职能",
    organization: "机构情况",
    staffing: "人员情况",
    keyWork: "年度重点工作",
    performance: "部门整体支出绩效情况",
    problems: "存在的问题及原因分析",
    improvements: "下一步改进措施",
    resultUse: "绩效自评结果拟应用和公开情况",
    otherMatters: "其他需要说明的情况",
  } as Record<string, string>,

  /** Relations for sum messages. */
  relationChildren: (parts: string): string => `下级各项之和（${parts}）`,
  relationCodes: (code: string, parts: string): string => `${code}下各明细科目之和（${parts}）`,
  relationTotal: (parts: string): string => `所合计各行之和（${parts}）`,
  relationIdentity: (parts: string[]): string => parts.join("+"),
  moreParts: (shown: string[], total: number): string =>
    total > shown.length ? `${shown.join("、")}等${total}项` : shown.join("、"),

  sumMismatch: (p: SumParams): string =>
    p.blank
      ? `${p.label}（${p.cell}，${p.column}）为空，但${p.relation}为 ${p.expected}${hiddenNote(p.hidden)}：请填写 ${p.expected}，或核对各组成项。`
      : `${p.label}（${p.cell}，${p.column}）应等于${p.relation} ${p.expected}，实为 ${p.actual}，相差 ${p.difference}${hiddenNote(p.hidden)}：请核对该单元格或各组成项的金额。`,
  roundingDifference: (p: RoundingParams): string =>
    `${p.label}（${p.cell}，${p.column}）与${p.relation} ${p.expected} 相差 ${p.difference}（实为 ${p.actual}），在万元取整的尾差范围（不超过 ${p.tolerance}）内${hiddenNote(p.hidden)}：通常无需修改；如需完全一致，请调整尾数。`,
  ofWhichExceeds: (p: SumParams): string =>
    `${p.label}（${p.cell}，${p.column}）的“其中”各项合计 ${p.expected} 超过了该项本身 ${p.actual}，多出 ${p.difference.replace(/^-/, "")}${hiddenNote(p.hidden)}：“其中”项之和不能大于总数，请核对。`,

  textNumber: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）的数字以文本形式存储（“${p.raw}”），已按 ${p.value} 读取${hiddenNote(p.hidden)}：请把该单元格改为数值。`,
  cellError: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）是错误值 ${p.raw}${hiddenNote(p.hidden)}：请修正公式或引用后重新计算；该金额未参与核对。`,
  formulaNoValue: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）的公式没有计算结果${hiddenNote(p.hidden)}：请在 Excel 中重新计算（F9）并保存后再检查。`,
  /** Several units' tables on one sheet: only the first is read. */
  severalUnits: (sheet: string, count: number, first: string, rows: string): string =>
    `工作表“${sheet}”中有 ${count} 个单位的表（${rows}）：只读取了第一个${first ? `（${first}）` : ""}，其余未读取也未核对。请把每个单位的表放在单独的工作表或工作簿中，分别检查、生成报告。`,
  formulaComputed: (p: CellParams & { formula: string }): string =>
    `${p.label}（${p.cell}，${p.column}）的公式 ${p.formula} 没有保存计算结果，已按公式算得 ${p.value}${hiddenNote(p.hidden)}：请在 Excel 中重新计算（F9）并保存，以便核对。`,
  notANumber: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）的内容“${p.raw}”不是数字，未参与核对${hiddenNote(p.hidden)}：请填写金额，没有发生额请填 0。`,
  outOfRange: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）的数值 ${p.raw} 超出了金额的合理范围${hiddenNote(p.hidden)}：请核对该单元格。`,
  negative: (p: CellParams): string =>
    `${p.label}（${p.cell}，${p.column}）为负数 ${p.value}${hiddenNote(p.hidden)}：支出一般不应为负，请核对；如确为冲减，请在变动原因中说明。`,

  unitAssumed: (cell: string): string =>
    `表中没有找到金额单位（如“单位：元”或“单位：万元”），已按“元”读取（${cell}）：请在标题下方注明单位。`,
  unitMagnitude: (
    p: CellParams & { unit: string; other: string; otherLabel: string; scaled: string }
  ): string =>
    `${p.label}（${p.cell}，${p.column}）为 ${p.value}，约为${p.otherLabel} ${p.other} 的一万倍${hiddenNote(p.hidden)}：可能把“元”填进了“${p.unit}”表（或相反），按同一单位应为 ${p.scaled} 左右，请核对。`,
  unitMagnitudeSiblings: "同级各项",
  unitMagnitudeColumn: (column: string): string => `本行${column}`,

  codeName: (p: { label: string; cell: string; code: string; name: string }): string =>
    `科目编码 ${p.code} 的名称应为“${p.name}”，表中为“${p.label}”（${p.cell}）：请核对编码或名称。`,

  yoyMissing: (p: { label: string; cell: string; current: string; hidden: boolean }): string =>
    `${p.label}本年有数 ${p.current}，但上年决算数（${p.cell}）为空${hiddenNote(p.hidden)}：无法计算增减变动，请填写上年数（上年无此项请填 0）。`,
  yoyMissingInPrior: (p: {
    label: string;
    cell: string;
    current: string;
    priorSheet: string;
    hidden: boolean;
  }): string =>
    `${p.label}（${p.cell}）本年有数 ${p.current}，但在上年工作簿“${p.priorSheet}”中找不到对应的行${hiddenNote(p.hidden)}：无法计算增减变动。本年新增的项目可不处理；否则请核对项目名称或科目编码与上年是否一致。`,
  priorColumnMissing: (cell: string): string =>
    `表中没有上年决算数列（${cell}）：无法计算与上年的增减变动，请增加“上年决算数”列，或用 --prior 提供上年的工作簿。`,
  yoyExplain: (p: ChangeParams): string =>
    `${p.label}（${p.cell}）本年 ${p.current}，上年 ${p.prior}，变动 ${p.delta}（${p.percent}）${hiddenNote(p.hidden)}，超过需说明的幅度但没有变动原因：请在变动原因列${reasonWhere(p.reasonCell)}填写原因。`,
  yoyExplainNew: (p: ChangeParams): string =>
    `${p.label}（${p.cell}）本年新增 ${p.current}（上年无此项支出）${hiddenNote(p.hidden)}，没有变动原因：请在变动原因列${reasonWhere(p.reasonCell)}说明新增原因。`,
  yoyExplainStopped: (p: ChangeParams): string =>
    `${p.label}（${p.cell}）本年无支出，上年为 ${p.prior}${hiddenNote(p.hidden)}，没有变动原因：请在变动原因列${reasonWhere(p.reasonCell)}说明原因。`,

  execRate: (p: {
    label: string;
    cell: string;
    current: string;
    budget: string;
    rate: string;
    low: string;
    high: string;
    reasonCell?: string;
    hidden: boolean;
  }): string =>
    `${p.label}（${p.cell}）预算执行率为 ${p.rate}（决算 ${p.current} ÷ 预算 ${p.budget}），不在 ${p.low}～${p.high} 之间${hiddenNote(p.hidden)}，且没有说明原因：请核对预算数与决算数，或在变动原因列${reasonWhere(p.reasonCell)}说明。`,

  textMissing: (p: { name: string; cell: string }): string =>
    `报告文字“${p.name}”没有填写（${p.cell}）：请在“基本情况”表或任务窗格中填写，否则报告中将显示【待补充：${p.name}】。`,
  textPlaceholder: (p: { name: string; cell: string; placeholder: string }): string =>
    `报告文字“${p.name}”中还有未替换的占位内容“${p.placeholder}”（${p.cell}）：请改为实际内容。`,
};
