/**
 * The user's workbook comes back whole (issue 13): the report sheets are added at the package level and
 * every other part of the original — chart, drawing, picture, pivot table and cache, table, comments,
 * external link, VBA project, hidden and very hidden sheets, defined names, print settings — is in the copy
 * byte for byte. Only the workbook part, its relationships, [Content_Types].xml and styles.xml change, and
 * only by additions. The copy opens in ExcelJS, in this product's reader and in LibreOffice headless.
 *
 * The fixture is test/fixtures/rich/ (scripts/make-rich-workbook.js). LibreOffice (Debian's
 * libreoffice-calc-nogui, which .ci/run installs) is required: without it this test fails, it never skips.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyze } from "../../src/core/pipeline";
import { composeReport } from "../../src/core/report";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { appendSheetsToXlsx, workbookFromSpecs } from "../../src/hosts/file/writeWorkbook";
import { reportSheetSpecs } from "../../src/render";
import { fixtureBytes } from "../helpers/fixtures";
import { EDITABLE_PARTS, compareParts, insertedTokens } from "../helpers/packageParts";

const ROOT = path.resolve(__dirname, "../..");
const RICH = path.join(ROOT, "test/fixtures/rich");
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), "budget-report-package-"));
const REPORT_SHEETS = ["绩效自评报告", "变动分析", "校验结果"];

/** The report sheets the product writes for a workbook, from the real pipeline. */
async function reportSpecsFor(bytes: Uint8Array): Promise<SheetSpec[]> {
  const analysis = analyze(await readWorkbook(bytes), {});
  return reportSheetSpecs(composeReport(analysis), analysis.changes, analysis.findings);
}

function soffice(args: string[], cwd: string) {
  const result = spawnSync(
    "soffice",
    ["--headless", `-env:UserInstallation=file://${WORK}/lo-profile`, ...args],
    {
      cwd,
      encoding: "utf8",
      timeout: 180_000,
    }
  );
  if (result.error) {
    throw new Error(
      `LibreOffice is needed for this test (apt-get install -y libreoffice-calc-nogui): ${result.error.message}`
    );
  }
  return result;
}

