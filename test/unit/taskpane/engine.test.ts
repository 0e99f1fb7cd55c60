/** The pane's real engine: every lazy import resolves and returns what the pane expects, on the sample. */
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { defaultEngine, toBlob } from "../../../src/taskpane/state/engine";
import {
  optionsFromSettings,
  ignoreKey,
  splitIgnored,
  sanitizeSettings,
} from "../../../src/taskpane/state/settings";

const SAMPLE = path.resolve(__dirname, "../../../examples/常宁市总工会-2023.xlsx");

test("sample → analysis → report → text, .docx and sheets, through the lazy-loaded modules", async () => {
  const bytes = fs.readFileSync(SAMPLE);
  const grids = await defaultEngine.readWorkbook(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
  const analysis = await defaultEngine.analyze(grids, optionsFromSettings({ version: 1 }, "zh-CN"));
  expect(analysis.book.unit).toBe("常宁市总工会");
  expect(analysis.changes.find((c) => c.key === "basic")?.percent).toBe(398);

  const composed = await defaultEngine.compose(analysis);
  expect(composed.report.title).toMatch(/^常宁市总工会2023年度/);
  const text = await defaultEngine.reportText(composed);
  expect(text).toContain("增长3.98%");

  const docx = await defaultEngine.reportDocx(composed);
  expect(docx.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const zip = await JSZip.loadAsync(await docx.arrayBuffer());
  expect(await zip.file("word/document.xml")?.async("string")).toContain("275.76");

  const sheets = await defaultEngine.reportSheets(composed, analysis.changes, analysis.findings);
  expect(sheets.map((s) => s.name)).toEqual(["绩效自评报告", "变动分析", "校验结果"]);
  const template = await defaultEngine.templateSheets();
  expect(template.map((s) => s.name)).toEqual(["基础数据表", "基本情况"]);
});

test("settings become options: blank texts and reasons fall back to the workbook", () => {
  const options = optionsFromSettings(
    {
      version: 1,
      texts: { functions: "维护职工权益", problems: "  " },
      reasons: { basic: "" },
      overrides: { sheet: "表1", columns: {} },
      thresholds: { explainPercent: 500 },
      includeOtherMatters: true,
    },
    "en-US"
  );
  expect(options).toEqual({
    locale: "en-US",
    explainPercent: 500,
    includeOtherMatters: true,
    overrides: { sheet: "表1" },
    texts: { functions: "维护职工权益" },
  });
});

test("ignored findings are keyed by rule, cell and subject, so one of several at a cell can be ignored", () => {
  const a = {
    rule: "TEXT-MISSING" as const,
    severity: "warning" as const,
    message: "主要职能",
    ref: { sheet: "基本情况", address: "B2" },
  };
  const b = { ...a, message: "机构情况" };
  const c = {
    rule: "SUM-CHILDREN" as const,
    severity: "error" as const,
    message: "x",
    lineKey: "code:301",
    ref: { sheet: "基础数据表", address: "E7" },
  };
  expect(ignoreKey(c)).toBe("SUM-CHILDREN|基础数据表!E7|code:301");
  const split = splitIgnored([a, b, c], { [ignoreKey(a)]: "另附说明" });
  expect(split.active).toEqual([b, c]);
  expect(split.ignored).toEqual([{ finding: a, reason: "另附说明" }]);
});

test("malformed saved settings are tolerated", () => {
  expect(sanitizeSettings(undefined)).toEqual({ version: 1 });
  expect(sanitizeSettings("x")).toEqual({ version: 1 });
  expect(
    sanitizeSettings({ version: 7, texts: { functions: "a", bad: 3 }, ignored: null })
  ).toEqual({
    version: 1,
    texts: { functions: "a" },
  });
});

test("renderer output of any shape becomes a Blob", async () => {
  expect(await toBlob(new Uint8Array([1, 2, 3]).subarray(1), "x/y").arrayBuffer()).toEqual(
    new Uint8Array([2, 3]).buffer
  );
  expect(toBlob("abc", "text/plain").size).toBe(3);
  expect(() => toBlob(undefined, "x/y")).toThrow("renderer returned no data");
});
