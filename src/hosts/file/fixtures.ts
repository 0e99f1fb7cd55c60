/**
 * Workbooks from readable specs: the test fixtures (test/fixtures/specs) and the sample workbook
 * (examples/) are written as data in TypeScript and turned into .xlsx here, so a reviewer reads figures,
 * not binaries.
 *
 * Two levels:
 * - `WorkbookFixture`: sheets of rows of cells, each cell a number, text, error, formula (with or without a
 *   cached result), date or rich text, with optional indent/bold/number format; merges, hidden rows,
 *   hidden sheets. `buildWorkbook` writes it with ExcelJS.
 * - `budgetSheet(spec)`: a 基础数据表 (DOMAIN §3.1) from an outline of lines with figures in 元. Parent
 *   lines are computed from their children in exact integer 分; a figure the spec states for a parent must
 *   equal that sum, or generation throws. Layout options cover the variations real workbooks show: header
 *   wordings, column order, one- or two-row (merged) headers, 元 or 万元, indentation by leading spaces or
 *   by cell indent, SUM formulas (with cached values) or typed totals.
 */
import { numberToFen, formatWan, type Fen } from "../../core/money";
import { columnLetters, parseAddress } from "../../core/grid";
import { loadExcelJS } from "./readWorkbook";

// ---------------------------------------------------------------------------------------------------
// Level 1: cells, rows, sheets

export type FixtureValue =
  | null
  | number
  | string
  | boolean
  | { error: string }
  /** A formula without "="; `result` omitted = no cached value (a file never recalculated). */
  | { formula: string; result?: number | string | boolean | { error: string } }
  /** A date, ISO "2024-05-16", shown with `numberFormat` (default "yyyy/m/d"). */
  | { date: string }
  | { richText: string[] };

export interface FixtureCell {
  value: FixtureValue;
  /** Cell indent level (Excel's "increase indent"). */
  indent?: number;
  bold?: boolean;
  numberFormat?: string;
  /** Presentation only (what a real table looks like; the Grid does not carry these). */
  fontSize?: number;
  align?: "left" | "center" | "right";
  wrap?: boolean;
  /** Background, "#RRGGBB". */
  fill?: string;
}

export type FixtureCellInput = FixtureValue | FixtureCell;

export interface FixtureRow {
  cells: FixtureCellInput[];
  hidden?: boolean;
  /** Points. */
  height?: number;
}

export interface SheetFixture {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  columnWidths?: number[];
  rows: (FixtureCellInput[] | FixtureRow)[];
  /** A1 ranges, "A1:F1". */
  merges?: string[];
  /** A1 range given thin borders on every cell (the table body). */
  border?: string;
  freezeRows?: number;
  /** A4 in this orientation, fitted to the page width. */
  print?: "portrait" | "landscape";
}

export interface WorkbookFixture {
  sheets: SheetFixture[];
}

function isFixtureCell(input: FixtureCellInput): input is FixtureCell {
  return typeof input === "object" && input !== null && "value" in input;
}

function isFixtureRow(row: FixtureCellInput[] | FixtureRow): row is FixtureRow {
  return !Array.isArray(row);
}

type ExcelCellValue = import("exceljs").CellValue;

function toExcelValue(value: FixtureValue): ExcelCellValue {
  if (value === null || typeof value !== "object") return value;
  if ("error" in value) return { error: value.error } as ExcelCellValue;
  if ("formula" in value) {
    const out: { formula: string; result?: unknown } = { formula: value.formula };
    if (value.result !== undefined) out.result = value.result;
    return out as ExcelCellValue;
  }
  if ("date" in value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.date);
    if (!match) throw new Error(`Fixture date must be YYYY-MM-DD: ${value.date}`);
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return { richText: value.richText.map((text) => ({ text })) } as ExcelCellValue;
}

