/** End to end on the sample workbook: file → analyze → compose → every renderer. */
import mammoth from "mammoth";
import { analyze } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report/compose";
import type { ComposedReport } from "../../../src/core/report/types";
import { readFile } from "../../../src/hosts/file/readFile";
import { renderReport, reportSheetSpecs } from "../../../src/render";
import { reportToJson } from "../../../src/render/json";

/** docs/domain.md §2, character for character: the sample's 基本支出 paragraph. */
const SEED_BASIC =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

let composed: ComposedReport;
let analysis: ReturnType<typeof analyze>;
let text: string;

beforeAll(async () => {
  analysis = analyze(await readFile("examples/常宁市总工会-2023.xlsx"));
  composed = composeReport(analysis);
  text = (await renderReport("txt", composed)) as string;
});

test("the seed figures appear as docs/domain.md §2/§6 say", () => {
  expect(composed.report.title).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
  const basic = text.split("\n").find((l) => l.includes("单位一般公共预算基本支出完成"))!;
  expect(basic.trim()).toBe(SEED_BASIC);
  expect(text).toContain("单位一般公共预算项目支出完成2.90万元");
  expect(text).toContain(
    "机关事业单位基本养老保险缴费24.09万元、职工基本医疗保险缴费14.26万元、职业年金缴费0.00万元、其他社会保障缴费3.77万元。"
  );
  expect(text).toContain("年末实有人数24人，与上年持平。");
  expect(text).toContain("本单位2023年度无政府性基金预算支出。");
  expect(text).toContain("本单位2023年度无国有资本经营预算支出。");
  expect(text.trimEnd().endsWith("常宁市总工会\n2024年5月16日")).toBe(true);
});

test("headings run without gaps and nothing is left to fill in", () => {
  const numbers = composed.report.sections.map((s) => s.number);
  const expected = [
    "一、",
    "二、",
    "三、",
    "四、",
    "五、",
    "六、",
    "七、",
    "八、",
    "九、",
    "十、",
  ].slice(0, numbers.length);
  expect(numbers).toEqual(expected);
  expect(numbers.length).toBeGreaterThanOrEqual(8);
  expect(composed.report.placeholders).toEqual([]);
  expect(text).not.toMatch(/undefined|NaN|null|【待补充/);
});

test("every renderer carries the same paragraph", async () => {
  const json = reportToJson(composed.report);
  expect(json.blocks.some((b) => b.kind === "paragraph" && b.text === SEED_BASIC)).toBe(true);
  const md = (await renderReport("md", composed)) as string;
  expect(md).toContain(SEED_BASIC);
  const docx = (await renderReport("docx", composed)) as Uint8Array;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
  expect(value).toContain(SEED_BASIC);
  const [report, changes] = reportSheetSpecs(composed, analysis.changes, analysis.findings);
  expect(report.rows.some((r) => String(r.cells[0].value).includes(SEED_BASIC))).toBe(true);
  const basic = changes.rows.find((r) => String(r.cells[0].value).trim() === "基本支出")!;
  expect(basic.cells.slice(2, 5).map((c) => c.value)).toEqual([2652132, 2757600, 105468]);
});
