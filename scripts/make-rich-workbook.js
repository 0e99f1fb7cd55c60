#!/usr/bin/env node
/**
 * Writes a "rich" budget workbook — one that holds most of the parts a real unit's file can carry — for the
 * test that proves appending sheets keeps every other part of the package byte for byte:
 *
 *   test/fixtures/rich/rich-workbook.xlsx
 *   test/fixtures/rich/rich-workbook.xlsm   (the same, plus xl/vbaProject.bin and the macro-enabled types)
 *
 * ExcelJS writes what it models (cells, styles, number formats, widths, freeze panes, validation,
 * conditional formatting, notes, hidden states, print setup, the image, the table); the zip is then edited
 * with JSZip to add what ExcelJS does not (chart, pivot table + cache, external link, defined names, VBA).
 * Every zip entry gets a fixed date, so the output is byte-for-byte the same on every run.
 * test/fixtures/rich/README.md says what each part is.
 *
 *   node scripts/make-rich-workbook.js
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "test/fixtures/rich");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
/** 2024-01-01 as an Excel serial date (pivot cache refreshedDate). */
const FIXED_SERIAL = 45292;

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
};
const REL = {
  chart: `${NS.r}/chart`,
  pivotTable: `${NS.r}/pivotTable`,
  pivotCacheDefinition: `${NS.r}/pivotCacheDefinition`,
  pivotCacheRecords: `${NS.r}/pivotCacheRecords`,
  externalLink: `${NS.r}/externalLink`,
  externalLinkPath: `${NS.r}/externalLinkPath`,
  vbaProject: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
};
const CT = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCacheDefinition:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotCacheRecords:
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  vbaProject: "application/vnd.ms-office.vbaProject",
};

// ---------------------------------------------------------------------------------------------------
// The data

const MONEY_FORMAT = "#,##0.00_ ;[Red]-#,##0.00 ";
const BUDGET_SHEET = "基础数据表";

/**
 * The 基础数据表, in 元. `leaf` rows carry figures [2022年决算数, 2023年预算数, 2023年决算数]; parents carry
 * `sum` (rows of their children); their formulas and cached values are computed below, in integer 分.
 * `level` is Excel's cell indent. Row numbers are the sheet's (the table starts on row 4).
 */
const BUDGET_ROWS = [
  { row: 4, label: "一、一般公共预算支出", level: 0, sum: [5, 20] },
  { row: 5, label: "（一）基本支出", level: 1, sum: [6, 12] },
  { row: 6, label: "1.人员经费", level: 2, sum: [7, 11] },
  { row: 7, label: "工资福利支出", code: "301", level: 3, sum: [8, 9, 10] },
  { row: 8, label: "基本工资", code: "30101", level: 4, leaf: [612000, 630000, 628400] },
  { row: 9, label: "津贴补贴", code: "30102", level: 4, leaf: [486500, 500000, 497260] },
  {
    row: 10,
    label: "机关事业单位基本养老保险缴费",
    code: "30108",
    level: 4,
    leaf: [148200, 152000, 151836],
  },
  { row: 11, label: "对个人和家庭的补助", code: "303", level: 3, leaf: [24000, 25000, 23600] },
  { row: 12, label: "2.公用经费", level: 2, sum: [13] },
  { row: 13, label: "商品和服务支出", code: "302", level: 3, sum: [14, 15, 16, 17, 18, 19] },
  { row: 14, label: "办公费", code: "30201", level: 4, leaf: [38600, 40000, 36950.5] },
  {
    row: 15,
    label: "差旅费",
    code: "30211",
    level: 4,
    leaf: [21300, 22000, 24180],
    reason: "承接上级专项检查，外出核查次数增加",
  },
  {
    row: 16,
    label: "会议费",
    code: "30215",
    level: 4,
    leaf: [6200, 8000, 5400],
    reason: "精简会议，部分会议改为视频会议",
  },
  { row: 17, label: "培训费", code: "30216", level: 4, leaf: [12800, 15000, 13725] },
  {
    row: 18,
    label: "公务接待费",
    code: "30217",
    level: 4,
    leaf: [4860, 6000, 4120],
    reason: "严格执行接待标准，接待批次减少",
  },
  { row: 19, label: "公务用车运行维护费", code: "30231", level: 4, leaf: [18000, 18000, 17350] },
  { row: 20, label: "（二）项目支出", level: 1, sum: [21, 22] },
  { row: 21, label: "信息化建设项目", level: 2, leaf: [180000, 200000, 196500] },
  {
    row: 22,
    label: "业务培训项目",
    level: 2,
    leaf: [60000, 50000, 48000],
    reason: "部分培训改为线上开展，场地费用减少",
  },
  { row: 23, label: "二、政府性基金预算支出", level: 0, leaf: [0, 0, 0] },
  { row: 24, label: "三、国有资本经营预算支出", level: 0, leaf: [0, 0, 0] },
  {
    row: 25,
    label: "四、“三公”经费",
    level: 0,
    sum: [26, 27, 28],
    reason: "公务接待费减少",
  },
  { row: 26, label: "因公出国（境）费", level: 1, leaf: [0, 0, 0] },
  { row: 27, label: "公务用车购置及运行维护费", level: 1, leaf: [18000, 18000, 17350] },
  {
    row: 28,
    label: "公务接待费",
    level: 1,
    leaf: [4860, 6000, 4120],
    reason: "严格执行接待标准，接待批次减少",
  },
];
const HEADCOUNT_ROWS = [
  { row: 29, label: "五、人员情况（人）", level: 0 },
  { row: 30, label: "编制数", level: 1, counts: [12, null, 12] },
  { row: 31, label: "年末实有人数", level: 1, counts: [11, null, 11] },
];
const LAST_TABLE_ROW = 31;
const NOTE_ROW = 32;
/** The chart plots 2023年预算数 and 2023年决算数 of the 302 lines (rows 14–19). */
const CHART_ROWS = [14, 19];

