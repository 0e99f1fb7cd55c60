/**
 * Output files are never overwritten without --force (docs/design.md §2), for every output the CLI writes —
 * report .docx / .md / .json / .xlsx and the template — and never the input workbook itself; the refusal
 * is exit 2 with one bilingual line, and the existing file keeps its bytes.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
const sample = join(root, "examples", "常宁市总工会-2023.xlsx");
const dir = mkdtempSync(join(tmpdir(), "safety-cli-"));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KEEP = "用户自己的文件，不能被覆盖 / the user's own file";

describe.each(["docx", "md", "json", "xlsx"])("report --out existing.%s", (ext) => {
  const out = join(dir, `existing.${ext}`);

  test("is refused without --force (exit 2, one line) and keeps its bytes", () => {
    writeFileSync(out, KEEP);
    const r = run("report", sample, "--out", out);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    expect(lines[0]).toContain(out);
    expect(readFileSync(out, "utf8")).toBe(KEEP);
  });

  test("is replaced with --force", () => {
    writeFileSync(out, KEEP);
    const r = run("report", sample, "--out", out, "--force");
    expect(r.code).toBe(0);
    expect(readFileSync(out).toString("utf8")).not.toBe(KEEP);
  });
});

test("report --out <the input workbook> is refused without --force; the workbook is untouched", () => {
  const input = join(dir, "输入.xlsx");
  copyFileSync(sample, input);
  const before = readFileSync(input);
  const r = run("report", input, "--out", input);
  expect(r.code).toBe(2);
  expect(readFileSync(input).equals(before)).toBe(true);
});

test("template --out an existing file is refused without --force", () => {
  const out = join(dir, "template.xlsx");
  writeFileSync(out, KEEP);
  expect(run("template", "--out", out).code).toBe(2);
  expect(readFileSync(out, "utf8")).toBe(KEEP);
});
