import type { recognition as zh } from "../zh-CN/recognition";

export const recognition: typeof zh = {
  emptyWorkbook: "The workbook is empty: it holds no data.",
  noTable:
    "No recognisable budget table was found: it needs an item column and amount columns such as current-year and prior-year actuals. Check the headers or choose them in the Data tab.",
  severity: { error: "Error", warning: "Warning", info: "Info" },
};
