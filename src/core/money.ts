/**
 * Exact money. Every amount in the core is an integer number of 分 (fen) in 元 terms, whatever unit the
 * sheet was typed in. Cell doubles are converted once, here, through their decimal text; arithmetic on
 * fen is integer arithmetic (exact while |fen| < 2^53, i.e. below 90 万亿元). Rounding happens only when
 * a value is displayed, half away from zero ("四舍五入": 0.125 → 0.13, −0.125 → −0.13).
 */

/** Integer 分. */
export type Fen = number;

/** Hundredths of a percent: 398 = 3.98%. */
export type BasisPoints = number;

export type CurrencyUnit = "元" | "万元";

/** Powers of ten from 元 to 分 for each unit: 1 元 = 10^2 分, 1 万元 = 10^6 分. */
const FEN_EXPONENT: Record<CurrencyUnit, number> = { 元: 2, 万元: 6 };

export const FEN_PER_WAN = 1_000_000;

/** Rounds numerator / denominator to the nearest integer, halves away from zero. Exact (BigInt). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * Parses a plain decimal string ("-1234.5", "1.5e-7", "2.5E+3") into an integer count of 10^-exponent
 * units, rounding half away from zero. Returns undefined if the text is not a plain decimal.
 */
export function decimalToScaledInteger(text: string, exponent: number): bigint | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return undefined;
  const [, sign, integerDigits, fractionDigits = "", exponentText] = match;
  const shift = exponent + (exponentText ? Number(exponentText) : 0) - fractionDigits.length;
  if (Math.abs(shift) > 400) {
    // Absurd magnitudes (1e308): keep them out of BigInt's way; callers treat undefined as unusable.
    return shift < 0 ? 0n : undefined;
  }
  const digits = BigInt((integerDigits || "0") + fractionDigits);
  const scaled =
    shift >= 0 ? digits * 10n ** BigInt(shift) : divideRoundHalfUp(digits, 10n ** BigInt(-shift));
  return sign === "-" ? -scaled : scaled;
}

/**
 * A cell number (a binary double) in `unit` → exact fen. The double is read through its shortest
 * round-trip decimal text, so 251.21 is 251.21, and float noise below 分 (2757599.9999999995) rounds away.
 * Returns undefined for non-finite or out-of-range values.
 */
export function numberToFen(value: number, unit: CurrencyUnit = "元"): Fen | undefined {
  if (!Number.isFinite(value)) return undefined;
  // Fast path: when k / scale gives back exactly this double, the double is the nearest one to k fen, and
  // (fen being far coarser than double spacing below 2^53 / scale) its decimal text is k fen too.
  const scale = 10 ** FEN_EXPONENT[unit];
  const k = Math.round(value * scale);
  if (Math.abs(k) < 2 ** 52 && k / scale === value) return k === 0 ? 0 : k;
  const scaled = decimalToScaledInteger(String(value), FEN_EXPONENT[unit]);
  if (scaled === undefined) return undefined;
  const fen = Number(scaled);
  return Number.isSafeInteger(fen) ? (Object.is(fen, -0) ? 0 : fen) : undefined;
}

/** A decimal text in `unit` → exact fen, or undefined. */
export function decimalTextToFen(text: string, unit: CurrencyUnit = "元"): Fen | undefined {
  // Fast path: a plain decimal with no more decimals than fen need and at most 15 digits in all is an
  // integer below 10^15 once scaled — exact in a double, no rounding, no BigInt.
  const plain = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  const exponent = FEN_EXPONENT[unit];
  if (plain && (plain[2] !== "" || (plain[3] ?? "") !== "")) {
    const [, sign, whole, fraction = ""] = plain;
    if (fraction.length <= exponent && whole.length + exponent <= 15) {
      const fen = Number(whole + fraction.padEnd(exponent, "0"));
      return sign === "-" && fen !== 0 ? -fen : fen;
    }
  }
  const scaled = decimalToScaledInteger(text, FEN_EXPONENT[unit]);
  if (scaled === undefined) return undefined;
  const fen = Number(scaled);
  return Number.isSafeInteger(fen) ? (Object.is(fen, -0) ? 0 : fen) : undefined;
}

/** Fen → a value in 元 as a JS number with at most two decimals (for JSON output). */
export function fenToYuanNumber(fen: Fen): number {
  return Number(formatFixed(fen, 2, 2));
}

