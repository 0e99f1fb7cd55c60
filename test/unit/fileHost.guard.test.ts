/**
 * The file host refuses what is not a usable .xlsx before ExcelJS sees it: one UnusableInputError with a
 * reason and one Chinese + one English sentence, quickly and with bounded memory.
 */
import { createDeflateRaw } from "node:zlib";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UnusableInputError } from "../../src/core/errors";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { readFile } from "../../src/hosts/file/readFile";
import {
  DEFAULT_MAX_CELLS,
  DEFAULT_MAX_ROWS,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  ElementCounter,
  inspectXlsx,
} from "../../src/hosts/file/zipGuard";
import { craftZip, fixtureBytes } from "../helpers/fixtures";

async function refusal(
  data: Uint8Array,
  options: Parameters<typeof readWorkbook>[1] = {}
): Promise<UnusableInputError> {
  try {
    await readWorkbook(data, { fileName: "输入.xlsx", ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(UnusableInputError);
    const e = error as UnusableInputError;
    // One sentence per language, naming the file, no stack-trace material.
    expect(e.zh).toContain("输入.xlsx");
    expect(e.en).toContain("输入.xlsx");
    expect(e.zh).not.toMatch(/\n|Error|at /);
    expect(e.en).not.toMatch(/\n/);
    return e;
  }
  throw new Error("expected a refusal");
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function cfbWith(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB_SIGNATURE, 0);
  if (streamName) {
    // A directory entry name, UTF-16LE, as compound files store them.
    const name = Buffer.from(streamName, "utf16le");
    bytes.set(name, 1024);
  } else {
    bytes.set(Buffer.from("Workbook", "utf16le"), 1024);
  }
  return bytes;
}

const workbookXml = new TextEncoder().encode(
  '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
);

describe("refusing what is not an .xlsx", () => {
  test("an empty file", async () => {
    const e = await refusal(new Uint8Array());
    expect(e.reason).toBe("not-xlsx");
    expect(e.zh).toContain("0 字节");
  });

  test("a CSV renamed .xlsx is named as a text file", async () => {
    const csv = new TextEncoder().encode("项目,上年决算数,本年决算数\n基本支出,2652132,2757600\n");
    const e = await refusal(csv);
    expect(e.reason).toBe("not-xlsx");
    expect(e.zh).toContain("CSV");
    expect(e.en).toContain("CSV");
  });

  test("a PDF, an HTML table and an Excel 2003 XML sheet are each named, with what to do", async () => {
    const enc = new TextEncoder();
    const pdf = await refusal(enc.encode("%PDF-1.4\n1 0 obj<<>>endobj\n"));
    expect(pdf.zh).toContain("PDF");
    expect(pdf.zh).not.toContain("CSV");
    const html = await refusal(
      enc.encode(
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><table><tr><td>项目</td></tr></table>'
      )
    );
    expect(html.zh).toContain("HTML");
    expect(html.en).toContain("save it as .xlsx");
    const xml = await refusal(
      enc.encode(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'
      )
    );
    expect(xml.zh).toContain("2003 XML");
    for (const e of [pdf, html, xml]) expect(e.reason).toBe("not-xlsx");
  });

  test("random binary is not a workbook", async () => {
    const e = await refusal(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9]));
    expect(e.reason).toBe("not-xlsx");
    expect(e.zh).toContain("无法识别");
  });

  test("an old .xls (OLE compound file) is told to save as .xlsx", async () => {
    const e = await refusal(cfbWith());
    expect(e.reason).toBe("not-xlsx");
    expect(e.zh).toContain(".xls");
    expect(e.zh).toContain("另存为");
  });

  test("an encrypted .xlsx (compound file with EncryptionInfo) is named as encrypted", async () => {
    const e = await refusal(cfbWith("EncryptionInfo"));
    expect(e.reason).toBe("encrypted");
    expect(e.zh).toContain("密码");
    expect(e.en).toContain("password");
  });

  test("a zip that is not a workbook (a renamed .docx)", async () => {
    const zip = craftZip([{ name: "word/document.xml", data: workbookXml }]);
    const e = await refusal(zip);
    expect(e.reason).toBe("not-xlsx");
    expect(e.zh).toContain("xl/workbook.xml");
  });

  test("a truncated workbook is corrupt", async () => {
    const bytes = await fixtureBytes("changning-2023");
    for (const cut of [Math.floor(bytes.length / 2), bytes.length - 10, 40]) {
      const e = await refusal(bytes.slice(0, cut));
      expect(e.reason).toBe("corrupt");
      expect(e.zh).toContain("损坏");
    }
  });

  test("a central directory pointing past the end is corrupt", async () => {
    const zip = craftZip([{ name: "xl/workbook.xml", data: workbookXml }]);
    const view = new DataView(zip.buffer);
    view.setUint32(zip.length - 6, zip.length + 1000, true); // EOCD: offset of the central directory
    expect((await refusal(zip)).reason).toBe("corrupt");
  });

  test("garbage where deflated data should be is corrupt", async () => {
    const zip = craftZip([
      {
        name: "xl/workbook.xml",
        compressed: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12, 0x34]),
        declaredSize: 100,
      },
    ]);
    expect((await refusal(zip)).reason).toBe("corrupt");
  });

  test("a well-formed zip whose parts ExcelJS cannot read is corrupt, not a crash", async () => {
    const zip = craftZip([
      { name: "[Content_Types].xml", data: new TextEncoder().encode("<not xml") },
      { name: "xl/workbook.xml", data: new TextEncoder().encode("<<<") },
    ]);
    const e = await refusal(zip);
    expect(e.reason).toBe("corrupt");
    // The zip itself is fine: the message says it is the content that cannot be read.
    expect(e.zh).toContain("工作表内容无法解析");
    expect(e.en).toContain("zip is intact");
  });
});

