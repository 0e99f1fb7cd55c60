/**
 * Nothing in the pipeline is quadratic: a 100 000-row sheet goes through recognise + check + compare in
 * seconds, and ten times the rows costs far less than a hundred times the time. (Timings with budgets
 * and ratios are `npm run bench`; this guards against a quadratic step slipping in.)
 */
import type { Grid } from "../../src/core/grid";
import { analyze } from "../../src/core/pipeline";
import { largeDataSheet } from "../helpers/largeSheet";

function timeAnalyze(rows: number): { ms: number; lines: number; errors: number } {
  const grid = largeDataSheet(rows);
  const start = performance.now();
  const analysis = analyze([grid]);
  return {
    ms: performance.now() - start,
    lines: analysis.book.lines.length,
    errors: analysis.findings.filter((f) => f.severity === "error").length,
  };
}

test("100 000 data rows analyse in seconds, linearly", () => {
  timeAnalyze(2000); // warm up the JIT
  const small = timeAnalyze(10_000);
  const large = timeAnalyze(100_000);
  expect(large.lines).toBe(100_010);
  expect(large.errors).toBe(0);
  expect(large.ms).toBeLessThan(10_000);
  // Linear growth is 10×; quadratic would be 100×. Leave room for GC noise on a shared machine.
  expect(large.ms / small.ms).toBeLessThan(40);
});

test("a sheet nested as deep as it is long stays linear (no walk up the tree per row)", () => {
  // Every row one Excel indent deeper than the last, every fifth a label that may take a stable key.
  const nested = (rows: number): Grid => {
    const labels = ["公务接待费", "基本支出", "项目支出", "人员经费", "其他"];
    const cells: Grid["rows"] = [
      [{ value: "项目" }, { value: "上年决算数" }, { value: "本年决算数" }],
    ];
    for (let i = 0; i < rows; i++)
      cells.push([
        { value: `${labels[i % 5]}${i % 7 ? i : ""}`, indent: i },
        { value: 1 },
        { value: 1 },
      ]);
    return { sheet: "基础数据表", rows: cells };
  };
  const time = (rows: number): number => {
    const grid = nested(rows);
    const start = performance.now();
    const { book } = analyze([grid]);
    expect(book.lines.reduce((deepest, line) => Math.max(deepest, line.depth), 0)).toBeGreaterThan(
      rows * 0.9
    );
    return performance.now() - start;
  };
  time(1000); // warm up the JIT
  const small = time(5_000);
  const large = time(20_000);
  // Linear is 4×; walking every line's ancestors made it 10× (and minutes at 100 000 rows).
  expect(large / small).toBeLessThan(7);
});
