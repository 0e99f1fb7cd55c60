/**
 * Exact interval arithmetic for printed figures. A printed figure stands for every value that rounds to it:
 * 275.76万元 is any amount in [275.755, 275.765] 万元, 3.98% any rate in [3.975, 3.985] %. A claim is
 * consistent when some values inside its figures' intervals make it true. Everything is exact (bigint
 * rationals): no float ever decides whether a report is wrong.
 */

/** n / d with d > 0, not necessarily reduced. */
export interface Rational {
  n: bigint;
  d: bigint;
}

export interface Interval {
  lo: Rational;
  hi: Rational;
}

export const ZERO: Rational = { n: 0n, d: 1n };

export function rational(n: bigint, d: bigint = 1n): Rational {
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(r: Rational): Rational {
  const g = gcd(r.n, r.d);
  return g === 1n ? r : { n: r.n / g, d: r.d / g };
}

export function add(a: Rational, b: Rational): Rational {
  return reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

export function sub(a: Rational, b: Rational): Rational {
  return reduce({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
}

export function mul(a: Rational, b: Rational): Rational {
  return reduce({ n: a.n * b.n, d: a.d * b.d });
}

/** a / b; b ≠ 0. */
export function div(a: Rational, b: Rational): Rational {
  return reduce(rational(a.n * b.d, a.d * b.n));
}

export function compare(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function sign(a: Rational): number {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

export function negate(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

export function abs(a: Rational): Rational {
  return a.n < 0n ? negate(a) : a;
}

const min = (a: Rational, b: Rational) => (compare(a, b) <= 0 ? a : b);
const max = (a: Rational, b: Rational) => (compare(a, b) >= 0 ? a : b);

export function point(value: Rational): Interval {
  return { lo: value, hi: value };
}

/** The middle of an interval: the value the printed figure states. */
export function middle(x: Interval): Rational {
  return div(add(x.lo, x.hi), rational(2n));
}

export function plus(x: Interval, y: Interval): Interval {
  return { lo: add(x.lo, y.lo), hi: add(x.hi, y.hi) };
}

export function minus(x: Interval, y: Interval): Interval {
  return { lo: sub(x.lo, y.hi), hi: sub(x.hi, y.lo) };
}

export function sum(intervals: readonly Interval[]): Interval {
  return intervals.reduce(plus, point(ZERO));
}

export function scale(x: Interval, factor: Rational): Interval {
  const a = mul(x.lo, factor);
  const b = mul(x.hi, factor);
  return { lo: min(a, b), hi: max(a, b) };
}

/** x / y for a divisor that does not contain 0; undefined when it does. */
export function quotient(x: Interval, y: Interval): Interval | undefined {
  if (sign(y.lo) * sign(y.hi) <= 0) return undefined;
  const candidates = [div(x.lo, y.lo), div(x.lo, y.hi), div(x.hi, y.lo), div(x.hi, y.hi)];
  return { lo: candidates.reduce(min), hi: candidates.reduce(max) };
}

/** x × y, from the products of their bounds. */
export function product(x: Interval, y: Interval): Interval {
  const candidates = [mul(x.lo, y.lo), mul(x.lo, y.hi), mul(x.hi, y.lo), mul(x.hi, y.hi)];
  return { lo: candidates.reduce(min), hi: candidates.reduce(max) };
}

/** The values two intervals share; undefined when they share none. */
export function intersection(x: Interval, y: Interval): Interval | undefined {
  const lo = max(x.lo, y.lo);
  const hi = min(x.hi, y.hi);
  return compare(lo, hi) <= 0 ? { lo, hi } : undefined;
}

export function intersects(x: Interval, y: Interval): boolean {
  return compare(x.lo, y.hi) <= 0 && compare(y.lo, x.hi) <= 0;
}

/** The interval widened by `margin` on both sides. */
export function widen(x: Interval, margin: Rational): Interval {
  return { lo: sub(x.lo, margin), hi: add(x.hi, margin) };
}

export function magnitude(x: Interval): Interval {
  if (sign(x.lo) >= 0) return x;
  if (sign(x.hi) <= 0) return { lo: negate(x.hi), hi: negate(x.lo) };
  return { lo: ZERO, hi: max(negate(x.lo), x.hi) };
}

/** The value rounded half up (away from zero) to `decimals`, as text: 7.3456 → "7.35". */
export function toFixed(value: Rational, decimals: number): string {
  const factor = 10n ** BigInt(decimals);
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  // round(n / d × factor), halves away from zero.
  const scaled = (2n * n * factor + value.d) / (2n * value.d);
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : "";
  return `${negative && scaled !== 0n ? "-" : ""}${whole}${fraction}`;
}

/** A decimal text ("1,234.56", "-0.5") as an exact rational; undefined when it is not one. */
export function parseDecimal(text: string): Rational | undefined {
  const match = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(text.replace(/,/g, ""));
  if (!match) return undefined;
  const fraction = match[3] ?? "";
  const n = BigInt(`${match[2]}${fraction}`);
  return rational(match[1] === "-" ? -n : n, 10n ** BigInt(fraction.length));
}

/** A signed interval: a rate or change printed as a magnitude with 增加 (1) or 减少 (−1). */
export function signed(interval: Interval, direction: 1 | -1): Interval {
  return direction === 1 ? interval : { lo: negate(interval.hi), hi: negate(interval.lo) };
}
