/**
 * ID-BALANCE (docs/domain.md §4): 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, and 收入总计 = 支出总计 —
 * on the 收入支出决算总表 and the 财政拨款收入支出决算总表 (收入 ‖ 支出 sides), and row by row on the
 * 政府性基金 / 国有资本经营 tables (年初 | 本年收入 | 本年支出 | 年末).
 */
import type { Book } from "../book";
import type { Finding, Rule } from "../finding";
import { refAt } from "../grid";
import type { Options } from "../options";
import { figureOf, rowByLabel } from "../recognize/standardTables/query";
import type { StandardTable } from "../recognize/standardTables/types";
import { amountOf, checkAmounts, formatMoney, formatSigned } from "./common";
import { checkTableSum, standardMessages, tablesOf } from "./tableCommon";

const ID_BALANCE = "ID-BALANCE" as const;

function checkSummary(table: StandardTable, options: Options): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  const income = (pattern: RegExp) => figureOf(rowByLabel(table, pattern, 0), "current", "total");
  const spend = (pattern: RegExp) => figureOf(rowByLabel(table, pattern, 1), "total", "current");
  const incomeTotal = income(/^本年收入合计$/);
  const expenditureTotal = spend(/^本年支出合计$/);
  const opening = income(/^(上年结转|年初).*结转和?结余$|^年初.*结余$/);
  const closing = spend(/^年末.*结转和?结余$|^年末.*结余$/);
  const makeUp = income(/弥补收支差额|^使用.*结余$/);
  const distribution = spend(/结余分配/);
  const incomeGrand = income(/^(收入)?总计$/);
  const expenditureGrand = spend(/^(支出)?总计$/);

  if (closing && opening && incomeTotal && expenditureTotal) {
    const finding = checkTableSum({
      rule: ID_BALANCE,
      options,
      unit: table.unit,
      label: rowByLabel(table, /^年末.*结/, 1)?.label ?? "年末结转和结余",
      column: table.blocks[1]?.columns[0]?.header ?? "决算数",
      relation: text.relationBalance,
      target: closing,
      addends: [
        { figure: opening },
        { figure: incomeTotal },
        { figure: makeUp },
        { figure: expenditureTotal, sign: -1 as const },
        { figure: distribution, sign: -1 as const },
      ].filter((a) => a.figure !== undefined),
    });
    if (finding) findings.push(finding);
  }
  // 收入总计 = 本年收入合计 + 使用结余 + 年初; 支出总计 = 本年支出合计 + 结余分配 + 年末.
  const grandTotal = (
    target: typeof incomeGrand,
    parts: (typeof incomeGrand)[],
    block: number
  ): void => {
    if (!target || !parts[0] || !parts[2]) return;
    const finding = checkTableSum({
      rule: ID_BALANCE,
      options,
      unit: table.unit,
      label: rowByLabel(table, /^(收入|支出)?总计$/, block)?.label ?? "总计",
      column: table.blocks[block]?.columns[0]?.header ?? "决算数",
      relation: parts
        .map((f) =>
          f ? table.rows.find((r) => Object.values(r.figures).includes(f))?.label : undefined
        )
        .filter((label): label is string => label !== undefined)
        .join("+"),
      target,
      addends: parts.filter((f) => f !== undefined).map((figure) => ({ figure })),
    });
    if (finding) findings.push(finding);
  };
  grandTotal(incomeGrand, [incomeTotal, makeUp, opening], 0);
  grandTotal(expenditureGrand, [expenditureTotal, distribution, closing], 1);
  if (incomeGrand && expenditureGrand) {
    const finding = checkAmounts({
      rule: ID_BALANCE,
      unit: table.unit,
      ref: refAt(expenditureGrand),
      actual: amountOf(expenditureGrand),
      parts: [{ value: amountOf(incomeGrand) }],
      cells: 2,
      message: (result) =>
        text.grandTotals(
          formatMoney(result.expected, table.unit),
          formatMoney(result.actual, table.unit),
          refAt(incomeGrand).address,
          refAt(expenditureGrand).address,
          formatSigned(result.difference, table.unit)
        ),
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkFundRows(table: StandardTable, options: Options): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const { opening, income, expenditure, closing } = row.figures;
    if (!closing || !opening || !income || !(expenditure ?? row.figures.total)) continue;
    const finding = checkTableSum({
      rule: ID_BALANCE,
      options,
      unit: table.unit,
      label: row.label || row.rawLabel,
      column:
        table.blocks[row.block]?.columns.find((c) => c.key === "closing")?.header ??
        "年末结转和结余",
      relation: text.relationBalance,
      target: closing,
      addends: [
        { figure: opening },
        { figure: income },
        { figure: expenditure ?? row.figures.total, sign: -1 },
      ],
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkIdBalance(book: Book, options: Options): Finding[] {
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    if (table.empty) continue;
    if (table.kind === "summary" || table.kind === "fiscalSummary")
      findings.push(...checkSummary(table, options));
    if (table.kind === "govFund" || table.kind === "stateCapital")
      findings.push(...checkFundRows(table, options));
  }
  return findings;
}

export const idBalanceRule: Rule = {
  id: ID_BALANCE,
  severities: ["error", "info"],
  messages: [
    "findings.sumMismatch",
    "findings.roundingDifference",
    "standard.relationBalance",
    "standard.grandTotals",
  ],
  appliesTo: (book) =>
    tablesOf(book).some((t) =>
      ["summary", "fiscalSummary", "govFund", "stateCapital"].includes(t.kind)
    ),
  check: checkIdBalance,
};