/** Writes a workbook fixture to .xlsx bytes (deterministic: fixed creation dates). */
export async function buildWorkbook(fixture: WorkbookFixture): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2024, 4, 16));
  workbook.creator = "budget-report fixtures";
  workbook.created = fixed;
  workbook.modified = fixed;
  for (const sheetFixture of fixture.sheets) {
    const sheet = workbook.addWorksheet(sheetFixture.name, {
      state: sheetFixture.state ?? "visible",
    });
    sheetFixture.columnWidths?.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    sheetFixture.rows.forEach((rowInput, r) => {
      const cells = isFixtureRow(rowInput) ? rowInput.cells : rowInput;
      const row = sheet.getRow(r + 1);
      cells.forEach((input, c) => {
        const spec: FixtureCell = isFixtureCell(input) ? input : { value: input };
        if (spec.value === null && Object.keys(spec).length === 1) return;
        const cell = row.getCell(c + 1);
        cell.value = toExcelValue(spec.value);
        const alignment: Partial<import("exceljs").Alignment> = {};
        if (spec.indent) alignment.indent = spec.indent;
        if (spec.align) alignment.horizontal = spec.align;
        if (spec.wrap) {
          alignment.wrapText = true;
          alignment.vertical = "top";
        }
        if (Object.keys(alignment).length) cell.alignment = alignment;
        if (spec.bold || spec.fontSize) {
          cell.font = {
            ...(spec.bold ? { bold: true } : {}),
            ...(spec.fontSize ? { size: spec.fontSize } : {}),
          };
        }
        if (spec.fill) {
          const argb = `FF${spec.fill.replace("#", "").toUpperCase()}`;
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
        }
        const isDate =
          typeof spec.value === "object" && spec.value !== null && "date" in spec.value;
        if (spec.numberFormat) cell.numFmt = spec.numberFormat;
        else if (isDate) cell.numFmt = "yyyy/m/d";
      });
      if (isFixtureRow(rowInput) && rowInput.hidden) row.hidden = true;
      if (isFixtureRow(rowInput) && rowInput.height) row.height = rowInput.height;
    });
    for (const range of sheetFixture.merges ?? []) sheet.mergeCells(range);
    if (sheetFixture.border) {
      const thin = { style: "thin" as const };
      const [from, to = from] = sheetFixture.border.split(":");
      const a = parseAddress(from);
      const b = parseAddress(to);
      for (let r = a.row; r <= b.row; r++) {
        for (let c = a.column; c <= b.column; c++) {
          sheet.getCell(r + 1, c + 1).border = { top: thin, left: thin, bottom: thin, right: thin };
        }
      }
    }
    if (sheetFixture.freezeRows) {
      sheet.views = [{ state: "frozen", xSplit: 0, ySplit: sheetFixture.freezeRows }];
    }
    if (sheetFixture.print) {
      sheet.pageSetup.paperSize = 9;
      sheet.pageSetup.orientation = sheetFixture.print;
      sheet.pageSetup.fitToPage = true;
      sheet.pageSetup.fitToWidth = 1;
      sheet.pageSetup.fitToHeight = 0;
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZip(
    buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer)
  );
}

/** 2024-05-16 00:00 UTC (JSZip stores UTC): every zip entry's timestamp in generated files. */
const FIXED_ZIP_DATE = new Date(Date.UTC(2024, 4, 16));

/**
 * Re-zips with fixed entry timestamps, so generating a workbook twice gives the same bytes
 * (ExcelJS stamps every entry with the current time). Content and order are unchanged.
 */
export async function normalizeZip(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = ((await import("jszip")) as unknown as { default?: typeof import("jszip") })
    .default as typeof import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, file) => {
    file.date = FIXED_ZIP_DATE;
  });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

// ---------------------------------------------------------------------------------------------------
// Level 2: a 基础数据表 from an outline of lines

/** A figure as the spec states it: 元 as a number, or a deliberately odd cell. */
export type Figure =
  | number
  /** Typed as text, e.g. "1,234.00" or "１２３". */
  | OddFigure<{ text: string }>
  | OddFigure<{ error: string }>
  /** A date typed where an amount belongs (shown as yyyy/m/d). */
  | OddFigure<{ date: string }>
  /** A formula written as given (no check); `result` omitted = no cached value. */
  | OddFigure<{ formula: string; result?: number }>;

/** `as`: the amount (元) the odd cell stands for, used in the parents' totals so only this cell is wrong. */
type OddFigure<T> = T & { as?: number };

export interface BudgetLine {
  /** The label as printed, without indentation: "（一）基本支出", "基本工资", "其中：公务用车购置费". */
  label: string;
  code?: string;
  prior?: Figure;
  budget?: Figure;
  current?: Figure;
  reason?: string;
  children?: BudgetLine[];
  /** The children are a partial breakdown (其中): Σ children ≤ this line, no SUM formula. */
  ofWhich?: boolean;
  /** A figure line of people, not money (人员情况): written as whole numbers, never scaled to 万元. */
  count?: boolean;
  /** A heading whose children are not summed into it (五、人员情况（人））. */
  heading?: boolean;
  /** Write the stated figures as they are even if they contradict the children (for check fixtures). */
  unchecked?: boolean;
  hidden?: boolean;
}

