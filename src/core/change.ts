/** A change of one row against the previous year. */
import { CellPosition } from "./grid";
import { BasisPoints, Fen } from "./money";
import type { LineKind } from "./book";

/**
 * `unknown`: a 本年 or 上年 cell holds something that is not an amount (an error, words, a formula without a
 * value): no change is claimed, and nothing reads it as 0.
 */
export const DIRECTIONS = [
  "increase",
  "decrease",
  "flat",
  "new",
  "stopped",
  "none",
  "unknown",
] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Change {
  key: string;
  label: string;
  code?: string;
  kind: LineKind;
  current?: Fen;
  prior?: Fen;
  /** current − prior, when both exist. */
  delta?: Fen;
  /** (current − prior) ÷ prior from exact values, in basis points; undefined when prior is 0 or missing. */
  percent?: BasisPoints;
  direction: Direction;
  needsExplanation: boolean;
  reason?: string;
  /** Where the 本年 and 上年 figures were read (`refAt` formats them as A1 references). */
  currentAt?: CellPosition;
  priorAt?: CellPosition;
  depth: number;
}
