/**
 * The properties of issue 11 (fast-check): what else a workbook holds, the order of its sheets and which of
 * them are hidden never change the figures read — they may only add checks — and every figure the report
 * prints is one read (or computed) from a cell.
 */
import fc from "fast-check";
import { FIGURE_COLUMNS, figureIn, type Book } from "../../../src/core/book";
import type { Grid } from "../../../src/core/grid";
import { gridFromValues } from "../../../src/core/grid";
import { analyze } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";
import { unreadFigures } from "../../helpers/printedFigures";
import { gridsOf } from "../standard/helpers";
import { exportSheets, institutionInfoSheet, selfEvaluationSheet } from "./workbooks";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);

/** Every figure of the Book by line key: "basic.current" → value (fen or count). */
function figures(book: Book): Map<string, number | undefined> {
  const out = new Map<string, number | undefined>();
  for (const line of book.lines)
    for (const column of FIGURE_COLUMNS) {
      const figure = figureIn(line, column);
      if (figure) out.set(`${line.key}.${column}`, figure.value);
    }
  return out;
}

/** The base's figures, each found unchanged in `other` (other may hold more). */
function unchanged(base: Book, other: Book): string[] {
  const theirs = figures(other);
  const wrong: string[] = [];
  for (const [key, value] of figures(base))
    if (theirs.get(key) !== value) wrong.push(`${key}: ${value} → ${theirs.get(key)}`);
  return wrong;
}

const blankSheet: Grid = { sheet: "Sheet3", rows: [] };
const notesSheet: Grid = gridFromValues("填报说明", [
  ["填报说明"],
  ["1. 本表金额单位为元，保留两位小数。"],
  ["2. 变动原因请写明主要原因。"],
]);
const profileSheet: Grid = gridFromValues("基本情况", [
  ["项目", "内容"],
  ["主要职能", "负责全市职工权益维护工作。"],
  ["机构情况", "内设4个部室。"],
]);

describe("what else a workbook holds never changes the figures read", () => {
  let sample: Grid[];
  let exported: Grid[];
  let publicTables: Grid[];
  let selfEvaluation: Grid;
  let institution: Grid;
  beforeAll(async () => {
    sample = await gridsOf(changningWorkbook());
    exported = await gridsOf(exportSheets(2023));
    publicTables = await gridsOf(changningStandardSheets({ year: 2023, layout: "public" }));
    [selfEvaluation, institution] = await gridsOf([selfEvaluationSheet(), institutionInfoSheet()]);
  });

  /** A base workbook, extra sheets drawn from a pool, any order, any of them hidden. */
  const workbookWith = (base: () => Grid[], pool: () => Grid[]) =>
    fc
      .tuple(
        fc.subarray([...Array(16).keys()]),
        fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
        fc.array(fc.nat(), { minLength: 32, maxLength: 32 })
      )
      .map(([picks, hidden, order]) => {
        const extras = pool().filter((_, i) => picks.includes(i));
        const grids = [...base(), ...extras].map((g, i) =>
          hidden[i] ? { ...g, hidden: true } : g
        );
        // A permutation from the random keys (a stable sort keeps it deterministic).
        return grids
          .map((g, i) => ({ g, key: order[i] }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.g);
      });

  it("the 基础数据表 sample: adding standard tables, blank, notes, 自评表 or 基本情况 sheets", () => {
    const base = analyze(sample).book;
    fc.assert(
      fc.property(
        workbookWith(
          () => sample,
          () => [...publicTables, blankSheet, notesSheet, selfEvaluation, institution]
        ),
        (grids) => {
          const book = analyze(grids).book;
          expect(book.source.sheet).toBe(base.source.sheet);
          expect(unchanged(base, book)).toEqual([]);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("the export: adding standard tables, blank, notes, 自评表 or 基本情况 sheets", () => {
    const base = analyze(exported).book;
    // Any of the public layout's nine tables: the kinds the export lacks, and second copies of its own.
    fc.assert(
      fc.property(
        workbookWith(
          () => exported,
          () => [...publicTables, blankSheet, notesSheet, selfEvaluation, profileSheet]
        ),
        (grids) => {
          const book = analyze(grids).book;
          expect(book.source.kind).toBe("standard-tables");
          expect(unchanged(base, book)).toEqual([]);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("sheet order and hiding alone change nothing, not even the findings", () => {
    const base = analyze([...sample, ...publicTables]);
    fc.assert(
      fc.property(
        workbookWith(
          () => [...sample, ...publicTables],
          () => []
        ),
        (grids) => {
          const analysis = analyze(grids);
          expect(unchanged(base.book, analysis.book)).toEqual([]);
          expect(unchanged(analysis.book, base.book)).toEqual([]);
          const findings = (a: typeof analysis) =>
            a.findings.map((f) => `${f.rule}|${f.ref.sheet}!${f.ref.address}|${f.message}`).sort();
          expect(findings(analysis)).toEqual(findings(base));
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("every figure the report prints is one read or computed from a cell", () => {
    for (const grids of [sample, exported, [...exported, institution], publicTables]) {
      const analysis = analyze(grids);
      expect(unreadFigures(analysis.book, composeReport(analysis).report)).toEqual([]);
    }
  });
});
