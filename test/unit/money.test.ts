import fc from "fast-check";
import {
  decimalTextToFen,
  decimalToScaledInteger,
  divideRoundHalfUp,
  formatBasisPoints,
  formatWan,
  formatYuan,
  numberToFen,
  percentChange,
  ratioBasisPoints,
  roundFen,
  sumFen,
} from "../../src/core/money";
import { parseNumberText, readMoney } from "../../src/core/figure";
import { refAt } from "../../src/core/grid";

const ref = { sheet: "S", row: 0, column: 0 };

describe("half-up rounding is exact", () => {
  test.each([
    [125n, 1000n, 0n], // 0.125 → 0
    [1250n, 1000n, 1n], // 1.25 → 1
    [1500n, 1000n, 2n], // 1.5 → 2
    [-1500n, 1000n, -2n], // −1.5 → −2 (half away from zero)
    [2499n, 1000n, 2n],
  ])("%p / %p → %p", (n, d, q) => expect(divideRoundHalfUp(n, d)).toBe(q));

  test("0.125 万元 shows as 0.13, 0.124999 as 0.12", () => {
    expect(formatWan(decimalTextToFen("0.125", "万元")!)).toBe("0.13");
    expect(formatWan(decimalTextToFen("0.124999", "万元")!)).toBe("0.12");
    expect(formatWan(decimalTextToFen("-0.125", "万元")!)).toBe("-0.13");
  });

  test("property: rounding to a step never moves more than half a step, and ties go away from zero", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(1, 100, 10000, 1000000),
        (fen, step) => {
          const rounded = roundFen(fen, step);
          const diff = rounded - fen;
          expect(Math.abs(diff) * 2).toBeLessThanOrEqual(step);
          if (Math.abs(diff) * 2 === step) expect(Math.sign(diff)).toBe(Math.sign(fen));
          expect(rounded % step === 0).toBe(true);
        }
      )
    );
  });
});

describe("cell doubles → exact fen", () => {
  test("published figures", () => {
    expect(numberToFen(2757600)).toBe(275760000);
    expect(numberToFen(251.21, "万元")).toBe(251210000); // 251.21万元 = 2 512 100.00 元
    expect(numberToFen(0.1 + 0.2)).toBe(30);
    expect(numberToFen(2757599.9999999995)).toBe(275760000);
    expect(numberToFen(1e308)).toBeUndefined();
    expect(numberToFen(-0)).toBe(0);
    expect(Object.is(numberToFen(-0), -0)).toBe(false);
  });

  test("property: any 元 amount with two decimals round-trips through its double", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        const asDouble = fen / 100;
        expect(numberToFen(asDouble)).toBe(fen);
        expect(decimalTextToFen(formatYuan(fen, false))).toBe(fen);
      })
    );
  });

  test("property: 万元 with two decimals round-trips and formats back to the same text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (hundredths) => {
        const text =
          (hundredths < 0 ? "-" : "") +
          `${Math.floor(Math.abs(hundredths) / 100)}.${String(Math.abs(hundredths) % 100).padStart(2, "0")}`;
        const fen = numberToFen(Number(text), "万元")!;
        expect(fen).toBe(hundredths * 10000);
        expect(formatWan(fen)).toBe(text === "-0.00" ? "0.00" : text);
      })
    );
  });

  test("property: sums are exact (order does not matter)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e10, max: 1e10 }), { maxLength: 200 }), (values) => {
        const total = sumFen(values);
        expect(sumFen([...values].reverse())).toBe(total);
        expect(numberToFen(total / 100)).toBe(total);
      })
    );
  });
});

describe("percent from exact values", () => {
  test("the seed figures: 3.98 / 3.66 / 7.34 from 元, 7.35 from 万元", () => {
    expect(percentChange(275760000, 265213200)).toBe(398);
    expect(percentChange(251208800, 242340000)).toBe(366);
    expect(percentChange(24551200, 22873200)).toBe(734);
    expect(percentChange(24550000, 22870000)).toBe(735);
    expect(formatBasisPoints(734)).toBe("7.34");
    expect(formatBasisPoints(-640)).toBe("-6.40");
  });
  test("no percent against zero", () => {
    expect(percentChange(100, 0)).toBeUndefined();
    expect(ratioBasisPoints(98, 100)).toBe(9800);
  });
  test("property: percent agrees with exact rational rounding", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 1, max: 1e11 }),
        (current, prior) => {
          const bp = BigInt(percentChange(current, prior)!);
          const delta = BigInt(current) - BigInt(prior);
          // |bp − delta·10000/prior| ≤ ½, i.e. |2·bp·prior − 2·delta·10000| ≤ prior
          const gap = 2n * bp * BigInt(prior) - 2n * delta * 10000n;
          expect((gap < 0n ? -gap : gap) <= BigInt(prior)).toBe(true);
        }
      )
    );
  });
});

