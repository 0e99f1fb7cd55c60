/**
 * A handful of the bad-input corpus (test/fixtures/bad/corpus.ts) through the web page in headless
 * Chromium: an unusable file shows one clear message (the Chinese half of the CLI's line), a zip bomb is
 * refused in seconds, a workbook with bad cells shows the core's findings count — and the page never
 * throws. Builds the web page into its own directory with the shared harness (test/e2e/harness.ts).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { analyze } from "../../src/core/pipeline";
import { ROOT, buildWebPage, launchChromium, serve } from "./harness";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { BAD_CASES } from "../fixtures/bad/corpus";
import { writeCorpus } from "../fixtures/bad/generate";

const DIST = path.join(ROOT, "test-output/e2e-bad/web-dist");
const CASES = [
  "csv-renamed",
  "encrypted",
  "truncated-half",
  "empty-workbook",
  "zip-bomb-declared",
  "error-values",
  "control-emoji",
];

let server: http.Server | undefined;
let browser: Browser | undefined;
let page: Page;
const files = new Map<string, string>();
const pageErrors: string[] = [];
const requests: string[] = [];
let origin = "";

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bad-web-"));
  const generated = await writeCorpus(
    dir,
    BAD_CASES.filter((c) => CASES.includes(c.name))
  );
  for (const g of generated) files.set(g.case.name, g.path);
  await buildWebPage(DIST);
  ({ server, origin } = await serve(DIST));
  browser = await launchChromium();
  const context = await browser.newContext({ locale: "zh-CN" });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${origin}/index.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

const refusals = BAD_CASES.filter((c) => CASES.includes(c.name) && c.expect.kind === "refuse");
const usable = BAD_CASES.filter((c) => CASES.includes(c.name) && c.expect.kind === "findings");

test.each(refusals.map((c) => [c.name, c] as const))("%s: one clear message", async (name, c) => {
  const started = Date.now();
  await page.setInputFiles('[data-testid="current-file"]', files.get(name)!);
  if (c.expect.kind !== "refuse") return;
  // The Chinese half of the CLI's line is what the pane shows (the cases here have distinct ones).
  // (RegExp.source writes "/" as "\/".)
  const zhPattern = new RegExp(c.expect.message.source.split(/\.\* \\?\/ /)[0]);
  expect(zhPattern.source).not.toContain("/");
  const bar = page.getByTestId("error-bar").filter({ hasText: zhPattern }).first();
  await bar.waitFor({ timeout: 60_000 });
  const text = (await bar.textContent()) ?? "";
  expect(text).not.toMatch(/\bat .+:\d+:\d+|TypeError|undefined/);
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(pageErrors).toEqual([]);
});

test.each(usable.map((c) => [c.name] as const))(
  "%s: the core's findings, no page error",
  async (name) => {
    const expected = analyze(
      await readWorkbook(new Uint8Array(fs.readFileSync(files.get(name)!)))
    ).findings;
    await page.setInputFiles('[data-testid="current-file"]', files.get(name)!);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="findings-count"]')?.textContent === String(n),
      expected.length,
      { timeout: 60_000 }
    );
    expect(pageErrors).toEqual([]);
  }
);

test("no request left 127.0.0.1", () => {
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});
