/**
 * Formulas whose cached value the file does not hold (saved by a generator, or by a tool that does not
 * calculate): what can be computed from the cells the grids already hold is computed — SUM over cells and
 * ranges, ROUND, and + − × ÷ over numbers and cell references, on this sheet or another — in exact rational
 * arithmetic, so a computed 分 is the 分 Excel would show. Everything else (another function, a name, a
 * cycle, an error or words in an operand) stays unknown: the figure reads as "formula without value" and
 * the report says it is missing rather than print a number nobody read.
 */
import type { Cell, Grid } from "./grid";
import { columnIndex, gridOrigin, isCellError } from "./grid";

// ── exact rationals ────────────────────────────────────────────────────────────────────────────────

interface Rational {
  n: bigint;
  d: bigint;
}

const ZERO: Rational = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function rational(n: bigint, d: bigint): Rational | undefined {
  if (d === 0n) return undefined;
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** A double → the exact decimal it is written as ("0.1" is 1/10, not the binary neighbour). */
function fromNumber(value: number): Rational | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(value));
  if (!match) return undefined;
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  let n = BigInt(whole + fraction);
  let d = 1n;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d = 10n ** BigInt(-exponent);
  return rational(sign ? -n : n, d);
}

/** The double nearest to a rational (what Excel would store), via a 17-significant-digit decimal. */
function toNumber(value: Rational): number {
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  const whole = n / value.d;
  let rest = n % value.d;
  let digits = "";
  for (let i = 0; i < 20 && rest !== 0n; i++) {
    rest *= 10n;
    digits += String(rest / value.d);
    rest %= value.d;
  }
  const text = `${negative ? "-" : ""}${whole}${digits ? `.${digits}` : ""}`;
  return Number(text);
}

const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
const subtract = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
const multiply = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
const divide = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);

/** Half away from zero at `places` decimals (Excel's ROUND). */
function round(value: Rational, places: number): Rational | undefined {
  if (!Number.isInteger(places) || places < -15 || places > 15) return undefined;
  const scale = 10n ** BigInt(Math.abs(places));
  const scaled =
    places >= 0 ? { n: value.n * scale, d: value.d } : { n: value.n, d: value.d * scale };
  const negative = scaled.n < 0n;
  const n = negative ? -scaled.n : scaled.n;
  let q = n / scaled.d;
  if ((n % scaled.d) * 2n >= scaled.d) q += 1n;
  const signed = negative ? -q : q;
  return places >= 0 ? rational(signed, scale) : rational(signed * scale, 1n);
}

// ── parsing ────────────────────────────────────────────────────────────────────────────────────────

interface CellAddress {
  sheet: string;
  row: number;
  column: number;
}

type Expression =
  | { type: "number"; value: Rational }
  | { type: "cell"; at: CellAddress }
  | { type: "range"; from: CellAddress; to: CellAddress }
  | { type: "negate"; operand: Expression }
  | { type: "binary"; operator: "+" | "-" | "*" | "/"; left: Expression; right: Expression }
  | { type: "call"; name: "SUM" | "ROUND"; args: Expression[] };

type Token =
  | { type: "number"; text: string }
  | { type: "ref"; sheet?: string; address: string }
  | { type: "name"; text: string }
  | { type: "op"; text: string }
  /** Anything else (a string quote, &, a comparison): the parser refuses it, references still read. */
  | { type: "other"; text: string };

const TOKEN =
  /\s*(?:('(?:[^']|'')+'|[^\s'!:(),+\-*/^&=<>"]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_(])|\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|\s*([A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()|\s*([-+*/(),:])|\s*([^\s])/y;

function tokenize(formula: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (formula.slice(at).trim() === "") break;
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(formula);
    if (!match) return undefined;
    at = TOKEN.lastIndex;
    const [, sheet, address, number, name, op, other] = match;
    if (address) {
      const unquoted = sheet?.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      tokens.push({ type: "ref", ...(unquoted ? { sheet: unquoted } : {}), address });
    } else if (number) tokens.push({ type: "number", text: number });
    else if (name) tokens.push({ type: "name", text: name.toUpperCase() });
    else if (op) tokens.push({ type: "op", text: op });
    else tokens.push({ type: "other", text: other });
  }
  return tokens;
}

