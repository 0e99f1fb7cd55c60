/**
 * Batch check as a user runs it: the built bin/budget-report.js (npm test builds it first), so the files are
 * checked on worker threads. A folder with two usable workbooks and a corrupt one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../fixtures/workbook";
import { changningWorkbook } from "../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../fixtures/specs/standard/changning";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
const tmp = mkdtempSync(join(tmpdir(), "budget-report-batch-cli-"));
const folder = join(tmp, "收到的工作簿");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 120000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(join(folder, "1.xlsx"), await buildWorkbook(changningWorkbook()));
  writeFileSync(
    join(folder, "2.xlsx"),
    await buildWorkbook({ sheets: changningStandardSheets({ year: 2023, layout: "software" }) })
  );
  writeFileSync(join(folder, "3.xlsx"), "姓名,电话\n张三,123\n");
});

test("one line per file, the unusable one reported, a summary workbook, exit 0", () => {
  const out = join(tmp, "汇总.xlsx");
  const { code, stdout, stderr } = run("check", folder, "--out", out);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const lines = stdout.trim().split("\n");
  expect(lines.filter((l) => l.includes("常宁市总工会 2023　错误 0"))).toHaveLength(2);
  expect(lines.filter((l) => l.includes("3.xlsx　无法使用"))).toHaveLength(1);
  expect(lines).toContain("共 3 个文件，可用 2 个，其中 0 个有错误。");
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

test("--json: { files: [...] } in input order", () => {
  const { code, stdout } = run("check", join(folder, "2.xlsx"), join(folder, "3.xlsx"), "--json");
  expect(code).toBe(0);
  const json = JSON.parse(stdout);
  expect(json.files.map((f: { file: string }) => f.file.slice(-6))).toEqual(["2.xlsx", "3.xlsx"]);
  expect(json.files[0]).toMatchObject({ unit: "常宁市总工会", year: 2023, summary: { error: 0 } });
  expect(typeof json.files[1].error).toBe("string");
});

test("exit 2 when no file is usable", () => {
  const { code } = run("check", join(folder, "3.xlsx"), join(tmp, "nothing.xlsx"));
  expect(code).toBe(2);
});