describe("zip bombs and huge sheets", () => {
  test("a zip declaring gigabytes is refused from its directory alone, in well under a second", async () => {
    const zip = craftZip([
      { name: "xl/workbook.xml", data: workbookXml },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(10), declaredSize: 0xfffffff0 },
    ]);
    const started = Date.now();
    const e = await refusal(zip);
    expect(e.reason).toBe("too-large");
    expect(e.zh).toContain("200 MB");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("a ZIP64 size field declaring 5 GB is read and refused", async () => {
    const zip = craftZip([
      { name: "xl/workbook.xml", data: workbookXml },
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(10), zip64Size: 5 * 1024 ** 3 },
    ]);
    const e = await refusal(zip);
    expect(e.reason).toBe("too-large");
    // The 64-bit size is read exactly (a higher limit admits it; the real content is 10 bytes).
    const summary = await inspectXlsx(zip, { maxUncompressedBytes: 6 * 1024 ** 3 });
    expect(summary.entries[1].uncompressedSize).toBe(5 * 1024 ** 3);
  });

  test("the limit is configurable", async () => {
    const bytes = await fixtureBytes("changning-2023");
    const e = await refusal(bytes, { maxUncompressedBytes: 10_000 });
    expect(e.reason).toBe("too-large");
    // and the default admits the sample
    await expect(readWorkbook(bytes)).resolves.toHaveLength(2);
    expect(DEFAULT_MAX_UNCOMPRESSED_BYTES).toBe(200 * 1024 * 1024);
  });

  test("a header that lies about its size is caught while streaming, without inflating it all", async () => {
    // 64 MB of zeros deflates to ~64 KB; the header claims 1 000 bytes.
    const chunks: Buffer[] = [];
    const deflate = createDeflateRaw();
    deflate.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 64; i++) deflate.write(zeros);
    deflate.end();
    await done;
    const zip = craftZip([
      { name: "xl/workbook.xml", data: workbookXml },
      { name: "xl/worksheets/sheet1.xml", compressed: Buffer.concat(chunks), declaredSize: 1000 },
    ]);
    const heapBefore = process.memoryUsage().heapUsed;
    const e = await refusal(zip);
    expect(e.reason).toBe("too-large");
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(32 * 1024 * 1024);
  });

  /** A zip whose one worksheet repeats `rowXml` `times` times, deflated as a stream (bounded memory). */
  async function bigSheet(rowXml: string, times: number): Promise<{ zip: Uint8Array }> {
    const block = Buffer.from(rowXml.repeat(10_000));
    const chunks: Buffer[] = [];
    const deflate = createDeflateRaw({ level: 1 });
    deflate.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    deflate.write("<worksheet><sheetData>");
    for (let i = 0; i < times / 10_000; i++) deflate.write(block);
    deflate.write("</sheetData></worksheet>");
    deflate.end();
    await done;
    const declared = 22 + (block.length * times) / 10_000 + 24;
    const zip = craftZip([
      { name: "xl/workbook.xml", data: workbookXml },
      {
        name: "xl/worksheets/sheet1.xml",
        compressed: Buffer.concat(chunks),
        declaredSize: declared,
      },
    ]);
    return { zip };
  }

  test("a sheet of 1 000 000 rows × 3 cells is refused by its cell count before ExcelJS loads it", async () => {
    const { zip } = await bigSheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" t="s"><v>0</v></c></row>',
      1_000_000
    );
    const started = Date.now();
    const e = await refusal(zip);
    expect(e.reason).toBe("too-large");
    expect(e.zh).toContain("单元格");
    expect(Date.now() - started).toBeLessThan(10_000);
    // The counts are exact: with high enough limits the same file passes the guard.
    const summary = await inspectXlsx(zip, { maxCells: 5_000_000, maxRows: 2_000_000 });
    expect(summary).toMatchObject({ cells: 3_000_000, rows: 1_000_000, cellsExact: true });
  });

  test("a sheet of 1 000 000 one-cell rows is refused by its row count", async () => {
    const { zip } = await bigSheet(
      '<row r="1" spans="1:1"><c r="A1"><v>1</v></c></row>',
      1_000_000
    );
    const e = await refusal(zip);
    expect(e.reason).toBe("too-large");
    expect(e.zh).toContain("1000000 行");
    expect(DEFAULT_MAX_ROWS).toBeLessThan(1_000_000);
    expect(DEFAULT_MAX_CELLS).toBeGreaterThanOrEqual(600_000); // 100 000 rows × 6 columns pass
  });
});

