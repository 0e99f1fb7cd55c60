/**
 * The checks of docs/domain.md §4, one rule a module. `runChecks` runs every rule that
 * applies and returns the findings sorted by severity (错误, 警告, 提示), then sheet, row and column.
 */
import { Book } from "../book";
import { Finding, Rule, SEVERITIES } from "../finding";
import { Options } from "../options";
import { addressOrder, refKey } from "./common";
import { cellErrorRule } from "./cellError";
import { cellNegativeRule } from "./cellNegative";
import { cellTextNumberRule } from "./cellTextNumber";
import { cellUnitRule } from "./cellUnit";
import { codeNameRule } from "./codeName";
import { execRateRule } from "./execRate";
import { formulaRangeRule } from "./formulaRange";
import { idBalanceRule } from "./idBalance";
import { idBasicRule } from "./idBasic";
import { idGeneralRule } from "./idGeneral";
import { idPersonnelRule } from "./idPersonnel";
import { idThreePublicRule } from "./idThreePublic";
import { priorYearRule } from "./priorYear";
import { sumChildrenRule } from "./sumChildren";
import { sumCodesRule } from "./sumCodes";
import { sumColumnsRule } from "./sumColumns";
import { sumTotalRowRule } from "./sumTotalRow";
import { textMissingRule } from "./textMissing";
import { unitsOnSheetRule } from "./unitsOnSheet";
import { xtBasicRule } from "./xtBasic";
import { xtDataSheetRule } from "./xtDataSheet";
import { xtExpenditureRule } from "./xtExpenditure";
import { xtFiscalRule } from "./xtFiscal";
import { xtIncomeRule } from "./xtIncome";
import { yoyExplainRule } from "./yoyExplain";
import { yoyMissingRule } from "./yoyMissing";

export { needsExplanation } from "./yoyExplain";
export { roundingTolerance, classifyDifference } from "./tolerance";

/**
 * Every rule, one module each (src/core/checks/<ruleId in camelCase>.ts), each covering both kinds of source
 * (a 基础数据表's lines and the standard tables' cells). The order is the order findings at the same cell and
 * severity are listed in, and the order reading findings come in.
 */
export const RULES: readonly Rule[] = [
  sumChildrenRule,
  sumCodesRule,
  sumTotalRowRule,
  idBasicRule,
  idPersonnelRule,
  idGeneralRule,
  idThreePublicRule,
  cellTextNumberRule,
  cellErrorRule,
  cellNegativeRule,
  cellUnitRule,
  codeNameRule,
  unitsOnSheetRule,
  priorYearRule,
  yoyMissingRule,
  yoyExplainRule,
  execRateRule,
  textMissingRule,
  sumColumnsRule,
  idBalanceRule,
  xtExpenditureRule,
  xtIncomeRule,
  xtFiscalRule,
  xtBasicRule,
  xtDataSheetRule,
  formulaRangeRule,
];

const SEVERITY_RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));

function amountsKey(finding: Finding): string {
  return `${refKey(finding.ref)}|${finding.expected}|${finding.actual}`;
}

/**
 * Runs every rule that applies to the book (a test passes its own `rules`). Linear in the number of lines
 * (plus sorting the findings). Findings about how the workbook was read come after the checks' findings of
 * the same severity.
 */
export function runChecks(book: Book, options: Options, rules: readonly Rule[] = RULES): Finding[] {
  const checked = checkFindings(book, options, rules);
  const reading: Finding[] = [];
  for (const rule of rules)
    if (rule.readingFindings && rule.appliesTo(book))
      reading.push(...rule.readingFindings(book, options));
  if (reading.length === 0) return checked;
  // Stable by severity: the checks' order within a severity, then the reading findings in rule order.
  return [...checked, ...reading]
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK.get(a.finding.severity) ?? 0) -
          (SEVERITY_RANK.get(b.finding.severity) ?? 0) || a.order - b.order
    )
    .map((entry) => entry.finding);
}

function checkFindings(book: Book, options: Options, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  const identities = new Set<string>();
  for (const rule of rules) {
    if (!rule.appliesTo(book)) continue;
    for (const finding of rule.check(book, options)) {
      if (finding.rule.startsWith("ID-")) identities.add(amountsKey(finding));
      findings.push(finding);
    }
  }
  // When the layout's own sum says what a named identity says (基本支出 = 人员经费 + 公用经费 at the same cell,
  // with the same figures), it is one problem: the accountant sees it once, under the identity's name.
  const sheetRank = (sheet: string): number =>
    sheet === book.source.sheet ? 0 : sheet === book.source.textSheet ? 1 : 2;
  const decorated: SortedFinding[] = [];
  findings.forEach((finding, order) => {
    if (finding.rule.startsWith("SUM-") && identities.has(amountsKey(finding))) return;
    const [row, column] = addressOrder(finding.ref.address);
    decorated.push({
      finding,
      order,
      severity: SEVERITY_RANK.get(finding.severity) ?? SEVERITIES.length,
      sheet: sheetRank(finding.ref.sheet),
      row,
      column,
    });
  });
  decorated.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.sheet - b.sheet ||
      (a.sheet === 2 ? a.finding.ref.sheet.localeCompare(b.finding.ref.sheet) : 0) ||
      a.row - b.row ||
      a.column - b.column ||
      a.order - b.order
  );
  return withoutRepeats(decorated);
}

interface SortedFinding {
  finding: Finding;
  /** Position in the order the rules said it. */
  order: number;
  severity: number;
  sheet: number;
  row: number;
  column: number;
}

/**
 * One finding per rule, cell and amounts: a rule never says the same thing twice. Sorted by cell, repeats
 * sit in the same short run of one cell, so they are found without keying every finding by its message
 * (a workbook can have 300 000 findings); the first one said is kept.
 */
function withoutRepeats(sorted: readonly SortedFinding[]): Finding[] {
  const out: Finding[] = [];
  let runStart = 0;
  sorted.forEach((entry, i) => {
    const first = sorted[runStart];
    const sameCell =
      entry.severity === first.severity &&
      entry.finding.ref.address === first.finding.ref.address &&
      entry.finding.ref.sheet === first.finding.ref.sheet;
    if (!sameCell) runStart = i;
    const { finding } = entry;
    for (let k = runStart; k < i; k++) {
      const earlier = sorted[k].finding;
      if (
        earlier.rule === finding.rule &&
        earlier.expected === finding.expected &&
        earlier.actual === finding.actual &&
        earlier.message === finding.message
      )
        return;
    }
    out.push(finding);
  });
  return out;
}
