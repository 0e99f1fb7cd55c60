import {
  createExcelHost,
  fileNameFromUrl,
  HIGHLIGHT_FILL,
  SETTINGS_KEY,
} from "../../src/hosts/excel";
import type { SheetSpec } from "../../src/core/sheetSpec";
import type { WorkbookSettings } from "../../src/hosts/host";
import { budgetSheet, FakeExcel, FakeSheet, type FakeSheetSpec } from "../fakes/excel";
import { measureSyncCounts, measureWebRead, WEB_PAYLOAD_BYTES } from "../helpers/syncCounts";

const basicData: FakeSheetSpec = {
  name: "基础数据表",
  origin: "B2",
  values: [
    ["常宁市总工会2023年基础数据表", null, null],
    ["项目", "上年决算数", "本年决算数"],
    ["基本支出", 2652132, 2757600],
    ["  人员经费", 2300000, "#REF!"],
    ["公用经费", 352132, 457600],
  ],
  formulas: { D4: "=SUM(D5:D6)", D5: "=#REF!+1" },
  numberFormats: { C4: "#,##0.00", D4: "#,##0.00" },
  bold: ["B3", "C3", "D3"],
  indents: { B5: 1 },
  merges: ["B2:D2"],
  hiddenRows: [5],
};

describe("Excel host: reading", () => {
  it("reads one sheet in at most 2 syncs with values, formulas, formats, errors, merges and hidden rows", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    const host = createExcelHost({ env: fake.env });
    const syncs = await fake.countSyncs(async () => {
      const grids = await host.readGrids();
      expect(grids).toHaveLength(1);
      const grid = grids[0];
      expect(grid.sheet).toBe("基础数据表");
      expect(grid.origin).toBe("B2");
      expect(grid.rows).toHaveLength(5);
      expect(grid.rows[0][0]?.value).toBe("常宁市总工会2023年基础数据表");
      expect(grid.rows[0][1]).toBeUndefined();
      expect(grid.rows[2][2]).toEqual({
        value: 2757600,
        formula: "=SUM(D5:D6)",
        numberFormat: "#,##0.00",
      });
      expect(grid.rows[2][1]).toEqual({ value: 2652132, numberFormat: "#,##0.00" });
      expect(grid.rows[3][2]).toEqual({ value: { error: "#REF!" }, formula: "=#REF!+1" });
      expect(grid.rows[1].map((cell) => cell?.bold)).toEqual([true, true, true]);
      expect(grid.rows[3][0]).toEqual({ value: "  人员经费", indent: 1 });
      expect(grid.merges).toEqual(["B2:D2"]);
      // Sheet row 6 (0-based 5) is rows[4] of a grid that starts at row 2.
      expect(grid.hiddenRows).toEqual([4]);
      expect(grid.hidden).toBeUndefined();
    });
    expect(syncs).toBeLessThanOrEqual(2);
  });

  it("reads a 20-sheet workbook in the same 2 syncs, in workbook order, hidden sheets marked", async () => {
    const sheets = Array.from({ length: 20 }, (_, i) => budgetSheet(`表${i + 1}`, 50 + i));
    sheets[3] = { ...sheets[3], visibility: "Hidden" };
    const fake = new FakeExcel({ sheets });
    const host = createExcelHost({ env: fake.env });
    const before = fake.syncCount;
    const grids = await host.readGrids();
    expect(fake.syncCount - before).toBeLessThanOrEqual(2);
    expect(grids.map((g) => g.sheet)).toEqual(sheets.map((s) => s.name));
    expect(grids[19].rows).toHaveLength(1 + 50 + 19);
    expect(grids[19].rows[69][3]?.value).toBe(1100 + 68);
    expect(grids[3].hidden).toBe(true);
    expect(grids[2].hidden).toBeUndefined();
    expect(fake.writes).toEqual([]);
  });

  it("degrades on ExcelApi 1.4: no indent/bold/merges/hidden rows, still 2 syncs", async () => {
    const fake = new FakeExcel({ sheets: [basicData], api: "1.4" });
    const host = createExcelHost({ env: fake.env });
    const syncs = await fake.countSyncs(async () => {
      const [grid] = await host.readGrids();
      expect(grid.rows[2][2]?.value).toBe(2757600);
      expect(grid.rows[1][0]?.bold).toBeUndefined();
      expect(grid.rows[3][0]?.indent).toBeUndefined();
      expect(grid.merges).toBeUndefined();
      expect(grid.hiddenRows).toBeUndefined();
    });
    expect(syncs).toBe(2);
  });

  it("reads again without the optional format APIs when they fail on the host", async () => {
    const fake = new FakeExcel({ sheets: [basicData], failCellProperties: true });
    const [grid] = await createExcelHost({ env: fake.env }).readGrids();
    expect(grid.rows[2][2]?.value).toBe(2757600);
    expect(grid.rows[1][0]?.bold).toBeUndefined();
    // Said, not silent: the 数据 tab tells the user this sheet was read from values alone.
    expect(grid.formatsUnread).toBe(true);
    // Merged areas come from their own request and survive the failing format call.
    expect(grid.merges).toEqual(["B2:D2"]);
  });

  it("passes on an error that is not about size or formats (a sheet deleted mid-read)", async () => {
    const fake = new FakeExcel({
      sheets: [basicData, budgetSheet("另一张表", 3)],
      onSync: (n) => {
        if (n === 2) fake.sheets.splice(1, 1);
      },
    });
    await expect(createExcelHost({ env: fake.env }).readGrids()).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("gives a blank sheet an empty grid", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, budgetSheet("数据", 3)] });
    const grids = await createExcelHost({ env: fake.env }).readGrids();
    expect(grids[0].rows).toEqual([]);
    expect(grids[1].rows).toHaveLength(4);
  });

  it("falls back to row chunks when the host refuses the payload, and reads the same grids", async () => {
    const sheets = [budgetSheet("大表", 3000), budgetSheet("小表", 5)];
    const whole = await createExcelHost({ env: new FakeExcel({ sheets }).env }).readGrids();
    const limited = new FakeExcel({ sheets, maxCellsPerSync: 15_000 });
    const progress: number[] = [];
    const host = createExcelHost({
      env: limited.env,
      read: { requestBytes: 100_000, formatCellLimit: 1_000, onProgress: (f) => progress.push(f) },
    });
    const chunked = await host.readGrids();
    // Values match exactly; formats only on the small sheet (the big one is above formatCellLimit).
    expect(chunked.map((g) => g.rows.map((r) => r.map((c) => c?.value)))).toEqual(
      whole.map((g) => g.rows.map((r) => r.map((c) => c?.value)))
    );
    expect(chunked[1].rows[0][0]?.bold).toBe(true);
    expect(chunked[0].rows[0][0]?.bold).toBeUndefined();
    expect(progress[progress.length - 1]).toBe(1);
    expect(limited.syncCount).toBeGreaterThan(3);
  });
});

