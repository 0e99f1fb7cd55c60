/**
 * XT-* (DOMAIN §4): equalities between the standard tables.
 * - XT-EXPENDITURE: 收入支出决算总表 本年支出合计 = 支出决算表 合计
 * - XT-INCOME: 收入支出决算总表 本年收入合计 = 收入决算表 合计
 * - XT-FISCAL: 财政拨款总表 一般公共预算财政拨款 本年支出合计 = 一般公共预算财政拨款支出决算表 合计
 *   (and its 政府性基金 / 国有资本经营 columns = those tables' 本年支出合计, 0 for a "本表无数据" table)
 * - XT-BASIC: 一般公共预算财政拨款支出决算表 基本支出 = 人员经费合计 + 公用经费合计 (基本支出明细表)
 */
import type { Book } from "../book";
import { type Figure, zeroFigureAt } from "../figure";
import type { Finding, Rule } from "../finding";
import { positionOf, samePosition } from "../grid";
import type { Options } from "../options";
import {
  basicDetailFooter,
  figureOf,
  rowByLabel,
  tableOf,
  totalRow,
} from "../recognize/standardTables/buildBook";
import type { StandardTable, StandardTableKind } from "../recognize/standardTables/types";
import { checkCross, checkTableSum, coarser, standardMessages, tablesOf } from "./tableCommon";

export const XT_EXPENDITURE = "XT-EXPENDITURE";
export const XT_INCOME = "XT-INCOME";
export const XT_FISCAL = "XT-FISCAL";
export const XT_BASIC = "XT-BASIC";

/** A fund table's 本年支出合计; a table that says it has no data counts as 0 at its note. */
function fundTotal(table: StandardTable | undefined): Figure | undefined {
  if (!table) return undefined;
  if (table.empty) {
    const ref = table.emptyNoteRef ?? table.titleRef ?? { sheet: table.sheet, address: "A1" };
    return zeroFigureAt(positionOf(ref));
  }
  return figureOf(totalRow(table), "expenditure", "total");
}

export function checkCrossTables(book: Book, options: Options): Finding[] {
  const text = standardMessages(options);
  const tables = tablesOf(book);
  const findings: Finding[] = [];
  const name = (kind: StandardTableKind, item: string): string => `${text.kinds[kind]}“${item}”`;
  const push = (finding: Finding | undefined): void => {
    if (finding) findings.push(finding);
  };
  const unitOf = (...kinds: StandardTableKind[]) =>
    coarser(...kinds.map((k) => tableOf(tables, k)?.unit ?? "元"));

  const summary = tableOf(tables, "summary");
  const expenditure = tableOf(tables, "expenditure");
  const income = tableOf(tables, "income");
  if (summary && expenditure && !expenditure.empty) {
    push(
      checkCross({
        rule: XT_EXPENDITURE,
        options,
        unit: unitOf("summary", "expenditure"),
        left: {
          name: name("summary", "本年支出合计"),
          figure: figureOf(rowByLabel(summary, /^本年支出合计$/), "current", "total"),
        },
        right: {
          name: name("expenditure", "合计"),
          figure: figureOf(totalRow(expenditure), "total"),
        },
      })
    );
  }
  if (summary && income && !income.empty) {
    push(
      checkCross({
        rule: XT_INCOME,
        options,
        unit: unitOf("summary", "income"),
        left: {
          name: name("summary", "本年收入合计"),
          figure: figureOf(rowByLabel(summary, /^本年收入合计$/), "current", "total"),
        },
        right: { name: name("income", "合计"), figure: figureOf(totalRow(income), "total") },
      })
    );
  }

  const fiscal = tableOf(tables, "fiscalSummary");
  const fiscalTotal = fiscal
    ? (rowByLabel(fiscal, /^本年支出合计$/, 1) ?? rowByLabel(fiscal, /^本年支出合计$/))
    : undefined;
  const general = tableOf(tables, "generalBudget");
  if (fiscalTotal && general && !general.empty) {
    push(
      checkCross({
        rule: XT_FISCAL,
        options,
        unit: unitOf("fiscalSummary", "generalBudget"),
        left: {
          name: name("fiscalSummary", "一般公共预算财政拨款"),
          figure: fiscalTotal.figures.general,
        },
        right: {
          name: name("generalBudget", "合计"),
          figure: figureOf(totalRow(general), "total"),
        },
      })
    );
  }
  for (const kind of ["govFund", "stateCapital"] as const) {
    const table = tableOf(tables, kind);
    if (!fiscalTotal || !table) continue;
    push(
      checkCross({
        rule: XT_FISCAL,
        options,
        unit: unitOf("fiscalSummary", kind),
        left: {
          name: name("fiscalSummary", text.columnNames[kind]),
          figure: fiscalTotal.figures[kind],
        },
        right: { name: name(kind, "本年支出合计"), figure: fundTotal(table) },
      })
    );
  }

  const detail = tableOf(tables, "basicDetail");
  const generalTotal = totalRow(general);
  // When these tables feed the report, ID-BASIC checks the same cells (基本支出 = 人员经费 + 公用经费).
  const coveredByIdBasic =
    book.source.kind === "standard-tables" &&
    book.lines.some(
      (l) => l.key === "basic" && samePosition(l.current, generalTotal?.figures.basic)
    );
  if (detail && !detail.empty && generalTotal?.figures.basic && !coveredByIdBasic) {
    const personnel = basicDetailFooter(detail, "personnel");
    const publicOperating = basicDetailFooter(detail, "publicOperating");
    if (personnel && publicOperating) {
      push(
        checkTableSum({
          rule: XT_BASIC,
          options,
          unit: unitOf("generalBudget", "basicDetail"),
          label: name("generalBudget", "基本支出"),
          column: text.columnNames.basic,
          relation: `${text.kinds.basicDetail}“${personnel.label}+${publicOperating.label}”`,
          target: generalTotal.figures.basic,
          addends: [
            { figure: figureOf(personnel, "current", "total") },
            { figure: figureOf(publicOperating, "current", "total") },
          ],
          lineKey: "basic",
        })
      );
    }
  }
  return findings;
}

export const crossTableRule: Rule = {
  id: "XT",
  appliesTo: (book) => tablesOf(book).length > 1,
  check: checkCrossTables,
};
