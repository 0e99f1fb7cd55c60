import { composeReport } from "../../../src/core/report/compose";
import { renderReport, reportFormatFor } from "../../../src/render";
import { escapeMarkdown, renderMarkdown, renderText } from "../../../src/render/markdown";
import { reportToJson } from "../../../src/render/json";
import { makeInput, SAMPLE_TEXTS, seedBook } from "../../helpers/report";

const SEED_BASIC =
  "2023年度，单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%。";

const composed = composeReport(
  makeInput(seedBook({ texts: { ...SAMPLE_TEXTS, organization: "" } }))
);

describe("JSON (docs/design.md §2)", () => {
  const json = reportToJson(composed.report);

  test("shape: title, unit, year, blocks, placeholders", () => {
    expect(Object.keys(json)).toEqual(["title", "unit", "year", "blocks", "placeholders"]);
    expect(json.title).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
    expect(json.unit).toBe("常宁市总工会");
    expect(json.year).toBe(2023);
    expect(json.placeholders).toEqual(["机构情况"]);
    for (const block of json.blocks) expect(Object.keys(block)).toEqual(["kind", "level", "text"]);
  });

  test("blocks in reading order with levels", () => {
    expect(json.blocks[0]).toEqual({ kind: "title", level: 0, text: json.title });
    expect(json.blocks[1]).toEqual({ kind: "heading", level: 1, text: "一、部门（单位）基本情况" });
    expect(json.blocks[2]).toEqual({ kind: "heading", level: 3, text: "1.主要职能" });
    expect(json.blocks).toContainEqual({ kind: "heading", level: 2, text: "（一）基本支出情况" });
    expect(json.blocks).toContainEqual({ kind: "paragraph", level: 2, text: SEED_BASIC });
    expect(json.blocks).toContainEqual({
      kind: "paragraph",
      level: 3,
      text: "【待补充：机构情况】",
    });
    expect(json.blocks.slice(-2)).toEqual([
      { kind: "signature", level: 0, text: "常宁市总工会" },
      { kind: "signature", level: 0, text: "2024年5月16日" },
    ]);
  });

  test("renderReport('json') is parseable JSON of the same", async () => {
    const text = (await renderReport("json", composed)) as string;
    expect(JSON.parse(text)).toEqual(reportToJson(composed.report));
  });
});

describe("Markdown and plain text", () => {
  test("Markdown: # title, ## 一、, ### （一） or 1. (by nesting, no skipped level), paragraphs, sign-off", () => {
    const md = renderMarkdown(composed.report);
    const lines = md.split("\n").filter((l) => l !== "");
    expect(lines[0]).toBe("# 常宁市总工会2023年度部门整体支出绩效自评报告");
    expect(lines).toContain("## 二、一般公共预算支出情况");
    expect(lines).toContain("### （一）基本支出情况");
    expect(lines).toContain("### 1.主要职能");
    expect(lines).toContain(SEED_BASIC);
    expect(lines[lines.length - 1]).toBe('<p align="right">常宁市总工会<br>2024年5月16日</p>');
  });

  test("Markdown escapes markup from workbook text", () => {
    expect(escapeMarkdown("1. 第一项")).toBe("1\\. 第一项");
    expect(escapeMarkdown("# 标题 *强调* <b>")).toBe("\\# 标题 \\*强调\\* \\<b\\>");
    expect(escapeMarkdown("（1）加强学习")).toBe("（1）加强学习");
  });

  test("plain text: indented paragraphs, a blank line before the sign-off", () => {
    const text = renderText(composed.report);
    const lines = text.split("\n");
    expect(lines[0]).toBe("常宁市总工会2023年度部门整体支出绩效自评报告");
    expect(lines[1]).toBe("");
    expect(lines).toContain("\u3000\u3000一、部门（单位）基本情况");
    expect(lines).toContain(`\u3000\u3000${SEED_BASIC}`);
    expect(lines.slice(-4)).toEqual(["", "常宁市总工会", "2024年5月16日", ""]);
  });

  test("formats by file extension", async () => {
    expect(reportFormatFor("out/report.DOCX")).toBe("docx");
    expect(reportFormatFor("r.md")).toBe("md");
    expect(reportFormatFor("r.json")).toBe("json");
    expect(reportFormatFor("r.txt")).toBe("txt");
    expect(reportFormatFor("r.pdf")).toBeUndefined();
    expect(await renderReport("md", composed)).toBe(renderMarkdown(composed.report));
    expect(await renderReport("txt", composed)).toBe(renderText(composed.report));
    expect(await renderReport("docx", composed)).toBeInstanceOf(Uint8Array);
  });
});