export type BudgetColumn = "label" | "code" | "prior" | "budget" | "current" | "reason";

export interface BudgetSheetSpec {
  sheetName?: string;
  /** Title row text, e.g. "2023年度部门整体支出绩效评价基础数据表". */
  title: string;
  /** More banner rows under the title (e.g. "公开01表"). */
  extraTitleRows?: string[];
  unitName: string;
  /** The report year (本年); headers default to `${year - 1}年决算数` etc. */
  year: number;
  /** Unit the figures are typed in; the spec's numbers are always 元. Default 元. */
  unit?: "元" | "万元";
  /** No "单位名称 … 单位：元" line. */
  noUnitLine?: boolean;
  columns?: BudgetColumn[];
  headers?: Partial<Record<BudgetColumn, string>>;
  /** "two-row": 项目/科目编码/变动原因 merged over two rows, years on top of 决算数/预算数. */
  headerStyle?: "single" | "two-row";
  /** Leading spaces (default), cell indent, or none (markers and codes only). */
  indent?: "spaces" | "cell" | "none";
  spacesPerLevel?: number;
  /** SUM formulas with cached values for parent lines (default true); false types the totals. */
  formulas?: boolean;
  /** Rows under the table ("注：…"). */
  notes?: string[];
  lines: BudgetLine[];
}

const HEADER = { bold: true, align: "center", wrap: true, fill: "#D9E1F2" } as const;

const DEFAULT_COLUMNS: BudgetColumn[] = ["label", "code", "prior", "budget", "current", "reason"];
const MONEY_COLUMNS = ["prior", "budget", "current"] as const;
type MoneyColumn = (typeof MONEY_COLUMNS)[number];

function defaultHeaders(year: number): Record<BudgetColumn, string> {
  return {
    label: "项目",
    code: "科目编码",
    prior: `${year - 1}年决算数`,
    budget: `${year}年预算数`,
    current: `${year}年决算数`,
    reason: "变动原因",
  };
}

/** Parent figures in exact fen, by line, from the children; throws when a stated figure disagrees. */
export function computeFigures(
  lines: readonly BudgetLine[],
  path = ""
): Map<BudgetLine, Partial<Record<MoneyColumn, Fen>>> {
  const result = new Map<BudgetLine, Partial<Record<MoneyColumn, Fen>>>();
  const stated = (line: BudgetLine, column: MoneyColumn): Fen | undefined => {
    const figure = line[column];
    if (typeof figure === "number") {
      const fen = numberToFen(figure);
      if (fen === undefined)
        throw new Error(`${path}${line.label}: ${column} ${figure} is not money`);
      return fen;
    }
    if (figure && typeof figure === "object") {
      if (figure.as !== undefined) return numberToFen(figure.as);
      if ("formula" in figure && figure.result !== undefined) return numberToFen(figure.result);
    }
    return undefined;
  };
  const visit = (line: BudgetLine, where: string): Partial<Record<MoneyColumn, Fen>> => {
    const own: Partial<Record<MoneyColumn, Fen>> = {};
    const children = line.children ?? [];
    const childFigures = children.map((child) => visit(child, `${where}${line.label} › `));
    for (const column of MONEY_COLUMNS) {
      const given = stated(line, column);
      const parts = childFigures.map((f) => f[column]);
      const summable = children.length > 0 && parts.every((p) => p !== undefined);
      const sum = summable ? (parts as Fen[]).reduce((a, b) => a + b, 0) : undefined;
      if (line.heading) continue;
      if (line.unchecked) {
        // Written as stated; its parents add up what it should have been (its children's sum).
        const value = sum ?? given;
        if (value !== undefined) own[column] = value;
        continue;
      }
      if (line[column] !== undefined && typeof line[column] !== "number") {
        if (given !== undefined) own[column] = given;
        continue;
      }
      if (line.ofWhich) {
        if (given !== undefined && sum !== undefined && sum > given) {
          throw new Error(`${where}${line.label}: 其中 ${column} Σ ${sum} 分 exceeds ${given} 分`);
        }
        if (given !== undefined) own[column] = given;
        continue;
      }
      if (given !== undefined && sum !== undefined && given !== sum) {
        throw new Error(
          `${where}${line.label}: ${column} is ${given} 分 but its children sum to ${sum} 分`
        );
      }
      const value = given ?? sum;
      if (value !== undefined) own[column] = value;
    }
    result.set(line, own);
    return own;
  };
  for (const line of lines) visit(line, path);
  return result;
}