describe("ElementCounter", () => {
  test("counts <c> and <row> tags, also when split across chunks, and nothing else", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c><cols/><col/></row><rowBreaks/><row>';
    const whole = new ElementCounter();
    whole.push(Buffer.from(xml));
    whole.finish();
    expect([whole.cells, whole.rows]).toEqual([2, 2]);
    for (let size = 1; size <= 7; size++) {
      const counter = new ElementCounter();
      const bytes = Buffer.from(xml);
      for (let at = 0; at < bytes.length; at += size) counter.push(bytes.subarray(at, at + size));
      counter.finish();
      expect([size, counter.cells, counter.rows]).toEqual([size, 2, 2]);
    }
  });
});

describe("readFile (Node)", () => {
  test("no such file → no-file with the path in both languages", async () => {
    await expect(readFile("/nonexistent/dir/没有.xlsx")).rejects.toMatchObject({
      reason: "no-file",
      zh: expect.stringContaining("找不到文件"),
      en: expect.stringContaining("No such file"),
    });
  });

  test("a directory is not a file", async () => {
    await expect(readFile(tmpdir())).rejects.toMatchObject({ reason: "no-file" });
  });

  test("a CSV on disk named .xlsx gets the CSV sentence with its file name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fh-"));
    const path = join(dir, "预算.xlsx");
    writeFileSync(path, "a,b,c\n1,2,3\n");
    await expect(readFile(path)).rejects.toMatchObject({
      reason: "not-xlsx",
      zh: expect.stringContaining("“预算.xlsx”是文本文件"),
    });
  });

  test("a file bigger than the limit is refused before it is read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fh-"));
    const path = join(dir, "大.xlsx");
    writeFileSync(path, Buffer.alloc(2048));
    await expect(readFile(path, { maxUncompressedBytes: 1024 })).rejects.toMatchObject({
      reason: "too-large",
      zh: expect.stringContaining("“大.xlsx”"),
    });
  });

  test("reads the sample from disk", async () => {
    const grids = await readFile(join(__dirname, "../../examples/常宁市总工会-2023.xlsx"));
    expect(grids.map((g) => g.sheet)).toEqual(["基础数据表", "基本情况"]);
  });
});
