import fc from "fast-check";
import { runChecks } from "../../../src/core/checks";
import { checkSumChildren } from "../../../src/core/checks/sumChildren";
import { CellValue } from "../../../src/core/grid";
import { DEFAULT_OPTIONS, withDefaults } from "../../../src/core/options";
import { buildBook, RowSpec } from "../../helpers/book";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.constantFrom("1,234.00", "（12）", "—", "-", "无", "１２３", "#REF!", "", "1e400"),
  fc.constant({ error: "#DIV/0!" })
);

const row: fc.Arbitrary<RowSpec> = fc.record({
  label: fc.constantFrom("基本支出", "人员经费", "办公费", "合计", "小计", "行政运行", "x"),
  key: fc.option(
    fc.constantFrom("basic", "personnel", "publicOperating", "threePublic", "vehicle"),
    {
      nil: undefined,
    }
  ),
  code: fc.option(fc.constantFrom("301", "30101", "302", "201", "20129", "2012901", "999"), {
    nil: undefined,
  }),
  depth: fc.integer({ min: 0, max: 4 }),
  ofWhich: fc.boolean(),
  total: fc.option(fc.constantFrom("total" as const, "subtotal" as const, "grandTotal" as const), {
    nil: undefined,
  }),
  kind: fc.constantFrom("money" as const, "money" as const, "count" as const),
  hidden: fc.boolean(),
  current: cellValue,
  prior: cellValue,
  budget: cellValue,
  reason: fc.option(fc.constantFrom("调资", ""), { nil: undefined }),
});

describe("check properties", () => {
  it("never throw, and every finding names a rule, a severity, a cell and a message", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom("元" as const, "万元" as const),
        fc.constantFrom("zh-CN" as const, "en-US" as const),
        (rows, unit, locale) => {
          const findings = runChecks(buildBook({ rows, unit }), withDefaults({ locale }));
          for (const f of findings) {
            expect(["error", "warning", "info"]).toContain(f.severity);
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.ref.address).toMatch(/^[A-Z]+\d+$/);
            if (f.difference !== undefined) expect(f.difference).toBe(f.actual! - f.expected!);
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("a tree whose parents are the exact sums of their children has no SUM-CHILDREN finding", () => {
    const leaf = fc.integer({ min: 0, max: 1e10 }); // fen
    fc.assert(
      fc.property(
        fc.array(fc.array(leaf, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom("元" as const, "万元" as const),
        (groups, unit) => {
          const perUnit = unit === "万元" ? 1_000_000 : 100;
          const toUnit = (fen: number) =>
            Number(
              `${Math.trunc(fen / perUnit)}.${String(fen % perUnit).padStart(unit === "万元" ? 6 : 2, "0")}`
            );
          const rows: RowSpec[] = [];
          const total = groups.flat().reduce((a, b) => a + b, 0);
          rows.push({ label: "合计项", depth: 0, current: toUnit(total) });
          for (const group of groups) {
            rows.push({ label: "类", depth: 1, current: toUnit(group.reduce((a, b) => a + b, 0)) });
            for (const value of group) rows.push({ label: "项", depth: 2, current: toUnit(value) });
          }
          expect(checkSumChildren(buildBook({ rows, unit }), DEFAULT_OPTIONS)).toEqual([]);
        }
      ),
      { numRuns: 200 }
    );
  });
});
