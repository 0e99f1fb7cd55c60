/**
 * Our own report, written from each real published workbook of the corpus (test/fixtures/corpus: tables and
 * forms transcribed as printed, layouts the report code was not shaped on), audited against that workbook:
 * every figure the report prints must be the workbook's, rounded as printed, and agree with the report's
 * other figures — no 错误 and no 警告.
 */
import { auditText } from "../../../src/core/audit";
import { analyze } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report/compose";
import { readWorkbook } from "../../../src/hosts/file/readWorkbook";
import { renderReport } from "../../../src/render";
import { corpus } from "../../fixtures/corpus";
import { caseWorkbooks } from "../../fixtures/corpus/printed";
import { buildWorkbook } from "../../fixtures/workbook";

describe.each(corpus.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
  it("our report on it audits clean against it", async () => {
    const { current, prior } = caseWorkbooks(entry);
    const grids = await readWorkbook(await buildWorkbook(current));
    const priorGrids = prior ? await readWorkbook(await buildWorkbook(prior)) : undefined;
    const analysis = analyze(grids, {}, priorGrids);
    const text = (await renderReport("txt", composeReport(analysis))) as string;
    const result = auditText(text, { workbook: { changes: analysis.changes } });
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
    expect(result.sentences).toBeGreaterThan(0);
  });
});
