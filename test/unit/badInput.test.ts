/**
 * The bad-input corpus (test/fixtures/bad/corpus.ts) through both doors:
 * - the CLI as a user runs it (`budget-report check <file> --json`, a child process with a time limit and a
 *   capped heap): exit 2 with one bilingual line and no stack trace, or exit 0/1 with the findings the
 *   spec names, at their cells;
 * - the file host + core in process (readWorkbook → analyze → composeReport → Markdown/JSON): the same
 *   refusal reason, or the same findings, every finding at a cell that exists, and a report without
 *   "undefined"/"NaN" or broken placeholders.
 */
import { spawn } from "node:child_process";
import mammoth from "mammoth";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UnusableInputError } from "../../src/core/errors";
import type { Finding } from "../../src/core/finding";
import { parseAddress, type Grid } from "../../src/core/grid";
import { analyze, type Analysis } from "../../src/core/pipeline";
import { composeReport } from "../../src/core/report";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { renderMarkdown, reportToJson } from "../../src/render";
import { BAD_CASES, expectedCell, type BadCase } from "../fixtures/bad/corpus";
import { writeCorpus } from "../fixtures/bad/generate";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
/** The CLI must stay within this heap on every case (bounded memory). */
const HEAP_MB = 1024;

interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runCli(args: string[], seconds: number): Promise<CliResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, bin, ...args], {
      env: { ...process.env, BUDGET_REPORT_DEBUG: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), seconds * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs `task` over `items`, `width` at a time (the machine has few cores and is shared). */
async function pool<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "bad-corpus-"));
const bytes = new Map<string, Uint8Array>();
const cli = new Map<string, CliResult>();
const reportRuns = new Map<string, CliResult>();

beforeAll(async () => {
  const generated = await writeCorpus(dir);
  for (const g of generated) bytes.set(g.case.name, new Uint8Array(readFileSync(g.path)));
  const results = await pool(generated, 2, (g) =>
    runCli(["check", g.path, "--json"], (g.case.seconds ?? 20) * 3)
  );
  generated.forEach((g, i) => cli.set(g.case.name, results[i]));
  // The usable ones also go through `report --out x.docx` (hostile text into Word XML).
  const usable = generated.filter((g) => g.case.expect.kind === "findings");
  const reports = await pool(usable, 2, (g) =>
    runCli(
      ["report", g.path, "--out", join(dir, `${g.case.name}.docx`)],
      (g.case.seconds ?? 20) * 3
    )
  );
  usable.forEach((g, i) => reportRuns.set(g.case.name, reports[i]));
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the corpus has at least 30 cases with distinct names", () => {
  expect(BAD_CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(BAD_CASES.map((c) => c.name)).size).toBe(BAD_CASES.length);
});

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  expect(text).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
  expect(text).not.toMatch(/内部错误|internal error/i);
}

/** A finding's cell exists: the sheet is one of the grids and the address parses within the sheet. */
function expectCellExists(finding: Pick<Finding, "ref">, grids: Grid[]): void {
  const grid = grids.find((g) => g.sheet === finding.ref.sheet);
  expect(grid).toBeDefined();
  const { row, column } = parseAddress(finding.ref.address);
  expect(row).toBeGreaterThanOrEqual(0);
  expect(column).toBeGreaterThanOrEqual(0);
  expect(row).toBeLessThan(1_048_576);
  expect(column).toBeLessThan(16_384);
}

describe.each(BAD_CASES.map((c) => [c.name, c] as [string, BadCase]))("%s", (_name, c) => {
  test(`CLI: ${c.what}`, () => {
    const result = cli.get(c.name) as CliResult;
    expect(result.signal).toBeNull(); // not killed by the time limit
    expect(result.ms).toBeLessThan((c.seconds ?? 20) * 3 * 1000);
    expectNoStackTrace(result.stderr);
    if (c.expect.kind === "refuse") {
      expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: "" });
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^[^/]*[\u4e00-\u9fff][^]* \/ [A-Z]/); // Chinese, then " / " English
      expect(lines[0]).toMatch(c.expect.message);
      return;
    }
    expect(result.stderr).toBe("");
    expect(result.code).toBe(c.expect.exit);
    const json = JSON.parse(result.stdout) as {
      findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
    };
    for (const want of c.expect.findings) {
      const cell = expectedCell(want);
      expect(json.findings).toContainEqual(
        expect.objectContaining({
          rule: want.rule,
          ...(want.severity ? { severity: want.severity } : {}),
          ...(cell ? { cell } : {}),
          ...(want.sheet ? { sheet: want.sheet } : {}),
          ...(want.message ? { message: expect.stringMatching(want.message) } : {}),
        })
      );
    }
    if (c.expect.noErrors) expect(json.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  if (c.expect.kind === "findings") {
    test("CLI: report --out .docx writes a Word file that reads back", async () => {
      const result = reportRuns.get(c.name) as CliResult;
      expect(result.signal).toBeNull();
      expectNoStackTrace(result.stderr);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      const docx = readFileSync(join(dir, `${c.name}.docx`));
      const { value } = await mammoth.extractRawText({ buffer: docx });
      expect(value).toContain("整体支出绩效自评报告");
      expect(value).not.toMatch(/undefined|NaN|\[object Object\]/);
    });
  }

  test("in process: file host → analyze → report", async () => {
    const data = bytes.get(c.name) as Uint8Array;
    let grids: Grid[];
    let analysis: Analysis;
    try {
      grids = await readWorkbook(data, { fileName: `${c.name}.xlsx` });
      analysis = analyze(grids);
    } catch (error) {
      if (!(error instanceof UnusableInputError)) throw error;
      expect(c.expect).toMatchObject({ kind: "refuse", reason: error.reason });
      expect(`${error.zh} / ${error.en}`).toMatch((c.expect as { message: RegExp }).message);
      return;
    }
    expect(c.expect.kind).toBe("findings");
    if (c.expect.kind !== "findings") return;
    for (const finding of analysis.findings) expectCellExists(finding, grids);
    for (const want of c.expect.findings) {
      const cell = expectedCell(want);
      expect(analysis.findings).toContainEqual(
        expect.objectContaining({
          rule: want.rule,
          ...(want.severity ? { severity: want.severity } : {}),
          ...(cell ? { ref: expect.objectContaining({ address: cell }) } : {}),
          ...(want.message ? { message: expect.stringMatching(want.message) } : {}),
        })
      );
    }
    const composed = composeReport(analysis);
    const markdown = renderMarkdown(composed.report);
    const json = reportToJson(composed.report);
    const texts = [markdown, json.title, ...json.blocks.map((b) => b.text), ...json.placeholders];
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|NaN|\bnull\b|【待补充：】|\[object Object\]/);
    }
    // Every 【 opens a placeholder that closes on the same line.
    for (const line of markdown.split("\n")) {
      expect(line.split("【").length).toBe(line.split("】").length);
    }
  });
});
