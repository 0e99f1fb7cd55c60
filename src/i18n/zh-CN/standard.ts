/**
 * Messages of the standard 部门决算 tables, last year's workbook, the cross-table and formula checks and the
 * batch command (issue 5). Amounts arrive formatted ("2,757,600.00元"); cells as "E8" or "表名!E8".
 */

export interface CrossParams {
  /** What is compared, e.g. "收入支出决算总表“本年支出合计”". */
  left: string;
  leftCell: string;
  right: string;
  rightCell: string;
  leftValue: string;
  rightValue: string;
  difference: string;
}

export const standard = {
  kinds: {
    summary: "收入支出决算总表",
    income: "收入决算表",
    expenditure: "支出决算表",
    fiscalSummary: "财政拨款收入支出决算总表",
    generalBudget: "一般公共预算财政拨款支出决算表",
    basicDetail: "一般公共预算财政拨款基本支出决算表",
    threePublic: "财政拨款“三公”经费支出决算表",
    govFund: "政府性基金预算财政拨款收入支出决算表",
    stateCapital: "国有资本经营预算财政拨款支出决算表",
  } as Record<string, string>,
  columnNames: {
    total: "合计",
    basic: "基本支出",
    project: "项目支出",
    personnel: "人员经费",
    publicOperating: "公用经费",
    upper: "上缴上级支出",
    businessExpenditure: "经营支出",
    subsidiaryExpenditure: "对附属单位补助支出",
    fiscal: "财政拨款收入",
    superior: "上级补助收入",
    career: "事业收入",
    businessIncome: "经营收入",
    subsidiaryIncome: "附属单位上缴收入",
    otherIncome: "其他收入",
    general: "一般公共预算财政拨款",
    govFund: "政府性基金预算财政拨款",
    stateCapital: "国有资本经营预算财政拨款",
    opening: "年初结转和结余",
    income: "本年收入",
    expenditure: "本年支出",
    closing: "年末结转和结余",
    current: "决算数",
    budget: "预算数",
  } as Record<string, string>,
  relationColumns: (parts: string[]): string => `同行${parts.join("+")}`,
  relationBalance: "年初结转和结余+本年收入−本年支出",
  relationDetail: (parts: string): string => `各经济分类科目之和（${parts}）`,
  crossMismatch: (p: CrossParams): string =>
    `${p.left}（${p.leftCell}）为 ${p.leftValue}，与${p.right}（${p.rightCell}）的 ${p.rightValue} 不一致，相差 ${p.difference}：两表应当相等，请核对。`,
  crossRounding: (p: CrossParams): string =>
    `${p.left}（${p.leftCell}）为 ${p.leftValue}，与${p.right}（${p.rightCell}）的 ${p.rightValue} 相差 ${p.difference}，在万元取整的尾差范围内：通常无需修改。`,
  grandTotals: (
    income: string,
    expenditure: string,
    incomeCell: string,
    expenditureCell: string,
    difference: string
  ): string =>
    `收入总计（${incomeCell}）${income} 与支出总计（${expenditureCell}）${expenditure} 不相等，相差 ${difference}：收支总计应当相等，请核对。`,
  dataSheetDisagrees: (p: CrossParams): string =>
    `报告使用基础数据表的数字：${p.left}（${p.leftCell}）为 ${p.leftValue}，而${p.right}（${p.rightCell}）为 ${p.rightValue}，相差 ${p.difference}：请核对两处数字，使基础数据表与决算报表一致。`,
  formulaLeavesOut: (p: {
    label: string;
    cell: string;
    formula: string;
    missing: string;
    expected: string;
  }): string =>
    `${p.label}（${p.cell}）的公式 ${p.formula} 漏掉了本应合计的行（${p.missing}）：公式应覆盖 ${p.expected}，请修改公式范围。`,
  formulaConstant: (p: { label: string; cell: string; value: string; formulas: number }): string =>
    `${p.label}（${p.cell}）是手工输入的数值 ${p.value}，而同级的 ${p.formulas} 个合计单元格都是公式：下级数字变动时它不会随之更新，建议改为求和公式。`,
  formulaEmptyRef: (p: { label: string; cell: string; formula: string; empty: string }): string =>
    `${p.label}（${p.cell}）的公式 ${p.formula} 引用了空白单元格 ${p.empty}：请确认引用是否正确。`,
  priorYear: (priorYear: number, expected: number): string =>
    `上年工作簿的年度是 ${priorYear} 年，不是 ${expected} 年：请确认选择的是上一年度的工作簿。`,
  priorYearUnknown: "上年工作簿中没有找到年度：请确认它是上一年度的工作簿。",
  priorRowUnmatched: (p: { label: string; cell: string; prior: string }): string =>
    `上年工作簿中的“${p.label}”（${p.cell}，上年 ${p.prior}）在本年工作簿中找不到对应的行：该项无法比较，请核对项目名称或科目编码。`,
  emptyTable: (title: string): string => `${title}注明本表无数据，按 0 处理。`,
  usedSource: {
    dataSheet: (sheet: string): string => `报告使用基础数据表“${sheet}”；决算报表仅用于核对。`,
    tables: (sheets: string[]): string => `报告使用决算报表：${sheets.join("、")}。`,
  },
  batch: {
    line: (
      file: string,
      unit: string,
      year: string,
      error: number,
      warning: number,
      info: number
    ): string =>
      `${file}\u3000${unit || "（未识别单位名称）"} ${year}\u3000错误 ${error}\u3000警告 ${warning}\u3000提示 ${info}`,
    unreadable: (file: string, reason: string): string => `${file}\u3000无法使用：${reason}`,
    total: (files: number, usable: number, withErrors: number): string =>
      `共 ${files} 个文件，可用 ${usable} 个，其中 ${withErrors} 个有错误。`,
    noFiles: "没有找到 .xlsx 文件。",
    written: (path: string): string => `已写出汇总工作簿：${path}`,
    summarySheet: "汇总",
    findingsSheet: "问题清单",
    summaryHeader: ["文件", "单位", "年度", "错误", "警告", "提示", "状态"],
    findingsHeader: [
      "文件",
      "单位",
      "级别",
      "规则",
      "工作表",
      "单元格",
      "说明",
      "应为（元）",
      "实为（元）",
      "差额（元）",
    ],
    ok: "已检查",
    severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  },
};
