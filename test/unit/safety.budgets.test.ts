/**
 * The deterministic docs/design.md §5 budgets, asserted in npm test (timings are `npm run bench`'s):
 * - the task pane's first-load JS ≤ 350 KB gzip, with ExcelJS and docx only in lazy chunks — measured by
 *   scripts/bundle-size.js on a production build of the task-pane entry with the project's own webpack
 *   config (into test-output/, so dist/ is left alone).
 * (The ≤ 2 Office syncs budget is asserted by test/unit/excelHost.test.ts on the recording fake, for 1 and
 * 20 sheets and for writing the report; the bench prints the same figures through measureSyncCounts.)
 */
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "bundle-budget");

async function buildTaskpane(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as typeof import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<import("webpack").Configuration>;
  const config = await configure({}, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  config.entry = { taskpane: entry.taskpane };
  config.output = { ...config.output, path: OUT, clean: true };
  config.devtool = false;
  config.plugins = (config.plugins ?? []).filter((plugin) => {
    const options = (plugin as { userOptions?: { filename?: string } }).userOptions;
    return !options?.filename || options.filename === "taskpane.html";
  });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
}

test("task pane: first-load JS ≤ 350 KB gzip; ExcelJS and docx load on demand", async () => {
  await buildTaskpane();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundleSizes, BUDGET_BYTES } = require(path.join(ROOT, "scripts", "bundle-size.js")) as {
    BUDGET_BYTES: number;
    bundleSizes(dir: string): {
      taskpaneInitialGzip: number;
      lazy: { name: string; gzip: number }[];
      lazyOnlyUpFront: string[];
    };
  };
  const sizes = bundleSizes(OUT);
  expect(BUDGET_BYTES).toBe(350 * 1024);
  expect(sizes.taskpaneInitialGzip).toBeGreaterThan(10 * 1024); // really measured something
  expect(sizes.taskpaneInitialGzip).toBeLessThanOrEqual(BUDGET_BYTES);
  expect(sizes.lazyOnlyUpFront).toEqual([]);
  expect(sizes.lazy.map((c) => c.name)).toEqual(expect.arrayContaining(["exceljs", "docx"]));
}, 600_000);
