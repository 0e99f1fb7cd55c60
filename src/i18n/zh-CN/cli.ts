/** Command-line text. Error lines are bilingual by contract; the rest follows the locale. */
export const cli = {
  usage: `用法 / Usage:
  budget-report check   <工作簿.xlsx> [--prior <上年.xlsx>] [--json] [--lang en-US]
  budget-report check   <多个文件或文件夹…> [--json] [--out 汇总.xlsx]   （批量检查）
  budget-report changes <工作簿.xlsx> [--prior <上年.xlsx>] [--json]
  budget-report report  <工作簿.xlsx> [--prior <上年.xlsx>] --out <文件.docx|.xlsx|.xlsm|.md|.txt|.json> [--force]
  budget-report template --out <文件.xlsx> [--force]
  budget-report audit   <报告.docx|.txt|.md> [--workbook <本年.xlsx> [--prior <上年.xlsx>]] [--json]
                        （核对报告文字中的数字：自身是否一致，以及与工作簿是否一致）

退出码：0 完成且无错误；1 完成但有“错误”级问题；2 输入无法使用。`,
  badArguments: (detail: string) => `参数有误：${detail}`,
  unknownCommand: (command: string) => `未知命令“${command}”`,
  missingWorkbook: "缺少工作簿文件",
  missingReport: "缺少要核对的报告文件（.docx、.txt 或 .md）",
  priorNeedsWorkbook: "--prior 需与 --workbook 一起使用",
  auditSummary: (source: string, sentences: number, error: number, warning: number, info: number) =>
    `${source}：核对含数字的句子 ${sentences} 句，错误 ${error} 项，警告 ${warning} 项，提示 ${info} 项`,
  auditClean: "未发现数字错误。",
  auditAgainst: (workbook: string) => `并与工作簿“${workbook}”核对`,
  missingOut: "缺少 --out <文件>",
  unknownOption: (option: string) => `未知选项 ${option}`,
  optionNeedsValue: (option: string) => `${option} 需要一个值`,
  outExists: (path: string) => `文件已存在：${path}（如需覆盖请加 --force）`,
  unsupportedOut: (path: string) =>
    `不支持的输出格式：${path}（可用 .docx .xlsx .xlsm .md .txt .json）`,
  outIsInput: (path: string) =>
    `输出文件不能是输入的工作簿本身：${path}（请换一个文件名，原工作簿不会被改动）`,
  outIsFolder: (path: string) => `输出路径是一个文件夹：${path}（请在后面加上文件名）`,
  outFolderMissing: (folder: string) => `输出文件夹不存在：${folder}（请先创建它，或换一个位置）`,
  outNotWritable: (folder: string) => `没有权限在此文件夹写入：${folder}（请换一个可写的位置）`,
  diskFull: (path: string) => `磁盘空间不足，未能写出：${path}（已写的部分已删除）`,
  macroWorkbookNeedsXlsm: (path: string) => `输入的工作簿含有宏，输出文件应以 .xlsm 结尾：${path}`,
  plainWorkbookNeedsXlsx: (path: string) => `输入的工作簿不含宏，输出文件应以 .xlsx 结尾：${path}`,
  internalError: (detail: string) => `程序内部错误：${detail}`,
  summary: (unit: string, year: string, error: number, warning: number, info: number) =>
    `${unit || "（未识别单位名称）"} ${year}：错误 ${error} 项，警告 ${warning} 项，提示 ${info} 项`,
  allPassed: "全部校验通过，未发现问题。",
  findingsHeader: ["级别", "位置", "规则", "说明"],
  changesHeader: ["项目", "上年", "本年", "增减额", "增减率", "说明"],
  needsReason: "需说明原因",
  newItem: "新增",
  stoppedItem: "本年无",
  unknownItem: "未能读取",
  flatItem: "持平",
  source: (sheet: string, range: string, unit: string) =>
    `数据来源：${sheet}!${range}（单位：${unit}）`,
  sourceTables: (sheets: string, unit: string) => `数据来源：标准决算表 ${sheets}（单位：${unit}）`,
  priorSheet: (sheet: string) => `上年数来源：本工作簿的“${sheet}”表`,
  priorWorkbook: (sheet: string, year: number | undefined) =>
    `上年数来源：上年工作簿的“${sheet}”表${year !== undefined ? `（${year}年）` : ""}`,
  unusedSheets: (list: string) => `未使用的工作表：${list}`,
  templateWritten: (path: string) => `已生成空白模板：${path}`,
  reportWritten: (path: string) => `已写出报告：${path}`,
  reportWithFindings: (errors: number, warnings: number) =>
    `注意：工作簿仍有 ${errors} 项错误、${warnings} 项警告，报告已照常生成。`,
  placeholdersLeft: (count: number, names: string) => `报告中还有 ${count} 处待补充：${names}`,
  noPlaceholders: "报告中没有待补充的内容。",
};
