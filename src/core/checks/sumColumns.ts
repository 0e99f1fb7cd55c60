/**
 * SUM-COLUMNS: the row-wise identities of the standard tables (docs/domain.md §4): 本年支出合计 = 基本 + 项目 +
 * 上缴上级 + 经营 + 对附属单位补助; 合计 = 基本 + 项目; 本年收入合计 = Σ the income sources; 财政拨款总表
 * 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 — on every row of every table, 万元 尾差 as 提示.
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { COLUMN_IDENTITIES } from "../recognize/standardTables/columns";
import { checkTableSum, standardMessages, tablesOf } from "./tableCommon";

const SUM_COLUMNS = "SUM-COLUMNS" as const;

function checkSumColumns(book: Book, options: Options): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    const identities = COLUMN_IDENTITIES[table.kind];
    if (!identities || table.empty) continue;
    for (const row of table.rows) {
      for (const identity of identities) {
        const target = row.figures[identity.target];
        if (!target) continue;
        const parts = identity.parts.filter((p) => row.figures[p] !== undefined);
        if (parts.length < 2) continue;
        const columnHeader =
          table.blocks[row.block]?.columns.find((c) => c.key === identity.target)?.header ??
          identity.target;
        const finding = checkTableSum({
          rule: SUM_COLUMNS,
          options,
          unit: table.unit,
          label: row.label || row.rawLabel,
          column: columnHeader,
          relation: text.relationColumns(parts.map((p) => text.columnNames[p] ?? p)),
          target,
          addends: parts.map((p) => ({ figure: row.figures[p] })),
        });
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

export const sumColumnsRule: Rule = {
  id: SUM_COLUMNS,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "standard.relationColumns"],
  appliesTo: (book) => tablesOf(book).some((t) => COLUMN_IDENTITIES[t.kind] !== undefined),
  check: checkSumColumns,
};