describe.each([
  ["rich-workbook.xlsx", false],
  ["rich-workbook.xlsm", true],
])("%s: the copy with the report sheets", (fileName, macroEnabled) => {
  const original = new Uint8Array(fs.readFileSync(path.join(RICH, fileName)));
  let copy: Uint8Array;
  let names: string[];
  let isMacroEnabled: boolean;

  beforeAll(async () => {
    ({
      bytes: copy,
      names,
      macroEnabled: isMacroEnabled,
    } = await appendSheetsToXlsx(original, await reportSpecsFor(original), {
      fileName,
      date: new Date(Date.UTC(2024, 4, 16)),
    }));
  });

  test("every part of the original is in the copy, byte for byte, but the four that list the sheets", async () => {
    const parts = await compareParts(original, copy);
    // The fixture holds what the issue lists; the comparison below covers each of these parts.
    for (const expected of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/media/image1.png",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/tables/table1.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/externalLinks/externalLink1.xml",
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      "xl/sharedStrings.xml",
      "xl/theme/theme1.xml",
      "docProps/core.xml",
      "docProps/app.xml",
      ...(macroEnabled ? ["xl/vbaProject.bin"] : []),
    ]) {
      expect(parts.originalParts).toContain(expected);
    }
    expect(parts.missing).toEqual([]);
    expect(parts.changed.filter((name) => !EDITABLE_PARTS.includes(name))).toEqual([]);
    expect(parts.changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
      ].sort()
    );
    expect(parts.added).toEqual([
      "xl/worksheets/sheet10.xml",
      "xl/worksheets/sheet8.xml",
      "xl/worksheets/sheet9.xml",
    ]);
  });

  test("the edited parts only gained what lists the new sheets and their formats", async () => {
    const { original: a, copy: b } = await compareParts(original, copy);
    const text = async (zip: JSZip, name: string) => zip.file(name)!.async("string");
    const added = async (name: string) => insertedTokens(await text(a, name), await text(b, name));

    const workbook = await added("xl/workbook.xml");
    expect(workbook).toBeDefined();
    expect(workbook!.join("")).toMatch(
      /^<sheet name="绩效自评报告" sheetId="8" r:id="rIdBudgetReport1"\/><sheet name="变动分析" sheetId="9" r:id="rIdBudgetReport2"\/><sheet name="校验结果" sheetId="10" r:id="rIdBudgetReport3"\/>$/
    );
    const relationships = await added("xl/_rels/workbook.xml.rels");
    expect(relationships).toHaveLength(3);
    for (const r of relationships!)
      expect(r).toMatch(
        /^<Relationship Id="rIdBudgetReport\d" Type="[^"]+\/worksheet" Target="worksheets\/sheet\d+\.xml"\/>$/
      );
    const overrides = await added("[Content_Types].xml");
    expect(overrides).toHaveLength(3);
    for (const o of overrides!)
      expect(o).toMatch(
        /^<Override PartName="\/xl\/worksheets\/sheet\d+\.xml" ContentType="[^"]+worksheet\+xml"\/>$/
      );
    const styles = await added("xl/styles.xml");
    expect(styles).toBeDefined();
    // Formats only: fonts, fills, borders, number formats and cell formats (with their alignment).
    const elements = new Set(
      styles!
        .filter((t) => t.startsWith("<") && !t.startsWith("</"))
        .map((t) => /^<([\w:]+)/.exec(t)![1])
    );
    for (const element of elements) {
      expect([
        "numFmt",
        "font",
        "b",
        "i",
        "u",
        "sz",
        "color",
        "name",
        "family",
        "charset",
        "scheme",
        "fill",
        "patternFill",
        "fgColor",
        "bgColor",
        "border",
        "left",
        "right",
        "top",
        "bottom",
        "diagonal",
        "xf",
        "alignment",
      ]).toContain(element);
    }
    // The counts of the collections now say how many children they hold.
    const xml = await text(b, "xl/styles.xml");
    for (const [collection, child] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
    ]) {
      const span = new RegExp(
        `<${collection} count="(\\d+)"[^>]*>([\\s\\S]*?)</${collection}>`
      ).exec(xml)!;
      expect(Number(span[1])).toBe(
        (span[2].match(new RegExp(`<${child}[\\s/>]`, "g")) ?? []).length
      );
    }
  });

  test("the package keeps its kind: macros stay, and say so", () => {
    expect(isMacroEnabled).toBe(macroEnabled);
  });

  test("ExcelJS opens the copy: the user's sheets as they were, hidden states kept, the report sheets after them", async () => {
    const load = async (bytes: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as never);
      return wb;
    };
    const [before, after] = await Promise.all([load(original), load(copy)]);
    expect(after.worksheets.map((s) => [s.name, s.state])).toEqual([
      ...before.worksheets.map((s) => [s.name, s.state]),
      ...REPORT_SHEETS.map((name) => [name, "visible"]),
    ]);
    expect(names).toEqual(REPORT_SHEETS);
    expect(after.definedNames.model).toEqual(before.definedNames.model);
    const report = after.getWorksheet("绩效自评报告")!;
    expect(String(report.getCell("A1").value)).toContain("部门整体支出绩效自评报告");
    expect(report.getCell("A1").font).toMatchObject({ bold: true });
  });

  test("the product reads the copy to the same figures, and its report sheets are not taken for data", async () => {
    const [before, after] = await Promise.all([readWorkbook(original), readWorkbook(copy)]);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((g) => g.sheet)).toEqual(REPORT_SHEETS);
    const analysisBefore = analyze(before, {});
    const analysisAfter = analyze(after, {});
    expect(analysisAfter.changes).toEqual(analysisBefore.changes);
    expect(analysisAfter.findings).toEqual(analysisBefore.findings);
  });

  test("LibreOffice opens the copy (PDF, exit 0) and reads the new sheets", () => {
    const dir = fs.mkdtempSync(path.join(WORK, "lo-"));
    const input = path.join(dir, `copy${path.extname(fileName)}`);
    fs.writeFileSync(input, copy);
    const pdf = soffice(["--convert-to", "pdf", "--outdir", dir, input], dir);
    expect({ status: pdf.status, stderr: pdf.stderr }).toMatchObject({ status: 0 });
    expect(fs.statSync(path.join(dir, "copy.pdf")).size).toBeGreaterThan(10_000);
    // Every sheet to its own CSV (filter option token 12 = -1): the report sheet's text is there.
    const csv = soffice(
      [
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        input,
      ],
      dir
    );
    expect(csv.status).toBe(0);
    const reportCsv = fs.readdirSync(dir).find((f) => f.endsWith("-绩效自评报告.csv"));
    expect(reportCsv).toBeDefined();
    expect(fs.readFileSync(path.join(dir, reportCsv!), "utf8")).toContain(
      "部门整体支出绩效自评报告"
    );
  }, 240_000);
});

