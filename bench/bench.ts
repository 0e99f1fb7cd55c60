/**
 * The bench (issue 6): every docs/design.md §5 budget measured in one run, printed beside its budget and written
 * to bench/results.json.
 *
 * The machine the bench runs on may be shared, so each timing is a median of several runs and is given
 * both as wall time and as this process's CPU time (process.cpuUsage: user + system, GC threads
 * included); budgets on time are judged on CPU time, and ratios compare figures taken in the same run.
 *
 * What it measures:
 * 1. generated 基础数据表 workbooks of 1 000, 10 000 and 100 000 data rows (test/helpers/largeSheet.ts,
 *    written with ExcelJS's streaming writer): the file host's guard, ExcelJS's load, the grid
 *    conversion, and the core pipeline (analyze = recognise + check + compare, then composeReport);
 *    the core's share of the ExcelJS load and its growth from 10 000 to 100 000 rows;
 * 2. the .docx of the sample report (examples/), after warm-up;
 * 3. peak memory reading + analysing the 100 000-row workbook, in a fresh child process (maxRSS) and the
 *    peak heapUsed sampled while it runs;
 * 4. batch throughput: 50 units' standard tables checked with the CLI's batch code (lib/cli/batch.js)
 *    on one worker vs one per core;
 * 5. the task pane's first-load JS and each lazy chunk, gzip (scripts/bundle-size.js on a production
 *    webpack build into bench/tmp/web-dist);
 * 6. the Excel host's syncs on the recording fake: reading 1 and 20 sheets, writing the report sheets.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import type { Grid } from "../src/core/grid";
import { analyze } from "../src/core/pipeline";
import { composeReport } from "../src/core/report";
import { buildWorkbook, type WorkbookFixture } from "../test/fixtures/workbook";
import { loadExcelJS, readWorkbook, worksheetToGrid } from "../src/hosts/file/readWorkbook";
import { inspectXlsx } from "../src/hosts/file/zipGuard";
import { renderDocx } from "../src/render/docx";
import { reportSheetSpecs } from "../src/render/reportSheets";
import { appendSheetsToXlsx } from "../src/hosts/file/writeWorkbook";
import { largeDataSheet } from "../test/helpers/largeSheet";
import { measureSyncCounts, measureWebRead, WEB_PAYLOAD_BYTES } from "../test/helpers/syncCounts";
import { figureChangedScore, loadPassages, scoreCorpus } from "../test/helpers/auditCorpus";
import { auditText } from "../src/core/audit";

const ROOT = resolve(__dirname, "..");
const TMP = join(ROOT, "bench", "tmp");
const SAMPLE = join(ROOT, "examples", "常宁市总工会-2023.xlsx");
const SIZES = [1_000, 10_000, 100_000];

// --- measuring -----------------------------------------------------------------------------------

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Times one piece of work. Keep only the Timing of a result (`timing()`): holding on to the value would
 * leave every earlier run's workbook, grids and analysis on the heap, and slow every later run's GC. */
async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T } & Timing> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function timing({ wallMs, cpuMs }: Timing): Timing {
  return { wallMs, cpuMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianTiming(runs: Timing[]): Timing & { runs: number } {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    runs: runs.length,
  };
}

/**
 * A full collection, then a wait until the process is idle: the collector sweeps the freed pages on background threads
 * after it returns, and that work — the garbage of what was measured before (ExcelJS's model) — would otherwise be
 * counted in the CPU time of what is measured next.
 */
async function settledHeap(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < 50; i++) {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const used = process.cpuUsage(before);
    if (used.user + used.system < 2_000) return;
  }
}

// --- inputs --------------------------------------------------------------------------------------

