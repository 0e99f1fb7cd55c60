import type { fileHost as zh } from "../zh-CN/fileHost";

export const fileHost: typeof zh = {
  noFile: (name) => `No such file: "${name}". Check the path.`,
  unreadable: (name) => `Cannot read the file "${name}". Check its permissions.`,
  empty: (name) => `The file "${name}" is empty (0 bytes), not an .xlsx workbook.`,
  oldXls: (name) =>
    `The file "${name}" is an old .xls workbook (Excel 97-2003); save it as .xlsx in Excel or WPS and try again.`,
  encrypted: (name) =>
    `The file "${name}" is password-protected (encrypted); remove the password in Excel or WPS, save it as .xlsx and try again.`,
  notZip: (name, kind) =>
    ({
      html: `The file "${name}" is a web-page (HTML) table, as some systems export "Excel" files, not an .xlsx workbook; open it in Excel or WPS and save it as .xlsx.`,
      xml2003: `The file "${name}" is an Excel 2003 XML spreadsheet, not an .xlsx workbook; open it in Excel or WPS and save it as .xlsx.`,
      pdf: `The file "${name}" is a PDF, not an .xlsx workbook; export the report from the finance software in Excel (.xlsx) format.`,
      text: `The file "${name}" is a text file (such as CSV), not an .xlsx workbook; open it in Excel or WPS and save it as .xlsx.`,
      unknown: `The file "${name}" is not an .xlsx workbook (unrecognised file format).`,
    })[kind],
  reportType: (name) =>
    `"${name}" is not a report the audit can read: give a .docx (Word), .txt or .md file (save a .doc as .docx in Word or WPS first).`,
  notDocx: (name) => `"${name}" is not a valid .docx file (no word/document.xml inside).`,
  emptyReport: (name) => `"${name}" has no text to audit.`,
  notWorkbook: (name) =>
    `The file "${name}" is a zip archive but not an Excel workbook (no xl/workbook.xml); it may be a renamed .docx or another file.`,
  corrupt: (name) =>
    `The file "${name}" is damaged or incomplete (its zip structure cannot be read); export or download it again.`,
  contentCorrupt: (name) =>
    `The file "${name}" is damaged: the zip is intact but its sheets cannot be parsed; open it in Excel or WPS, check it and save it as .xlsx, or export it again.`,
  tooLarge: (name, limitMb) =>
    `The file "${name}" expands to more than ${limitMb} MB and was refused (it may be malformed or malicious).`,
  tooManyCells: (name, cells, limit) =>
    `The file "${name}" holds about ${cells} cells, more than the limit of ${limit}; delete the surplus rows (such as formatting filled down whole columns) and try again.`,
  tooManyRows: (name, rows, limit) =>
    `The file "${name}" has ${rows} rows, more than the limit of ${limit}; delete the surplus rows and try again.`,
};
