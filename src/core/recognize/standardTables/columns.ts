/**
 * Column keys of the standard tables: each figure column's (composed) header → a canonical key, and the
 * row-wise identities between them that SUM-COLUMNS checks (docs/domain.md §4).
 */
import { normalizeLabel } from "../../text";
import type { StandardTableKind } from "./types";

const FUND_KINDS: ReadonlySet<StandardTableKind> = new Set(["govFund", "stateCapital"]);

/** A figure column's header text → its key in `kind`'s tables. */
export function columnKey(kind: StandardTableKind, header: string): string {
  const t = normalizeLabel(header)
    .replace(/[(（][^)）]*元[)）]/g, "")
    .replace(/[()（）]/g, "");
  if (kind === "basicDetail" && /决算|金额|合计|本年数/.test(t)) return "current";
  // A change column (比上年增减, 增减幅度, 减少率): derived, never a figure of either year.
  if (/增减|增、减|减少|增加|变动|幅度|率$|%/.test(t)) return "change";
  // Last year's figures beside this year's (a 三公 统计表 with 上年决算数 | 本年决算数).
  if (/上年|上期|去年/.test(t) && !/预算/.test(t) && !/结转|结余/.test(t)) return "prior";
  if (/年初.*结转|年初.*结余/.test(t)) return "opening";
  if (/年末.*结转|年末.*结余/.test(t)) return "closing";
  if (/预算数|预算$/.test(t) && !/决算/.test(t) && !/财政拨款/.test(t)) return "budget";
  if (/人员经费/.test(t)) return "personnel";
  if (/公用经费/.test(t)) return "publicOperating";
  if (/基本支出/.test(t)) return "basic";
  if (/项目支出/.test(t)) return "project";
  if (/上缴上级/.test(t)) return "upper";
  if (/经营支出/.test(t)) return "businessExpenditure";
  if (/对附属单位补助/.test(t)) return "subsidiaryExpenditure";
  if (kind === "fiscalSummary" || kind === "summary") {
    if (/一般公共预算/.test(t)) return "general";
    if (/政府性基金/.test(t)) return "govFund";
    if (/国有资本经营/.test(t)) return "stateCapital";
  }
  if (/财政拨款(收入)?$/.test(t)) return "fiscal";
  if (/上级补助/.test(t)) return "superior";
  if (/事业收入/.test(t)) return "career";
  if (/经营收入/.test(t)) return "businessIncome";
  if (/附属单位上缴/.test(t)) return "subsidiaryIncome";
  if (/其他收入/.test(t)) return "otherIncome";
  // 本年收入 beside 本年支出 (the fund tables, and 一般公共预算财政拨款收入支出决算表) is income, not the total.
  if (/本年收入/.test(t) && !/合计/.test(t))
    return FUND_KINDS.has(kind) || kind === "generalBudget" ? "income" : "total";
  if (/本年支出/.test(t)) return FUND_KINDS.has(kind) ? "expenditure" : "total";
  if (/合计|总计|小计/.test(t)) return FUND_KINDS.has(kind) ? "expenditure" : "total";
  if (/决算|金额|实际|执行数|本年数/.test(t)) return "current";
  // "2020年度支出（万元）": a 三公 table's one figure column.
  if (kind === "threePublic" && /支出|费用/.test(t)) return "current";
  return t;
}

export interface ColumnIdentity {
  target: string;
  parts: string[];
}

/** Row-wise identities: target = Σ parts (only the parts a table has; at least two must be present). */
export const COLUMN_IDENTITIES: Partial<Record<StandardTableKind, ColumnIdentity[]>> = {
  income: [
    {
      target: "total",
      parts: ["fiscal", "superior", "career", "businessIncome", "subsidiaryIncome", "otherIncome"],
    },
  ],
  expenditure: [
    {
      target: "total",
      parts: ["basic", "project", "upper", "businessExpenditure", "subsidiaryExpenditure"],
    },
    { target: "basic", parts: ["personnel", "publicOperating"] },
  ],
  generalBudget: [
    { target: "total", parts: ["basic", "project"] },
    { target: "basic", parts: ["personnel", "publicOperating"] },
  ],
  fiscalSummary: [{ target: "total", parts: ["general", "govFund", "stateCapital"] }],
  govFund: [
    { target: "expenditure", parts: ["basic", "project"] },
    { target: "total", parts: ["basic", "project"] },
  ],
  stateCapital: [
    { target: "expenditure", parts: ["basic", "project"] },
    { target: "total", parts: ["basic", "project"] },
  ],
};
