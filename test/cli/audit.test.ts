/**
 * `budget-report audit` as a user runs it (the built bin/budget-report.js): a .txt, a GB18030 .txt and a .docx
 * of our own report; exit codes 0 / 1 / 2; the --json contract of docs/design.md §2.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
const sample = join(root, "examples", "常宁市总工会-2023.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "budget-report-audit-cli-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SEED =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

test("a consistent text exits 0; one figure changed exits 1 with the JSON contract", () => {
  const good = join(tmp, "good.txt");
  writeFileSync(good, `二、一般公共预算支出情况\n${SEED}\n`);
  const ok = run("audit", good);
  expect(ok.stderr).toBe("");
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain("错误 0 项");

  const bad = join(tmp, "bad.md");
  const changed = SEED.replace("增长7.34%", "增长6.84%");
  writeFileSync(bad, `## 二、一般公共预算支出情况\n\n${changed}\n`);
  const result = run("audit", bad, "--json");
  expect(result.code).toBe(1);
  const json = JSON.parse(result.stdout);
  expect(Object.keys(json)).toEqual(["source", "sentences", "summary", "findings"]);
  expect(json.summary).toEqual({ error: 1, warning: 0, info: 0 });
  const [finding] = json.findings;
  expect(Object.keys(finding)).toEqual([
    "rule",
    "severity",
    "message",
    "excerpt",
    "offset",
    "printed",
    "expected",
  ]);
  expect(finding).toMatchObject({ rule: "AUDIT-PCT", printed: "6.84%", expected: "7.35%" });
  const plain = `## 二、一般公共预算支出情况\n\n${changed}`;
  expect(plain.slice(finding.offset, finding.offset + finding.excerpt.length)).toBe(
    finding.excerpt
  );
});

test("against the workbook: a figure typed wrong is a 错误; a GB18030 text file is read", () => {
  const draft = join(tmp, "草稿.txt");
  // The seed paragraph with 人员经费 typed as 252.21万元, saved by Notepad in GB18030 (bytes from Python's codec).
  const gb18030 =
    "32303233c4eab6c8a3acb5a5cebbd2bbb0e3b9abb9b2d4a4cbe3bbf9b1bed6a7b3f6cdeab3c93237352e3736cdf2d4aaa3acb1c8c9cfc4ead4f6bcd331302e3535cdf2d4aaa3acd4f6b3a4332e393825a3acc6e4d6d0c8cbd4b1beadb7d1cdeab3c93235322e3231cdf2d4aaa3acb1c8c9cfc4ead4f6bcd3382e3837cdf2d4aaa3acd4f6b3a4332e363625a3bbb9abd3c3beadb7d1cdeab3c932342e3535cdf2d4aaa3acb1c8c9cfc4ead4f6bcd3312e3638cdf2d4aaa3acd4f6b3a4372e333425a1a3";
  writeFileSync(draft, Buffer.from(gb18030, "hex"));
  const result = run("audit", draft, "--workbook", sample, "--json");
  expect(result.code).toBe(1);
  const rules = JSON.parse(result.stdout).findings.map((f: { rule: string }) => f.rule);
  expect(rules).toContain("AUDIT-WORKBOOK");
});

test("our own report, as .docx, audits clean against its workbook", () => {
  const docx = join(tmp, "报告.docx");
  expect(run("report", sample, "--out", docx).code).toBe(0);
  const result = run("audit", docx, "--workbook", sample);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("错误 0 项，警告 0 项");
});

test("unusable input: one line on stderr, exit 2", () => {
  const doc = join(tmp, "旧格式.doc");
  writeFileSync(doc, "not a docx");
  for (const args of [
    ["audit", doc],
    ["audit", join(tmp, "没有这个文件.docx")],
    ["audit", join(tmp, "x.txt"), "--prior", sample],
    ["audit"],
  ]) {
    const result = run(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/at \w+ \(/);
  }
});
