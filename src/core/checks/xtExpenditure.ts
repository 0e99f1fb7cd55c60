/** XT-EXPENDITURE: 收入支出决算总表 本年支出合计 = 支出决算表 合计. */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { figureOf, rowByLabel, tableOf, totalRow } from "../recognize/standardTables/query";
import { checkCross, tableItemName, tablesOf, unitOfTables } from "./tableCommon";

function checkXtExpenditure(book: Book, options: Options): Finding[] {
  const summary = tableOf(tablesOf(book), "summary");
  const expenditure = tableOf(tablesOf(book), "expenditure");
  if (!summary || !expenditure || expenditure.empty) return [];
  const finding = checkCross({
    rule: "XT-EXPENDITURE",
    options,
    unit: unitOfTables(book, "summary", "expenditure"),
    left: {
      name: tableItemName(options, "summary", "本年支出合计"),
      figure: figureOf(rowByLabel(summary, /^本年支出合计$/), "current", "total"),
    },
    right: {
      name: tableItemName(options, "expenditure", "合计"),
      figure: figureOf(totalRow(expenditure), "total"),
    },
  });
  return finding ? [finding] : [];
}

export const xtExpenditureRule: Rule = {
  id: "XT-EXPENDITURE",
  severities: ["error", "info"],
  messages: ["standard.crossMismatch", "standard.crossRounding"],
  appliesTo: (book) => tablesOf(book).length > 1,
  check: checkXtExpenditure,
};
