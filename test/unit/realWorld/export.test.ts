/**
 * The finance-software export of the sample unit, last year's export as --prior (issue 11): the same changes
 * and report figures as the 基础数据表 sample — whatever else the workbook holds, in whatever order.
 */
import { lineByKey } from "../../../src/core/book";
import type { Change } from "../../../src/core/change";
import { analyze, type Analysis } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report";
import { renderText } from "../../../src/render/markdown";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { gridsOf } from "../standard/helpers";
import {
  REPORT_MONEY_KEYS,
  exportSheets,
  hiddenHelperSheet,
  institutionInfoSheet,
  selfEvaluationSheet,
} from "./workbooks";

const byKey = (changes: Change[]) => new Map(changes.map((c) => [c.key, c]));

describe("the finance-software export (Z01, Z04, Z08_1, Z09) with last year's export", () => {
  let exported: Analysis;
  let sample: Analysis;
  beforeAll(async () => {
    exported = analyze(await gridsOf(exportSheets(2023)), {}, await gridsOf(exportSheets(2022)));
    sample = analyze(await gridsOf(changningWorkbook()));
  });

  it("is read from the standard tables, the 三公 sheet among them", () => {
    expect(exported.book.source.kind).toBe("standard-tables");
    const z09 = exported.book.source.sheets.find((s) => s.sheet.startsWith("Z09"));
    expect(z09).toMatchObject({ kind: "threePublic", role: "source", how: "table-code" });
  });

  it("gives the published changes: 3.98 / 3.66 / 7.34, 项目 −17.14", () => {
    const changes = byKey(exported.changes);
    expect(changes.get("basic")).toMatchObject({
      current: 275_760_000,
      prior: 265_213_200,
      percent: 398,
    });
    expect(changes.get("personnel")).toMatchObject({ percent: 366 });
    expect(changes.get("publicOperating")).toMatchObject({ percent: 734 });
    expect(changes.get("project")).toMatchObject({
      current: 2_900_000,
      prior: 3_500_000,
      percent: -1714,
    });
  });

  it("gives the same figures as the 基础数据表 sample for every item the report names", () => {
    const ours = byKey(exported.changes);
    const theirs = byKey(sample.changes);
    // The four sheets hold no fund tables: those the report asks for (see below), not compared here.
    for (const key of REPORT_MONEY_KEYS.filter((k) => k !== "govFund" && k !== "stateCapital")) {
      const a = ours.get(key);
      const b = theirs.get(key);
      expect([key, a?.current, a?.prior, a?.percent, a?.direction]).toEqual([
        key,
        b?.current,
        b?.prior,
        b?.percent,
        b?.direction,
      ]);
    }
  });

  it("writes the report's 基本支出, 三公 and 社保 sentences from those figures", () => {
    const text = renderText(composeReport(exported).report);
    expect(text).toContain(
      "单位一般公共预算基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，其中人员经费完成251.21万元，比上年增加8.87万元，增长3.66%；公用经费完成24.55万元，比上年增加1.68万元，增长7.34%"
    );
    expect(text).toContain("公务用车购置及运行维护费完成2.65万元");
    expect(text).toContain("公务接待费完成0.49万元");
    expect(text).toContain("机关事业单位基本养老保险缴费24.09万元");
    expect(text).not.toMatch(/无一般公共预算基本支出/);
    // Without the fund tables the export says nothing about those funds: the report asks.
    expect(text).toContain("【待补充：政府性基金预算支出（工作簿中没有此项）】");
  });
});

describe("a sheet that is not a source never decides the workbook", () => {
  const extras = {
    "a 自评表": selfEvaluationSheet(),
    "an F03 机构运行信息表": institutionInfoSheet(),
    "a hidden helper sheet": hiddenHelperSheet(),
  };
  it.each(Object.entries(extras))("%s beside the export", async (_name, extra) => {
    const plain = analyze(await gridsOf(exportSheets(2023)));
    const withExtra = analyze(await gridsOf([extra, ...exportSheets(2023)]));
    expect(withExtra.book.source.kind).toBe("standard-tables");
    for (const key of REPORT_MONEY_KEYS) {
      expect([key, lineByKey(withExtra.book, key)?.current?.value]).toEqual([
        key,
        lineByKey(plain.book, key)?.current?.value,
      ]);
    }
    expect(withExtra.book.source.sheets.find((s) => s.sheet === extra.name)?.role).not.toBe(
      "cross-check"
    );
    const text = renderText(composeReport(withExtra).report);
    expect(text).toContain("基本支出完成275.76万元");
  });

  it("the 自评表 is classified as one and left unused", async () => {
    const { book } = analyze(await gridsOf([selfEvaluationSheet(), ...exportSheets(2023)]));
    expect(book.source.sheets.find((s) => s.sheet === "自评表")).toMatchObject({
      kind: "self-evaluation",
      role: "unused",
      reason: "not-a-source",
    });
  });

  it("the F03 gives the report its head counts", async () => {
    const analysis = analyze(await gridsOf([...exportSheets(2023), institutionInfoSheet(26, 24)]));
    expect(lineByKey(analysis.book, "staffAuthorized")?.current?.value).toBe(26);
    expect(lineByKey(analysis.book, "staffActual")?.current?.value).toBe(24);
    const f03 = analysis.book.source.sheets.find((s) => s.kind === "institution-info");
    expect(f03).toMatchObject({ role: "source", reason: "staff-counts" });
    expect(renderText(composeReport(analysis).report)).toContain("编制数26人，年末实有人数24人");
  });
});
