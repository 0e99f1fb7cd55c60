import type { reportSheets as zh } from "../zh-CN/reportSheets";

export const reportSheets: typeof zh = {
  changesTitle: "{unit} {year}: changes against the previous year (amounts in yuan)",
  changesColumns: [
    "Item",
    "Code",
    "Prior year",
    "This year",
    "Change",
    "Change %",
    "Reason",
    "Explain",
  ],
  needsExplanation: "Reason needed",
  findingsTitle: "{unit} {year}: check results (amounts in yuan)",
  findingsColumns: ["Severity", "Rule", "Cell", "Message", "Expected", "Actual", "Difference"],
  noFindings: "No problems found.",
  summary: "{error} errors, {warning} warnings, {info} info",
};
