/**
 * End to end: the web page in headless Chromium (Debian's `chromium`, driven by playwright-core).
 * Builds the page with the project's webpack config (web entry only, into test-output/), serves it on
 * 127.0.0.1, opens the sample workbook through the file input, walks every tab, downloads the .docx and
 * the .xlsx with the report sheets and reads them back — and proves no request left 127.0.0.1.
 * Screenshots of every tab go to test-output/screenshots/ and are copied to docs/screenshots/.
 * Without /usr/bin/chromium this test FAILS (CI installs it): it never skips.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import mammoth from "mammoth";
import { analyze } from "../../src/core/pipeline";
import { ROOT, buildWebPage, launchChromium, serve } from "./harness";
import { readFile } from "../../src/hosts/file/readFile";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { EDITABLE_PARTS, compareParts } from "../helpers/packageParts";

const SAMPLE = path.join(ROOT, "examples/常宁市总工会-2023.xlsx");
const OUT = path.join(ROOT, "test-output/e2e");
const DIST = path.join(OUT, "web-dist");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const DOC_SHOTS = path.join(ROOT, "docs/screenshots");

/** The sample with one figure wrong: 基本工资 本年 (E8) 100 元 too high, so 工资福利支出 (E7) ≠ Σ children. */
async function brokenSample(): Promise<string> {
  const mod = (await import("exceljs")) as typeof import("exceljs") & {
    default?: typeof import("exceljs");
  };
  const ExcelJS = mod.Workbook ? mod : (mod.default as typeof import("exceljs"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const sheet = workbook.getWorksheet("基础数据表");
  const cell = sheet?.getCell("E8");
  if (!sheet || typeof cell?.value !== "number") throw new Error("the sample's layout changed: E8");
  cell.value = cell.value + 100;
  const file = path.join(OUT, "常宁市总工会-2023-改错.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

let server: http.Server | undefined;
let browser: Browser | undefined;
let page: Page;
let origin = "";
const requests: string[] = [];
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  // The README's screenshots are refreshed on request only, so a test run leaves the work tree clean.
  if (process.env.UPDATE_SCREENSHOTS) fs.copyFileSync(file, path.join(DOC_SHOTS, `${name}.png`));
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  if (process.env.UPDATE_SCREENSHOTS) fs.mkdirSync(DOC_SHOTS, { recursive: true });
  await buildWebPage(DIST);
  ({ server, origin } = await serve(DIST));
  browser = await launchChromium();
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 900, height: 900 },
  });
  page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/index.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe("the web page, end to end", () => {
  test("a workbook with a wrong figure: the findings count is the core's; clicking one shows its cell", async () => {
    const broken = await brokenSample();
    const expected = analyze(await readFile(broken), { locale: "zh-CN" }).findings;
    expect(expected.some((f) => f.rule === "SUM-CHILDREN" && f.ref.address === "E7")).toBe(true);
    await page.setInputFiles('[data-testid="current-file"]', broken);
    const count = page.locator('[data-testid="findings-count"]').first();
    await count.waitFor({ timeout: 60_000 });
    expect(Number(await count.textContent())).toBe(expected.length);
    // The analysis ran in a Web Worker, off the page's main thread.
    expect(page.workers()).toHaveLength(1);

    await page.getByRole("tab", { name: /校验/ }).click();
    await page.getByTestId("checks-tab").waitFor();
    expect(await page.getByTestId("count-error").textContent()).toBe(
      `错误 ${expected.filter((f) => f.severity === "error").length}`
    );
    const errors = page.getByRole("region", { name: "错误" });
    const finding = errors.getByTestId("finding").first();
    expect(await finding.textContent()).toContain("差额 -100.00");
    const cell = finding.getByTestId("finding-cell");
    expect(await cell.textContent()).toBe("基础数据表!E7");
    await cell.click();
    const notice = page.getByTestId("notice-bar");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("基础数据表!E7");
    await shot("2-checks");
  });

  test("the sample workbook: what was recognised, and all checks pass", async () => {
    const expected = analyze(await readFile(SAMPLE), { locale: "zh-CN" }).findings.length;
    await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
    await page.getByTestId("workbook-name").filter({ hasText: "常宁市总工会-2023.xlsx" }).waitFor();
    await page.getByTestId("checks-tab").waitFor();
    const count = page.locator('[data-testid="findings-count"]').first();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="findings-count"]')?.textContent === String(n),
      expected,
      { timeout: 60_000 }
    );
    expect(Number(await count.textContent())).toBe(expected);
    if (expected === 0) await page.getByTestId("all-passed").waitFor();
    await page.getByRole("tab", { name: /数据/ }).click();
    await page.getByTestId("source-sheet").waitFor();
    expect(await page.getByTestId("source-sheet").textContent()).toBe("基础数据表");
    await shot("1-data");
  });

  test("变动: the change table shows 基本支出 +3.98%", async () => {
    await page.getByRole("tab", { name: /变动/ }).click();
    const basic = page.getByTestId("change-basic");
    await basic.waitFor();
    expect(await basic.getByTestId("change-percent").textContent()).toBe("3.98%");
    expect(
      await page.getByTestId("change-personnel").getByTestId("change-percent").textContent()
    ).toBe("3.66%");
    expect(
      await page.getByTestId("change-publicOperating").getByTestId("change-percent").textContent()
    ).toBe("7.34%");
    await shot("3-changes");
  });

  test("报告: live preview, then the .docx download reads back with the seed sentence", async () => {
    await page.getByRole("tab", { name: "报告", exact: true }).click();
    const preview = page.getByTestId("report-preview");
    await preview.waitFor();
    const text = (await preview.textContent()) ?? "";
    expect(text).toContain("常宁市总工会2023年度");
    expect(text).toContain("比上年增加10.55万元，增长3.98%");
    await shot("4-report");

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "导出 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^常宁市总工会2023年度.*\.docx$/);
    const file = path.join(OUT, "report.docx");
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    // The sample's reason column adds "，主要原因是…" after each figure; the figures are the seed's.
    expect(value.split("\n")[0]).toMatch(/^常宁市总工会2023年度/);
    expect(value).toContain(
      "单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%"
    );
    expect(value).toContain("人员经费完成251.21万元，比上年增加8.87万元，增长3.66%");
    expect(value).toContain("公用经费完成24.55万元，比上年增加1.68万元，增长7.34%");
    expect(value).toContain("2024年5月16日");
  });

  test("报告: the workbook download is the original plus the report sheets", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "下载含报告的工作簿 (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("常宁市总工会-2023-绩效自评报告.xlsx");
    const file = path.join(OUT, "with-report.xlsx");
    await download.saveAs(file);
    const original = await readFile(SAMPLE);
    const written = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    const names = written.map((g) => g.sheet);
    expect(names.slice(0, original.length)).toEqual(original.map((g) => g.sheet));
    expect(names.slice(original.length)).toEqual(["绩效自评报告", "变动分析", "校验结果"]);
  });

  test("核对报告: our own report audits clean; a paragraph with a wrong rate is marked, with its working", async () => {
    await page.getByRole("tab", { name: "核对报告" }).click();
    await page.getByTestId("report-file").setInputFiles(path.join(OUT, "report.docx"));
    const summary = page.getByTestId("audit-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toContain("错误 0 项，警告 0 项");

    const seed =
      "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长6.84%。";
    await page
      .getByTestId("audit-paste")
      .fill(
        `二、一般公共预算支出情况\n${seed}\n本单位“三公”经费支出3.14万元，其中公务接待费0.49万元，公务用车购置及运行维护费2.65万元，占比分别为15.61%、84.39%。`
      );
    await page.locator("mark[data-severity='error']").first().waitFor({ timeout: 30_000 });
    await page.locator("mark[data-severity='error']").first().click();
    const working = page.getByTestId("audit-working");
    expect(await working.textContent()).toContain("应为7.35%");
    await shot("8-audit");
  });

  test("核对报告: a Markdown draft is read with its marks blanked — **bold** is no blank, a wrong rate is marked", async () => {
    await page.getByRole("tab", { name: "核对报告" }).click();
    const draft = path.join(OUT, "draft.md");
    fs.writeFileSync(
      draft,
      "## 二、一般公共预算支出情况\n\n**2023年度，单位一般公共预算基本支出完成275.76万元**，比上年增加10.55万元，增长4.98\\%。\n"
    );
    await page.getByTestId("report-file").setInputFiles(draft);
    await page
      .getByTestId("audit-source")
      .filter({ hasText: "draft.md" })
      .waitFor({ timeout: 60_000 });
    const summary = page.getByTestId("audit-summary");
    await summary.waitFor({ timeout: 60_000 });
    // (With the sample workbook open, its figures are checked too.)
    expect(await summary.textContent()).not.toContain("错误 0 项");
    await page.locator("mark[data-severity='error']").first().click();
    expect(await page.getByTestId("audit-working").textContent()).toContain("应为3.98%");
    await shot("8b-audit-markdown");
  });

  test("数据: the blank template downloads as a workbook to fill in", async () => {
    await page.getByRole("tab", { name: /数据/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "下载空白模板 (.xlsx)" }).click(),
    ]);
    const file = path.join(OUT, "template.xlsx");
    await download.saveAs(file);
    const grids = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    expect(grids.map((g) => g.sheet)).toEqual(["基础数据表", "基本情况"]);
  });

  test("a reason typed in 变动 is kept for this file across a reload (localStorage, nothing sent)", async () => {
    await page.getByRole("tab", { name: /变动/ }).click();
    const reason = page.getByTestId("change-basic").getByRole("textbox");
    await reason.fill("在职人员调资");
    // Settings are saved after a short pause in typing.
    await page.waitForFunction(
      () =>
        Object.keys(localStorage).some((k) =>
          (localStorage.getItem(k) ?? "").includes("在职人员调资")
        ),
      undefined,
      { timeout: 10_000 }
    );
    await page.reload();
    await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
    await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: /变动/ }).click();
    expect(await page.getByTestId("change-basic").getByRole("textbox").inputValue()).toBe(
      "在职人员调资"
    );
    await page.getByRole("tab", { name: "报告", exact: true }).click();
    await page.getByTestId("report-preview").waitFor();
    expect(await page.getByTestId("report-preview").textContent()).toContain(
      "增长3.98%，主要原因是在职人员调资"
    );
  });

  test("a CSV renamed .xlsx gets one clear message, and the page stays usable", async () => {
    const bad = path.join(OUT, "不是工作簿.xlsx");
    fs.writeFileSync(bad, "项目,本年决算数\n基本支出,2757600\n");
    await page.setInputFiles('[data-testid="current-file"]', bad);
    const bar = page.getByTestId("error-bar");
    await bar.waitFor({ timeout: 60_000 });
    const text = (await bar.textContent()) ?? "";
    expect(text).toMatch(/不是|无法|xlsx/);
    expect(text).not.toMatch(/\bat \S+ \(|Error:/);
    expect(await page.getByTestId("workbook-name").textContent()).toContain("不是工作簿.xlsx");
    await shot("5-error");
    // The next file opens normally.
    await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
    await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("error-bar").count()).toBe(0);
  });

  test("a workbook without a budget table: the core's message comes back from the worker", async () => {
    const mod = (await import("exceljs")) as typeof import("exceljs") & {
      default?: typeof import("exceljs");
    };
    const ExcelJS = mod.Workbook ? mod : (mod.default as typeof import("exceljs"));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("通讯录").addRow(["姓名", "电话"]);
    const file = path.join(OUT, "通讯录.xlsx");
    await workbook.xlsx.writeFile(file);
    let expected = "";
    try {
      analyze(await readFile(file), { locale: "zh-CN" });
    } catch (error) {
      expected = (error as { zh?: string }).zh ?? "";
    }
    expect(expected).not.toBe("");
    await page.setInputFiles('[data-testid="current-file"]', file);
    const bar = page.getByTestId("error-bar");
    await bar.waitFor({ timeout: 60_000 });
    expect(await bar.textContent()).toContain(expected);
    await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
    await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
  });

  test("数据: a finance-software export with a 自评表 — every sheet listed with its kind and use", async () => {
    const { buildWorkbook } = await import("../fixtures/workbook");
    const { exportSheets, selfEvaluationSheet } = await import("../unit/realWorld/workbooks");
    const file = path.join(OUT, "常宁市总工会-2023-导出.xlsx");
    fs.writeFileSync(
      file,
      await buildWorkbook({ sheets: [selfEvaluationSheet(), ...exportSheets(2023)] })
    );
    await page.setInputFiles('[data-testid="current-file"]', file);
    await page.getByTestId("workbook-name").filter({ hasText: "导出" }).waitFor();
    await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: /数据/ }).click();
    const rows = page.getByTestId("sheet-row");
    // The list shows the previous workbook's sheets until this one's analysis is in: wait for it.
    await page
      .waitForFunction(
        () => document.querySelectorAll('[data-testid="sheet-row"]').length === 5,
        null,
        {
          timeout: 60_000,
        }
      )
      .catch(() => undefined);
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).getAttribute("data-role")).toBe("unused");
    expect(await rows.nth(0).textContent()).toContain("自评表（指标评分表）");
    const z09 = rows.filter({ hasText: "Z09" });
    expect(await z09.getAttribute("data-role")).toBe("source");
    expect(await z09.textContent()).toContain("财决09表");
    await shot("6-sheets");
    // No 上年 in a one-year export: the 变动 tab says how to get it.
    await page.getByRole("tab", { name: /变动/ }).click();
    await page.getByTestId("changes-none").waitFor();
    await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
    await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
  });

  test.each([
    ["rich-workbook.xlsx", "rich-workbook-绩效自评报告.xlsx"],
    ["rich-workbook.xlsm", "rich-workbook-绩效自评报告.xlsm"],
  ])(
    "报告: %s (chart, picture, pivot table, macros…) comes back whole from the page too",
    async (fileName, downloadName) => {
      const input = path.join(ROOT, "test/fixtures/rich", fileName);
      await page.setInputFiles('[data-testid="current-file"]', input);
      await page.getByTestId("workbook-name").filter({ hasText: fileName }).waitFor();
      await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
      await page.getByRole("tab", { name: "报告", exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60_000 }),
        page.getByRole("button", { name: /下载含报告的工作簿/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(downloadName);
      const file = path.join(OUT, downloadName);
      await download.saveAs(file);
      const original = new Uint8Array(fs.readFileSync(input));
      const parts = await compareParts(original, new Uint8Array(fs.readFileSync(file)));
      expect(parts.missing).toEqual([]);
      expect(parts.changed.filter((name) => !EDITABLE_PARTS.includes(name))).toEqual([]);
      expect(parts.originalParts).toEqual(
        expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotCache/pivotCacheRecords1.xml"])
      );
      expect(parts.added).toHaveLength(3);
      const written = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
      expect(written.map((g) => g.sheet).slice(-3)).toEqual([
        "绩效自评报告",
        "变动分析",
        "校验结果",
      ]);
      await page.setInputFiles('[data-testid="current-file"]', SAMPLE);
      await page.locator('[data-testid="findings-count"]').first().waitFor({ timeout: 60_000 });
    }
  );

  test("opened with Internet Explorer's user agent, the page says what to do instead of starting", async () => {
    const context = await browser!.newContext({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    const old = await context.newPage();
    const errors: string[] = [];
    old.on("pageerror", (error) => errors.push(error.message));
    await old.goto(`${origin}/index.html`);
    const alert = old.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    // On the web page the advice is a current browser (in Office it is WebView2, a newer Office, or this page).
    expect(await alert.textContent()).toContain("最新版的 Edge、Chrome、Firefox");
    expect(await old.locator("html").getAttribute("data-unsupported")).toBe("trident");
    // The bundle saw the mark and did not start: no pane, no error.
    expect(await old.getByRole("tablist").count()).toBe(0);
    expect(errors).toEqual([]);
    await old.screenshot({ path: path.join(SHOTS, "7-unsupported.png"), fullPage: true });
    await context.close();
  });

  test("no request left 127.0.0.1 and the page threw nothing", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:")
    );
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
