/**
 * XT-FISCAL: 财政拨款收入支出决算总表 一般公共预算财政拨款 本年支出合计 = 一般公共预算财政拨款支出决算表 合计,
 * and its 政府性基金 / 国有资本经营 columns = those tables' 本年支出合计 (0 for a "本表无数据" table).
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { figureOf, rowByLabel, tableOf, totalRow } from "../recognize/standardTables/query";
import {
  checkCross,
  fundTotal,
  standardMessages,
  tableItemName,
  tablesOf,
  unitOfTables,
} from "./tableCommon";

function checkXtFiscal(book: Book, options: Options): Finding[] {
  const tables = tablesOf(book);
  const fiscal = tableOf(tables, "fiscalSummary");
  const fiscalTotal = fiscal
    ? (rowByLabel(fiscal, /^本年支出合计$/, 1) ?? rowByLabel(fiscal, /^本年支出合计$/))
    : undefined;
  if (!fiscalTotal) return [];
  const findings: Finding[] = [];
  const general = tableOf(tables, "generalBudget");
  if (general && !general.empty) {
    const finding = checkCross({
      rule: "XT-FISCAL",
      options,
      unit: unitOfTables(book, "fiscalSummary", "generalBudget"),
      left: {
        name: tableItemName(options, "fiscalSummary", "一般公共预算财政拨款"),
        figure: fiscalTotal.figures.general,
      },
      right: {
        name: tableItemName(options, "generalBudget", "合计"),
        figure: figureOf(totalRow(general), "total"),
      },
    });
    if (finding) findings.push(finding);
  }
  const columnNames = standardMessages(options).columnNames;
  for (const kind of ["govFund", "stateCapital"] as const) {
    const table = tableOf(tables, kind);
    if (!table) continue;
    const finding = checkCross({
      rule: "XT-FISCAL",
      options,
      unit: unitOfTables(book, "fiscalSummary", kind),
      left: {
        name: tableItemName(options, "fiscalSummary", columnNames[kind]),
        figure: fiscalTotal.figures[kind],
      },
      right: { name: tableItemName(options, kind, "本年支出合计"), figure: fundTotal(table) },
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

export const xtFiscalRule: Rule = {
  id: "XT-FISCAL",
  severities: ["error", "info"],
  messages: ["standard.crossMismatch", "standard.crossRounding"],
  appliesTo: (book) => tablesOf(book).length > 1,
  check: checkXtFiscal,
};
