/** Text of the add-in shell (task-pane start-up) and the Excel host's errors. */
export const addin = {
  notInExcel: "此页面是 Excel 加载项，请在 Excel 中通过“开始”→“绩效自评报告”打开。",
  useWebPage: "没有 Excel？使用网页版",
  officeJsMissing:
    "无法加载 Office.js（微软的加载项脚本）。请检查网络是否能访问 appsforoffice.microsoft.com，或请管理员部署使用本地 Office.js 的版本。",
  startFailed: (what: string) => `加载项启动失败：${what}。请关闭任务窗格后重新打开。`,
  sheetMissing: (sheet: string) => `找不到工作表“${sheet}”，它可能已被删除或改名。请点“重新读取”。`,
};
