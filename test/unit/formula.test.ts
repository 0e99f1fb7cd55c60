/**
 * Formulas saved without a value (src/core/formula.ts): computed exactly where the cells allow, unknown
 * otherwise — and, on every fixture that has cached values, computed to exactly those values.
 */
import { computeFormulaValues } from "../../src/core/formula";
import type { Cell, Grid } from "../../src/core/grid";
import { gridFromValues } from "../../src/core/grid";
import { numberToFen } from "../../src/core/money";
import { fixtures } from "../fixtures/specs";
import { fixtureGrids } from "../helpers/fixtures";
import { largeDataSheet } from "../helpers/largeSheet";

const uncached = (formula: string): Cell => ({ value: null, formula, formulaWithoutValue: true });

/** The value computed for the cell at [row][column] of the first grid (undefined when left unknown). */
function computed(
  grids: Grid[],
  row: number,
  column: number,
  sheet = 0
): number | null | undefined {
  const cell = computeFormulaValues(grids)[sheet].rows[row]?.[column];
  if (!cell || cell.formulaWithoutValue) return undefined;
  expect(cell.computed).toBe(true);
  return cell.value as number | null;
}

function sheetWith(values: (number | string | null | Cell)[][], name = "表"): Grid {
  return {
    sheet: name,
    rows: values.map((row) =>
      row.map((v) => (v === null ? undefined : typeof v === "object" ? v : { value: v }))
    ),
  };
}

describe("what is computed", () => {
  it("SUM over a range, + − × ÷, parentheses and unary minus, in exact decimals", () => {
    const grid = sheetWith([
      [0.1, 0.2, uncached("=SUM(A1:B1)")],
      [275.76, 24.55, uncached("=A2-B2")],
      [3, 7, uncached("=-(A3+B3)*2/4")],
      [1.005, null, uncached("=A4*100")],
    ]);
    expect(computed([grid], 0, 2)).toBe(0.3);
    expect(computed([grid], 1, 2)).toBe(251.21);
    expect(computed([grid], 2, 2)).toBe(-5);
    expect(computed([grid], 3, 2)).toBe(100.5);
  });

  it("ROUND halves away from zero, as Excel does", () => {
    const grid = sheetWith([[2.675, -2.675, uncached("=ROUND(A1,2)"), uncached("=ROUND(B1,2)")]]);
    expect(computed([grid], 0, 2)).toBe(2.68);
    expect(computed([grid], 0, 3)).toBe(-2.68);
  });

  it("other sheets by name, quoted or not; $ anchors; a blank cell is 0", () => {
    const data = sheetWith([[100, 200]], "数据");
    const other = sheetWith([[1.5]], "Sheet 2");
    const grid = sheetWith([[uncached("=数据!$A$1+'Sheet 2'!A1+C9")]]);
    expect(computed([grid, data, other], 0, 0)).toBe(101.5);
  });

  it("SUM passes over words; + − × ÷ with words is unknown", () => {
    const grid = sheetWith([[5, "无", uncached("=SUM(A1:B1)"), uncached("=A1+B1")]]);
    expect(computed([grid], 0, 2)).toBe(5);
    expect(computed([grid], 0, 3)).toBeUndefined();
  });

  it("formulas that read formulas without values are computed in order, however long the chain", () => {
    const rows: (number | Cell)[][] = [[1]];
    for (let r = 1; r < 50_000; r++) rows.push([uncached(`=A${r}+1`)]);
    const grid = sheetWith(rows);
    expect(computed([grid], 49_999, 0)).toBe(50_000);
  });
});

describe("what stays unknown", () => {
  it.each([
    ["another function", "=VLOOKUP(A1,B:C,2,FALSE)"],
    ["a defined name", "=预算合计"],
    ["a division by zero", "=A1/0"],
    ["an error operand", "=B1+1"],
    ["a sheet that is not there", "=缺失!A1"],
    ["a comparison", "=A1>0"],
  ])("%s", (_what, formula) => {
    const grid = sheetWith([[1, { value: { error: "#REF!" } }, uncached(formula)]]);
    expect(computed([grid], 0, 2)).toBeUndefined();
  });

  it("a cycle", () => {
    const grid = sheetWith([[uncached("=B1+1"), uncached("=A1+1")]]);
    expect(computed([grid], 0, 0)).toBeUndefined();
    expect(computed([grid], 0, 1)).toBeUndefined();
  });

  it("grids without such formulas come back as they are", () => {
    const grid = gridFromValues("表", [[1, 2]]);
    expect(computeFormulaValues([grid])[0]).toBe(grid);
  });
});

/** Every formula cell with a cached number, with the value taken away; the cached values kept aside. */
function withoutCachedValues(grids: Grid[]): { grids: Grid[]; cached: Map<string, number> } {
  const cached = new Map<string, number>();
  const stripped = grids.map((grid) => ({
    ...grid,
    rows: grid.rows.map((row, r) =>
      row.map((cell, c) => {
        if (!cell?.formula || typeof cell.value !== "number") return cell;
        cached.set(`${grid.sheet}!${r}:${c}`, cell.value);
        return { ...cell, value: null, formulaWithoutValue: true };
      })
    ),
  }));
  return { grids: stripped, cached };
}

describe("on every fixture with cached values, the evaluator gives those values", () => {
  const named = fixtures.map((f) => f.name);
  it.each(named)("%s", async (name) => {
    const { grids, cached } = withoutCachedValues(await fixtureGrids(name));
    const result = computeFormulaValues(grids);
    for (const [key, value] of cached) {
      const [sheet, at] = key.split("!");
      const [r, c] = at.split(":").map(Number);
      const cell = result.find((g) => g.sheet === sheet)?.rows[r]?.[c];
      expect([key, numberToFen(cell?.value as number)]).toEqual([key, numberToFen(value)]);
    }
  });

  it("the bench's 10 000-row sheet (SUM over projects, sums of totals)", () => {
    const { grids, cached } = withoutCachedValues([largeDataSheet(10_000)]);
    expect(cached.size).toBeGreaterThan(10);
    const result = computeFormulaValues(grids)[0];
    for (const [key, value] of cached) {
      const [r, c] = key.split("!")[1].split(":").map(Number);
      expect(numberToFen(result.rows[r]?.[c]?.value as number)).toBe(numberToFen(value));
    }
  });
});