function reportSpec(name: string): SheetSpec {
  return {
    name,
    columnWidths: [30, 14, 14, 12],
    freezeRows: 2,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    rows: [
      {
        cells: [
          {
            value: "2023年度整体支出绩效自评报告",
            style: { bold: true, fontSize: 16 },
            mergeAcross: 3,
          },
        ],
        height: 28,
      },
      {
        cells: [
          { value: "项目", style: { bold: true, border: true, fill: "#DDEBF7" } },
          { value: "上年", style: { bold: true, border: true, fill: "#DDEBF7" } },
          { value: "本年", style: { bold: true, border: true, fill: "#DDEBF7" } },
          { value: "说明" },
        ],
      },
      {
        cells: [
          { value: "=SUM(A1:A9)" },
          { value: 2652132, style: { numberFormat: "#,##0.00" } },
          { value: 2757600, style: { numberFormat: "#,##0.00" } },
          { value: "+3.98%", link: { sheet: "基础数据表", address: "E8" } },
        ],
      },
      { cells: [{ value: "-105468" }, { value: "@home" }, { value: "30108" }, { value: null }] },
    ],
  };
}

describe("Excel host: writing report sheets", () => {
  it("writes new sheets in at most 3 syncs, never touching the user's sheets", async () => {
    const fake = new FakeExcel({
      sheets: [basicData, { name: "绩效自评报告", values: [["用户自己的表"]] }],
    });
    const host = createExcelHost({ env: fake.env });
    let names: string[] = [];
    const syncs = await fake.countSyncs(async () => {
      names = await host.writeSheets([reportSpec("绩效自评报告"), reportSpec("变动分析")]);
    });
    expect(syncs).toBeLessThanOrEqual(3);
    expect(names).toEqual(["绩效自评报告 (2)", "变动分析"]);
    expect(fake.added).toEqual(names);
    expect(fake.writtenSheets().sort()).toEqual([...names].sort());
    expect(fake.sheet("绩效自评报告")?.at("A1")?.value).toBe("用户自己的表");
    expect(fake.active?.sheet).toBe("绩效自评报告 (2)");
  });

  it("keeps text starting with = + - @ and numeric-looking codes as text; numbers stay numbers", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    await createExcelHost({ env: fake.env }).writeSheets([reportSpec("绩效自评报告")]);
    const sheet = fake.sheet("绩效自评报告");
    expect(sheet?.at("A3")).toMatchObject({ value: "=SUM(A1:A9)", numberFormat: "@" });
    expect(sheet?.at("A3")?.formula).toBeUndefined();
    expect(sheet?.at("D3")?.value).toBe("+3.98%");
    expect(sheet?.at("A4")?.value).toBe("-105468");
    expect(sheet?.at("B4")?.value).toBe("@home");
    expect(sheet?.at("C4")?.value).toBe("30108");
    expect(sheet?.at("B3")).toMatchObject({ value: 2652132, numberFormat: "#,##0.00" });
  });

  it("writes merges, styles, widths, heights, links, frozen header and page layout", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    await createExcelHost({ env: fake.env }).writeSheets([reportSpec("绩效自评报告")]);
    const sheet = fake.sheet("绩效自评报告")!;
    expect(sheet.merges).toEqual(["A1:D1"]);
    expect(sheet.at("A1")).toMatchObject({ bold: true, fontSize: 16 });
    expect(sheet.at("D1")).toMatchObject({ bold: true, fontSize: 16 });
    expect(sheet.at("C2")).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(sheet.at("C2")?.borders?.EdgeTop).toBe("Continuous");
    expect(sheet.at("D2")?.bold).toBeUndefined();
    expect(sheet.columnWidths.get("A:A")).toBe(157.5);
    expect(sheet.rowHeights.get(0)).toBe(28);
    expect(sheet.at("D3")?.hyperlink).toEqual({
      documentReference: "'基础数据表'!E8",
      textToDisplay: "+3.98%",
      screenTip: "基础数据表!E8",
    });
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
  });

  it("splits only a huge sheet into several requests under the host's limit", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      cells: [
        { value: `项目${i}` },
        { value: i },
        { value: i * 2 },
        { value: "=说明" },
        { value: 1 },
        { value: 2 },
        { value: 3 },
      ],
    }));
    const huge: SheetSpec = { name: "变动分析", columnWidths: [20], rows };
    const fake = new FakeExcel({ sheets: [basicData], maxCellsPerSync: 70_000 });
    const syncs = await fake.countSyncs(() =>
      createExcelHost({ env: fake.env }).writeSheets([huge])
    );
    expect(syncs).toBeGreaterThan(2);
    const sheet = fake.sheet("变动分析")!;
    expect(sheet.at("A20000")?.value).toBe("项目19999");
    expect(sheet.at("C20000")?.value).toBe(39998);
    expect(sheet.at("D12345")).toMatchObject({ value: "=说明", numberFormat: "@" });
    expect(sheet.at("D12345")?.formula).toBeUndefined();
  });

  it("still reports the sheets written when the host rejects an optional extra (a link)", async () => {
    const fake = new FakeExcel({ sheets: [basicData], failHyperlinks: true });
    const names = await createExcelHost({ env: fake.env }).writeSheets([
      reportSpec("绩效自评报告"),
    ]);
    expect(names).toEqual(["绩效自评报告"]);
    expect(fake.sheet("绩效自评报告")?.at("B3")?.value).toBe(2652132);
    expect(fake.sheet("绩效自评报告")?.at("D3")?.hyperlink).toBeUndefined();
    expect(fake.active?.sheet).toBe("绩效自评报告");
  });

  it("fails when the sheets could not be added", async () => {
    const fake = new FakeExcel({
      sheets: [basicData],
      onSync: (n) => {
        // Someone adds a sheet of that name between the two syncs.
        if (n === 2) fake.sheets.push(new FakeSheet("绩效自评报告"));
      },
    });
    await expect(
      createExcelHost({ env: fake.env }).writeSheets([reportSpec("绩效自评报告")])
    ).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
  });

  it("picks the next free name on repeated writes (case-insensitive, like Excel)", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "绩效自评报告" }, { name: "绩效自评报告 (2)" }, { name: "SHEET" }],
    });
    const host = createExcelHost({ env: fake.env });
    expect(await host.writeSheets([reportSpec("绩效自评报告")])).toEqual(["绩效自评报告 (3)"]);
    expect(await host.writeSheets([reportSpec("Sheet"), reportSpec("Sheet")])).toEqual([
      "Sheet (2)",
      "Sheet (3)",
    ]);
    expect(await host.writeSheets([reportSpec("报告:2023/上")])).toEqual(["报告_2023_上"]);
  });

  it("writes the blank template like any other sheet list", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "基础数据表", values: [["已有数据"]] }] });
    const template: SheetSpec[] = [
      { name: "基础数据表", columnWidths: [20], rows: [{ cells: [{ value: "项目" }] }] },
      { name: "基本情况", columnWidths: [20], rows: [{ cells: [{ value: "主要职能" }] }] },
    ];
    const names = await createExcelHost({ env: fake.env }).writeSheets(template);
    expect(names).toEqual(["基础数据表 (2)", "基本情况"]);
    expect(fake.sheet("基础数据表")?.at("A1")?.value).toBe("已有数据");
  });
});

