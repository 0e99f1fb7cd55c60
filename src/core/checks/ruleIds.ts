/**
 * Every rule id: the closed list the `RuleId` union is made of. Each id is defined by exactly one rule module
 * under src/core/checks, named after it (SUM-CODES → sumCodes.ts, XT-DATA-SHEET → xtDataSheet.ts); RULES lists
 * those modules' rules, and test/unit/checks/rules.test.ts holds RULES and this list equal. The list lives in a
 * module of its own so that finding.ts can name the union without importing the rules (no import circle).
 */
export const RULE_IDS = [
  "SUM-CHILDREN",
  "SUM-CODES",
  "SUM-TOTAL-ROW",
  "SUM-COLUMNS",
  "ID-BASIC",
  "ID-PERSONNEL",
  "ID-GENERAL",
  "ID-THREE-PUBLIC",
  "ID-BALANCE",
  "XT-EXPENDITURE",
  "XT-INCOME",
  "XT-FISCAL",
  "XT-BASIC",
  "XT-DATA-SHEET",
  "CELL-TEXT-NUMBER",
  "CELL-ERROR",
  "CELL-NEGATIVE",
  "CELL-UNIT",
  "CODE-NAME",
  "FORMULA-RANGE",
  "YOY-MISSING",
  "YOY-EXPLAIN",
  "EXEC-RATE",
  "TEXT-MISSING",
  "PRIOR-YEAR",
  "UNITS-ON-SHEET",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