/** The cells and ranges a formula refers to, read from its tokens whatever its functions. */
export interface FormulaReferences {
  /** True when any reference names a sheet (this one or another). */
  namesSheet: boolean;
  /** Single cells, 0-based. */
  cells: { row: number; column: number }[];
  /** Ranges, 0-based and inclusive. */
  ranges: { top: number; bottom: number; left: number; right: number }[];
  /** True when the formula is nothing but SUM(…), +, numbers and references: a plain total. */
  plainSum: boolean;
}

/** Reads the references of a formula ("=SUM(C5:C9)+C12"); undefined when it cannot be read at all. */
export function formulaReferences(formula: string): FormulaReferences | undefined {
  const tokens = tokenize(formula.replace(/^\s*=/, ""));
  if (!tokens) return undefined;
  const out: FormulaReferences = { namesSheet: false, cells: [], ranges: [], plainSum: true };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === "ref") {
      if (token.sheet) out.namesSheet = true;
      const from = address("", token.address);
      const colon = tokens[i + 1];
      const end = tokens[i + 2];
      if (colon?.type === "op" && colon.text === ":" && end?.type === "ref") {
        if (end.sheet) out.namesSheet = true;
        const to = address("", end.address);
        out.ranges.push({
          top: Math.min(from.row, to.row),
          bottom: Math.max(from.row, to.row),
          left: Math.min(from.column, to.column),
          right: Math.max(from.column, to.column),
        });
        i += 2;
      } else out.cells.push({ row: from.row, column: from.column });
      continue;
    }
    const plain =
      token.type === "number" ||
      (token.type === "name" && token.text === "SUM") ||
      (token.type === "op" && ["+", "(", ")", ","].includes(token.text));
    if (!plain) out.plainSum = false;
  }
  return out;
}