/** Source of the pivot table and of the table (ListObject): one line per payment. */
const DETAIL_HEADER = ["科室", "经济分类", "支出类型", "金额"];
const DETAIL_ROWS = [
  ["办公室", "办公费", "基本支出", 36950.5],
  ["办公室", "公务接待费", "基本支出", 4120],
  ["财务科", "差旅费", "基本支出", 24180],
  ["财务科", "培训费", "基本支出", 13725],
  ["业务科", "会议费", "基本支出", 5400],
  ["业务科", "信息化建设项目", "项目支出", 196500],
  ["业务科", "业务培训项目", "项目支出", 48000],
  ["办公室", "公务用车运行维护费", "基本支出", 17350],
];
const DETAIL_SHEET = "支出明细";
const DETAIL_REF = `A1:D${DETAIL_ROWS.length + 1}`;

const EXTERNAL_BOOK = "其他单位.xlsx";
const EXTERNAL_VALUE = 12345.67;

/** Sheets in workbook order (ExcelJS numbers them sheet1.xml … in this order). */
const SHEETS = {
  budget: { name: BUDGET_SHEET, file: "sheet1.xml" },
  chart: { name: "图表", file: "sheet2.xml" },
  detail: { name: DETAIL_SHEET, file: "sheet3.xml" },
  pivot: { name: "透视表", file: "sheet4.xml" },
  external: { name: "外部引用", file: "sheet5.xml" },
  lists: { name: "参数", file: "sheet6.xml" },
  internal: { name: "内部校验", file: "sheet7.xml" },
};

const toFen = (yuan) => Math.round(yuan * 100);

/** Computes every parent's figures from its children in integer 分 (so the sheet adds up exactly). */
function budgetFigures() {
  const byRow = new Map(BUDGET_ROWS.map((line) => [line.row, line]));
  const memo = new Map();
  const figures = (row) => {
    if (memo.has(row)) return memo.get(row);
    const line = byRow.get(row);
    const fen = line.leaf
      ? line.leaf.map(toFen)
      : line.sum
          .map(figures)
          .reduce((acc, child) => acc.map((value, i) => value + child[i]), [0, 0, 0]);
    memo.set(row, fen);
    return fen;
  };
  for (const line of BUDGET_ROWS) figures(line.row);
  return memo;
}

/** The pivot table's figures: 金额 summed by 科室, in first-appearance order. */
function pivotSums() {
  const sums = new Map();
  for (const [dept, , , amount] of DETAIL_ROWS) {
    sums.set(dept, (sums.get(dept) ?? 0) + toFen(amount));
  }
  return sums;
}