describe("numbers typed as text", () => {
  test.each([
    ["1,234.00", "1234.00"],
    ["１２３", "123"],
    ["（123）", "-123"],
    ["(1,234.5)", "-1234.5"],
    [" 12 345.6 ", "12345.6"],
    ["¥2,757,600.00", "2757600.00"],
    ["－５", "-5"],
  ])("%p reads as %p", (text, decimal) => expect(parseNumberText(text)?.decimal).toBe(decimal));

  test("a unit in the text is kept", () => {
    expect(parseNumberText("12.5万元")).toEqual({ decimal: "12.5", unit: "万元" });
  });
  test.each(["abc", "2023-05-16", "12%", "", "1,23"])("%p is not a number", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  test("readMoney says how each cell was stored", () => {
    expect(readMoney({ value: "1,234.00" }, ref, "元")).toMatchObject({
      origin: "text-number",
      value: 123400,
    });
    expect(readMoney({ value: "—" }, ref, "元")).toMatchObject({ origin: "dash", value: 0 });
    expect(readMoney({ value: { error: "#REF!" } }, ref, "元")).toMatchObject({
      origin: "error",
      error: "#REF!",
    });
    expect(readMoney({ value: "#DIV/0!" }, ref, "元")).toMatchObject({ origin: "error" });
    expect(
      readMoney({ value: null, formula: "=SUM(A1:A2)", formulaWithoutValue: true }, ref, "元")
    ).toMatchObject({ origin: "formula-no-value" });
    expect(readMoney({ value: 24.55 }, ref, "万元")).toMatchObject({
      origin: "number",
      value: 24550000,
    });
    expect(readMoney({ value: "3万元" }, ref, "元")).toMatchObject({
      value: 3000000,
      unitInText: "万元",
    });
    expect(readMoney(undefined, ref, "元")).toMatchObject({ origin: "blank" });
    expect(readMoney({ value: "2023年5月" }, ref, "元")).toMatchObject({ origin: "text" });
  });

  test("a figure is its cell's position; a plain number carries nothing more", () => {
    const at = { sheet: "基础数据表", row: 11, column: 4 };
    // The hot shape of a large sheet: position, value and origin only (a third smaller than the rest).
    expect(readMoney({ value: 2757600 }, at, "元")).toEqual({
      sheet: "基础数据表",
      row: 11,
      column: 4,
      value: 275760000,
      origin: "number",
    });
    // Everything else keeps what the CELL-* and FORMULA-RANGE rules read.
    const formula = readMoney({ value: 2757600, formula: "=SUM(E13:E20)" }, at, "元");
    expect(formula).toMatchObject({ ...at, origin: "number", formula: "=SUM(E13:E20)" });
    expect(Object.keys(formula)).toEqual(Object.keys(readMoney({ value: "（12）" }, at, "元")));
    expect(refAt(formula)).toEqual({ sheet: "基础数据表", address: "E12" });
  });

  test("property: formatted 元 amounts parse back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        const text = formatYuan(fen);
        expect(decimalTextToFen(parseNumberText(text)!.decimal)).toBe(fen);
      })
    );
  });
});

describe("the double fast paths of parsing and display agree with exact BigInt arithmetic", () => {
  /** The reference: BigInt all the way (what every amount went through before the fast paths). */
  const bigFormat = (units: bigint, scale: number): string => {
    const rounded = scale > 2 ? divideRoundHalfUp(units, 10n ** BigInt(scale - 2)) : units;
    const negative = rounded < 0n;
    const digits = (negative ? -rounded : rounded).toString().padStart(3, "0");
    return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  };
  const amounts = fc.oneof(
    fc.integer({ min: -1e7, max: 1e7 }),
    fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(0, 5000, -5000, 15000, -15000, 4999, -4999, 2 ** 52, -(2 ** 52))
  );

  test("property: 万元 and 元 display (half away from zero) and basis points", () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(formatWan(fen)).toBe(bigFormat(BigInt(fen), 6));
        expect(formatYuan(fen, false)).toBe(bigFormat(BigInt(fen), 2));
        expect(formatBasisPoints(fen)).toBe(bigFormat(BigInt(fen), 2));
      }),
      { numRuns: 5000 }
    );
  });

  test("property: a decimal text reads as the same fen either way", () => {
    const texts = fc
      .tuple(
        fc.constantFrom("", "-", "+"),
        fc.stringMatching(/^\d{0,16}$/),
        fc.option(fc.stringMatching(/^\d{0,8}$/), { nil: undefined })
      )
      .map(
        ([sign, whole, fraction]) =>
          `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`
      );
    fc.assert(
      fc.property(texts, fc.constantFrom<"元" | "万元">("元", "万元"), (text, unit) => {
        const exact = decimalToScaledInteger(text, unit === "元" ? 2 : 6);
        const expected =
          exact === undefined || !Number.isSafeInteger(Number(exact)) ? undefined : Number(exact);
        const fen = decimalTextToFen(text, unit);
        expect(fen).toBe(expected === 0 ? 0 : expected);
        if (fen !== undefined) expect(Object.is(fen, -0)).toBe(false);
      }),
      { numRuns: 5000 }
    );
  });
});

describe("ratioBasisPoints: the double fast path agrees with exact BigInt rounding", () => {
  test("property", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: -1e11, max: 1e11 }).filter((d) => d !== 0),
        (part, whole) => {
          const exact = Number(divideRoundHalfUp(BigInt(part) * 10000n, BigInt(whole)));
          expect(ratioBasisPoints(part, whole)).toBe(exact === 0 ? 0 : exact);
        }
      ),
      { numRuns: 5000 }
    );
  });
  test("ties round away from zero", () => {
    expect(ratioBasisPoints(1, 80000)).toBe(0); // 0.125 bp → 0
    expect(ratioBasisPoints(1, 20000)).toBe(1); // 0.5 bp → 1
    expect(ratioBasisPoints(-1, 20000)).toBe(-1);
  });
});
