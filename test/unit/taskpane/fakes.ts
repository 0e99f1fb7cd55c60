/**
 * Fakes for the task-pane tests: a recording Host and an engine that runs the real core pipeline and
 * compose on in-memory grids (no ExcelJS, no docx), with hooks to make any step slow or fail.
 */
import { analyze } from "../../../src/core/pipeline";
import { composeReport } from "../../../src/core/report";
import { flattenReport } from "../../../src/core/report/numbering";
import type { CellRef, Grid } from "../../../src/core/grid";
import type { Host, HostCapabilities, WorkbookSettings } from "../../../src/hosts/host";
import type { Analysis, Engine } from "../../../src/taskpane/state/engine";
import type { SheetSpec } from "../../../src/core/sheetSpec";
import { seedGrid } from "../recognize/layouts";
import { auditText } from "../../../src/core/audit";
import { readReportText } from "../../../src/hosts/file/reportText";

export interface FakeHost extends Host {
  selected: CellRef[];
  written: SheetSpec[][];
  saved: WorkbookSettings[];
  highlighted: CellRef[][];
  cleared: number;
}

export function fakeHost(
  options: {
    grids?: () => Promise<Grid[]>;
    settings?: WorkbookSettings;
    capabilities?: Partial<HostCapabilities>;
    kind?: "excel" | "web";
  } = {}
): FakeHost {
  const host: FakeHost = {
    kind: options.kind ?? "excel",
    capabilities: {
      selectCell: true,
      writeSheets: true,
      download: true,
      highlight: true,
      ...options.capabilities,
    },
    selected: [],
    written: [],
    saved: [],
    highlighted: [],
    cleared: 0,
    workbookName: async () => "常宁市总工会-2023.xlsx",
    readGrids: options.grids ?? (async () => [seedGrid()]),
    selectCell: async (ref) => {
      host.selected.push(ref);
    },
    writeSheets: async (sheets) => {
      host.written.push(sheets);
      return sheets.map((s) => s.name);
    },
    highlight: async (refs) => {
      host.highlighted.push(refs);
      return { marked: refs.length, protectedSheets: [], notMarked: 0 };
    },
    clearHighlights: async () => {
      host.cleared++;
    },
    loadSettings: async () => options.settings,
    saveSettings: async (settings) => {
      host.saved.push(settings);
      return { dropped: [] };
    },
  };
  return host;
}

export interface FakeEngine extends Engine {
  analyzed: { options: Parameters<Engine["analyze"]>[1]; prior?: Grid[] }[];
  docxCalls: number;
  readBytes: number[];
}

export function fakeEngine(
  options: { transform?: (analysis: Analysis) => Analysis; failCompose?: boolean } = {}
): FakeEngine {
  const engine: FakeEngine = {
    analyzed: [],
    docxCalls: 0,
    readBytes: [],
    async analyze(grids, opts, prior) {
      engine.analyzed.push({ options: opts, prior });
      const analysis = analyze(grids, opts, prior);
      return options.transform ? options.transform(analysis) : analysis;
    },
    async compose(analysis) {
      if (options.failCompose) throw new Error("compose broke");
      return composeReport(analysis);
    },
    async reportText(composed) {
      return flattenReport(composed.report)
        .map((b) => b.text)
        .join("\n");
    },
    async reportDocx() {
      engine.docxCalls++;
      return new Blob(["PK fake docx"], { type: "application/octet-stream" });
    },
    async reportSheets(composed, changes, findings) {
      return [
        {
          name: "绩效自评报告",
          columnWidths: [80],
          rows: [{ cells: [{ value: composed.report.title }] }],
        },
        {
          name: "变动分析",
          columnWidths: [20],
          rows: changes.map((c) => ({ cells: [{ value: c.label }] })),
        },
        {
          name: "校验结果",
          columnWidths: [20],
          rows: findings.map((f) => ({ cells: [{ value: f.rule }] })),
        },
      ];
    },
    async templateSheets() {
      return [{ name: "基础数据表", columnWidths: [30], rows: [] }];
    },
    async readWorkbook(data) {
      engine.readBytes.push(data.byteLength);
      return [seedGrid()];
    },
    readReportText: (data, fileName) => readReportText(new Uint8Array(data), fileName),
    audit: async (text, options) => auditText(text, options),
  };
  return engine;
}

/** The seed grid with one figure broken: 基本工资 (30101) 本年 raised by 100 元, so 301 ≠ Σ children. */
export function brokenSeedGrid(): Grid {
  const grid = seedGrid();
  const rows = grid.rows.map((row) => row.slice());
  const labelColumn = 0;
  const currentColumn = 4;
  const index = rows.findIndex((row) => String(row[labelColumn]?.value ?? "").includes("基本工资"));
  const cell = rows[index][currentColumn];
  if (!cell || typeof cell.value !== "number") throw new Error("seed layout changed");
  rows[index][currentColumn] = { value: cell.value + 100 };
  return { ...grid, rows };
}

/** The seed grid with one row's label replaced (for text-safety tests). */
export function seedGridWithLabel(label: string, replacement: string): Grid {
  const grid = seedGrid();
  const rows = grid.rows.map((row) =>
    row.map((cell) =>
      cell && typeof cell.value === "string" && cell.value.trim().endsWith(label)
        ? { ...cell, value: cell.value.replace(label, replacement) }
        : cell
    )
  );
  return { ...grid, rows };
}
