/**
 * Nothing in the pipeline is quadratic: a 100 000-row sheet goes through recognise + check + compare in
 * seconds, and ten times the rows costs far less than a hundred times the time. (Timings with budgets
 * and ratios are `npm run bench`; this guards against a quadratic step slipping in.)
 */
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
