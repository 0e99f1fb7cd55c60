import type { cli as zh } from "../zh-CN/cli";

export const cli: typeof zh = {
  usage: `Usage:
  budget-report check   <workbook.xlsx> [--prior <last-year.xlsx>] [--json] [--lang en-US]
  budget-report check   <files or folders…> [--json] [--out summary.xlsx]   (batch)
  budget-report changes <workbook.xlsx> [--prior <last-year.xlsx>] [--json]
  budget-report report  <workbook.xlsx> [--prior <last-year.xlsx>] --out <file.docx|.xlsx|.xlsm|.md|.txt|.json> [--force]
  budget-report template --out <file.xlsx> [--force]
  budget-report audit   <report.docx|.txt|.md> [--workbook <this-year.xlsx> [--prior <last-year.xlsx>]] [--json]
                        (checks the report's figures against each other and against the workbook)

Exit status: 0 done, no errors; 1 done with error-level findings; 2 the input could not be used.`,
  badArguments: (detail: string) => `Bad arguments: ${detail}`,
  unknownCommand: (command: string) => `unknown command "${command}"`,
  missingWorkbook: "no workbook file given",
  missingReport: "the report file to audit is missing (.docx, .txt or .md)",
  priorNeedsWorkbook: "--prior goes with --workbook",
  auditSummary: (source, sentences, error, warning, info) =>
    `${source}: ${sentences} sentences with figures; ${error} errors, ${warning} warnings, ${info} notes`,
  auditClean: "No figure found wrong.",
  auditAgainst: (workbook) => `and against the workbook "${workbook}"`,
  missingOut: "--out <file> is required",
  unknownOption: (option: string) => `unknown option ${option}`,
  optionNeedsValue: (option: string) => `${option} needs a value`,
  outExists: (path: string) => `File exists: ${path} (add --force to overwrite)`,
  unsupportedOut: (path: string) =>
    `Unsupported output format: ${path} (use .docx .xlsx .xlsm .md .txt .json)`,
  outIsInput: (path: string) =>
    `The output cannot be the input workbook itself: ${path} (choose another file name; the workbook is left as it is)`,
  outIsFolder: (path: string) => `The output path is a folder: ${path} (add a file name)`,
  outFolderMissing: (folder: string) =>
    `The output folder does not exist: ${folder} (create it first, or choose another place)`,
  outNotWritable: (folder: string) =>
    `No permission to write in this folder: ${folder} (choose a folder you can write to)`,
  diskFull: (path: string) =>
    `Not enough disk space to write ${path} (the partial file was removed)`,
  macroWorkbookNeedsXlsm: (path: string) =>
    `The input workbook holds macros, so the output must end in .xlsm: ${path}`,
  plainWorkbookNeedsXlsx: (path: string) =>
    `The input workbook holds no macros, so the output must end in .xlsx: ${path}`,
  internalError: (detail: string) => `Internal error: ${detail}`,
  summary: (unit: string, year: string, error: number, warning: number, info: number) =>
    `${unit || "(unit name not found)"} ${year}: ${error} errors, ${warning} warnings, ${info} info`,
  allPassed: "All checks passed.",
  findingsHeader: ["Severity", "Cell", "Rule", "Message"],
  changesHeader: ["Item", "Prior", "Current", "Change", "Change %", "Note"],
  needsReason: "reason needed",
  newItem: "new",
  stoppedItem: "stopped",
  unknownItem: "unreadable",
  flatItem: "flat",
  source: (sheet: string, range: string, unit: string) =>
    `Source: ${sheet}!${range} (unit: ${unit})`,
  sourceTables: (sheets: string, unit: string) =>
    `Source: the standard tables ${sheets} (unit: ${unit})`,
  priorSheet: (sheet: string) => `Prior year from: sheet "${sheet}" of this workbook`,
  priorWorkbook: (sheet: string, year: number | undefined) =>
    `Prior year from: sheet "${sheet}" of last year's workbook${year !== undefined ? ` (${year})` : ""}`,
  unusedSheets: (list: string) => `Sheets not used: ${list}`,
  templateWritten: (path: string) => `Blank template written: ${path}`,
  reportWritten: (path: string) => `Report written: ${path}`,
  reportWithFindings: (errors: number, warnings: number) =>
    `Note: the workbook still has ${errors} errors and ${warnings} warnings; the report was written anyway.`,
  placeholdersLeft: (count: number, names: string) =>
    `${count} placeholder(s) still to fill in: ${names}`,
  noPlaceholders: "No placeholders left in the report.",
};
