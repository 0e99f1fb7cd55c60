import type { addin as zh } from "../zh-CN/addin";

/** Text of the add-in shell (task-pane start-up) and the Excel host's errors. */
export const addin: typeof zh = {
  notInExcel: "This page is an Excel add-in: open it in Excel from Home → Self-evaluation report.",
  useWebPage: "No Excel? Use the web page",
  officeJsMissing:
    "Office.js (Microsoft's add-in script) could not be loaded. Check that appsforoffice.microsoft.com is reachable, or ask your administrator to deploy the build that serves Office.js locally.",
  startFailed: (what: string) =>
    `The add-in could not start: ${what}. Close the task pane and open it again.`,
  sheetMissing: (sheet: string) =>
    `The sheet "${sheet}" was not found; it may have been deleted or renamed. Click "Reload".`,
};