// ---------------------------------------------------------------------------------------------------
// A small PNG (the unit's "emblem"), written by hand: stored (uncompressed) deflate blocks, so the bytes
// depend on no zlib build.

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes) {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function zlibStored(raw) {
  const parts = [Buffer.from([0x78, 0x01])];
  for (let offset = 0; offset < raw.length || offset === 0; offset += 65535) {
    const block = raw.subarray(offset, Math.min(offset + 65535, raw.length));
    const last = offset + 65535 >= raw.length ? 1 : 0;
    const header = Buffer.alloc(5);
    header[0] = last;
    header.writeUInt16LE(block.length, 1);
    header.writeUInt16LE(~block.length & 0xffff, 3);
    parts.push(header, block);
  }
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler32(raw));
  parts.push(checksum);
  return Buffer.concat(parts);
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 160×80 RGB: a framed badge with three bars (a budget-chart icon) in red, gold and blue. */
function makeEmblemPng() {
  const width = 160;
  const height = 80;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const bars = [
    { x0: 30, x1: 60, top: 40, color: [192, 0, 0] },
    { x0: 70, x1: 100, top: 22, color: [230, 170, 20] },
    { x0: 110, x1: 140, top: 30, color: [31, 78, 121] },
  ];
  for (let y = 0; y < height; y++) {
    const rowStart = y * (width * 3 + 1);
    raw[rowStart] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      let color = [255, 250, 240];
      if (x < 4 || x >= width - 4 || y < 4 || y >= height - 4) color = [192, 0, 0];
      else if (y === 66 && x >= 20 && x < 150) color = [60, 60, 60];
      else {
        for (const bar of bars) {
          if (x >= bar.x0 && x < bar.x1 && y >= bar.top && y < 66) color = bar.color;
        }
      }
      raw.set(color, rowStart + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zlibStored(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// The VBA project (xl/vbaProject.bin of the .xlsm).
//
// A real VBA project: an OLE compound file with PROJECT, PROJECTwm, VBA/dir, VBA/_VBA_PROJECT and the
// module streams VBA/Module1, VBA/ThisWorkbook, VBA/Sheet1 (MS-OVBA compressed source; no p-code cache,
// which Excel rebuilds from source). It was written by LibreOffice 7.4's own VBA exporter
// (oox/source/ole/vbaexport.cxx) from a Basic library in VBA-compatibility mode; README.md beside the
// fixtures gives the exact procedure and the module source (Module1.CheckTotals). It is embedded as it came
// out, because the exporter puts a fresh random project GUID into every file it writes.

const VBA_PROJECT_BASE64 =
  "0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAAOwADAP7/CQAGAAAAAAAAAAAAAAABAAAACAAAAAAAAAAAEAAAAgAAAAEAAAD+////AAAAAAAAAAD////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////9//////////7///8EAAAABQAAAAYAAAAHAAAA/v///wkAAAAKAAAA/v///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////1IAbwBvAHQAIABFAG4AdAByAHkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAUA////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v///wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP///////////////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP7///8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v///wAAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAAP7///8JAAAA/v///wsAAAAMAAAADQAAAA4AAAAPAAAAEAAAABEAAAASAAAA/v////7///8VAAAAFgAAABcAAAAYAAAAGQAAABoAAAD+////HAAAAB0AAAD+////HwAAACAAAAD+//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////9JRD0iezQ4NDk1MkZBLUMwOUEtNDM2RS04QTIzLTFFMzYzNzIwQzY4RH0iDQpNb2R1bGU9TW9kdWxlMQ0KRG9jdW1lbnQ9VGhpc1dvcmtib29rLyZIMDAwMDAwMDANCkRvY3VtZW50PVNoZWV0MS8mSDAwMDAwMDAwDQpOYW1lPSJWQkFQcm9qZWN0Ig0KSGVscENvbnRleHRJRD0iMCINClZlcnNpb25Db21wYXRpYmxlMzI9IjM5MzIyMjAwMCINCkNNRz0iQUFBODZBRDYyQ0RBMkNEQTJDREEyQ0RBIg0KRFBCPSI1MjUwOTJBRTUxQUY1MUFGNTEiDQpHQz0iNzg3QUI4M0JCOTNCQjlDNCINCg0KW0hvc3QgRXh0ZW5kZXIgSW5mb10NCiZIMDAwMDAwMDE9ezM4MzJENjQwLUNGOTAtMTFDRi04RTQzLTAwQTBDOTExMDA1QX07VkJFOyZIMDAwMDAwMDANCg0KW1dvcmtzcGFjZV0NCk1vZHVsZTE9MjUsIDI1LCAxNDM5LCA2MzksIA0KVGhpc1dvcmtib29rPTAsIDAsIDAsIDAsIEMNClNoZWV0MT0wLCAwLCAwLCAwLCBDDQoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE1vZHVsZTEATQBvAGQAdQBsAGUAMQAAAFRoaXNXb3JrYm9vawBUAGgAaQBzAFcAbwByAGsAYgBvAG8AawAAAFNoZWV0MQBTAGgAZQBlAHQAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQWygAEABAAAAAEAMKoCApAJACAUBkgDAKgRAQAEAAoAFFZCQQBQcm9qZWN0BVUCVEACFAYCCj0CCgcrAnIBAAgGEgkCEriVoHJXBQAMAiI8AgoCFgJyc3Rkb2xlAj4CGXMAdABkAABvAGwAZQANAApoABFeAAMqXEd7ADAwMDIwNDMwNi0ACAQEQwUJAwA0NgB9IzIuMCMwIwBDOlxXaW5kbwB3c1xTeXNXTxBXNjRcA2UyLnQAbGIjT0xFIEEAdXRvbWF0aW8GbgOjg0VPZmZpYxGERU8AZoAAaQBjFYJFpIAImoRFMkRGADhEMDRDLTVCAEZBLTEwMUItkEJERTWARUFBgEMaNIAFMohFgJhncmEAbSBGaWxlcyAAKHg4NilcQ28QbW1vbgMJXE1pAGNyb3NvZnQgAFNoYXJlZFxPAEZGSUNFMTRcAE1TTy5ETEwjA4cQg1AgMTQuMCAET2KBxCBMaWJyKGFyeYNjD4LXAwAiE4ID//8ZgMgAAABNb2R1bGUxR4wADgEGALBkAHUCsqgxABoJEDIQCBzCFapIQgExxnQeRgIsRBoqIUIDK0IBGUJQVGgAaXNXb3JrYm9gb2tHABhBBMB0aQVAeVdAGHIAawBi1cABb8ABGs4LMtoL5SQGIsokQXhTaGVldKsAQsEbU0AXZUAAdIJBLUcHMk4H8RsQQgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzGH//wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGPsQBBdHRyaWJ1dABlIFZCX05hbQBlID0gIk1vZAB1bGUxIg0KTwBwdGlvbiBFeABwbGljaXQNCgANCicgUmVjYQBsY3VsYXRlcwAgdGhlIHdvcgBrYm9vayBhbgBkIHNheXMgdxRoZQAwcgI6YmFzAGljLWRhdGEgAHNoZWV0IGFkQGRzIHVwOgGWRQA0ICh0b3RhbEIpAHhFNSAoAi0gAGV4cGVuZGl0AHVyZSkgKyBFADIwIChwcm9qCGVjdAobLg0KUAR1YgCbIFN1YiBAQ2hlY2tUAU1zICgpDQogAABEaQBtIHdzIEFzIG5XAKQCfwMYUwCIABg9YCBUaGlzgQ0BYC6RBhJzKDGEIEFwgX0SYYGDLkOFe0Z1bAJsAw9JZiBBYnMAKHdzLlJhbmcAZSgiRTQiKS6AVmFsdWUgLYAwJQYLNRMLMjCFCykggDwgMC4wMDUASQxlboMuAQBNc2dCEG94ICIDbCBhZxhyZWUAzQENRWxzAmUWFGRpZmZlcsOFFIDMSWYNCoEDAJUADQoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABpLAAQXR0cmlidXQAZSBWQl9OYW0AZSA9ICJTaGVAZXQxIg0KCuhCBGFzAnQwezAwMMAyMDgyMC0AIAQIRkMFEgMANDZ9DXxHIGxvYmFsAcRTcARhYwGSRmFsc2UBDCVDcmVhdGFiAmwVH1ByZWRlYyRsYQAGSWQAI1RyAnUNIkV4cG9zZQEUHFRlbXBsYXTAZURlcml2AiSSQoB1c3RvbWl6BEQBgyMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABqrAAQXR0cmlidXQAZSBWQl9OYW0AZSA9ICJUaGkAc1dvcmtib28QayINCgqMQmFzAQKMMHswMDAyMLA4MjAtABAECEMFEhEDADQ2fQ18R2xvCGJhbAHQU3BhY0EBkkZhbHNlDCVDgHJlYXRhYmwVHwBQcmVkZWNsYYkABklkACNUcnUNIkBFeHBvc2UUHFQAZW1wbGF0ZUQwZXJpdgISkkJ1c2B0b21pegREgyMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUgBvAG8AdAAgAEUAbgB0AHIAeQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYABQD//////////wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAQAgAAAAAAABWAEIAQQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAABAP////8CAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP7///8AAAAAAAAAAFAAUgBPAEoARQBDAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAIA/////wMAAAD/////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMsBAAAAAAAAUABSAE8ASgBFAEMAVAB3AG0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAgD///////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAVgAAAAAAAABkAGkAcgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAACAP////8FAAAA/////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAJAgAAAAAAAF8AVgBCAEEAXwBQAFIATwBKAEUAQwBUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAIABgAAAP//////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAcAAAAAAAAATQBvAGQAdQBsAGUAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAgAHAAAACAAAAP////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAkwEAAAAAAABTAGgAZQBlAHQAMQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgACAP///////////////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAACoAAAAAAAAAFQAaABpAHMAVwBvAHIAawBiAG8AbwBrAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAIA////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgAAAK4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD+////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP///////////////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP7///8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v///wAAAAAAAAAA";

// ---------------------------------------------------------------------------------------------------
// Step 1: what ExcelJS models

const thin = { style: "thin", color: { argb: "FF808080" } };
const box = { top: thin, left: thin, bottom: thin, right: thin };

function addBudgetSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.budget.name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 3, topLeftCell: "A4", activeCell: "A4" }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.9, bottom: 0.8, header: 0.4, footer: 0.4 },
    },
    headerFooter: {
      oddHeader: '&L示例单位（虚构）&C&"宋体,加粗"&12部门整体支出绩效评价基础数据表&R2023年度',
      oddFooter: "&L&A&C第 &P 页，共 &N 页",
    },
  });
  [36, 12, 17, 17, 17, 36].forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  sheet.mergeCells("A1:F1");
  const title = sheet.getCell("A1");
  title.value = "2023年度部门整体支出绩效评价基础数据表";
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 30;
  sheet.getCell("A2").value = "单位名称：示例单位（虚构）";
  sheet.getCell("F2").value = "单位：元";
  sheet.getCell("F2").alignment = { horizontal: "right" };

  const header = ["项目", "科目编码", "2022年决算数", "2023年预算数", "2023年决算数", "变动原因"];
  header.forEach((text, i) => {
    const cell = sheet.getRow(3).getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  sheet.getCell("D3").note = {
    texts: [{ text: "2023年预算数为年初预算数（示例）。" }],
  };
  sheet.getCell("F15").note = {
    texts: [{ text: "差旅费超预算，原因见本列。" }],
  };

  const fen = budgetFigures();
  const columns = ["C", "D", "E"];
  for (const line of BUDGET_ROWS) {
    const row = sheet.getRow(line.row);
    row.getCell(1).value = line.label;
    row.getCell(1).alignment = { indent: line.level };
    if (line.level === 0) row.getCell(1).font = { bold: true };
    if (line.code) row.getCell(2).value = line.code;
    columns.forEach((letter, i) => {
      const cell = row.getCell(3 + i);
      const value = fen.get(line.row)[i] / 100;
      if (line.leaf) cell.value = value;
      else {
        const children = line.sum;
        const contiguous = children.every((r, k) => k === 0 || r === children[k - 1] + 1);
        const formula =
          contiguous && children.length > 2
            ? `SUM(${letter}${children[0]}:${letter}${children[children.length - 1]})`
            : children.map((r) => `${letter}${r}`).join("+");
        cell.value = { formula, result: value };
      }
      cell.numFmt = MONEY_FORMAT;
    });
    if (line.reason) row.getCell(6).value = line.reason;
  }
  for (const line of HEADCOUNT_ROWS) {
    const row = sheet.getRow(line.row);
    row.getCell(1).value = line.label;
    row.getCell(1).alignment = { indent: line.level };
    if (line.level === 0) row.getCell(1).font = { bold: true };
    (line.counts ?? []).forEach((count, i) => {
      if (count === null) return;
      row.getCell(3 + i).value = count;
      row.getCell(3 + i).numFmt = "0";
    });
  }
  for (let r = 3; r <= LAST_TABLE_ROW; r++) {
    for (let c = 1; c <= 6; c++) sheet.getRow(r).getCell(c).border = box;
  }
  sheet.getCell(`A${NOTE_ROW}`).value = "注：本表数字为测试用虚构数据，各级合计与明细一致。";

  // 决算 over 预算: red fill; any negative figure: red text.
  sheet.addConditionalFormatting({
    ref: `E4:E${LAST_TABLE_ROW}`,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["AND(ISNUMBER($D4),$D4>0,$E4>$D4)"],
        style: {
          font: { color: { argb: "FF9C0006" } },
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
        },
      },
    ],
  });
  sheet.addConditionalFormatting({
    ref: `C4:E${LAST_TABLE_ROW}`,
    rules: [
      {
        type: "cellIs",
        priority: 2,
        operator: "lessThan",
        formulae: ["0"],
        style: { font: { color: { argb: "FFFF0000" }, bold: true } },
      },
    ],
  });
}

function addChartSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.chart.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    },
  });
  sheet.getCell("A1").value = "公用经费（商品和服务支出）2023年预算与决算对比";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "左上为单位标识（图片），下方为柱形图，数据取自基础数据表。";
  const imageId = workbook.addImage({ buffer: makeEmblemPng(), extension: "png" });
  sheet.addImage(imageId, {
    tl: { col: 0, row: 2 },
    ext: { width: 160, height: 80 },
    editAs: "oneCell",
  });
}

function addDetailSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.detail.name);
  [12, 22, 12, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.addTable({
    name: "支出明细表",
    displayName: "支出明细表",
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: DETAIL_HEADER.map((name) => ({ name, filterButton: true })),
    rows: DETAIL_ROWS,
  });
  for (let r = 2; r <= DETAIL_ROWS.length + 1; r++) {
    sheet.getCell(`D${r}`).numFmt = "#,##0.00";
  }
  sheet.dataValidations.add(`C2:C${DETAIL_ROWS.length + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: ["支出类型列表"],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "支出类型",
    error: "请从列表中选择：基本支出或项目支出。",
    showInputMessage: true,
    promptTitle: "支出类型",
    prompt: "基本支出 / 项目支出",
  });
}

function addPivotSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.pivot.name);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 16;
  sheet.getCell("A1").value = "按科室汇总（数据透视表，数据源：支出明细!A1:D9）";
  // The pivot table's rendered cells, as Excel stores them (A3:B7).
  sheet.getCell("A3").value = "科室";
  sheet.getCell("B3").value = "求和项:金额";
  let row = 4;
  let total = 0;
  for (const [dept, fen] of pivotSums()) {
    sheet.getCell(`A${row}`).value = dept;
    sheet.getCell(`B${row}`).value = fen / 100;
    sheet.getCell(`B${row}`).numFmt = "#,##0.00";
    total += fen;
    row++;
  }
  sheet.getCell(`A${row}`).value = "总计";
  sheet.getCell(`B${row}`).value = total / 100;
  sheet.getCell(`B${row}`).numFmt = "#,##0.00";
}

function addExternalSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.external.name);
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 16;
  sheet.getCell("A1").value = "引用其他单位工作簿（外部链接）";
  sheet.getCell("A2").value = "其他单位 2023年决算数";
  // Shown by Excel as ='[其他单位.xlsx]Sheet1'!A1; stored with the index of the external reference.
  sheet.getCell("B2").value = { formula: "[1]Sheet1!A1", result: EXTERNAL_VALUE };
  sheet.getCell("B2").numFmt = MONEY_FORMAT;
}

function addListsSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.lists.name, { state: "hidden" });
  sheet.getCell("A1").value = "支出类型";
  sheet.getCell("A2").value = "基本支出";
  sheet.getCell("A3").value = "项目支出";
}

function addInternalSheet(workbook) {
  const sheet = workbook.addWorksheet(SHEETS.internal.name, { state: "veryHidden" });
  sheet.getCell("A1").value = "合计校验（决算数：一般公共预算支出 − 基本支出 − 项目支出）";
  sheet.getCell("B1").value = {
    formula: `${BUDGET_SHEET}!E4-${BUDGET_SHEET}!E5-${BUDGET_SHEET}!E20`,
    result: 0,
  };
}

async function excelJsWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget-report fixtures";
  workbook.lastModifiedBy = "budget-report fixtures";
  workbook.company = "示例单位（虚构）";
  workbook.title = "2023年度部门整体支出绩效评价基础数据表";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.lastPrinted = FIXED_DATE;
  workbook.calcProperties.fullCalcOnLoad = false;
  addBudgetSheet(workbook);
  addChartSheet(workbook);
  addDetailSheet(workbook);
  addPivotSheet(workbook);
  addExternalSheet(workbook);
  addListsSheet(workbook);
  addInternalSheet(workbook);
  return workbook.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true });
}

// ---------------------------------------------------------------------------------------------------
// Step 2: the parts ExcelJS does not model

const escapeXml = (text) =>
  String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function emptyRels() {
  return `${XML_DECL}<Relationships xmlns="${NS.pkgRels}"></Relationships>`;
}

/** Adds a relationship with the next free rIdN; returns [xml, id]. */
function addRelationship(relsXml, type, target, external = false) {
  const used = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${used.length ? Math.max(...used) + 1 : 1}`;
  const mode = external ? ' TargetMode="External"' : "";
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"${mode}/>`;
  const xml = relsXml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`);
  return [xml, id];
}

function addOverride(typesXml, partName, contentType) {
  if (typesXml.includes(`PartName="${partName}"`)) return typesXml;
  const override = `<Override PartName="${partName}" ContentType="${contentType}"/>`;
  return typesXml.replace("</Types>", `${override}</Types>`);
}

function addDefault(typesXml, extension, contentType) {
  if (typesXml.includes(`Extension="${extension}"`)) return typesXml;
  const entry = `<Default Extension="${extension}" ContentType="${contentType}"/>`;
  return typesXml.replace(/(<Types[^>]*>)/, `$1${entry}`);
}

/** Inserts `fragment` before the first of `tags` found in `xml` (or before `fallback`). */
function insertBefore(xml, tags, fragment, fallback) {
  for (const tag of tags) {
    const at = xml.indexOf(`<${tag}`);
    if (at >= 0) return xml.slice(0, at) + fragment + xml.slice(at);
  }
  const at = xml.lastIndexOf(fallback);
  if (at < 0) throw new Error(`cannot place fragment: no ${fallback}`);
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** CT_Worksheet order: everything that must come after <legacyDrawing>. */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** ExcelJS writes <legacyDrawing> last, after <tableParts>/<extLst>; the schema wants it earlier. */
function fixLegacyDrawingOrder(sheetXml) {
  const match = /<legacyDrawing [^>]*\/>/.exec(sheetXml);
  if (!match) return sheetXml;
  const without = sheetXml.slice(0, match.index) + sheetXml.slice(match.index + match[0].length);
  return insertBefore(without, AFTER_LEGACY_DRAWING, match[0], "</worksheet>");
}

function chartXml() {
  const [first, last] = CHART_ROWS;
  const fen = budgetFigures();
  const labels = BUDGET_ROWS.filter((l) => l.row >= first && l.row <= last).map((l) => l.label);
  const ref = (col) => `${BUDGET_SHEET}!$${col}$${first}:$${col}$${last}`;
  const strCache = (values) =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values
      .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
      .join("")}</c:strCache>`;
  const numCache = (values) =>
    `<c:numCache><c:formatCode>#,##0.00</c:formatCode><c:ptCount val="${values.length}"/>${values
      .map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)
      .join("")}</c:numCache>`;
  const series = [
    { idx: 0, col: "D", name: "2023年预算数", color: "5B9BD5", figure: 1 },
    { idx: 1, col: "E", name: "2023年决算数", color: "ED7D31", figure: 2 },
  ]
    .map((s) => {
      const values = [];
      for (let r = first; r <= last; r++) values.push(fen.get(r)[s.figure] / 100);
      return (
        `<c:ser><c:idx val="${s.idx}"/><c:order val="${s.idx}"/>` +
        `<c:tx><c:strRef><c:f>${BUDGET_SHEET}!$${s.col}$3</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref("A")}</c:f>${strCache(labels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.col)}</c:f>${numCache(values)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const text = (size, bold, value) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold}"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="${size}" b="${bold}"/><a:t>${escapeXml(value)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx>`;
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title>${text(1400, 1, "公用经费2023年预算与决算（元）")}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:title>${text(1000, 0, "金额（元）")}<c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:printSettings><c:headerFooter/>` +
    `<c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

/** The chart's anchor in the drawing: columns A–H, rows 9–28 of the 图表 sheet. */
function chartAnchor(relId, shapeId) {
  const marker = (col, row) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${marker(0, 8)}</xdr:from><xdr:to>${marker(8, 28)}</xdr:to>` +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function pivotCacheDefinitionXml() {
  const columns = DETAIL_HEADER.map((name, i) => DETAIL_ROWS.map((row) => row[i]));
  const fields = columns
    .map((values, i) => {
      const name = escapeXml(DETAIL_HEADER[i]);
      if (typeof values[0] === "number") {
        const integer = values.every(Number.isInteger) ? ' containsInteger="1"' : "";
        return (
          `<cacheField name="${name}" numFmtId="4"><sharedItems containsSemiMixedTypes="0" ` +
          `containsString="0" containsNumber="1"${integer} minValue="${Math.min(...values)}" ` +
          `maxValue="${Math.max(...values)}"/></cacheField>`
        );
      }
      const unique = [...new Set(values)];
      return (
        `<cacheField name="${name}" numFmtId="0"><sharedItems count="${unique.length}">` +
        unique.map((v) => `<s v="${escapeXml(v)}"/>`).join("") +
        `</sharedItems></cacheField>`
      );
    })
    .join("");
  return (
    XML_DECL +
    `<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" ` +
    `refreshedBy="budget-report fixtures" refreshedDate="${FIXED_SERIAL}" createdVersion="6" ` +
    `refreshedVersion="6" minRefreshableVersion="3" recordCount="${DETAIL_ROWS.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="${DETAIL_REF}" sheet="${escapeXml(DETAIL_SHEET)}"/></cacheSource>` +
    `<cacheFields count="${DETAIL_HEADER.length}">${fields}</cacheFields>` +
    `</pivotCacheDefinition>`
  );
}

function pivotCacheRecordsXml() {
  const uniques = DETAIL_HEADER.map((_, i) => [...new Set(DETAIL_ROWS.map((row) => row[i]))]);
  const records = DETAIL_ROWS.map(
    (row) =>
      "<r>" +
      row
        .map((value, i) =>
          typeof value === "number" ? `<n v="${value}"/>` : `<x v="${uniques[i].indexOf(value)}"/>`
        )
        .join("") +
      "</r>"
  ).join("");
  return (
    XML_DECL +
    `<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="${DETAIL_ROWS.length}">` +
    `${records}</pivotCacheRecords>`
  );
}

function pivotTableXml(cacheId) {
  const depts = [...pivotSums().keys()];
  const items = depts.map((_, i) => `<item x="${i}"/>`).join("") + '<item t="default"/>';
  const rowItems =
    depts.map((_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`)).join("") +
    '<i t="grand"><x/></i>';
  const lastRow = 3 + depts.length + 1;
  return (
    XML_DECL +
    `<pivotTableDefinition xmlns="${NS.main}" name="数据透视表1" cacheId="${cacheId}" ` +
    `applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" ` +
    `applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" ` +
    `minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" ` +
    `outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="科室" grandTotalCaption="总计">` +
    `<location ref="A3:B${lastRow}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="${DETAIL_HEADER.length}">` +
    `<pivotField axis="axisRow" showAll="0"><items count="${depts.length + 1}">${items}</items></pivotField>` +
    `<pivotField showAll="0"/><pivotField showAll="0"/>` +
    `<pivotField dataField="1" numFmtId="4" showAll="0"/>` +
    `</pivotFields>` +
    `<rowFields count="1"><field x="0"/></rowFields>` +
    `<rowItems count="${depts.length + 1}">${rowItems}</rowItems>` +
    `<colItems count="1"><i/></colItems>` +
    `<dataFields count="1"><dataField name="求和项:金额" fld="3" baseField="0" baseItem="0" numFmtId="4"/></dataFields>` +
    `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" ` +
    `showRowStripes="0" showColStripes="0" showLastColumn="1"/>` +
    `</pivotTableDefinition>`
  );
}

function externalLinkXml() {
  return (
    XML_DECL +
    `<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1">` +
    `<sheetNames><sheetName val="Sheet1"/></sheetNames>` +
    `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>${EXTERNAL_VALUE}</v></cell></row>` +
    `</sheetData></sheetDataSet></externalBook></externalLink>`
  );
}

function definedNamesXml() {
  const names = [
    // workbook-level
    ["本年支出合计", null, `${BUDGET_SHEET}!$E$4`],
    ["支出类型列表", null, `${SHEETS.lists.name}!$A$2:$A$3`],
    // local to 基础数据表 (sheet index 0)
    ["_xlnm.Print_Area", 0, `${BUDGET_SHEET}!$A$1:$F$${NOTE_ROW}`],
    ["_xlnm.Print_Titles", 0, `${BUDGET_SHEET}!$3:$3`],
    ["本表合计", 0, `${BUDGET_SHEET}!$C$4:$E$4`],
  ];
  return (
    "<definedNames>" +
    names
      .map(([name, local, ref]) => {
        const scope = local === null ? "" : ` localSheetId="${local}"`;
        return `<definedName name="${escapeXml(name)}"${scope}>${escapeXml(ref)}</definedName>`;
      })
      .join("") +
    "</definedNames>"
  );
}

async function readText(zip, name) {
  const file = zip.file(name);
  if (!file) throw new Error(`ExcelJS output lacks ${name}`);
  return file.async("string");
}

/** Adds the hand-written parts to the ExcelJS package; returns a map of part name → content. */
async function enrich(excelJsBytes) {
  const zip = await JSZip.loadAsync(excelJsBytes);
  const parts = new Map();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    parts.set(name, await zip.file(name).async("nodebuffer"));
  }
  const text = (name) => parts.get(name).toString("utf8");
  const put = (name, content) => parts.set(name, Buffer.from(content, "utf8"));
  const sheetPath = (key) => `xl/worksheets/${SHEETS[key].file}`;
  const sheetRelsPath = (key) => `xl/worksheets/_rels/${SHEETS[key].file}.rels`;

  // Sanity: ExcelJS put each sheet in the part SHEETS names.
  const workbookXml0 = await readText(zip, "xl/workbook.xml");
  const workbookRels0 = await readText(zip, "xl/_rels/workbook.xml.rels");
  for (const sheet of Object.values(SHEETS)) {
    const entry = new RegExp(`<sheet [^>]*name="${sheet.name}"[^>]*r:id="(rId\\d+)"`).exec(
      workbookXml0
    );
    const target = entry && new RegExp(`Id="${entry[1]}"[^>]*Target="([^"]+)"`).exec(workbookRels0);
    if (!target || target[1] !== `worksheets/${sheet.file}`) {
      throw new Error(`sheet ${sheet.name} is not in xl/worksheets/${sheet.file}`);
    }
  }

  let types = text("[Content_Types].xml");
  let workbookRels = text("xl/_rels/workbook.xml.rels");
  let workbookXml = text("xl/workbook.xml");

  // ExcelJS quirks: <xdr:oneCellAnchor> has no editAs attribute (only twoCellAnchor does); a table
  // without a totals row should say totalsRowShown="0" and carry no totals-row column attributes.
  for (const name of [...parts.keys()].filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) {
    put(name, text(name).replace(/<xdr:oneCellAnchor editAs="[^"]*">/g, "<xdr:oneCellAnchor>"));
  }
  for (const name of [...parts.keys()].filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    put(
      name,
      text(name)
        .replace(' totalsRowShown="1"', ' totalsRowShown="0"')
        .replace(/ totalsRowLabel="[^"]*"| totalsRowFunction="none"/g, "")
        .replace(
          /<autoFilter ref="([^"]+)">(?:<filterColumn colId="\d+" hiddenButton="0"\/>)*<\/autoFilter>/,
          '<autoFilter ref="$1"/>'
        )
    );
  }

  // Every sheet: <legacyDrawing> into its schema position.
  for (const key of Object.keys(SHEETS))
    put(sheetPath(key), fixLegacyDrawingOrder(text(sheetPath(key))));

  // The 基础数据表 and the workbook get VBA code names (matching the .xlsm's document modules).
  let budgetXml = text(sheetPath("budget"));
  budgetXml = budgetXml.includes("<sheetPr")
    ? budgetXml.replace("<sheetPr", '<sheetPr codeName="Sheet1"')
    : budgetXml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr codeName="Sheet1"/>');
  put(sheetPath("budget"), budgetXml);
  if (!/<workbookPr[ />]/.test(workbookXml)) throw new Error("no workbookPr");
  workbookXml = workbookXml.replace("<workbookPr", '<workbookPr codeName="ThisWorkbook"');

  // Chart: into the drawing ExcelJS made for the image on the 图表 sheet.
  const chartRels = text(sheetRelsPath("chart"));
  const drawingTarget = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(chartRels);
  if (!drawingTarget) throw new Error("图表 sheet has no drawing");
  const drawingPath = `xl/drawings/${drawingTarget[1]}`;
  const drawingRelsPath = `xl/drawings/_rels/${drawingTarget[1]}.rels`;
  let drawingXml = text(drawingPath);
  const [drawingRels, chartRelId] = addRelationship(
    text(drawingRelsPath),
    REL.chart,
    "../charts/chart1.xml"
  );
  const shapeIds = [...drawingXml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  const anchor = chartAnchor(chartRelId, Math.max(0, ...shapeIds) + 1);
  drawingXml = drawingXml.replace("</xdr:wsDr>", `${anchor}</xdr:wsDr>`);
  put(drawingPath, drawingXml);
  put(drawingRelsPath, drawingRels);
  put("xl/charts/chart1.xml", chartXml());
  types = addOverride(types, "/xl/charts/chart1.xml", CT.chart);

  // Pivot table on 透视表, cache over 支出明细!A1:D9.
  const cacheId = 1;
  put("xl/pivotCache/pivotCacheDefinition1.xml", pivotCacheDefinitionXml());
  put("xl/pivotCache/pivotCacheRecords1.xml", pivotCacheRecordsXml());
  put(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    addRelationship(emptyRels(), REL.pivotCacheRecords, "pivotCacheRecords1.xml")[0]
  );
  put("xl/pivotTables/pivotTable1.xml", pivotTableXml(cacheId));
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    addRelationship(
      emptyRels(),
      REL.pivotCacheDefinition,
      "../pivotCache/pivotCacheDefinition1.xml"
    )[0]
  );
  const pivotSheetRels = parts.has(sheetRelsPath("pivot"))
    ? text(sheetRelsPath("pivot"))
    : emptyRels();
  put(
    sheetRelsPath("pivot"),
    addRelationship(pivotSheetRels, REL.pivotTable, "../pivotTables/pivotTable1.xml")[0]
  );
  let cacheRelId;
  [workbookRels, cacheRelId] = addRelationship(
    workbookRels,
    REL.pivotCacheDefinition,
    "pivotCache/pivotCacheDefinition1.xml"
  );
  types = addOverride(types, "/xl/pivotTables/pivotTable1.xml", CT.pivotTable);
  types = addOverride(types, "/xl/pivotCache/pivotCacheDefinition1.xml", CT.pivotCacheDefinition);
  types = addOverride(types, "/xl/pivotCache/pivotCacheRecords1.xml", CT.pivotCacheRecords);

  // External link to 其他单位.xlsx.
  put("xl/externalLinks/externalLink1.xml", externalLinkXml());
  put(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    addRelationship(emptyRels(), REL.externalLinkPath, EXTERNAL_BOOK, true)[0]
  );
  let externalRelId;
  [workbookRels, externalRelId] = addRelationship(
    workbookRels,
    REL.externalLink,
    "externalLinks/externalLink1.xml"
  );
  types = addOverride(types, "/xl/externalLinks/externalLink1.xml", CT.externalLink);

  // workbook.xml, in CT_Workbook order: sheets, externalReferences, definedNames, calcPr, pivotCaches.
  workbookXml = workbookXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  const references =
    `<externalReferences><externalReference r:id="${externalRelId}"/></externalReferences>` +
    definedNamesXml();
  workbookXml = workbookXml.replace("</sheets>", `</sheets>${references}`);
  const pivotCaches = `<pivotCaches><pivotCache cacheId="${cacheId}" r:id="${cacheRelId}"/></pivotCaches>`;
  const calcPr = /<calcPr[^>]*\/>|<calcPr[\s\S]*?<\/calcPr>/.exec(workbookXml);
  workbookXml = calcPr
    ? workbookXml.replace(calcPr[0], calcPr[0] + pivotCaches)
    : insertBefore(
        workbookXml,
        ["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "extLst"],
        pivotCaches,
        "</workbook>"
      );
  if (!workbookXml.includes(`xmlns:r="${NS.r}"`)) throw new Error("workbook.xml lacks xmlns:r");

  put("[Content_Types].xml", types);
  put("xl/_rels/workbook.xml.rels", workbookRels);
  put("xl/workbook.xml", workbookXml);
  return parts;
}

/** The .xlsm: the same parts plus the VBA project, with the macro-enabled workbook type. */
function macroEnabled(parts) {
  const out = new Map(parts);
  const text = (name) => out.get(name).toString("utf8");
  let types = text("[Content_Types].xml");
  if (!types.includes(`ContentType="${CT.workbook}"`)) throw new Error("no workbook content type");
  types = types.replace(`ContentType="${CT.workbook}"`, `ContentType="${CT.macroWorkbook}"`);
  types = addDefault(types, "bin", CT.vbaProject);
  out.set("[Content_Types].xml", Buffer.from(types, "utf8"));
  const [rels] = addRelationship(
    text("xl/_rels/workbook.xml.rels"),
    REL.vbaProject,
    "vbaProject.bin"
  );
  out.set("xl/_rels/workbook.xml.rels", Buffer.from(rels, "utf8"));
  out.set("xl/vbaProject.bin", Buffer.from(VBA_PROJECT_BASE64, "base64"));
  return out;
}

/** A zip with every entry dated FIXED_DATE, [Content_Types].xml first, the rest in a stable order. */
async function pack(parts) {
  const zip = new JSZip();
  const names = [...parts.keys()].sort((a, b) => {
    const rank = (n) => (n === "[Content_Types].xml" ? 0 : n.startsWith("_rels/") ? 1 : 2);
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  });
  for (const name of names) {
    zip.file(name, parts.get(name), { date: FIXED_DATE, createFolders: false, binary: true });
  }
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}

async function main() {
  const parts = await enrich(await excelJsWorkbook());
  fs.mkdirSync(outDir, { recursive: true });
  const outputs = [
    ["rich-workbook.xlsx", parts],
    ["rich-workbook.xlsm", macroEnabled(parts)],
  ];
  for (const [file, fileParts] of outputs) {
    const bytes = await pack(fileParts);
    const target = path.join(outDir, file);
    fs.writeFileSync(target, bytes);
    console.log(`${path.relative(root, target)}  ${bytes.length} bytes, ${fileParts.size} parts`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