describe("Excel host: selecting, settings, highlights", () => {
  it("activates the sheet and syncs before selecting the cell", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, basicData] });
    await createExcelHost({ env: fake.env }).selectCell({ sheet: "基础数据表", address: "D5" });
    // Sync 1 checks the sheet exists and is visible, sync 2 activates, sync 3 selects.
    expect(fake.active).toEqual({ sheet: "基础数据表", sync: 2 });
    expect(fake.selection).toEqual({ sheet: "基础数据表", address: "D5", sync: 3 });
  });

  it("says which sheet is gone when a finding's sheet was deleted", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    await expect(
      createExcelHost({ env: fake.env }).selectCell({ sheet: "旧表", address: "A1" })
    ).rejects.toThrow("找不到工作表“旧表”");
    await expect(
      createExcelHost({ env: fake.env, locale: "en-US" }).selectCell({
        sheet: "Old",
        address: "A1",
      })
    ).rejects.toThrow('The sheet "Old" was not found');
  });

  it("round-trips settings through the workbook and ignores foreign or broken values", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    const settings: WorkbookSettings = {
      version: 1,
      overrides: { sheet: "基础数据表", headerRow: 2, columns: { current: 3 } },
      thresholds: { explainPercent: 1500 },
      texts: { functions: "=负责全市职工……" },
      reasons: { basic: "人员增加" },
      ignored: { "SUM-CHILDREN|基础数据表!E12": "四舍五入" },
    };
    await createExcelHost({ env: fake.env }).saveSettings(settings);
    fake.reopen();
    expect(await createExcelHost({ env: fake.env }).loadSettings()).toEqual(settings);

    const other = new FakeExcel({ sheets: [basicData] });
    expect(await createExcelHost({ env: other.env }).loadSettings()).toBeUndefined();
    other.settings.set(SETTINGS_KEY, "{not json");
    expect(await createExcelHost({ env: other.env }).loadSettings()).toBeUndefined();
    other.settings.set(SETTINGS_KEY, JSON.stringify({ version: 2 }));
    expect(await createExcelHost({ env: other.env }).loadSettings()).toBeUndefined();
  });

  it("highlights finding cells and restores their previous fills in one click", async () => {
    const fake = new FakeExcel({
      sheets: [{ ...basicData, fills: { C5: "#00B050" } }],
    });
    const host = createExcelHost({ env: fake.env });
    const sheet = fake.sheet("基础数据表")!;
    await host.highlight([
      { sheet: "基础数据表", address: "C5" },
      { sheet: "基础数据表", address: "D5" },
      { sheet: "已删除的表", address: "A1" },
    ]);
    expect(sheet.at("C5")?.fill).toBe(HIGHLIGHT_FILL);
    expect(sheet.at("D5")?.fill).toBe(HIGHLIGHT_FILL);
    // Highlighting again does not forget the original fill.
    await host.highlight([{ sheet: "基础数据表", address: "C5" }]);
    // The pane saving its own (stale) settings keeps the highlight bookkeeping.
    await host.saveSettings({ version: 1, reasons: { basic: "x" } });
    await host.saveSettings({ version: 1, reasons: { basic: "x" }, highlights: [] });

    fake.reopen();
    const reopened = createExcelHost({ env: fake.env });
    const stored = await reopened.loadSettings();
    expect(stored?.highlights).toEqual([
      { sheet: "基础数据表", address: "C5", previousFill: "#00B050" },
      { sheet: "基础数据表", address: "D5", previousFill: null },
    ]);
    expect(stored?.reasons).toEqual({ basic: "x" });

    await reopened.clearHighlights();
    expect(sheet.at("C5")?.fill).toBe("#00B050");
    expect(sheet.at("D5")?.fill).toBeUndefined();
    expect((await reopened.loadSettings())?.highlights).toBeUndefined();
    expect((await reopened.loadSettings())?.reasons).toEqual({ basic: "x" });
  });

  it("leaves a highlighted cell alone when the user refilled it", async () => {
    const fake = new FakeExcel({ sheets: [basicData] });
    const host = createExcelHost({ env: fake.env });
    await host.highlight([{ sheet: "基础数据表", address: "C5" }]);
    fake.sheet("基础数据表")!.at("C5")!.fill = "#FFFF00";
    await host.clearHighlights();
    expect(fake.sheet("基础数据表")!.at("C5")?.fill).toBe("#FFFF00");
  });

  it("treats white as no fill where the fill pattern is unavailable (ExcelApi < 1.9)", async () => {
    const fake = new FakeExcel({ sheets: [basicData], api: "1.4" });
    const host = createExcelHost({ env: fake.env });
    await host.highlight([{ sheet: "基础数据表", address: "B4" }]);
    expect((await host.loadSettings())?.highlights).toEqual([
      { sheet: "基础数据表", address: "B4", previousFill: null },
    ]);
    await host.clearHighlights();
    expect(fake.sheet("基础数据表")!.at("B4")?.fill).toBeUndefined();
  });
});