/** Rounds fen to whole multiples of `step` fen, halves away from zero. */
export function roundFen(fen: Fen, step: number): Fen {
  return Number(divideRoundHalfUp(BigInt(fen), BigInt(step))) * step;
}

/** Digits grouped by thousands as reports print them: "2757600.00" → "2,757,600.00". */
export function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Integer `units` of 10^-scale, displayed with `decimals` places after rounding half up.
 * formatFixed(27576, 2, 2) → "275.76".
 */
function formatFixed(units: number, scale: number, decimals: number, grouping = false): string {
  const rounded = roundToDecimals(units, scale, decimals);
  const negative = rounded < 0;
  const magnitude = negative ? -rounded : rounded;
  const digits = magnitude.toString().padStart(decimals + 1, "0");
  let whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  if (grouping) whole = groupThousands(whole);
  return `${negative ? "-" : ""}${whole}${decimals > 0 ? `.${fraction}` : ""}`;
}

/**
 * units × 10^-scale as an integer count of 10^-decimals, rounded half away from zero: in doubles while
 * every step stays an exact integer below 2^53 (all real amounts), else in BigInt.
 */
function roundToDecimals(units: number, scale: number, decimals: number): number | bigint {
  if (Number.isSafeInteger(units)) {
    if (scale <= decimals) {
      const scaled = units * 10 ** (decimals - scale);
      if (Number.isSafeInteger(scaled)) return scaled;
    } else {
      const step = 10 ** (scale - decimals);
      const n = Math.abs(units);
      if (2 * n + step < Number.MAX_SAFE_INTEGER) {
        const q = floorDivide(2 * n + step, 2 * step);
        return units < 0 && q !== 0 ? -q : q;
      }
    }
  }
  const big = BigInt(units);
  return scale > decimals
    ? divideRoundHalfUp(big, 10n ** BigInt(scale - decimals))
    : big * 10n ** BigInt(decimals - scale);
}

/** "275.76" — fen shown in 万元 with exactly two decimals, half up. No unit suffix. */
export function formatWan(fen: Fen): string {
  return formatFixed(fen, 6, 2);
}

/** "2,757,600.00" — fen shown in 元 with two decimals (grouping on by default). */
export function formatYuan(fen: Fen, grouping = true): string {
  return formatFixed(fen, 2, 2, grouping);
}

/** Fen shown in the given unit with two decimals. */
export function formatAmount(fen: Fen, unit: CurrencyUnit, grouping = true): string {
  return unit === "万元" ? formatFixed(fen, 6, 2, grouping) : formatYuan(fen, grouping);
}

/**
 * Percentage change (current − prior) ÷ prior from exact values, in basis points (hundredths of a
 * percent), rounded half away from zero. Undefined when prior is 0.
 */
export function percentChange(current: Fen, prior: Fen): BasisPoints | undefined {
  return ratioBasisPoints(current - prior, prior);
}

/** part ÷ whole as basis points of a percent (决算 ÷ 预算 = 98.50% → 9850). Undefined when whole is 0. */
export function ratioBasisPoints(part: Fen, whole: Fen): BasisPoints | undefined {
  if (whole === 0) return undefined;
  const n = Math.abs(part) * 10000;
  const d = Math.abs(whole);
  if (2 * n + d < Number.MAX_SAFE_INTEGER) {
    // Exact in doubles: every operand and product stays an integer below 2^53.
    const q = floorDivide(2 * n + d, 2 * d);
    return part < 0 !== whole < 0 ? -q || 0 : q;
  }
  return Number(divideRoundHalfUp(BigInt(part) * 10000n, BigInt(whole)));
}

/** ⌊x / y⌋ for non-negative safe integers, corrected for the rounding of the floating-point quotient. */
function floorDivide(x: number, y: number): number {
  let q = Math.floor(x / y);
  if (q * y > x) q--;
  else if ((q + 1) * y <= x) q++;
  return q;
}

/** 398 → "3.98" (no % sign). Negative keeps its sign. */
export function formatBasisPoints(points: BasisPoints): string {
  return formatFixed(points, 2, 2);
}

/** 398 → 3.98, for JSON. */
export function basisPointsToNumber(points: BasisPoints): number {
  return Number(formatBasisPoints(points));
}

/** Exact sum of fen. */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