/** A large 基础数据表 as .xlsx, written row by row with ExcelJS's streaming writer. */
async function writeLargeWorkbook(rows: number, path: string): Promise<void> {
  const ExcelJS = await loadExcelJS();
  const grid = largeDataSheet(rows);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet(grid.sheet);
  for (const row of grid.rows) {
    // Totals are formulas with their cached results, as Excel saves them.
    const values = row.map((cell) =>
      !cell
        ? null
        : cell.formula
          ? { formula: cell.formula.replace(/^=/, ""), result: cell.value as number }
          : (cell.value as string | number)
    );
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await writer.commit();
}

/** 50 units' workbooks: the standard 部门决算 tables when their fixture specs exist, else 基础数据表s. */
async function writeUnits(dir: string): Promise<{ kind: string; files: string[] }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let make: (i: number) => WorkbookFixture;
  let kind: string;
  try {
    const standard = require("../test/fixtures/specs/standard/changning") as {
      changningStandardWorkbook(o: {
        year: 2023 | 2022;
        unit?: "元" | "万元";
        layout?: "public" | "software";
      }): WorkbookFixture;
    };
    make = (i) =>
      standard.changningStandardWorkbook({
        year: 2023,
        unit: i % 2 ? "万元" : "元",
        layout: i % 3 ? "public" : "software",
      });
    kind = "standard 部门决算 tables (test/fixtures/specs/standard)";
  } catch {
    make = (i) => {
      const grid = largeDataSheet(100 + i);
      return {
        sheets: [
          {
            name: grid.sheet,
            rows: grid.rows.map((row) => row.map((c) => (c ? (c.value as string | number) : null))),
          },
        ],
      };
    };
    kind = "基础数据表 (the standard-table specs were not found)";
  }
  const files: string[] = [];
  for (let i = 0; i < 50; i++) {
    const path = join(dir, `unit-${String(i + 1).padStart(2, "0")}.xlsx`);
    writeFileSync(path, await buildWorkbook(make(i)));
    files.push(path);
  }
  return { kind, files };
}

// --- phases --------------------------------------------------------------------------------------

interface CopyResult {
  /** The product's copy: the report sheets added at the package level (every other part as it was). */
  packageAppend: Timing;
  /** The same workbook through ExcelJS, load + write, no sheet added: what a copy used to cost at least. */
  excelRoundTrip: Timing;
  outputBytes: number;
}

/** The workbook handed back with its report sheets (CLI report --out x.xlsx, the web page's download). */
async function measureCopy(path: string, runs: number): Promise<CopyResult> {
  const bytes = new Uint8Array(readFileSync(path));
  const analysis = analyze(await readWorkbook(bytes), {});
  const specs = reportSheetSpecs(composeReport(analysis), analysis.changes, analysis.findings);
  const ExcelJS = await loadExcelJS();
  const append: Timing[] = [];
  const roundTrip: Timing[] = [];
  let outputBytes = 0;
  for (let i = 0; i < runs; i++) {
    await settledHeap();
    const copy = await timed(() => appendSheetsToXlsx(bytes, specs));
    outputBytes = copy.value.bytes.length;
    append.push(timing(copy));
    await settledHeap();
    roundTrip.push(
      timing(
        await timed(async () => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
          return workbook.xlsx.writeBuffer();
        })
      )
    );
  }
  return {
    packageAppend: medianTiming(append),
    excelRoundTrip: medianTiming(roundTrip),
    outputBytes,
  };
}

interface SizeResult {
  rows: number;
  fileBytes: number;
  guard: Timing;
  excelLoad: Timing;
  toGrid: Timing;
  core: Timing;
  findings: number;
  lines: number;
}

/**
 * ExcelJS's load and the grid conversion, timed, in a function of their own: as in the product
 * (readWorkbook returns the grids only), ExcelJS's model is unreachable once this returns, and the core
 * is not measured with a second, dead workbook on the heap.
 */
async function loadGrids(
  ExcelJS: Awaited<ReturnType<typeof loadExcelJS>>,
  bytes: Uint8Array
): Promise<{ grids: Grid[]; load: Timing; toGrid: Timing }> {
  const loaded = await timed(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  });
  const converted = await timed(() =>
    loaded.value.worksheets.map((sheet) => worksheetToGrid(sheet as never))
  );
  return { grids: converted.value, load: timing(loaded), toGrid: timing(converted) };
}

