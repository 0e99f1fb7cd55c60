/**
 * The export variants of issue 11's corpus: the finance software's export of the sample unit with three to
 * five header rows, the 栏次 row labelled or bare, sheet names with or without the 财决 code (and cut at 31
 * characters), any sheet order, the empty fund tables with their 无数据 notes. Each reads to the sample's
 * figures, with last year's export as --prior.
 */
import type { Change } from "../../../src/core/change";
import { cellText, type Grid } from "../../../src/core/grid";
import { analyze, type Analysis } from "../../../src/core/pipeline";
import type { SheetFixture } from "../../fixtures/workbook";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";
import { gridsOf } from "../standard/helpers";
import { REPORT_MONEY_KEYS, exportThreePublicSheet } from "./workbooks";

interface Variant {
  headerRows: number;
  numbering: "labelled" | "bare";
  names: "with-code" | "title-only";
  order: "as-exported" | "reversed" | "shuffled";
  threePublic: "down" | "parts-on-top";
}

function exportVariant(year: 2023 | 2022, v: Variant): SheetFixture[] {
  let sheets = changningStandardSheets({ year, layout: "software", headerRows: v.headerRows });
  if (v.threePublic === "parts-on-top")
    sheets = sheets.map((s) => (s.name.startsWith("Z09") ? exportThreePublicSheet(year) : s));
  sheets = sheets.map((sheet) => {
    let rows = sheet.rows;
    if (v.numbering === "bare")
      rows = rows.map((row) =>
        Array.isArray(row) ? row.map((cell) => (cell === "栏次" ? null : cell)) : row
      );
    // "Z04 支出决算表(财决04表)" → "支出决算表": the title alone, as a unit renames its sheets.
    const name =
      v.names === "title-only"
        ? sheet.name.replace(/^Z\d+(_\d)?\s*/, "").replace(/[(（]财决.*$/, "")
        : sheet.name;
    return { ...sheet, name, rows };
  });
  if (v.order === "reversed") sheets.reverse();
  if (v.order === "shuffled") sheets = [4, 0, 7, 2, 8, 1, 6, 3, 5].map((i) => sheets[i]);
  return sheets;
}

const VARIANTS: Variant[] = [
  {
    headerRows: 3,
    numbering: "labelled",
    names: "with-code",
    order: "as-exported",
    threePublic: "down",
  },
  {
    headerRows: 4,
    numbering: "bare",
    names: "with-code",
    order: "reversed",
    threePublic: "parts-on-top",
  },
  {
    headerRows: 5,
    numbering: "labelled",
    names: "title-only",
    order: "shuffled",
    threePublic: "down",
  },
  {
    headerRows: 5,
    numbering: "bare",
    names: "title-only",
    order: "as-exported",
    threePublic: "parts-on-top",
  },
  {
    headerRows: 3,
    numbering: "bare",
    names: "with-code",
    order: "shuffled",
    threePublic: "parts-on-top",
  },
  {
    headerRows: 4,
    numbering: "labelled",
    names: "title-only",
    order: "reversed",
    threePublic: "down",
  },
];

const byKey = (changes: Change[]) => new Map(changes.map((c) => [c.key, c]));

describe("export variants read to the sample's figures", () => {
  let sample: Analysis;
  beforeAll(async () => {
    sample = analyze(await gridsOf(changningWorkbook()));
  });

  it.each(VARIANTS.map((v) => [JSON.stringify(v), v] as const))("%s", async (_name, v) => {
    const current = await gridsOf(exportVariant(2023, v));
    const prior = await gridsOf(exportVariant(2022, v));
    expect(current.every((g: Grid) => g.sheet.length <= 31)).toBe(true);
    if (v.numbering === "bare")
      expect(current.some((g) => g.rows.some((r) => r.some((c) => cellText(c) === "栏次")))).toBe(
        false
      );
    const analysis = analyze(current, {}, prior);
    expect(analysis.book.source.kind).toBe("standard-tables");
    const ours = byKey(analysis.changes);
    const theirs = byKey(sample.changes);
    for (const key of REPORT_MONEY_KEYS) {
      const a = ours.get(key);
      const b = theirs.get(key);
      expect([key, a?.current, a?.prior, a?.percent]).toEqual([
        key,
        b?.current,
        b?.prior,
        b?.percent,
      ]);
    }
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    // The empty fund tables are read as tables with no data, not as unreadable sheets.
    const funds = analysis.book.source.sheets.filter(
      (s) => s.kind === "govFund" || s.kind === "stateCapital"
    );
    expect(funds.map((s) => s.role)).toEqual(["source", "source"]);
  });
});
