/**
 * The CLI as a user runs it: the built bin/budget-report.js in a child process (npm test builds it first).
 * Exit codes, the --json shapes of docs/design.md §2, and one clear line on stderr for unusable input.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
const sample = join(root, "examples", "常宁市总工会-2023.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "budget-report-cli-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneCleanErrorLine(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/); // Chinese…
  expect(lines[0]).toMatch(/ \/ [A-Z]/); // …then English
}

describe("budget-report changes on the sample", () => {
  const { code, stdout } = run("changes", sample, "--json");
  const json = JSON.parse(stdout);
  const byKey = Object.fromEntries(json.items.map((i: { key: string }) => [i.key, i]));

  test("exit 0 and the docs/design.md §2 shape", () => {
    expect(code).toBe(0);
    expect(json.unit).toBe("常宁市总工会");
    expect(json.year).toBe(2023);
    for (const item of json.items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          "cell",
          "code",
          "current",
          "delta",
          "direction",
          "key",
          "label",
          "needsExplanation",
          "percent",
          "prior",
          "reason",
        ].sort()
      );
      expect(["increase", "decrease", "flat", "new", "stopped", "none"]).toContain(item.direction);
      for (const amount of [item.current, item.prior, item.delta]) {
        if (amount !== null) expect(Math.round(amount * 100)).toBeCloseTo(amount * 100, 6);
      }
    }
  });

  test("the seed figures: 3.98 (105468 元) / 3.66 / 7.34", () => {
    expect(byKey.basic).toMatchObject({
      current: 2757600,
      prior: 2652132,
      delta: 105468,
      percent: 3.98,
      direction: "increase",
    });
    expect(byKey.personnel).toMatchObject({ current: 2512088, prior: 2423400, percent: 3.66 });
    expect(byKey.publicOperating).toMatchObject({ current: 245512, prior: 228732, percent: 7.34 });
    expect(byKey.pension.current).toBe(240900);
    expect(byKey.medical.current).toBe(142600);
    expect(byKey.annuity.current).toBe(0);
    expect(byKey.otherSocial.current).toBe(37700);
    expect(byKey.project.current).toBe(29000);
    expect(byKey.staffActual).toMatchObject({ current: 24, prior: 24, direction: "flat" });
    expect(byKey.basic.cell.sheet).toBeTruthy();
    expect(byKey.basic.cell.current).toMatch(/^[A-Z]+\d+$/);
  });
});

describe("budget-report check", () => {
  test("the clean sample: exit 0, zero 错误, docs/design.md §2 shape", () => {
    const { code, stdout } = run("check", sample, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.summary.error).toBe(0);
    expect(Object.keys(json.summary).sort()).toEqual(["error", "info", "warning"]);
    for (const f of json.findings) {
      expect(typeof f.rule).toBe("string");
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  test("people's output is a Chinese summary and table", () => {
    const { code, stdout } = run("check", sample);
    expect(code).toBe(0);
    expect(stdout).toContain("常宁市总工会");
    expect(stdout).toMatch(/错误 0 项/);
  });

  test("a workbook with a wrong total exits 1 and names the cell", async () => {
    const { workbookFromSpecs } = await import("../../src/hosts/file/writeWorkbook");
    const rows = [
      ["2023年度部门整体支出绩效评价基础数据表"],
      ["单位名称：测试单位", "", "单位：元"],
      ["项目", "上年决算数", "本年决算数"],
      ["一、一般公共预算支出", 300, 350],
      ["（一）基本支出", 200, 250],
      ["（二）项目支出", 100, 90],
    ];
    const bytes = await workbookFromSpecs([
      {
        name: "基础数据表",
        columnWidths: [30, 14, 14],
        rows: rows.map((r) => ({ cells: r.map((value) => ({ value })) })),
      },
    ]);
    const file = join(tmp, "wrong-total.xlsx");
    writeFileSync(file, bytes);
    const { code, stdout } = run("check", file, "--json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    const finding = json.findings.find(
      (f: { severity: string; cell: string }) => f.severity === "error" && f.cell === "C4"
    );
    expect(finding).toMatchObject({ expected: 340, actual: 350, difference: 10 });
  });
});

describe("unusable input: exit 2 with one clear line", () => {
  test("no such file", () => {
    const r = run("check", join(tmp, "missing.xlsx"));
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr);
  });
  test("not an xlsx (a CSV renamed)", () => {
    const file = join(tmp, "data.xlsx");
    writeFileSync(file, "项目,上年,本年\n基本支出,1,2\n");
    const r = run("check", file);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr);
  });
  test("an empty workbook", async () => {
    const { workbookFromSpecs } = await import("../../src/hosts/file/writeWorkbook");
    const file = join(tmp, "empty.xlsx");
    writeFileSync(
      file,
      await workbookFromSpecs([{ name: "Sheet1", columnWidths: [10], rows: [] }])
    );
    const r = run("check", file);
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr);
  });
  test("a workbook with no recognisable table", async () => {
    const { workbookFromSpecs } = await import("../../src/hosts/file/writeWorkbook");
    const file = join(tmp, "notable.xlsx");
    const rows = [["会议纪要"], ["时间", "2024年3月1日"], ["地点", "三楼会议室"]];
    writeFileSync(
      file,
      await workbookFromSpecs([
        {
          name: "纪要",
          columnWidths: [10, 20],
          rows: rows.map((r) => ({ cells: r.map((value) => ({ value })) })),
        },
      ])
    );
    const r = run("changes", file, "--json");
    expect(r.code).toBe(2);
    expectOneCleanErrorLine(r.stderr);
  });
  test("bad arguments", () => {
    for (const args of [
      ["frobnicate"],
      ["check"],
      ["check", sample, "--bogus"],
      ["report", sample],
    ]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expectOneCleanErrorLine(r.stderr);
    }
  });
  test("each refusal is one message said in both languages, whatever --lang is", async () => {
    const { messagesFor } = await import("../../src/i18n");
    type CliWords = ReturnType<typeof messagesFor>["cli"];
    const both = (say: (t: CliWords) => string) =>
      `${say(messagesFor("zh-CN").cli)} / ${say(messagesFor("en-US").cli)}`;
    const pdf = join(tmp, "report.pdf");
    const existing = join(tmp, "earlier.md");
    const richXlsm = join(root, "test/fixtures/rich/rich-workbook.xlsm");
    const cases: [string[], string][] = [
      [["frobnicate"], both((t) => t.badArguments(t.unknownCommand("frobnicate")))],
      [["check", sample, "--bogus"], both((t) => t.badArguments(t.unknownOption("--bogus")))],
      [["check", sample, "--out"], both((t) => t.badArguments(t.optionNeedsValue("--out")))],
      [["check"], both((t) => t.badArguments(t.missingWorkbook))],
      [["report", sample], both((t) => t.badArguments(t.missingOut))],
      [["report", sample, "--out", pdf], both((t) => t.unsupportedOut(pdf))],
      [["report", sample, "--out", sample, "--force"], both((t) => t.outIsInput(sample))],
      [["report", sample, "--out", existing], both((t) => t.outExists(existing))],
      [["report", sample, "--out", tmp], both((t) => t.outIsFolder(tmp))],
      [
        ["report", sample, "--out", join(tmp, "no-such-folder", "r.docx")],
        both((t) => t.outFolderMissing(join(tmp, "no-such-folder"))),
      ],
      [
        ["report", richXlsm, "--out", join(tmp, "copy.xlsx")],
        both((t) => t.macroWorkbookNeedsXlsm(join(tmp, "copy.xlsx"))),
      ],
      [
        ["report", sample, "--out", join(tmp, "copy.xlsm")],
        both((t) => t.plainWorkbookNeedsXlsx(join(tmp, "copy.xlsm"))),
      ],
    ];
    writeFileSync(existing, "an earlier report");
    for (const [args, line] of cases) {
      for (const lang of ["zh-CN", "en-US"]) {
        const [command, ...rest] = args;
        const r = run(command, "--lang", lang, ...rest);
        expect({ args, code: r.code, stderr: r.stderr.trim() }).toEqual({
          args,
          code: 2,
          stderr: line,
        });
      }
    }
  });
});

describe("template", () => {
  test("writes a workbook that the checker recognises, and refuses to overwrite without --force", () => {
    const file = join(tmp, "template.xlsx");
    expect(run("template", "--out", file).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const again = run("template", "--out", file);
    expect(again.code).toBe(2);
    expectOneCleanErrorLine(again.stderr);
    expect(run("template", "--out", file, "--force").code).toBe(0);
    const check = run("check", file, "--json");
    expect([0, 1]).toContain(check.code);
    expect(JSON.parse(check.stdout).summary).toBeDefined();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("the source on the first lines and in the JSON (issue 11)", () => {
  let current: string;
  let prior: string;
  beforeAll(async () => {
    const { buildWorkbook } = await import("../fixtures/workbook");
    const { exportSheets, selfEvaluationSheet } = await import("../unit/realWorld/workbooks");
    current = join(tmp, "export-2023.xlsx");
    prior = join(tmp, "export-2022.xlsx");
    writeFileSync(
      current,
      await buildWorkbook({ sheets: [selfEvaluationSheet(), ...exportSheets(2023)] })
    );
    writeFileSync(prior, await buildWorkbook({ sheets: exportSheets(2022) }));
  });

  test("people's output names the source, last year's source and the sheets left unused", () => {
    const { code, stdout } = run("changes", current, "--prior", prior);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      /^数据来源：标准决算表 Z01 收入支出决算总表\(财决01表\)、.*Z09.*（单位：元）$/
    );
    expect(lines[1]).toBe("上年数来源：上年工作簿的“Z04 支出决算表(财决04表)”表（2022年）");
    expect(lines[2]).toBe("未使用的工作表：自评表（自评表（指标评分表））");
    expect(stdout).toMatch(/基本支出\s+2,652,132\.00\s+2,757,600\.00\s+105,468\.00\s+3\.98%/);
  });

  test("--json gains source.sheets and keeps every field", () => {
    const { code, stdout } = run("changes", current, "--prior", prior, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(["items", "source", "unit", "year"]);
    expect(json.source).toMatchObject({
      kind: "standard-tables",
      currencyUnit: "元",
      prior: { year: 2022, sameWorkbook: false },
    });
    for (const sheet of json.source.sheets)
      expect(Object.keys(sheet)).toEqual(
        expect.arrayContaining(["sheet", "kind", "evidence", "confidence", "role", "reason"])
      );
    const bySheet = Object.fromEntries(
      json.source.sheets.map((s: { sheet: string }) => [s.sheet, s])
    );
    expect(bySheet["自评表"]).toMatchObject({ kind: "self-evaluation", role: "unused" });
    expect(bySheet["Z09 财政拨款“三公”经费支出决算表(财决09表)"]).toMatchObject({
      kind: "threePublic",
      role: "source",
      evidence: "财决09表 · 2023年度财政拨款“三公”经费支出决算表",
    });
    const basic = json.items.find((i: { key: string }) => i.key === "basic");
    expect(basic).toMatchObject({ current: 2757600, prior: 2652132, percent: 3.98 });
    const check = JSON.parse(run("check", current, "--json").stdout);
    expect(check.source.sheets).toHaveLength(5);
  });

  test("the copy the product hands back is read as the original: its report sheets are never a source", () => {
    const copy = join(tmp, "sample-with-report.xlsx");
    expect(run("report", sample, "--out", copy).code).toBe(0);
    const json = JSON.parse(run("changes", copy, "--json").stdout);
    expect(json.source.sheet).toBe("基础数据表");
    const ours = json.source.sheets.filter((s: { kind: string }) => s.kind === "report-output");
    expect(ours.map((s: { sheet: string; role: string }) => [s.sheet, s.role])).toEqual([
      ["绩效自评报告", "unused"],
      ["变动分析", "unused"],
      ["校验结果", "unused"],
    ]);
    const basic = json.items.find((i: { key: string }) => i.key === "basic");
    expect(basic).toMatchObject({ current: 2757600, percent: 3.98 });
  });
});
