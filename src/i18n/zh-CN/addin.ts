/** Text of the add-in shell (task-pane start-up) and the Excel host's errors. */
export const addin = {
  notInExcel: "此页面是 Excel 加载项，请在 Excel 中通过“开始”→“绩效自评报告”打开。",
  useWebPage: "没有 Excel？使用网页版",
  officeJsMissing:
    "无法加载 Office.js（微软的加载项脚本）。请检查网络是否能访问 appsforoffice.microsoft.com，或请管理员部署使用本地 Office.js 的版本。",
  startFailed: (what: string) => `加载项启动失败：${what}。请关闭任务窗格后重新打开。`,
  sheetMissing: (sheet: string) => `找不到工作表“${sheet}”，它可能已被删除或改名。请点“重新读取”。`,
  sheetHidden: (sheet: string) =>
    `这一项在隐藏的工作表“${sheet}”上。可点“取消隐藏并定位”查看，或在 Excel 中取消隐藏该表。`,
  unhideAndGo: "取消隐藏并定位",
  readOnly: "工作簿以只读方式打开，无法写入。请在 Excel 中点“启用编辑”或另存一份后再试。",
  workbookProtected:
    "工作簿结构受保护，无法添加工作表。请在“审阅”→“保护工作簿”中取消保护（可能需要密码）后再试。",
  sheetsProtected: (sheets: string) =>
    `以下工作表受保护，未做标记：${sheets}。如需标记，请在“审阅”→“撤消工作表保护”后再试。`,
  settingsTrimmed: (what: string) =>
    `设置太大，未能全部保存到工作簿中：未保存${what}。已保存指定的工作表和列、阈值及变动原因。`,
  settingsParts: { texts: "报告文字", ignored: "已忽略的问题" },
  settingsNotSaved:
    "设置未能保存到工作簿中（Excel 拒绝保存）。本次的选择仍然有效，但下次打开不会恢复。",
  highlightsFull: (count: number) =>
    `另有 ${count} 个单元格未标记：标记记录已达到工作簿能保存的上限（否则将无法清除标记）。请先“清除标记”。`,
  /** Office.js error codes, said so that the user knows what to do; the code stays for support. */
  officeError: {
    InvalidOperationInCellEditMode:
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。",
    AccessDenied: "Excel 拒绝了这项操作（工作簿或工作表可能受保护，或以只读方式打开）。",
    ItemAlreadyExists: "已有同名的工作表。请重新读取工作簿后再试。",
    ItemNotFound: "要操作的工作表或区域已不存在（可能被删除或改名）。请点“重新读取”。",
    payloadTooLarge:
      "一次要读写的数据超过了 Excel 的上限。请关闭其他加载项后重试；仍不行时请使用网页版。",
    GeneralException: "Excel 内部出错。请保存工作簿，关闭任务窗格后重新打开再试。",
    ApiNotSupported: "此版本的 Excel 不支持这项功能。请更新 Office。",
    Conflict: "工作簿正被其他人或其他操作修改。请稍后再试。",
    other: "Excel 未能完成这项操作。请重新读取工作簿后再试。",
    code: (code: string) => `（错误代码：${code}）`,
  },
};
