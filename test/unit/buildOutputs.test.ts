/**
 * `npm run build` builds the CLI (tsc) and then the add-in and web page (webpack, which empties its output
 * folder first): the two outputs must be folders apart, or the web build erases the CLI it follows. The full
 * path — `npm ci && npm run build && npx budget-report check examples/*.xlsx` — runs in .ci/run on a clean clone.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

const inside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

test("the CLI's output and webpack's cleaned output do not overlap, and bin/ runs the CLI's", async () => {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8"));
  const cliOut = path.resolve(ROOT, tsconfig.compilerOptions.outDir);
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({}, { mode: "production" });
  const webOut = path.resolve(config.output.path);
  expect(config.output.clean).toBe(true);
  expect(inside(cliOut, webOut)).toBe(false);
  expect(inside(webOut, cliOut)).toBe(false);
  const bin = fs.readFileSync(path.join(ROOT, "bin/budget-report.js"), "utf8");
  const target = /require\('\.\.\/([^']+)'\)/.exec(bin)?.[1] ?? "";
  expect(inside(path.resolve(ROOT, target), cliOut)).toBe(true);
  // npm test builds the CLI before Jest runs: the file bin/ loads is there.
  expect(fs.existsSync(path.resolve(ROOT, target))).toBe(true);
});
