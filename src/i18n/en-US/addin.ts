import type { addin as zh } from "../zh-CN/addin";

/** Text of the add-in shell (task-pane start-up) and the Excel host's errors. */
export const addin: typeof zh = {
  notInExcel: "This page is an Excel add-in: open it in Excel from Home → Self-evaluation report.",
  useWebPage: "No Excel? Use the web page",
  officeJsMissing:
    "Office.js (Microsoft's add-in script) could not be loaded. Check that appsforoffice.microsoft.com is reachable, or ask your administrator to deploy the build that serves Office.js locally.",
  startFailed: (what: string) =>
    `The add-in could not start: ${what}. Close the task pane and open it again.`,
  sheetHidden: (sheet: string) =>
    `This item is on the hidden sheet "${sheet}". Choose "Unhide and go" to see it, or unhide the sheet in Excel.`,
  unhideAndGo: "Unhide and go",
  readOnly:
    "The workbook is open read-only, so nothing can be written. Choose Enable Editing in Excel, or save a copy, and try again.",
  workbookProtected:
    "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review → Protect Workbook; a password may be needed) and try again.",
  sheetsProtected: (sheets: string) =>
    `These sheets are protected and were not marked: ${sheets}. Unprotect them (Review → Unprotect Sheet) to mark them.`,
  settingsTrimmed: (what: string) =>
    `The settings are too large to keep in the workbook; not saved: ${what}. The chosen sheet and columns, thresholds and reasons are saved.`,
  settingsParts: { texts: "the report texts", ignored: "the ignored findings" },
  settingsNotSaved:
    "Excel refused to save the settings in the workbook. Your choices still apply now, but will not come back when the file is reopened.",
  highlightsFull: (count: number) =>
    `${count} more cells were not marked: the marking record is as large as a workbook can keep (beyond it the marks could not be cleared). Clear the marks first.`,
  officeError: {
    InvalidOperationInCellEditMode:
      "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    AccessDenied:
      "Excel refused this (the workbook or sheet may be protected, or the file open read-only).",
    ItemAlreadyExists: "A sheet of that name already exists. Read the workbook again and retry.",
    ItemNotFound:
      "The sheet or range no longer exists (it may have been deleted or renamed). Choose Read again.",
    payloadTooLarge:
      "The data to read or write at once is over Excel's limit. Close other add-ins and retry; if it still fails, use the web page.",
    GeneralException:
      "Excel had an internal error. Save the workbook, close and reopen the pane, and try again.",
    ApiNotSupported: "This version of Excel does not support this. Update Office.",
    Conflict: "The workbook is being changed by someone or something else. Try again in a moment.",
    other: "Excel could not do this. Read the workbook again and retry.",
    code: (code: string) => ` (error code: ${code})`,
  },
  sheetMissing: (sheet: string) =>
    `The sheet "${sheet}" was not found; it may have been deleted or renamed. Click "Reload".`,
};