function address(sheet: string, text: string): CellAddress {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text) as RegExpExecArray;
  return { sheet, row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** Recursive descent over + − (lowest), × ÷, unary −, and atoms; undefined for anything unsupported. */
function parse(formula: string, sheet: string): Expression | undefined {
  const tokens = tokenize(formula.replace(/^\s*=/, ""));
  if (!tokens || tokens.length === 0) return undefined;
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (text: string): boolean => {
    const t = peek();
    return t !== undefined && t.type === "op" && t.text === text;
  };
  const sum = (): Expression | undefined => {
    let left = product();
    while (left && (isOp("+") || isOp("-"))) {
      const operator = (tokens[i++] as { text: "+" | "-" }).text;
      const right = product();
      if (!right) return undefined;
      left = { type: "binary", operator, left, right };
    }
    return left;
  };
  const product = (): Expression | undefined => {
    let left = unary();
    while (left && (isOp("*") || isOp("/"))) {
      const operator = (tokens[i++] as { text: "*" | "/" }).text;
      const right = unary();
      if (!right) return undefined;
      left = { type: "binary", operator, left, right };
    }
    return left;
  };
  const unary = (): Expression | undefined => {
    if (isOp("-")) {
      i++;
      const operand = unary();
      return operand && { type: "negate", operand };
    }
    if (isOp("+")) {
      i++;
      return unary();
    }
    return atom();
  };
  const atom = (): Expression | undefined => {
    const token = tokens[i++];
    if (!token) return undefined;
    if (token.type === "number") {
      const value = fromNumber(Number(token.text));
      return value && { type: "number", value };
    }
    if (token.type === "ref") {
      const from = address(token.sheet ?? sheet, token.address);
      if (isOp(":")) {
        i++;
        const end = tokens[i++];
        if (!end || end.type !== "ref" || (end.sheet && end.sheet !== from.sheet)) return undefined;
        return { type: "range", from, to: address(from.sheet, end.address) };
      }
      return { type: "cell", at: from };
    }
    if (token.type === "name") {
      if (token.text !== "SUM" && token.text !== "ROUND") return undefined;
      if (!isOp("(")) return undefined;
      i++;
      const args: Expression[] = [];
      if (!isOp(")")) {
        for (;;) {
          const arg = sum();
          if (!arg) return undefined;
          args.push(arg);
          if (isOp(",")) {
            i++;
            continue;
          }
          break;
        }
      }
      if (!isOp(")")) return undefined;
      i++;
      if (token.text === "ROUND" && args.length !== 2) return undefined;
      return { type: "call", name: token.text, args };
    }
    if (token.text === "(") {
      const inner = sum();
      if (!inner || !isOp(")")) return undefined;
      i++;
      return inner;
    }
    return undefined;
  };
  const expression = sum();
  return expression && i === tokens.length ? expression : undefined;
}

// ── evaluation ─────────────────────────────────────────────────────────────────────────────────────

interface Sheet {
  grid: Grid;
  origin: { row: number; column: number };
}

function keyOf(at: CellAddress): string {
  return `${at.sheet}!${at.row}:${at.column}`;
}

/** Every formula cell without a value that an expression reads (directly or through a range). */
function dependencies(expression: Expression, cellAt: CellLookup): CellAddress[] {
  const out: CellAddress[] = [];
  const visit = (e: Expression): void => {
    switch (e.type) {
      case "cell":
        if (cellAt(e.at)?.formulaWithoutValue) out.push(e.at);
        return;
      case "range":
        forEachInRange(e, cellAt, (at, cell) => {
          if (cell?.formulaWithoutValue) out.push(at);
        });
        return;
      case "negate":
        visit(e.operand);
        return;
      case "binary":
        visit(e.left);
        visit(e.right);
        return;
      case "call":
        e.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(expression);
  return out;
}

/** The largest range a SUM may cover (a whole column of a huge sheet is still bounded by its rows). */
const MAX_RANGE_CELLS = 2_000_000;

type CellLookup = (at: CellAddress) => Cell | undefined;

function forEachInRange(
  range: { from: CellAddress; to: CellAddress },
  cellAt: CellLookup,
  visit: (at: CellAddress, cell: Cell | undefined) => void
): boolean {
  const top = Math.min(range.from.row, range.to.row);
  const bottom = Math.max(range.from.row, range.to.row);
  const left = Math.min(range.from.column, range.to.column);
  const right = Math.max(range.from.column, range.to.column);
  if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return false;
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) {
      const at = { sheet: range.from.sheet, row, column };
      visit(at, cellAt(at));
    }
  return true;
}

/**
 * The grids with every computable formula-without-value cell given its value (and `computed: true`);
 * grids without such cells are returned as they are. Pure: the hosts' grids are not changed.
 */
export function computeFormulaValues(grids: readonly Grid[]): Grid[] {
  const pending: { grid: number; row: number; column: number }[] = [];
  grids.forEach((grid, g) => {
    grid.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell?.formulaWithoutValue && cell.formula) pending.push({ grid: g, row: r, column: c });
      }
    });
  });
  if (pending.length === 0) return grids as Grid[];

  const sheets = new Map<string, Sheet>(
    grids.map((grid) => [grid.sheet, { grid, origin: gridOrigin(grid) }])
  );
  const cellAt = (at: CellAddress): Cell | undefined => {
    const sheet = sheets.get(at.sheet);
    if (!sheet) return undefined;
    return sheet.grid.rows[at.row - sheet.origin.row]?.[at.column - sheet.origin.column];
  };
  const parsed = new Map<string, Expression | null>();
  const expressionOf = (at: CellAddress): Expression | undefined => {
    const key = keyOf(at);
    let expression = parsed.get(key);
    if (expression === undefined) {
      const formula = cellAt(at)?.formula;
      expression = (formula && parse(formula, at.sheet)) || null;
      parsed.set(key, expression);
    }
    return expression ?? undefined;
  };

  const values = new Map<string, Rational | null>();
  /** An operand's value: a number, blank as 0; words and errors make the result unknown. */
  const operand = (
    cell: Cell | undefined,
    at: CellAddress,
    inSum: boolean
  ): Rational | undefined | "skip" => {
    if (!cell) return ZERO;
    if (cell.formulaWithoutValue) return values.get(keyOf(at)) ?? undefined;
    const value = cell.value;
    if (value === null || value === undefined) return ZERO;
    if (typeof value === "number") return fromNumber(value);
    if (isCellError(value)) return undefined;
    // SUM passes over words and logical values; + − × ÷ cannot.
    if (inSum) return "skip";
    if (typeof value === "string" && value.trim() === "") return ZERO;
    return undefined;
  };
  const evaluate = (e: Expression, inSum = false): Rational | undefined => {
    switch (e.type) {
      case "number":
        return e.value;
      case "cell": {
        // A sheet the workbook does not have is Excel's #REF!, not a blank.
        if (!sheets.has(e.at.sheet)) return undefined;
        const v = operand(cellAt(e.at), e.at, inSum);
        return v === "skip" ? ZERO : v;
      }
      case "range": {
        if (!inSum || !sheets.has(e.from.sheet)) return undefined;
        let total: Rational | undefined = ZERO;
        const bounded = forEachInRange(e, cellAt, (at, cell) => {
          if (!total) return;
          const v = operand(cell, at, true);
          if (v === "skip") return;
          total = v && add(total, v);
        });
        return bounded ? total : undefined;
      }
      case "negate": {
        const v = evaluate(e.operand, inSum);
        return v && { n: -v.n, d: v.d };
      }
      case "binary": {
        const left = evaluate(e.left);
        const right = evaluate(e.right);
        if (!left || !right) return undefined;
        if (e.operator === "+") return add(left, right);
        if (e.operator === "-") return subtract(left, right);
        if (e.operator === "*") return multiply(left, right);
        return divide(left, right);
      }
      case "call": {
        if (e.name === "ROUND") {
          const value = evaluate(e.args[0]);
          const places = evaluate(e.args[1]);
          if (!value || !places || places.d !== 1n) return undefined;
          return round(value, Number(places.n));
        }
        let total: Rational | undefined = ZERO;
        for (const arg of e.args) {
          const v = evaluate(arg, true);
          total = v && total && add(total, v);
          if (!total) return undefined;
        }
        return total;
      }
    }
  };

  // Depth-first without recursion (a sheet may chain 100 000 running totals): a cell is evaluated once
  // every formula it reads has been; a cell met again while open is a cycle and stays unknown.
  const OPEN = 1;
  const state = new Map<string, number>();
  for (const start of pending) {
    const grid = grids[start.grid];
    const origin = sheets.get(grid.sheet)?.origin ?? { row: 0, column: 0 };
    const first = {
      sheet: grid.sheet,
      row: start.row + origin.row,
      column: start.column + origin.column,
    };
    if (values.has(keyOf(first))) continue;
    const stack: CellAddress[] = [first];
    while (stack.length > 0) {
      const at = stack[stack.length - 1];
      const key = keyOf(at);
      if (values.has(key)) {
        stack.pop();
        continue;
      }
      const expression = expressionOf(at);
      if (!expression) {
        values.set(key, null);
        stack.pop();
        continue;
      }
      if (state.get(key) !== OPEN) {
        state.set(key, OPEN);
        let cycle = false;
        for (const dep of dependencies(expression, cellAt)) {
          const depKey = keyOf(dep);
          if (values.has(depKey)) continue;
          if (state.get(depKey) === OPEN) cycle = true;
          else stack.push(dep);
        }
        if (cycle) {
          values.set(key, null);
          stack.pop();
        }
        continue;
      }
      values.set(key, evaluate(expression) ?? null);
      stack.pop();
    }
  }

  // New grids: only the rows that gained a value are copied.
  return grids.map((grid) => {
    const origin = sheets.get(grid.sheet)?.origin ?? { row: 0, column: 0 };
    let rows: Grid["rows"] | undefined;
    grid.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell?.formulaWithoutValue) continue;
        const value = values.get(
          keyOf({ sheet: grid.sheet, row: r + origin.row, column: c + origin.column })
        );
        if (!value) continue;
        rows ??= grid.rows.slice();
        if (rows[r] === row) rows[r] = row.slice();
        const { formulaWithoutValue: _missing, ...rest } = cell;
        void _missing;
        (rows[r] as (Cell | undefined)[])[c] = { ...rest, value: toNumber(value), computed: true };
      }
    });
    return rows ? { ...grid, rows } : grid;
  });
}
