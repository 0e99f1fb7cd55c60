/**
 * The web page's Host against real .xlsx files (ExcelJS in Node): open, read, write the report sheets as a
 * download of the original file plus the new sheets, the blank template, settings in storage by file name.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { WebHost, SETTINGS_PREFIX } from "../../../src/hosts/web/webHost";
import { readWorkbook } from "../../../src/hosts/file/readWorkbook";
import { isFileSourceHost } from "../../../src/hosts/fileSource";
import { cellText } from "../../../src/core/grid";
import type { SheetSpec } from "../../../src/core/sheetSpec";

const SAMPLE = path.resolve(__dirname, "../../../examples/常宁市总工会-2023.xlsx");

function sampleFile(name = "常宁市总工会-2023.xlsx"): File {
  return new File([fs.readFileSync(SAMPLE)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

function setup() {
  const downloads: { name: string; blob: Blob }[] = [];
  const storage = memoryStorage();
  const host = new WebHost({ storage, download: (name, blob) => downloads.push({ name, blob }) });
  return { host, downloads, storage };
}

const REPORT_SHEETS: SheetSpec[] = [
  { name: "绩效自评报告", columnWidths: [80], rows: [{ cells: [{ value: "=不是公式" }] }] },
  { name: "基础数据表", columnWidths: [10], rows: [{ cells: [{ value: "同名" }] }] },
];

test("a web host is a file-source host that cannot select cells or write in place", () => {
  const { host } = setup();
  expect(isFileSourceHost(host)).toBe(true);
  expect(host.kind).toBe("web");
  expect(host.capabilities).toEqual({
    selectCell: false,
    writeSheets: false,
    download: true,
    highlight: false,
  });
  expect(host.hasWorkbook()).toBe(false);
});

test("reading before a file is opened says so", async () => {
  const { host } = setup();
  await expect(host.readGrids()).rejects.toThrow("no workbook has been opened");
});

test("opens the sample and reads every sheet in the browser's way (bytes, no file system)", async () => {
  const { host } = setup();
  await host.openWorkbook(sampleFile());
  expect(host.hasWorkbook()).toBe(true);
  expect(await host.workbookName()).toBe("常宁市总工会-2023.xlsx");
  const grids = await host.readGrids();
  expect(grids.map((g) => g.sheet)).toEqual(expect.arrayContaining(["基础数据表", "基本情况"]));
  const data = grids.find((g) => g.sheet === "基础数据表")!;
  expect(cellText(data.rows[2][4])).toBe("2023年决算数");
});

test("an unusable file gives the file host's clear refusal", async () => {
  const { host } = setup();
  await host.openWorkbook(new File(["项目,本年\n基本支出,1"], "renamed.xlsx"));
  await expect(host.readGrids()).rejects.toMatchObject({ name: "UnusableInputError" });
});

test("writeSheets downloads the original workbook with the new sheets under free names", async () => {
  const { host, downloads } = setup();
  await host.openWorkbook(sampleFile());
  const original = await host.readGrids();
  const names = await host.writeSheets(REPORT_SHEETS);
  expect(names).toEqual(["绩效自评报告", "基础数据表 (2)"]);
  expect(downloads).toHaveLength(1);
  expect(downloads[0].name).toBe("常宁市总工会-2023-绩效自评报告.xlsx");
  const written = await readWorkbook(new Uint8Array(await downloads[0].blob.arrayBuffer()));
  expect(written.map((g) => g.sheet)).toEqual([...original.map((g) => g.sheet), ...names]);
  // The user's sheets come back cell for cell.
  for (const grid of original) {
    const copy = written.find((g) => g.sheet === grid.sheet)!;
    expect(copy.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual(
      grid.rows.map((r) => r.map((c) => c?.value ?? null))
    );
  }
  // Text that looks like a formula stays text.
  const report = written.find((g) => g.sheet === "绩效自评报告")!;
  expect(report.rows[0][0]?.value).toBe("=不是公式");
  expect(report.rows[0][0]?.formula).toBeUndefined();
});

test("the blank template downloads as a new workbook of just its sheets", async () => {
  const { host, downloads } = setup();
  await host.downloadNewWorkbook("模板.xlsx", [
    { name: "基础数据表", columnWidths: [30], rows: [{ cells: [{ value: "项目" }] }] },
  ]);
  expect(downloads.map((d) => d.name)).toEqual(["模板.xlsx"]);
  const grids = await readWorkbook(new Uint8Array(await downloads[0].blob.arrayBuffer()));
  expect(grids.map((g) => g.sheet)).toEqual(["基础数据表"]);
  expect(grids[0].rows[0][0]?.value).toBe("项目");
});

test("settings are kept per file name in storage", async () => {
  const { host, storage } = setup();
  expect(await host.loadSettings()).toBeUndefined();
  await host.openWorkbook(sampleFile("a.xlsx"));
  await host.saveSettings({ version: 1, reasons: { basic: "调资" } });
  expect(JSON.parse(storage.items.get(`${SETTINGS_PREFIX}a.xlsx`)!)).toEqual({
    version: 1,
    reasons: { basic: "调资" },
  });
  expect(await host.loadSettings()).toEqual({ version: 1, reasons: { basic: "调资" } });
  await host.openWorkbook(sampleFile("b.xlsx"));
  expect(await host.loadSettings()).toBeUndefined();
  storage.setItem(`${SETTINGS_PREFIX}b.xlsx`, "{not json");
  expect(await host.loadSettings()).toBeUndefined();
});
