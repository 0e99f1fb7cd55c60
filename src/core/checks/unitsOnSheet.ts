/**
 * UNITS-ON-SHEET: a sheet holds several units' tables, one below the other — 警告: only the first was read
 * and checked; each unit's table belongs on a sheet (or in a workbook) of its own.
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import { formatAddress } from "../grid";
import type { Options } from "../options";
import { messages } from "./common";

function unitsOnSheetFindings(book: Book, options: Options): Finding[] {
  const text = messages(options);
  return (book.source.repeatedTables ?? []).map(({ sheet, units, rows }) => ({
    rule: "UNITS-ON-SHEET",
    severity: "warning",
    message: text.severalUnits(
      sheet,
      units.length,
      units[0],
      rows.map((row, i) => `${row + 1}${i > 0 && units[i] ? ` ${units[i]}` : ""}`).join("、")
    ),
    ref: { sheet, address: formatAddress(rows[1], 0) },
  }));
}

export const unitsOnSheetRule: Rule = {
  id: "UNITS-ON-SHEET",
  severities: ["warning"],
  messages: ["findings.severalUnits"],
  appliesTo: (book) => (book.source.repeatedTables ?? []).length > 0,
  check: () => [],
  readingFindings: unitsOnSheetFindings,
};
