/** Column titles and fixed texts of the report worksheets (变动分析, 校验结果). The sheet names are fixed. */
export const reportSheets = {
  changesTitle: "{unit}{year}年度支出变动分析（金额单位：元）",
  changesColumns: ["项目", "科目编码", "上年", "本年", "增减额", "增减率", "原因", "需说明"],
  needsExplanation: "需说明原因",
  findingsTitle: "{unit}{year}年度校验结果（金额单位：元）",
  findingsColumns: ["级别", "规则", "位置", "说明", "应为", "实为", "差额"],
  noFindings: "未发现问题。",
  summary: "错误 {error} 项，警告 {warning} 项，提示 {info} 项",
};
