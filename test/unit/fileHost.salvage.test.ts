/**
 * Workbooks Excel opens but ExcelJS 4.4 cannot load are read from a salvage copy with the same cells:
 * a drawing whose part ExcelJS does not resolve ("reading 'anchors'"), and SpreadsheetML written with a
 * namespace prefix (`<x:workbook>`, as the .NET Open XML SDK writes it).
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { stripRootPrefix } from "../../src/hosts/file/salvage";
import { appendSheetsToXlsx } from "../../src/hosts/file/writeWorkbook";
import { fixtureBytes } from "../helpers/fixtures";

async function edited(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await fixtureBytes("changning-2023"));
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function exceljsFails(bytes: Uint8Array): Promise<string> {
  try {
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as never);
  } catch (error) {
    return (error as Error).message;
  }
  return "loaded";
}

/** A drawing relationship whose part is missing: ExcelJS fails in its reconcile step. */
const brokenDrawing = (zip: JSZip) =>
  (async () => {
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
    );
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'
    );
  })();

/** Every unprefixed tag of the main SpreadsheetML parts written as <x:tag>. */
const prefixed = (zip: JSZip) =>
  (async () => {
    for (const name of [
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
    ]) {
      const xml = await zip.file(name)!.async("string");
      zip.file(
        name,
        xml
          .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s>/])/g, "<$1x:$2")
          .replace(
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
          )
      );
    }
  })();

describe("salvage", () => {
  test.each([
    ["a drawing ExcelJS cannot resolve", brokenDrawing, /anchors/],
    ["XML with an x: namespace prefix", prefixed, /undefined/],
  ])(
    "%s: ExcelJS alone fails, readWorkbook gives the same grids as the clean file",
    async (_, edit, failure) => {
      const bytes = await edited(edit);
      expect(await exceljsFails(bytes)).toMatch(failure);
      const clean = await readWorkbook(await fixtureBytes("changning-2023"));
      await expect(readWorkbook(bytes)).resolves.toEqual(clean);
    }
  );

  test("appending to such a workbook works on the salvage copy", async () => {
    const bytes = await edited(brokenDrawing);
    const { bytes: out } = await appendSheetsToXlsx(bytes, [
      { name: "报告", columnWidths: [10], rows: [{ cells: [{ value: "x" }] }] },
    ]);
    const grids = await readWorkbook(out);
    expect(grids.map((g) => g.sheet)).toEqual(["基础数据表", "基本情况", "报告"]);
  });

  test("stripRootPrefix only touches the root element's prefix", () => {
    expect(
      stripRootPrefix('<x:worksheet xmlns:x="u"><x:row><mc:Choice/></x:row></x:worksheet>')
    ).toBe('<worksheet xmlns="u"><row><mc:Choice/></row></worksheet>');
    expect(stripRootPrefix("<worksheet><row/></worksheet>")).toBe("<worksheet><row/></worksheet>");
  });
});