describe("the package writer on other producers' packages", () => {
  const spec: SheetSpec = {
    name: "报告",
    columnWidths: [12, 20],
    rows: [
      {
        cells: [
          {
            value: "标题",
            style: { bold: true, fontSize: 16, numberFormat: "0.000_ " },
            mergeAcross: 1,
          },
        ],
      },
      {
        cells: [
          { value: 1234.5, style: { numberFormat: "#,##0.00", border: true } },
          { value: "=1+1" },
        ],
      },
    ],
    freezeRows: 1,
  };

  async function edited(
    source: Uint8Array,
    edit: (zip: JSZip) => Promise<void>
  ): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(source);
    await edit(zip);
    return zip.generateAsync({ type: "uint8array" });
  }

  test("SpreadsheetML written with a prefix (<x:workbook>, the .NET Open XML SDK) gets prefixed additions", async () => {
    const prefixed = await edited(await fixtureBytes("changning-2023"), async (zip) => {
      for (const name of ["xl/workbook.xml", "xl/styles.xml"]) {
        const xml = await zip.file(name)!.async("string");
        zip.file(
          name,
          xml
            .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, (m, slash: string, local: string) =>
              local.includes(":") ? m : `<${slash}x:${local}`
            )
            .replace(
              /xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
              'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
            )
        );
      }
    });
    const { bytes } = await appendSheetsToXlsx(prefixed, [spec]);
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(
      /<x:sheet name="报告" sheetId="\d+" r:id="rIdBudgetReport1"\/><\/x:sheets>/
    );
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(styles).not.toMatch(/<(font|xf|numFmt|border)[\s>/]/); // every added element carries x:
    expect(styles).toMatch(/<x:numFmt numFmtId="\d+" formatCode="0\.000_ "\/>/);
    // This product's reader (which strips the prefix when ExcelJS cannot) reads the new sheet.
    const grids = await readWorkbook(bytes);
    expect(grids.at(-1)?.sheet).toBe("报告");
    expect(grids.at(-1)?.rows[1][1]?.value).toBe("=1+1");
  });

  test("a package without styles.xml gets one, with its relationship and content type", async () => {
    const bare = await edited(await fixtureBytes("changning-2023"), async (zip) => {
      zip.remove("xl/styles.xml");
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, "")
      );
      const types = await zip.file("[Content_Types].xml")!.async("string");
      zip.file(
        "[Content_Types].xml",
        types.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "")
      );
    });
    const { bytes } = await appendSheetsToXlsx(bare, [spec]);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("xl/styles.xml")).not.toBeNull();
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(
      /\/styles" Target="styles.xml"/
    );
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(
      'PartName="/xl/styles.xml"'
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const sheet = wb.getWorksheet("报告")!;
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A2").numFmt).toBe("#,##0.00");
  });

  test("new parts never overwrite existing ones, ids never collide, and the output is reproducible", async () => {
    const original = await fixtureBytes("changning-2023");
    const date = new Date(Date.UTC(2024, 4, 16));
    const once = await appendSheetsToXlsx(original, [spec, spec], { date });
    const twice = await appendSheetsToXlsx(once.bytes, [spec], { date });
    expect(once.names).toEqual(["报告", "报告 (2)"]);
    expect(twice.names).toEqual(["报告 (3)"]);
    const zip = await JSZip.loadAsync(twice.bytes);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const relIds = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(relIds).size).toBe(relIds.length);
    expect((await readWorkbook(twice.bytes)).map((g) => g.sheet)).toEqual([
      "基础数据表",
      "基本情况",
      "报告",
      "报告 (2)",
      "报告 (3)",
    ]);
    const again = await appendSheetsToXlsx(original, [spec, spec], { date });
    expect(Buffer.from(again.bytes).equals(Buffer.from(once.bytes))).toBe(true);
  });

  test("a new workbook is the same writer on an empty package: it opens in ExcelJS with the styles asked for", async () => {
    const bytes = await workbookFromSpecs([spec], { date: new Date(Date.UTC(2024, 4, 16)) });
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.creator).toBe("budget-report");
    const sheet = wb.worksheets[0];
    expect(sheet.getCell("A1").numFmt).toBe("0.000_ ");
    expect(sheet.getCell("B2").value).toBe("=1+1");
  });
});
