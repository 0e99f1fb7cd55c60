/**
 * The standard 部门决算 tables (docs/domain.md §3.2): every sheet that is one, read; and the Book lines built from
 * them. recognizeBook (../index.ts) decides whether they or a 基础数据表 feed the report.
 */
import type { Grid } from "../../grid";
import { readStandardTable } from "./read";
import type { StandardTable } from "./types";

export type { StandardTable, StandardTableKind, TableBlock, TableColumn, TableRow } from "./types";
export { STANDARD_TABLE_KINDS } from "./types";
export { linesFromTables } from "./buildBook";
export { basicDetailFooter, figureOf, rowByLabel, tableOf, totalRow } from "./query";
export { COLUMN_IDENTITIES, columnKey } from "./columns";
export { detectTable, kindFromText, isNumberingRow } from "./detect";
export { readStandardTable } from "./read";

/** Every grid that reads as a standard table; the first of each kind wins (later ones are duplicates). */
export function recognizeStandardTables(grids: readonly Grid[]): StandardTable[] {
  const tables: StandardTable[] = [];
  for (const grid of grids) {
    if (grid.hidden) continue;
    const table = readStandardTable(grid);
    if (table && !tables.some((t) => t.kind === table.kind)) tables.push(table);
  }
  return tables;
}