async function measureSize(rows: number, runs: number): Promise<SizeResult> {
  const path = join(TMP, `data-${rows}.xlsx`);
  await writeLargeWorkbook(rows, path); // always anew: a cached file would outlive a change to the generator
  const bytes = new Uint8Array(readFileSync(path));
  const ExcelJS = await loadExcelJS();
  const guard: Timing[] = [];
  const load: Timing[] = [];
  const toGrid: Timing[] = [];
  const core: Timing[] = [];
  let findings = 0;
  let lines = 0;
  for (let i = 0; i < runs; i++) {
    await settledHeap();
    guard.push(timing(await timed(() => inspectXlsx(bytes, { fileName: `data-${rows}.xlsx` }))));
    await settledHeap();
    const loaded = await loadGrids(ExcelJS, bytes);
    load.push(loaded.load);
    toGrid.push(loaded.toGrid);
    // Let the load's finished promise jobs go, so nothing of ExcelJS's model is left reachable.
    await new Promise((resolve) => setImmediate(resolve));
    await settledHeap();
    const analysed = await timed(() => {
      const analysis = analyze(loaded.grids);
      composeReport(analysis);
      return analysis;
    });
    core.push(timing(analysed));
    findings = analysed.value.findings.length;
    lines = analysed.value.book.lines.length;
  }
  return {
    rows,
    fileBytes: bytes.length,
    guard: medianTiming(guard),
    excelLoad: medianTiming(load),
    toGrid: medianTiming(toGrid),
    core: medianTiming(core),
    findings,
    lines,
  };
}

async function measureDocx(runs: number): Promise<Timing & { runs: number; bytes: number }> {
  const grids = await readWorkbook(new Uint8Array(readFileSync(SAMPLE)));
  const composed = composeReport(analyze(grids));
  for (let i = 0; i < 5; i++) await renderDocx(composed.report); // warm-up
  const times: Timing[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = await timed(() => renderDocx(composed.report));
    bytes = t.value.length;
    times.push(timing(t));
  }
  return { ...medianTiming(times), bytes };
}

/** In a child process: read + analyse + compose one workbook, then print peak memory as JSON. */
export async function peakChild(path: string): Promise<number> {
  let heapPeak = 0;
  let rssPeak = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    heapPeak = Math.max(heapPeak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  };
  const timer = setInterval(sample, 20);
  const grids = await readWorkbook(new Uint8Array(readFileSync(path)));
  sample();
  const analysis = analyze(grids);
  sample();
  composeReport(analysis);
  sample();
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ heapPeak, rssPeak: Math.max(rssPeak, maxRss) }) + "\n");
  return 0;
}

/**
 * The audit on one text made of the corpus's passages, and on the same text 16 times over: a report of a
 * hundred pages must not take the square of the time of ten.
 */
async function measureAuditGrowth(): Promise<{ chars: number; oneMs: number; sixteenMs: number }> {
  const corpus = loadPassages()
    .map((passage) => passage.text)
    .join("\n\n");
  const long = Array(16).fill(corpus).join("\n\n");
  auditText(corpus); // warm up: compile the patterns once
  const one = median([1, 2, 3].map(() => timingOf(() => auditText(corpus))));
  const sixteen = timingOf(() => auditText(long));
  return { chars: long.length, oneMs: one, sixteenMs: sixteen };
}

