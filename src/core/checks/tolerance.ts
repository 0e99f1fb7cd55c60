/**
 * How far a sum may be off before it is an error (docs/domain.md §4). On 元 data the check is exact: amounts are
 * integer 分, so "±0.5 分" means any non-zero difference. On 万元 data rounded to two decimals, each summed
 * cell may carry up to 0.005 万元 of rounding, so a difference of at most 0.005 万元 × (number of summed
 * cells) is a 提示 "尾差" (rounding difference), not an error.
 */
import { CurrencyUnit, Fen, FEN_PER_WAN } from "../money";
import type { Severity } from "../finding";

/** 0.005 万元 in fen. */
export const WAN_ROUNDING_PER_CELL: Fen = FEN_PER_WAN / 200;

/** The largest difference (fen) that is only a rounding difference, for `summedCells` addends. */
export function roundingTolerance(unit: CurrencyUnit, summedCells: number): Fen {
  if (unit !== "万元") return 0;
  return WAN_ROUNDING_PER_CELL * Math.max(1, summedCells);
}

export type DifferenceClass = "equal" | "rounding" | "error";

/** Classifies actual − expected: exact, a 尾差 within tolerance, or an error. */
export function classifyDifference(
  difference: Fen,
  unit: CurrencyUnit,
  summedCells: number
): DifferenceClass {
  if (difference === 0) return "equal";
  return Math.abs(difference) <= roundingTolerance(unit, summedCells) ? "rounding" : "error";
}

/** The severity a sum or identity finding gets for this difference (undefined when it holds exactly). */
export function severityForDifference(
  difference: Fen,
  unit: CurrencyUnit,
  summedCells: number
): Severity | undefined {
  const kind = classifyDifference(difference, unit, summedCells);
  return kind === "equal" ? undefined : kind === "rounding" ? "info" : "error";
}
