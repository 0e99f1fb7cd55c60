import type { recognition as zh } from "../zh-CN/recognition";
import { standard } from "./standard";

export const recognition: typeof zh = {
  emptyWorkbook: "The workbook is empty: it holds no data.",
  noTable:
    "No recognisable budget table was found: it needs an item column and amount columns such as current-year and prior-year actuals. Check the headers or choose them in the Data tab.",
  priorWorkbook: (problem: string) => `Last year's workbook: ${problem}`,
  severity: { error: "Error", warning: "Warning", info: "Info" },
  sheetKinds: {
    "basic-data-sheet": "basic data sheet (基础数据表)",
    "hunan-basic-data-form": "Hunan performance basic data form (部门整体支出绩效评价基础数据表)",
    ...standard.kinds,
    "institution-info": "institution information (机构运行信息表)",
    profile: "report texts (基本情况)",
    "self-evaluation": "self-evaluation scores (自评表)",
    "report-output": "a report sheet this tool wrote",
    "other-table": "another table",
    blank: "blank sheet",
    unknown: "not recognised",
  },
  evidence: {
    user: "chosen by hand",
    "table-code": "table number",
    title: "title",
    "sheet-name": "sheet name",
    header: "header",
    content: "content",
    none: "none",
  },
  sheetRoles: { source: "source", "cross-check": "cross-check", unused: "unused" },
  sheetReasons: {
    "most-coverage": "covers most of what the report needs",
    "only-source": "the only readable source",
    "user-choice": "chosen by hand in the Data tab",
    "prior-year-sheet": "last year's sheet, read as the prior year",
    "standard-table": "one of the standard tables the report reads",
    "report-texts": "the report's texts come from it",
    "staff-counts": "the head counts come from it",
    "cross-check": "checked against the sheet the report uses",
    "less-coverage": "readable, but covers less of what the report needs than the chosen source",
    "duplicate-table": "a second table of a kind already read",
    unreadable: "its kind is known, but no header or data rows were found",
    "not-a-source": "holds no amounts the report uses",
    blank: "blank",
    unknown: "no table recognised",
  },
  sourceLine: (sheets: string, count: number) =>
    count > 1 ? `Source: ${sheets} and ${count - 1} more sheets` : `Source: ${sheets}`,
};
