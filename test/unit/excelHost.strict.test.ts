/**
 * The Excel host against a fake as strict as Excel (issue 14): each test is one way a real Excel — Office
 * 2016/2019, Excel on the web, a protected or busy workbook — refuses what a lenient fake allowed. Each
 * failed on the host before issue 14; the point numbers are the issue's.
 */
import { createExcelHost, HIGHLIGHT_FILL, SETTINGS_KEY } from "../../src/hosts/excel";
import {
  DEFAULT_REQUEST_BYTES,
  FORMAT_BYTES_PER_CELL,
  VALUE_BYTES_PER_CELL,
} from "../../src/hosts/excel/read";
import type { SheetSpec } from "../../src/core/sheetSpec";
import type { WorkbookSettings } from "../../src/hosts/host";
import { budgetSheet, FakeExcel, FakeSheet, type FakeSheetSpec } from "../fakes/excel";
import { webReadBound } from "../helpers/syncCounts";

/** Excel on the web's payload limit. */
const WEB_PAYLOAD_BYTES = 5 * 1024 * 1024;

const report = (name: string): SheetSpec => ({
  name,
  columnWidths: [30, 14],
  rows: [{ cells: [{ value: name }, { value: 1 }] }],
});

const values = (grid: { rows: ({ value: unknown } | undefined)[][] }) =>
  grid.rows.map((row) => row.map((cell) => cell?.value));

/** A sheet of `rows` × `columns` cells, bold header, every tenth label indented. */
function wideSheet(name: string, rows: number, columns: number): FakeSheetSpec {
  const table: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number)[] = [`项目名称第${r + 1}行`];
    for (let c = 1; c < columns; c++) row.push(r * columns + c);
    table.push(row);
  }
  const indents: Record<string, number> = {};
  for (let r = 10; r < rows; r += 10) indents[`A${r + 1}`] = 1;
  return { name, values: table, bold: ["A1", "B1"], indents };
}

