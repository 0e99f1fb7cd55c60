/**
 * AUDIT-WORKBOOK — with the workbook the text describes, every printed figure whose item is one of the rows
 * every report has (a stable key) or a line of the workbook by its label is compared with the workbook's
 * value rounded the way the text rounds it: 本年, 上年, the change and its rate. A draft typed by hand is
 * checked against its data; a figure one unit of its last digit away is a 提示 (rounded from rounded figures).
 */
import type { Change } from "../../change";
import { normalizeLabel } from "../../text";
import { abs, div, mul, rational, signed, type Interval, type Rational } from "../interval";
import type { ItemClaim } from "../claims";
import { itemKeyOf } from "../itemNames";
import type { PrintedAmount, PrintedNumber } from "../text";
import type { AuditContext, AuditFinding, AuditRule } from "../types";
import { judge, verdictFinding } from "./auditRounding";
import { sayAmountLike, sayPercentLike } from "./common";

/** Fen → 元, exactly. */
const yuan = (fen: number): Rational => rational(BigInt(fen), 100n);
const exactly = (value: Rational): Interval => ({ lo: value, hi: value });

/**
 * Funds other than the 一般公共预算 appropriation the workbook's rows are of: "政府性基金预算项目支出", "上级补助收入
 * 安排的基本支出", "事业单位经营支出中的人员经费" name no row of it by key; a 基本支出 listed under 政府性基金支出 none.
 */
const OF_OTHER_FUNDS =
  /政府性基金|国有资本经营|财政专户|事业收入|事业单位经营|经营支出|上级补助|附属单位|其他收入|单位资金|自有资金/;

function changeFor(item: ItemClaim, changes: readonly Change[]): Change | undefined {
  const named = OF_OTHER_FUNDS.test(item.name);
  for (let whole = item.parent; whole && !named; whole = whole.parent)
    if (OF_OTHER_FUNDS.test(whole.name)) return undefined;
  const key = named ? undefined : itemKeyOf(item.name);
  const byKey = key && changes.find((change) => change.key === key);
  if (byKey) return byKey;
  // (A line of such funds is still found by its own label.)
  return changes.find(
    (change) => normalizeLabel(change.label) === item.name && change.kind === "money"
  );
}

function check(item: ItemClaim, change: Change, context: AuditContext): AuditFinding[] {
  const { words } = context;
  const found: AuditFinding[] = [];
  const compare = (
    printed: PrintedNumber,
    printedInterval: Interval,
    value: Rational,
    where: string,
    say: string
  ) =>
    found.push(
      ...verdictFinding(
        judge(printedInterval, exactly(value)),
        "AUDIT-WORKBOOK",
        item.sentence,
        printed,
        {
          wrong: words.workbook(item.printedName, printed.text, where, say),
          rounding: words.workbookRounding(item.printedName, printed.text, where, say),
        },
        printed.text,
        say
      )
    );
  const amount = (printed: PrintedAmount | undefined, fen: number | undefined, where: string) => {
    if (!printed || fen === undefined) return;
    compare(printed, printed.yuan, yuan(fen), where, sayAmountLike(yuan(fen), printed));
  };
  amount(item.current, change.current, words.whereCurrent);
  amount(item.prior, change.prior, words.wherePrior);
  /** A change printed as a magnitude with 增加/减少, against the workbook's signed value. */
  const signedFigure = <T extends PrintedNumber>(
    claim: { figure: T; direction: 1 | -1 },
    interval: Interval,
    value: Rational,
    where: string,
    say: (magnitude: Rational, like: T) => string
  ) =>
    compare(
      claim.figure,
      signed(interval, claim.direction),
      value,
      where,
      say(abs(value), claim.figure)
    );
  if (item.delta && change.delta !== undefined)
    signedFigure(
      item.delta,
      item.delta.figure.yuan,
      yuan(change.delta),
      words.whereDelta,
      sayAmountLike
    );
  if (
    item.rate &&
    change.current !== undefined &&
    change.prior !== undefined &&
    change.prior !== 0
  ) {
    const ratio = div(yuan(change.current - change.prior), yuan(change.prior));
    const percent = mul(ratio, rational(100n));
    signedFigure(item.rate, item.rate.figure.interval, percent, words.whereRate, sayPercentLike);
  }
  return found;
}

export const auditWorkbook: AuditRule = {
  id: "AUDIT-WORKBOOK",
  severities: ["error"],
  check: (context) => {
    const changes = context.workbook?.changes;
    if (!changes) return [];
    return context.claims.items.flatMap((item) => {
      // (A budget's adjustment, 年初 to 调整后, is neither year's amount of the workbook.)
      if (item.adjustedFrom) return [];
      const change = changeFor(item, changes);
      return change ? check(item, change, context) : [];
    });
  },
};
