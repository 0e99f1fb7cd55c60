/**
 * Every corpus workbook (real published tables and forms, transcribed as printed) reads to the figures its
 * source prints — with no 错误 where the source only has rounding gaps.
 */
import { lineByKey } from "../../../src/core/book";
import type { Figure } from "../../../src/core/figure";
import { decimalTextToFen } from "../../../src/core/money";
import { analyze, type Analysis } from "../../../src/core/pipeline";
import { buildWorkbook } from "../../fixtures/workbook";
import { readWorkbook } from "../../../src/hosts/file/readWorkbook";
import { corpus } from "../../fixtures/corpus";
import { caseWorkbooks } from "../../fixtures/corpus/printed";
import type { CorpusCase } from "../../fixtures/corpus/types";

async function analyzeCase(entry: CorpusCase): Promise<Analysis> {
  const { current, prior } = caseWorkbooks(entry);
  const grids = await readWorkbook(await buildWorkbook(current), {
    fileName: `${entry.name}.xlsx`,
  });
  const priorGrids = prior ? await readWorkbook(await buildWorkbook(prior)) : undefined;
  return analyze(grids, {}, priorGrids);
}

/** What the Book read, in the printed unit's terms, for comparison with the printed string. */
function printedValue(text: string, unit: "元" | "万元", count: boolean): number | undefined {
  const plain = text.replace(/,/g, "").trim();
  return count ? Number(plain) : decimalTextToFen(plain, unit);
}

describe.each(corpus.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyzeCase(entry);
  });

  it("reads every figure its source prints", () => {
    const wrong: string[] = [];
    for (const [key, expected] of Object.entries(entry.expect.figures)) {
      const line = lineByKey(analysis.book, key);
      for (const column of ["current", "prior", "budget"] as const) {
        const printed = expected?.[column];
        if (printed === undefined) continue;
        const count = key.startsWith("staff");
        // A unit the sheets do not state is assumed (元), and said to be.
        const unit = entry.expect.unitAssumed ? "元" : entry.expect.unit;
        const want = printedValue(printed, unit, count);
        const figure: Figure | undefined = line?.[column];
        if (!line) wrong.push(`${key}: no line (printed ${column} ${printed})`);
        else if (figure?.value !== want)
          wrong.push(
            `${key}.${column}: read ${figure?.value ?? "nothing"}, printed ${printed} (${want})`
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it("states the year, unit name and money unit the sheets state, and invents none", () => {
    expect(analysis.book.year).toBe(entry.expect.year);
    if (entry.expect.unitName !== undefined) expect(analysis.book.unit).toBe(entry.expect.unitName);
    expect(analysis.book.source.unitAssumed).toBe(entry.expect.unitAssumed === true);
  });

  it("raises no 错误 on a table that only has rounding gaps", () => {
    const errors = analysis.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.rule} ${f.ref.sheet}!${f.ref.address} ${f.message}`);
    expect(errors).toEqual([]);
  });
});