function timingOf(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

function measurePeak(path: string): { heapPeak: number; rssPeak: number } {
  const result = spawnSync(process.execPath, [join(__dirname, "run.js"), "--peak", path], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`peak child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() as string);
}

interface BatchResult {
  kind: string;
  files: number;
  cores: number;
  oneCore: Timing & { filesPerSecond: number };
  allCores: Timing & { filesPerSecond: number };
  unusable: number;
  via: string;
}

async function measureBatch(rounds: number): Promise<BatchResult> {
  const { kind, files } = await writeUnits(join(TMP, "units"));
  const batchJs = join(ROOT, "lib", "cli", "batch.js");
  if (!existsSync(batchJs)) throw new Error("lib/cli/batch.js missing: run npm run build:cli");
  const batch = require(batchJs) as {
    checkFiles(
      files: readonly string[],
      locale: "zh-CN",
      concurrency?: number
    ): Promise<{ error?: string }[]>;
  };
  const cores = cpus().length;
  const run = async (concurrency: number) => {
    const times: Timing[] = [];
    let unusable = 0;
    for (let i = 0; i < rounds; i++) {
      const t = await timed(() => batch.checkFiles(files, "zh-CN", concurrency));
      unusable = t.value.filter((e) => "error" in e && e.error).length;
      times.push(timing(t));
    }
    const m = medianTiming(times);
    return { ...m, filesPerSecond: files.length / (m.wallMs / 1000), unusable };
  };
  const oneCore = await run(1);
  const allCores = await run(cores);
  return {
    kind,
    files: files.length,
    cores,
    oneCore,
    allCores,
    unusable: allCores.unusable,
    via: "checkFiles of lib/cli/batch.js (what `budget-report check <folder>` runs), workers = 1 vs cores",
  };
}

interface BundleResult {
  taskpaneFirstGzip: number;
  webFirstGzip?: number;
  lazy: { name: string; file: string; gzip: number }[];
  lazyOnlyUpFront: string[];
  budget: number;
}

async function measureBundle(reuse: boolean): Promise<BundleResult> {
  const out = join(TMP, "web-dist");
  if (!reuse || !existsSync(out)) {
    // The project's production config, emitted into bench/tmp so dist/ is left alone.
    const webpack = require("webpack") as typeof import("webpack");
    const configure = require(join(ROOT, "webpack.config.js")) as (
      env: object,
      argv: object
    ) => Promise<import("webpack").Configuration>;
    const config = await configure({}, { mode: "production" });
    config.output = { ...config.output, path: out, clean: true };
    config.devtool = false;
    await new Promise<void>((ok, fail) =>
      webpack(config, (error, stats) => {
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
        else ok();
      })
    );
  }
  const { bundleSizes } = require(join(ROOT, "scripts", "bundle-size.js")) as {
    bundleSizes(dir: string): {
      pages: Record<string, { initialGzip: number }>;
      lazy: { name: string; file: string; gzip: number }[];
      taskpaneInitialGzip: number;
      lazyOnlyUpFront: string[];
      budget: number;
    };
  };
  const sizes = bundleSizes(out);
  return {
    taskpaneFirstGzip: sizes.taskpaneInitialGzip,
    webFirstGzip: sizes.pages["index.html"]?.initialGzip,
    lazy: sizes.lazy.map(({ name, file, gzip }) => ({ name, file, gzip })),
    lazyOnlyUpFront: sizes.lazyOnlyUpFront,
    budget: sizes.budget,
  };
}

// --- report --------------------------------------------------------------------------------------

interface Row {
  what: string;
  value: string;
  budget: string;
  ok?: boolean;
}

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
const both = (t: Timing) => `${ms(t.cpuMs)} CPU (${ms(t.wallMs)} wall)`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function printTable(rows: Row[]): void {
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
  const w = [width("what"), width("measured"), width("budget (docs/design.md §5)")];
  for (const r of rows) {
    w[0] = Math.max(w[0], width(r.what));
    w[1] = Math.max(w[1], width(r.value));
    w[2] = Math.max(w[2], width(r.budget));
  }
  const line = (a: string, b: string, c: string, d: string) =>
    `| ${pad(a, w[0])} | ${pad(b, w[1])} | ${pad(c, w[2])} | ${d} |`;
  console.log(line("what", "measured", "budget (docs/design.md §5)", " "));
  console.log(`|${"-".repeat(w[0] + 2)}|${"-".repeat(w[1] + 2)}|${"-".repeat(w[2] + 2)}|---|`);
  for (const r of rows)
    console.log(line(r.what, r.value, r.budget, r.ok === undefined ? " " : r.ok ? "✓" : "✗"));
}

export async function main(args: string[]): Promise<number> {
  const quick = args.includes("--quick");
  const reuse = args.includes("--reuse-build");
  mkdirSync(TMP, { recursive: true });
  const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  const started = Date.now();

  const sizes: SizeResult[] = [];
  for (const rows of SIZES) {
    log(`${rows} rows…`);
    sizes.push(await measureSize(rows, quick ? 1 : rows >= 100_000 ? 5 : 7));
  }
  log("docx…");
  const docx = await measureDocx(quick ? 5 : 20);
  log("the workbook copy, 100 000 rows…");
  const copy = await measureCopy(join(TMP, "data-100000.xlsx"), quick ? 1 : 3);
  log("peak memory (child process, 100 000 rows)…");
  const peak = measurePeak(join(TMP, "data-100000.xlsx"));
  log("batch…");
  const batch = await measureBatch(quick ? 1 : 3);
  log("bundle (production webpack build)…");
  let bundle: BundleResult | { error: string };
  try {
    bundle = await measureBundle(reuse);
  } catch (error) {
    bundle = { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
  log("Excel host syncs…");
  const syncs = await measureSyncCounts();
  const webRead = await measureWebRead();
  log("report audit on the corpus of published passages…");
  const audit = scoreCorpus();
  const figureChanged = figureChangedScore();
  const auditGrowth = await measureAuditGrowth();

  const big = sizes[2];
  const mid = sizes[1];
  const coreShare = big.core.cpuMs / big.excelLoad.cpuMs;
  const coreShareWall = big.core.wallMs / big.excelLoad.wallMs;
  const growth = big.core.cpuMs / mid.core.cpuMs;
  const growthWall = big.core.wallMs / mid.core.wallMs;

  const rows: Row[] = [];
  for (const s of sizes) {
    rows.push({
      what: `${s.rows.toLocaleString("en")} rows: ExcelJS load (${mb(s.fileBytes)} file)`,
      value: both(s.excelLoad),
      budget: "—",
    });
    rows.push({
      what: `${s.rows.toLocaleString("en")} rows: guard + grid conversion`,
      value: `${ms(s.guard.cpuMs)} + ${ms(s.toGrid.cpuMs)} CPU`,
      budget: "—",
    });
    rows.push({
      what: `${s.rows.toLocaleString("en")} rows: core (analyze + composeReport)`,
      value: both(s.core),
      budget: s.rows === 100_000 ? "≤ 1.0 s" : "—",
      ok: s.rows === 100_000 ? s.core.cpuMs <= 1000 : undefined,
    });
  }
  rows.push({
    what: "core ÷ ExcelJS load, 100 000 rows",
    value: `${(coreShare * 100).toFixed(1)}% CPU (${(coreShareWall * 100).toFixed(1)}% wall)`,
    budget: "≤ 25%",
    ok: coreShare <= 0.25,
  });
  rows.push({
    what: "growth 10 000 → 100 000 rows (core)",
    value: `${growth.toFixed(1)}× CPU (${growthWall.toFixed(1)}× wall)`,
    budget: "≤ 12×",
    ok: growth <= 12,
  });
  rows.push({
    what: `.docx of the sample report (after warm-up, ${docx.runs} runs)`,
    value: both(docx),
    budget: "≤ 200 ms",
    ok: docx.cpuMs <= 200,
  });
  rows.push({
    what: `workbook copy + report sheets, 100 000 rows (${mb(copy.outputBytes)}): package append`,
    value: both(copy.packageAppend),
    budget: "—",
  });
  rows.push({
    what: "  vs ExcelJS load + write of the same workbook (the old way's floor)",
    value: `${both(copy.excelRoundTrip)}; append is ${(
      copy.packageAppend.cpuMs / copy.excelRoundTrip.cpuMs
    ).toFixed(2)}× of it`,
    budget: "—",
  });
  rows.push({
    what: "peak memory, read + analyse 100 000 rows",
    value: `RSS ${mb(peak.rssPeak)}, heap ${mb(peak.heapPeak)}`,
    budget: "bounded",
  });
  rows.push({
    what: `batch, ${batch.files} files, 1 lane (in process)`,
    value: `${batch.oneCore.filesPerSecond.toFixed(1)} files/s (${ms(batch.oneCore.wallMs)})`,
    budget: "—",
  });
  rows.push({
    what: `batch, ${batch.files} files, ${batch.cores} worker threads`,
    value: `${batch.allCores.filesPerSecond.toFixed(1)} files/s (${ms(batch.allCores.wallMs)}), ${(
      batch.allCores.filesPerSecond / batch.oneCore.filesPerSecond
    ).toFixed(2)}×`,
    budget: "—",
  });
  if ("error" in bundle) {
    rows.push({
      what: "task-pane first JS (gzip)",
      value: `not built: ${bundle.error}`,
      budget: "≤ 350 KB",
      ok: false,
    });
  } else {
    rows.push({
      what: "task-pane first JS (gzip)",
      value: kb(bundle.taskpaneFirstGzip),
      budget: "≤ 350 KB",
      ok: bundle.taskpaneFirstGzip <= bundle.budget,
    });
    if (bundle.webFirstGzip !== undefined)
      rows.push({ what: "web page first JS (gzip)", value: kb(bundle.webFirstGzip), budget: "—" });
    for (const chunk of bundle.lazy)
      rows.push({ what: `  lazy chunk ${chunk.name}`, value: kb(chunk.gzip), budget: "on demand" });
    rows.push({
      what: "ExcelJS / docx loaded on demand only",
      value: bundle.lazyOnlyUpFront.length
        ? `up front: ${bundle.lazyOnlyUpFront.join(", ")}`
        : "yes",
      budget: "dynamic import",
      ok: bundle.lazyOnlyUpFront.length === 0,
    });
  }
  rows.push({
    what: "Excel syncs: read 1 sheet",
    value: String(syncs.read1Sheet),
    budget: "≤ 2",
    ok: syncs.read1Sheet <= 2,
  });
  rows.push({
    what: "Excel syncs: read 20 sheets",
    value: String(syncs.read20Sheets),
    budget: "≤ 2",
    ok: syncs.read20Sheets <= 2,
  });
  rows.push({
    what: "Excel syncs: write the report sheets",
    value: String(syncs.writeReportSheets),
    budget: "≤ 3",
    ok: syncs.writeReportSheets <= 3,
  });
  rows.push({
    what: "Excel on the web: read 2 × 100 000 cells",
    value: `${webRead.syncs} syncs (${webRead.refused} refused), largest ${(webRead.largestBytes / 1e6).toFixed(2)} MB`,
    budget: `≤ ${webRead.bound} syncs, each ≤ ${(WEB_PAYLOAD_BYTES / 1e6).toFixed(2)} MB`,
    ok: webRead.syncs <= webRead.bound && webRead.largestBytes <= WEB_PAYLOAD_BYTES,
  });
  rows.push({
    what: `report audit, ${audit.passages} published passages (${audit.units} units): wrong ones caught`,
    value: `${audit.wrongDetected} / ${audit.byLabel.wrong} (recall ${(audit.recall * 100).toFixed(1)}%)`,
    budget: "—",
  });
  rows.push({
    what: "report audit: one figure of a consistent passage changed (first digit + 1), a 错误 given",
    value: `${figureChanged.caught} / ${figureChanged.changed} (${((figureChanged.caught / figureChanged.changed) * 100).toFixed(1)}%; amounts ${figureChanged.byKind.amount.caught} / ${figureChanged.byKind.amount.changed}, percentages ${figureChanged.byKind.percent.caught} / ${figureChanged.byKind.percent.changed})`,
    budget: "—",
  });
  rows.push({
    what: `report audit of a ${(auditGrowth.chars / 1e6).toFixed(2)} M-character text (the corpus 16 times) against the corpus once`,
    value: `${(auditGrowth.sixteenMs / auditGrowth.oneMs).toFixed(1)}× the time (${auditGrowth.sixteenMs.toFixed(0)} ms)`,
    budget: "≤ 32× (linear is 16×)",
    ok: auditGrowth.sixteenMs / auditGrowth.oneMs <= 32,
  });
  rows.push({
    what: "report audit: 错误 on consistent or rounding-only passages",
    value: `${audit.falseErrors} / ${audit.byLabel.consistent + audit.byLabel.rounding} (precision ${(audit.precision * 100).toFixed(1)}%)`,
    budget: "0",
    ok: audit.falseErrors === 0,
  });

  console.log(
    `\nbudget-report bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`
  );
  printTable(rows);
  console.log(`\nbatch inputs: ${batch.kind}; ${batch.via}; unusable files: ${batch.unusable}`);
  console.log(`medians; CPU = this process's user+system time; total ${ms(Date.now() - started)}`);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadavg: loadavg(),
    sizes,
    coreShareOfExcelLoad: { cpu: coreShare, wall: coreShareWall },
    growth10kTo100k: { cpu: growth, wall: growthWall },
    docx,
    copy,
    peak,
    batch,
    bundle,
    syncs,
    webRead,
    audit: {
      passages: audit.passages,
      units: audit.units,
      byLabel: audit.byLabel,
      wrongDetected: audit.wrongDetected,
      falseErrors: audit.falseErrors,
      recall: audit.recall,
      precision: audit.precision,
      figureChanged,
    },
    table: rows,
    withinBudget: rows.every((r) => r.ok !== false),
  };
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("written bench/results.json");
  return results.withinBudget ? 0 : 1;
}
