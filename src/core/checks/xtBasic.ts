/**
 * XT-BASIC: 一般公共预算财政拨款支出决算表 基本支出 = 基本支出明细表 人员经费合计 + 公用经费合计 — unless those
 * cells are the Book's 基本支出 line, when ID-BASIC says the same.
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import { samePosition } from "../grid";
import type { Options } from "../options";
import { basicDetailFooter, figureOf, tableOf, totalRow } from "../recognize/standardTables/query";
import {
  checkTableSum,
  standardMessages,
  tableItemName,
  tablesOf,
  unitOfTables,
} from "./tableCommon";

function checkXtBasic(book: Book, options: Options): Finding[] {
  const tables = tablesOf(book);
  const general = tableOf(tables, "generalBudget");
  const detail = tableOf(tables, "basicDetail");
  const generalTotal = totalRow(general);
  // When these tables feed the report, ID-BASIC checks the same cells (基本支出 = 人员经费 + 公用经费).
  const coveredByIdBasic =
    book.source.kind === "standard-tables" &&
    book.lines.some(
      (l) => l.key === "basic" && samePosition(l.current, generalTotal?.figures.basic)
    );
  if (!detail || detail.empty || !generalTotal?.figures.basic || coveredByIdBasic) return [];
  const personnel = basicDetailFooter(detail, "personnel");
  const publicOperating = basicDetailFooter(detail, "publicOperating");
  if (!personnel || !publicOperating) return [];
  const text = standardMessages(options);
  const finding = checkTableSum({
    rule: "XT-BASIC",
    options,
    unit: unitOfTables(book, "generalBudget", "basicDetail"),
    label: tableItemName(options, "generalBudget", "基本支出"),
    column: text.columnNames.basic,
    relation: `${text.kinds.basicDetail}“${personnel.label}+${publicOperating.label}”`,
    target: generalTotal.figures.basic,
    addends: [
      { figure: figureOf(personnel, "current", "total") },
      { figure: figureOf(publicOperating, "current", "total") },
    ],
    lineKey: "basic",
  });
  return finding ? [finding] : [];
}

export const xtBasicRule: Rule = {
  id: "XT-BASIC",
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference"],
  appliesTo: (book) => tablesOf(book).length > 1,
  check: checkXtBasic,
};