describe("point 2: requests sized by bytes on Excel on the web", () => {
  it("reads two 50 000-cell sheets with their formats, no sync above 5 MB, syncs bounded by the bytes", async () => {
    const sheets = [wideSheet("基础数据表", 5_000, 10), wideSheet("明细", 5_000, 10)];
    const fake = new FakeExcel({ sheets, maxPayloadBytes: WEB_PAYLOAD_BYTES });
    const syncs = await fake.countSyncs(async () => {
      const grids = await createExcelHost({ env: fake.env }).readGrids();
      const lenient = await createExcelHost({ env: new FakeExcel({ sheets }).env }).readGrids();
      expect(grids.map(values)).toEqual(lenient.map(values));
      // Formats were read, not dropped: the bold header and the indents.
      expect(grids[1].rows[0][0]?.bold).toBe(true);
      expect(grids[1].rows[4_990][0]?.indent).toBe(1);
      expect(grids.every((grid) => grid.formatsUnread === undefined)).toBe(true);
    });
    expect(fake.largestPayloadBytes).toBeLessThanOrEqual(WEB_PAYLOAD_BYTES);
    const bound = webReadBound([50_000, 50_000], {
      valueBytesPerCell: VALUE_BYTES_PER_CELL,
      formatBytesPerCell: FORMAT_BYTES_PER_CELL,
      requestBytes: DEFAULT_REQUEST_BYTES,
    });
    expect(syncs).toBeLessThanOrEqual(bound);
  });

  it("halves a request the host refuses although the estimate let it through, down to what passes", async () => {
    const sheets = [budgetSheet("基础数据表", 3_000), budgetSheet("小表", 5)];
    const fake = new FakeExcel({ sheets, maxPayloadBytes: 40_000 });
    const progress: number[] = [];
    const grids = await createExcelHost({
      env: fake.env,
      // An estimate far above the real limit: only halving after refusals can get the rows in.
      read: { requestBytes: 4_000_000, onProgress: (f) => progress.push(f) },
    }).readGrids();
    const lenient = await createExcelHost({ env: new FakeExcel({ sheets }).env }).readGrids();
    expect(grids.map(values)).toEqual(lenient.map(values));
    expect(fake.largestPayloadBytes).toBeLessThanOrEqual(40_000);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it("reads a sheet whose formats cannot come through without them, and says so", async () => {
    // One row of 3 000 columns: its values pass a 100 kB limit, its cell properties (≈ 50 B a cell) do not.
    const wide = wideSheet("宽表", 1, 3_000);
    const fake = new FakeExcel({
      sheets: [wide, budgetSheet("基础数据表", 20)],
      maxPayloadBytes: 100_000,
    });
    const [wideGrid, dataGrid] = await createExcelHost({ env: fake.env }).readGrids();
    expect(wideGrid.rows[0]).toHaveLength(3_000);
    expect(wideGrid.formatsUnread).toBe(true);
    // The other sheet keeps its formats.
    expect(dataGrid.rows[0][0]?.bold).toBe(true);
    expect(dataGrid.formatsUnread).toBeUndefined();
    expect(fake.largestPayloadBytes).toBeLessThanOrEqual(100_000);
  });
});

describe("point 3: more than 512 merged areas", () => {
  it("costs only the sheet that has them: other sheets keep formats and merges, its merges come in halves", async () => {
    const merged: FakeSheetSpec = {
      ...budgetSheet("明细表", 700),
      merges: Array.from({ length: 600 }, (_, i) => `A${i + 2}:B${i + 2}`),
    };
    const title: FakeSheetSpec = {
      name: "基础数据表",
      values: [
        ["某单位2023年基础数据表", null],
        ["项目", "本年"],
        ["基本支出", 100],
      ],
      bold: ["A2"],
      merges: ["A1:B1"],
    };
    const fake = new FakeExcel({ sheets: [merged, title] });
    const [detail, data] = await createExcelHost({ env: fake.env }).readGrids();
    expect(data.merges).toEqual(["A1:B1"]);
    expect(data.rows[1][0]?.bold).toBe(true);
    expect(detail.merges).toHaveLength(600);
    expect(detail.rows[0][0]?.bold).toBe(true);
    expect(detail.formatsUnread).toBeUndefined();
  });
});

describe("point 4: highlights that can always be cleared", () => {
  const sheets = (): FakeSheetSpec[] => [
    {
      name: "基础数据表",
      values: [
        ["a", 1],
        ["b", 2],
      ],
      fills: { B2: "#00FF00" },
    },
    { name: "三公经费", values: [["c", 3]] },
  ];

  it("skips protected sheets and names them", async () => {
    const fake = new FakeExcel({
      sheets: [sheets()[0], { ...sheets()[1], protected: true }],
    });
    const result = await createExcelHost({ env: fake.env }).highlight([
      { sheet: "基础数据表", address: "B1" },
      { sheet: "三公经费", address: "B1" },
    ]);
    expect(result).toEqual({ marked: 1, protectedSheets: ["三公经费"], notMarked: 0 });
    expect(fake.sheet("基础数据表")?.at("B1")?.fill).toBe(HIGHLIGHT_FILL);
    expect(fake.sheet("三公经费")?.at("B1")?.fill).toBeUndefined();
  });

  it("saves the record before filling: a fill refused half-way leaves nothing that clear cannot restore", async () => {
    const fake = new FakeExcel({ sheets: sheets() });
    const host = createExcelHost({ env: fake.env });
    // The second sheet is protected between the look at the sheets and the fills.
    fake.options.onSync = (n) => {
      if (n === 2) fake.sheet("三公经费")!.protected = true;
    };
    await expect(
      host.highlight([
        { sheet: "基础数据表", address: "B2" },
        { sheet: "三公经费", address: "B1" },
      ])
    ).rejects.toMatchObject({ code: "AccessDenied" });
    // The cell filled before the refusal is red, and recorded with its previous fill.
    expect(fake.sheet("基础数据表")?.at("B2")?.fill).toBe(HIGHLIGHT_FILL);
    fake.options.onSync = undefined;
    fake.sheet("三公经费")!.protected = false;
    await host.clearHighlights();
    expect(fake.sheet("基础数据表")?.at("B2")?.fill).toBe("#00FF00");
    expect(fake.sheet("三公经费")?.at("B1")?.fill).toBeUndefined();
  });
});

describe("point 5: cell-edit mode, read-only, protected structure, Office errors in words", () => {
  it("waits while the user is typing in a cell instead of failing", async () => {
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)], cellEditMode: true });
    const grids = await createExcelHost({ env: fake.env }).readGrids();
    expect(grids[0].rows).toHaveLength(6);
  });

  it("refuses to write a read-only workbook before trying, in the user's words", async () => {
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)], readOnly: true });
    const host = createExcelHost({ env: fake.env });
    await expect(host.writeSheets([report("绩效自评报告")])).rejects.toMatchObject({
      code: "ReadOnly",
      zh: expect.stringContaining("只读"),
      en: expect.stringContaining("read-only"),
    });
    await expect(host.highlight([{ sheet: "基础数据表", address: "A1" }])).rejects.toMatchObject({
      code: "ReadOnly",
    });
    expect(fake.syncCount).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it("says the workbook's structure is protected before adding anything", async () => {
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)], workbookProtected: true });
    await expect(
      createExcelHost({ env: fake.env }).writeSheets([report("绩效自评报告")])
    ).rejects.toMatchObject({
      code: "WorkbookProtected",
      zh: expect.stringContaining("保护工作簿"),
    });
    expect(fake.added).toEqual([]);
  });

  it("turns a raw Office error into a sentence that says what to do, keeping the code", async () => {
    // Someone adds a sheet of the same name between the look at the names and the add.
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)] });
    fake.options.onSync = (n) => {
      if (n === 2) fake.sheets.push(new FakeSheet("绩效自评报告"));
    };
    const failure = createExcelHost({ env: fake.env }).writeSheets([report("绩效自评报告")]);
    await expect(failure).rejects.toMatchObject({
      code: "ItemAlreadyExists",
      zh: expect.stringMatching(/同名.*错误代码：ItemAlreadyExists/),
      en: expect.stringMatching(/already exists.*error code: ItemAlreadyExists/),
    });
  });
});