function flatten(
  lines: readonly BudgetLine[],
  depth = 0,
  out: { line: BudgetLine; depth: number; parent?: BudgetLine }[] = [],
  parent?: BudgetLine
): { line: BudgetLine; depth: number; parent?: BudgetLine }[] {
  for (const line of lines) {
    out.push({ line, depth, parent });
    if (line.children) flatten(line.children, depth + 1, out, line);
  }
  return out;
}

/** Fen → the number typed in the sheet's unit (万元: rounded half up to two decimals, like real tables). */
function fenInUnit(fen: Fen, unit: "元" | "万元"): number {
  return unit === "万元" ? Number(formatWan(fen)) : fen / 100;
}

/** Builds the 基础数据表 sheet (and checks its arithmetic). */
export function budgetSheet(spec: BudgetSheetSpec): SheetFixture {
  const unit = spec.unit ?? "元";
  const columns = spec.columns ?? DEFAULT_COLUMNS;
  const headers = { ...defaultHeaders(spec.year), ...spec.headers };
  const indentMode = spec.indent ?? "spaces";
  const spaces = spec.spacesPerLevel ?? 2;
  const useFormulas = spec.formulas ?? true;
  const width = columns.length;
  const col = (role: BudgetColumn) => columns.indexOf(role);
  const lastColumn = columnLetters(width - 1);
  const figures = computeFigures(spec.lines);

  const rows: (FixtureCellInput[] | FixtureRow)[] = [];
  const merges: string[] = [];
  const banner = (text: string, bold = false): void => {
    const row: FixtureCellInput[] = new Array(width).fill(null);
    row[0] = bold ? { value: text, bold: true, fontSize: 16, align: "center" } : text;
    rows.push(row);
    merges.push(`A${rows.length}:${lastColumn}${rows.length}`);
  };
  banner(spec.title, true);
  for (const extra of spec.extraTitleRows ?? []) banner(extra);
  if (!spec.noUnitLine) {
    const row: FixtureCellInput[] = new Array(width).fill(null);
    row[0] = `单位名称：${spec.unitName}`;
    row[width - 1] = `单位：${unit}`;
    rows.push(row);
  }
  if (spec.headerStyle === "two-row") {
    const top: FixtureCellInput[] = new Array(width).fill(null);
    const bottom: FixtureCellInput[] = new Array(width).fill(null);
    const topRow = rows.length + 1;
    columns.forEach((role, c) => {
      const letter = columnLetters(c);
      if (role === "prior" || role === "budget" || role === "current") {
        const year = role === "prior" ? spec.year - 1 : spec.year;
        top[c] = { value: `${year}年`, ...HEADER };
        bottom[c] = { value: role === "budget" ? "预算数" : "决算数", ...HEADER };
      } else {
        top[c] = { value: headers[role], ...HEADER };
        bottom[c] = { value: null, ...HEADER };
        merges.push(`${letter}${topRow}:${letter}${topRow + 1}`);
      }
    });
    // Merge the year over adjacent columns of the same year ("2023年" over 预算数 | 决算数).
    for (let c = 0; c < width; c++) {
      let end = c;
      const text = (v: FixtureCellInput) => (isFixtureCell(v) ? v.value : v);
      while (
        end + 1 < width &&
        MONEY_COLUMNS.includes(columns[c] as MoneyColumn) &&
        MONEY_COLUMNS.includes(columns[end + 1] as MoneyColumn) &&
        text(top[end + 1]) === text(top[c])
      )
        end++;
      if (end > c) {
        for (let k = c + 1; k <= end; k++) top[k] = null;
        merges.push(`${columnLetters(c)}${topRow}:${columnLetters(end)}${topRow}`);
        c = end;
      }
    }
    rows.push(top, bottom);
  } else {
    rows.push(columns.map((role) => ({ value: headers[role], ...HEADER })));
  }

  const flat = flatten(spec.lines);
  const firstDataRow = rows.length + 1;
  const headerTop = firstDataRow - (spec.headerStyle === "two-row" ? 2 : 1);
  const rowOf = new Map<BudgetLine, number>();
  flat.forEach((entry, i) => rowOf.set(entry.line, firstDataRow + i));

  for (const { line, depth } of flat) {
    const cells: FixtureCellInput[] = new Array(width).fill(null);
    const labelText =
      indentMode === "spaces" ? " ".repeat(depth * spaces) + line.label : line.label;
    cells[col("label")] =
      indentMode === "cell" && depth > 0 ? { value: labelText, indent: depth } : labelText;
    if (line.code && col("code") >= 0) cells[col("code")] = line.code;
    if (line.reason && col("reason") >= 0) {
      cells[col("reason")] = { value: line.reason, wrap: true };
    }
    const own = figures.get(line) ?? {};
    for (const column of MONEY_COLUMNS) {
      const c = col(column);
      if (c < 0) continue;
      const figure = line[column];
      const format = line.count ? "0" : "#,##0.00";
      if (figure !== undefined && typeof figure === "object") {
        if ("text" in figure) cells[c] = figure.text;
        else if ("error" in figure) cells[c] = { error: figure.error };
        else if ("date" in figure)
          cells[c] = { value: { date: figure.date }, numberFormat: "yyyy/m/d" };
        else
          cells[c] = {
            value: { formula: figure.formula, result: figure.result },
            numberFormat: format,
          };
        continue;
      }
      const fen = typeof figure === "number" ? numberToFen(figure) : own[column];
      if (fen === undefined) continue;
      const shown = line.count ? fen / 100 : fenInUnit(fen, unit);
      const children = line.children ?? [];
      const canSum =
        useFormulas && !line.ofWhich && !line.unchecked && !line.heading && children.length > 0;
      if (canSum) {
        const letter = columnLetters(c);
        const childRows = children.map((child) => rowOf.get(child) as number);
        const contiguous = childRows.every((r, i) => i === 0 || r === childRows[i - 1] + 1);
        const formula = contiguous
          ? `SUM(${letter}${childRows[0]}:${letter}${childRows[childRows.length - 1]})`
          : childRows.map((r) => `${letter}${r}`).join("+");
        // The cached value is what Excel computes from the typed children.
        const childShown = children.map((child) => {
          const typed = child[column];
          const childFen =
            (typeof typed === "number" ? numberToFen(typed) : (figures.get(child) ?? {})[column]) ??
            0;
          return child.count ? childFen / 100 : fenInUnit(childFen, unit);
        });
        // Children are typed with at most two decimals in either unit: sum them in hundredths.
        const cached = childShown.reduce((a, v) => a + Math.round(v * 100), 0) / 100;
        cells[c] = { value: { formula, result: cached }, numberFormat: format };
      } else {
        cells[c] = { value: shown, numberFormat: format };
      }
    }
    rows.push(line.hidden ? { cells, hidden: true } : cells);
  }
  const lastDataRow = rows.length;
  for (const note of spec.notes ?? []) {
    banner(note);
    // Long notes wrap over two lines of the merged row (Excel does not auto-fit merged rows).
    rows[rows.length - 1] = {
      cells: [{ value: note, wrap: true }, ...new Array<FixtureCellInput>(width - 1).fill(null)],
      height: 30,
    };
  }

  const widths: Record<BudgetColumn, number> = {
    label: 40,
    code: 12,
    prior: 16,
    budget: 16,
    current: 16,
    reason: 46,
  };
  return {
    name: spec.sheetName ?? "基础数据表",
    columnWidths: columns.map((role) => widths[role]),
    rows,
    merges,
    border: `A${headerTop}:${lastColumn}${lastDataRow}`,
    freezeRows: firstDataRow - 1,
    print: "landscape",
  };
}

/** The row (1-based, as in Excel) of each line of a budget sheet spec, by label path "A › B". */
export function budgetLineRows(spec: BudgetSheetSpec): Map<string, number> {
  const headerRows = spec.headerStyle === "two-row" ? 2 : 1;
  const first = 1 + (spec.extraTitleRows?.length ?? 0) + (spec.noUnitLine ? 0 : 1) + headerRows + 1;
  const out = new Map<string, number>();
  flatten(spec.lines).forEach(({ line }, i) => out.set(line.label, first + i));
  return out;
}

/** A 基本情况 sheet: label | text rows. */
export function profileSheet(
  rows: readonly (readonly [string, string])[],
  name = "基本情况"
): SheetFixture {
  return {
    name,
    columnWidths: [24, 80],
    rows: [
      [
        { value: "项目", ...HEADER },
        { value: "内容", ...HEADER },
      ],
      ...rows.map(([label, text]): FixtureCellInput[] => [
        { value: label, bold: true },
        { value: text, wrap: true },
      ]),
    ],
    border: `A1:B${rows.length + 1}`,
    freezeRows: 1,
    print: "portrait",
  };
}
