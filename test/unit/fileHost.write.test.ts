/**
 * SheetSpec → .xlsx: styles, merges, links, freeze and print setup land where the spec says; text that
 * looks like a formula stays text; appending sheets leaves every original cell as it was.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/sheetSpec";
import {
  appendSheetsToXlsx,
  cleanSheetName,
  workbookFromSpecs,
} from "../../src/hosts/file/writeWorkbook";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { fixtureBytes } from "../helpers/fixtures";

const report: SheetSpec = {
  name: "绩效自评报告",
  columnWidths: [10, 30, 18],
  freezeRows: 2,
  print: { paper: "A4", orientation: "portrait", fitToWidth: true },
  rows: [
    {
      cells: [
        {
          value: "标题",
          style: { bold: true, fontSize: 16, horizontal: "center" },
          mergeAcross: 2,
        },
      ],
      height: 28,
    },
    {
      cells: [
        { value: "=SUM(A1:A9)", style: { border: true } },
        { value: "+86 0734", style: { fill: "#FFF2CC", color: "#C00000", italic: true } },
        { value: 2757600, style: { numberFormat: "#,##0.00", horizontal: "right" } },
      ],
    },
    {
      cells: [
        { value: "-5%" },
        { value: "@人员经费" },
        { value: "基础数据表!E6", link: { sheet: "基础数据表", address: "E6" } },
      ],
    },
    {
      cells: [
        {
          value: '说"明"',
          link: { sheet: "O'Brien 表", address: "A1" },
          style: { wrap: true, vertical: "top" },
        },
        null as never,
        { value: null },
      ],
    },
  ],
};

describe("workbookFromSpecs", () => {
  let bytes: Uint8Array;
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await workbookFromSpecs([report]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    sheet = wb.worksheets[0];
  });

  test("text starting with = + - @ is stored as text, never a formula", async () => {
    const [grid] = await readWorkbook(bytes);
    expect(grid.rows[1][0]).toMatchObject({ value: "=SUM(A1:A9)" });
    expect(grid.rows[1][0]?.formula).toBeUndefined();
    expect(grid.rows[1][1]?.value).toBe("+86 0734");
    expect(grid.rows[2][0]).toEqual({ value: "-5%" });
    expect(grid.rows[2][1]).toEqual({ value: "@人员经费" });
    // In the file itself: A2, B2, A3, B3 have no <f> element.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    for (const address of ["A2", "B2", "A3", "B3"]) {
      const cell = new RegExp(`<c r="${address}"[^>]*>(.*?)</c>`).exec(xml);
      expect(cell).not.toBeNull();
      expect(cell![1]).not.toContain("<f>");
    }
  });

  test("column widths, row heights, merges, freeze and A4 fit-to-width", () => {
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([10, 30, 18]);
    expect(sheet.getRow(1).height).toBe(28);
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(sheet.getCell("C1").master.address).toBe("A1");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  test("a single column wider than the page gets an explicit scale (LibreOffice clips it otherwise)", async () => {
    const wide: SheetSpec = {
      name: "报告",
      columnWidths: [96],
      rows: [{ cells: [{ value: "长文本", style: { wrap: true } }] }],
      print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await workbookFromSpecs([wide])) as never);
    const setup = wb.worksheets[0].pageSetup;
    expect(setup.fitToPage).toBeFalsy();
    // (8.27 − 1.4) in × 96 px ÷ (96 × 8 + 5) px = 85%
    expect(setup.scale).toBe(85);
    expect(setup.paperSize).toBe(9);
  });

  test("styles: fonts, fills, alignment, wrap, borders, number formats", () => {
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    // The merged title's style reaches every covered cell.
    expect(sheet.getCell("C1").font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell("A2").border?.top?.style).toBe("thin");
    expect(sheet.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet.getCell("B2").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(sheet.getCell("C2").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("C2").value).toBe(2757600);
    expect(sheet.getCell("A4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  test("links are HYPERLINK formulas to #'Sheet'!Cell with the text cached, quotes escaped", async () => {
    expect(sheet.getCell("C3").value).toEqual({
      formula: 'HYPERLINK("#基础数据表!E6","基础数据表!E6")',
      result: "基础数据表!E6",
    });
    expect(sheet.getCell("A4").value).toEqual({
      formula: `HYPERLINK("#'O''Brien 表'!A1","说""明""")`,
      result: '说"明"',
    });
    expect(sheet.getCell("C3").font).toMatchObject({ underline: true });
    const [grid] = await readWorkbook(bytes);
    expect(grid.rows[2][2]?.value).toBe("基础数据表!E6");
  });
});

describe("sheet names", () => {
  test("invalid characters are replaced and the name cut to 31 characters", () => {
    expect(cleanSheetName("a/b\\c[d]e:f*g?h")).toBe("a_b_c_d_e_f_g_h");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("")).toBe("Sheet");
    expect(Array.from(cleanSheetName("长".repeat(40)))).toHaveLength(31);
  });

  test("collisions get (2), (3) — against the workbook and against each other", async () => {
    const original = await fixtureBytes("changning-2023");
    const specs: SheetSpec[] = [
      { name: "基础数据表", columnWidths: [], rows: [{ cells: [{ value: "a" }] }] },
      { name: "绩效自评报告", columnWidths: [], rows: [{ cells: [{ value: "b" }] }] },
      { name: "绩效自评报告", columnWidths: [], rows: [{ cells: [{ value: "c" }] }] },
      { name: "基本情况".toUpperCase(), columnWidths: [], rows: [] },
    ];
    const grids = await readWorkbook((await appendSheetsToXlsx(original, specs)).bytes);
    expect(grids.map((g) => g.sheet)).toEqual([
      "基础数据表",
      "基本情况",
      "基础数据表 (2)",
      "绩效自评报告",
      "绩效自评报告 (2)",
      "基本情况 (2)",
    ]);
    expect(grids[4].rows[0][0]?.value).toBe("c");
  });
});

describe("appendSheetsToXlsx", () => {
  test("every original cell keeps its value, formula, format and style", async () => {
    const original = await fixtureBytes("changning-messy");
    const { bytes: appended } = await appendSheetsToXlsx(original, [report]);
    const before = await readWorkbook(original);
    const after = await readWorkbook(appended);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);

    // Below the Grid: ExcelJS's own view of each cell, style included, cell by cell.
    const load = async (b: Uint8Array) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(b) as never);
      return wb;
    };
    const [a, b] = await Promise.all([load(original), load(appended)]);
    let compared = 0;
    for (const sheetA of a.worksheets) {
      const sheetB = b.getWorksheet(sheetA.name)!;
      expect(sheetB.state).toBe(sheetA.state);
      sheetA.eachRow({ includeEmpty: true }, (rowA, r) => {
        const rowB = sheetB.getRow(r);
        expect(rowB.hidden).toBe(rowA.hidden);
        rowA.eachCell({ includeEmpty: true }, (cellA, c) => {
          const cellB = rowB.getCell(c);
          expect({ at: cellA.address, value: cellB.value, style: cellB.style }).toEqual({
            at: cellA.address,
            value: cellA.value,
            style: cellA.style,
          });
          compared++;
        });
      });
      expect(Object.keys((sheetB as unknown as { _merges: object })._merges)).toEqual(
        Object.keys((sheetA as unknown as { _merges: object })._merges)
      );
    }
    expect(compared).toBeGreaterThan(300);
  });

  test("refuses a non-xlsx original like readWorkbook does", async () => {
    await expect(
      appendSheetsToXlsx(new TextEncoder().encode("a,b\n1,2"), [report], { fileName: "x.xlsx" })
    ).rejects.toMatchObject({ reason: "not-xlsx" });
  });
});
