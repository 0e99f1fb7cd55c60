/** The Book of a workbook that has the standard tables and no 基础数据表. */
import type { Book, BookSource } from "../../book";
import { columnLetters, type CellRef } from "../../grid";
import type { StandardLines } from "./buildBook";
import type { StandardTable } from "./types";

export interface SharedBookParts {
  unit: string;
  unitRef?: CellRef;
  year?: number;
  texts: Book["texts"];
  reportDate?: string;
  textSheet?: string;
}

export function tableInfo(tables: readonly StandardTable[]): NonNullable<BookSource["tables"]> {
  return tables.map((t) => ({
    kind: t.kind,
    sheet: t.sheet,
    title: t.title,
    unit: t.unit,
    empty: t.empty,
  }));
}

export function standardTablesBook(
  tables: StandardTable[],
  standard: StandardLines,
  shared: SharedBookParts
): Book {
  const main = standard.main;
  const rows = main.rows;
  const lastRow = rows.length ? rows[rows.length - 1].row : main.headerRows[1];
  const lastColumn = Math.max(
    0,
    ...main.blocks.flatMap((b) => [b.labelColumn, ...b.columns.map((c) => c.index)])
  );
  const first = `A${main.headerRows[1] + 2}`;
  const last = `${columnLetters(lastColumn)}${Math.max(lastRow, main.headerRows[1] + 1) + 1}`;
  return {
    unit: shared.unit,
    ...(shared.unitRef ? { unitRef: shared.unitRef } : {}),
    ...(shared.year !== undefined ? { year: shared.year } : {}),
    currencyUnit: standard.currencyUnit,
    source: {
      kind: "standard-tables",
      sheet: main.sheet,
      headerRows: main.headerRows,
      columns: {},
      columnHeaders: {},
      range: `${first}:${last}`,
      ...(main.unitRef ? { unitRef: main.unitRef } : {}),
      unitAssumed: main.unitAssumed,
      ...(main.titleRef ? { titleRef: main.titleRef } : {}),
      ...(shared.textSheet ? { textSheet: shared.textSheet } : {}),
      tables: tableInfo(tables),
      sheets: [],
    },
    lines: standard.lines,
    texts: shared.texts,
    ...(shared.reportDate ? { reportDate: shared.reportDate } : {}),
    tables,
  };
}