describe("Excel host: small things", () => {
  it("names the workbook from the document URL and knows Mac cannot download", async () => {
    expect(fileNameFromUrl("C:\\财务\\2023年基础数据表.xlsx")).toBe("2023年基础数据表.xlsx");
    expect(fileNameFromUrl("https://x.sharepoint.com/d/%E5%9F%BA%E7%A1%80.xlsx?web=1")).toBe(
      "基础.xlsx"
    );
    expect(fileNameFromUrl(undefined)).toBeUndefined();
    const mac = new FakeExcel({ sheets: [], platform: "Mac", url: "/Users/a/预算.xlsx" });
    const host = createExcelHost({ env: mac.env });
    expect(host.capabilities.download).toBe(false);
    expect(await host.workbookName()).toBe("预算.xlsx");
    expect(createExcelHost({ env: new FakeExcel({ sheets: [] }).env }).capabilities.download).toBe(
      true
    );
  });

  it("reports the sync counts the bench prints", async () => {
    expect(await measureSyncCounts()).toEqual({
      read1Sheet: 2,
      read20Sheets: 2,
      writeReportSheets: 3,
    });
  });

  it("reads 2 × 100 000 cells on Excel on the web within the byte-sized bound, no request over 5 MB", async () => {
    const web = await measureWebRead();
    expect(web.syncs).toBeLessThanOrEqual(web.bound);
    expect(web.largestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_BYTES);
    // The estimate is generous: the parts themselves are never refused, only the whole first request.
    expect(web.refused).toBe(1);
  });
});
