/** XT-INCOME: 收入支出决算总表 本年收入合计 = 收入决算表 合计. */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { figureOf, rowByLabel, tableOf, totalRow } from "../recognize/standardTables/query";
import { checkCross, tableItemName, tablesOf, unitOfTables } from "./tableCommon";

function checkXtIncome(book: Book, options: Options): Finding[] {
  const summary = tableOf(tablesOf(book), "summary");
  const income = tableOf(tablesOf(book), "income");
  if (!summary || !income || income.empty) return [];
  const finding = checkCross({
    rule: "XT-INCOME",
    options,
    unit: unitOfTables(book, "summary", "income"),
    left: {
      name: tableItemName(options, "summary", "本年收入合计"),
      figure: figureOf(rowByLabel(summary, /^本年收入合计$/), "current", "total"),
    },
    right: {
      name: tableItemName(options, "income", "合计"),
      figure: figureOf(totalRow(income), "total"),
    },
  });
  return finding ? [finding] : [];
}

export const xtIncomeRule: Rule = {
  id: "XT-INCOME",
  severities: ["error", "info"],
  messages: ["standard.crossMismatch", "standard.crossRounding"],
  appliesTo: (book) => tablesOf(book).length > 1,
  check: checkXtIncome,
};
