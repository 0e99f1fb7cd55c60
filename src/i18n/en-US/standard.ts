import type { standard as zh } from "../zh-CN/standard";
import type { CrossParams } from "../zh-CN/standard";

export const standard: typeof zh = {
  kinds: {
    summary: "Income and expenditure summary table",
    income: "Income table",
    expenditure: "Expenditure table",
    fiscalSummary: "Fiscal appropriation summary table",
    generalBudget: "General public budget appropriation expenditure table",
    basicDetail: "General public budget basic expenditure table",
    threePublic: '"Three public" expenditure table',
    govFund: "Government fund appropriation table",
    stateCapital: "State capital operation appropriation table",
  },
  columnNames: {
    total: "total",
    basic: "basic expenditure",
    project: "project expenditure",
    personnel: "personnel",
    publicOperating: "public operating",
    upper: "paid to higher level",
    businessExpenditure: "business expenditure",
    subsidiaryExpenditure: "subsidies to affiliates",
    fiscal: "fiscal appropriation",
    superior: "subsidy from higher level",
    career: "operating income",
    businessIncome: "business income",
    subsidiaryIncome: "paid in by affiliates",
    otherIncome: "other income",
    general: "general public budget",
    govFund: "government fund",
    stateCapital: "state capital operation",
    opening: "opening balance",
    income: "income",
    expenditure: "expenditure",
    closing: "closing balance",
    current: "actual",
    budget: "budget",
  },
  relationColumns: (parts: string[]): string => `the row's ${parts.join(" + ")}`,
  relationBalance: "opening balance + income − expenditure",
  relationDetail: (parts: string): string => `the sum of its economic codes (${parts})`,
  crossMismatch: (p: CrossParams): string =>
    `${p.left} (${p.leftCell}) is ${p.leftValue} but ${p.right} (${p.rightCell}) is ${p.rightValue}, a difference of ${p.difference}: the two tables must agree.`,
  crossRounding: (p: CrossParams): string =>
    `${p.left} (${p.leftCell}) is ${p.leftValue} and ${p.right} (${p.rightCell}) is ${p.rightValue}, a difference of ${p.difference} within the 万元 rounding tolerance: usually nothing to fix.`,
  grandTotals: (
    income: string,
    expenditure: string,
    incomeCell: string,
    expenditureCell: string,
    difference: string
  ): string =>
    `Income grand total (${incomeCell}) ${income} differs from expenditure grand total (${expenditureCell}) ${expenditure} by ${difference}: they must be equal.`,
  dataSheetDisagrees: (p: CrossParams): string =>
    `The report uses the 基础数据表: ${p.left} (${p.leftCell}) is ${p.leftValue} but ${p.right} (${p.rightCell}) is ${p.rightValue}, a difference of ${p.difference}: make the data sheet agree with the final-accounts tables.`,
  formulaLeavesOut: (p: {
    label: string;
    cell: string;
    formula: string;
    missing: string;
    expected: string;
  }): string =>
    `${p.label} (${p.cell}): the formula ${p.formula} leaves out rows it should total (${p.missing}); it should cover ${p.expected}.`,
  formulaConstant: (p: { label: string; cell: string; value: string; formulas: number }): string =>
    `${p.label} (${p.cell}) is a typed value ${p.value} while its ${p.formulas} sibling totals are formulas: it will not follow changes; use a SUM formula.`,
  formulaEmptyRef: (p: { label: string; cell: string; formula: string; empty: string }): string =>
    `${p.label} (${p.cell}): the formula ${p.formula} refers to the empty cell ${p.empty}; check the reference.`,
  priorYear: (priorYear: number, expected: number): string =>
    `Last year's workbook is for ${priorYear}, not ${expected}: check that you chose the previous year's workbook.`,
  priorYearUnknown:
    "Last year's workbook does not state its year: check that it is the previous year's workbook.",
  priorRowUnmatched: (p: { label: string; cell: string; prior: string }): string =>
    `"${p.label}" in last year's workbook (${p.cell}, ${p.prior}) has no matching row this year: it cannot be compared; check its name or code.`,
  emptyTable: (title: string): string => `${title} says it has no data; read as 0.`,
  usedSource: {
    dataSheet: (sheet: string): string =>
      `The report uses the data sheet "${sheet}"; the final-accounts tables are only checked against it.`,
    tables: (sheets: string[]): string =>
      `The report uses the final-accounts tables: ${sheets.join(", ")}.`,
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
      `${file}  ${unit || "(unit not found)"} ${year}  errors ${error}  warnings ${warning}  info ${info}`,
    unreadable: (file: string, reason: string): string => `${file}  cannot be used: ${reason}`,
    total: (files: number, usable: number, withErrors: number): string =>
      `${files} files, ${usable} usable, ${withErrors} with errors.`,
    noFiles: "No .xlsx files found.",
    written: (path: string): string => `Summary workbook written: ${path}`,
    summarySheet: "Summary",
    findingsSheet: "Findings",
    summaryHeader: ["File", "Unit", "Year", "Errors", "Warnings", "Info", "Status"],
    findingsHeader: [
      "File",
      "Unit",
      "Severity",
      "Rule",
      "Sheet",
      "Cell",
      "Message",
      "Expected (元)",
      "Actual (元)",
      "Difference (元)",
    ],
    ok: "checked",
    severity: { error: "error", warning: "warning", info: "info" },
  },
};