describe("point 6: a finding on a hidden sheet", () => {
  it.each(["Hidden", "VeryHidden"] as const)(
    "is not selected blindly on a %s sheet; unhide-and-go shows it",
    async (visibility) => {
      const fake = new FakeExcel({
        sheets: [budgetSheet("基础数据表", 5), { ...budgetSheet("旧表", 5), visibility }],
      });
      const host = createExcelHost({ env: fake.env });
      await expect(host.selectCell({ sheet: "旧表", address: "C3" })).rejects.toMatchObject({
        code: "SheetHidden",
        zh: expect.stringContaining("隐藏"),
      });
      expect(fake.active).toBeUndefined();
      expect(fake.sheet("旧表")?.visibility).toBe(visibility);
      await host.selectCell({ sheet: "旧表", address: "C3" }, { unhide: true });
      expect(fake.sheet("旧表")?.visibility).toBe("Visible");
      expect(fake.selection).toMatchObject({ sheet: "旧表", address: "C3" });
    }
  );
});

describe("point 7: Mac and iPad copy instead of download", () => {
  it.each([
    ["Mac", false],
    ["iOS", false],
    ["PC", true],
    ["OfficeOnline", true],
  ])("on %s the pane offers download: %s", (platform, download) => {
    const fake = new FakeExcel({ sheets: [], platform });
    expect(createExcelHost({ env: fake.env }).capabilities.download).toBe(download);
  });
});

describe("point 8: settings beyond what a workbook keeps", () => {
  it("keeps overrides, thresholds and reasons, drops the report texts, and says so", async () => {
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)] });
    const host = createExcelHost({ env: fake.env });
    const settings: WorkbookSettings = {
      version: 1,
      overrides: { sheet: "基础数据表" },
      reasons: { "basic.total": "人员增加" },
      texts: { overview: "说明".repeat(600_000) },
    };
    const result = await host.saveSettings(settings);
    expect(result.dropped).toEqual(["texts"]);
    const saved = JSON.parse(fake.persistedSettings.get(SETTINGS_KEY) as string);
    expect(saved.overrides).toEqual({ sheet: "基础数据表" });
    expect(saved.reasons).toEqual({ "basic.total": "人员增加" });
    expect(saved.texts).toBeUndefined();
  });

  it("fails in words, not with Office's message, when the document refuses the settings", async () => {
    const fake = new FakeExcel({ sheets: [budgetSheet("基础数据表", 5)], settingsLimitBytes: 100 });
    await expect(
      createExcelHost({ env: fake.env }).saveSettings({
        version: 1,
        overrides: { sheet: "基础数据表", headerRow: 3 },
      })
    ).rejects.toMatchObject({ code: "SettingsNotSaved", zh: expect.stringContaining("未能保存") });
  });
});

describe("point 9: the new sheet is shown on Excel on the web", () => {
  it("activates the first report sheet in a request after the one that adds it", async () => {
    const fake = new FakeExcel({
      sheets: [budgetSheet("基础数据表", 5)],
      platform: "OfficeOnline",
    });
    await createExcelHost({ env: fake.env }).writeSheets([
      report("绩效自评报告"),
      report("变动分析"),
    ]);
    expect(fake.active?.sheet).toBe("绩效自评报告");
  });
});
