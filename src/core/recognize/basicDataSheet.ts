/**
 * Recognition of the 基础数据表 (docs/domain.md §3.1): one sheet with both years, found by header text.
 * Rows become Lines with a hierarchy from outline markers, codes, 其中 prefixes and indentation, then
 * the rows every report needs are tied to their stable keys.
 */
import type { Line } from "../book";
import { FIGURE_COLUMNS, FigureColumn, isStableKey, rememberKeyIndex } from "../book";
import { Figure, isDashText, parseNumberText, readCount, readMoney } from "../figure";
import {
  Cell,
  CellPosition,
  CellRef,
  Grid,
  cellRef,
  cellText,
  gridOrigin,
  parseRange,
} from "../grid";
import { CurrencyUnit } from "../money";
import type { RecognitionOverrides } from "../options";
import { normalizeLabel, removeSpaces, toHalfWidth } from "../text";
import { ColumnRole, HeaderMatch, findHeader, unitInText } from "./header";
import { CANONICAL_PARENT, ECONOMIC_CLASS_PARENT, assignKeys, isCountLabel } from "./keys";
import { assignFormParents, readStaffBlock } from "./hunanForm";
import { normalizeCode, parseLabel } from "./outline";

export interface DataSheet {
  sheet: string;
  header: HeaderMatch;
  /** Further tables of the same layout below the one read (other units' tables on the same sheet). */
  repeats: RepeatedTable[];
  unitName?: string;
  unitNameRef?: CellRef;
  currencyUnit: CurrencyUnit;
  unitRef?: CellRef;
  unitAssumed: boolean;
  year?: number;
  titleRef?: CellRef;
  lines: Line[];
  /** A1 range of the data rows. */
  range: string;
}

/** A known form whose structure is applied instead of the layout's (see hunanForm.ts). */
export type DataSheetTemplate = "hunan";

export function recognizeDataSheet(
  grid: Grid,
  overrides?: RecognitionOverrides,
  template?: DataSheetTemplate
): DataSheet | undefined {
  const origin = gridOrigin(grid);
  const forcedRow =
    overrides?.headerRow !== undefined ? overrides.headerRow - origin.row : undefined;
  const found = findHeader(grid, forcedRow);
  if (!found && !overrides?.columns) return undefined;
  const header: HeaderMatch = found ?? {
    top: forcedRow ?? 0,
    bottom: forcedRow ?? 0,
    columns: {},
    headers: {},
    years: {},
    score: 0,
  };
  for (const [role, column] of Object.entries(overrides?.columns ?? {})) {
    if (column !== undefined) header.columns[role as ColumnRole] = column - origin.column;
  }
  if (
    header.columns.label === undefined ||
    (header.columns.current === undefined && header.columns.prior === undefined)
  ) {
    return undefined;
  }

  const preamble = readPreamble(grid, header);
  const repeats = findRepeatedTables(grid, header);
  if (repeats.length > 0) header.end = repeats[0].row;
  const currencyUnit = header.unitInHeader ?? preamble.unit ?? "元";
  const rows = readRows(grid, header);
  const year =
    header.years.current ??
    (header.years.prior !== undefined ? header.years.prior + 1 : undefined) ??
    header.years.budget ??
    preamble.year;
  const lines = buildLines(grid, header, rows, currencyUnit, template);
  if (template === "hunan") prependLines(lines, readStaffBlock(grid, header, year));
  const lastRow = rows.gridRows.length ? rows.gridRows[rows.gridRows.length - 1] : header.bottom;
  const lastColumn = Math.max(
    ...Object.values(header.columns).filter((c): c is number => c !== undefined)
  );
  const first = cellRef(grid, header.bottom + 1, 0).address;
  const last = cellRef(grid, Math.max(lastRow, header.bottom + 1), lastColumn).address;
  return {
    sheet: grid.sheet,
    header,
    repeats,
    unitName: preamble.unitName,
    unitNameRef: preamble.unitNameRef,
    currencyUnit,
    unitRef: preamble.unitRef,
    unitAssumed: header.unitInHeader === undefined && preamble.unit === undefined,
    year,
    titleRef: preamble.titleRef,
    lines,
    range: `${first}:${last}`,
  };
}

/** Another table of the same layout further down the sheet: where it starts, and whose it is. */
export interface RepeatedTable {
  /** Grid row of its first row (its title or unit line, else its header). */
  row: number;
  /** Grid row of its header. */
  headerRow: number;
  unitName?: string;
}

/**
 * Tables that repeat the header further down (another unit's table pasted below, or each unit of a
 * department in turn): a row whose cells in the figure columns say what the header says. Its title and unit
 * lines just above belong to it, not to the table before.
 */
function findRepeatedTables(grid: Grid, header: HeaderMatch): RepeatedTable[] {
  const figureColumns = FIGURE_COLUMNS.map((f) => header.columns[f]).filter(
    (c): c is number => c !== undefined
  );
  if (figureColumns.length < 2) return [];
  const headerTexts = headerRowTexts(grid, header, figureColumns);
  const repeats: RepeatedTable[] = [];
  for (let r = header.bottom + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    // Cheap first test: a header cell is text, never a number.
    const first = cells[figureColumns[0]];
    if (!first || typeof first.value !== "string") continue;
    const same = figureColumns.filter(
      (c, i) => normalizeLabel(cellText(cells[c])) === headerTexts[i] && headerTexts[i] !== ""
    ).length;
    if (same < 2) continue;
    // Walk up over the new table's title, unit and header lines (rows with no figure).
    let start = r;
    let unitName: string | undefined;
    for (let up = r - 1; up > (repeats[repeats.length - 1]?.headerRow ?? header.bottom); up--) {
      const row = grid.rows[up] ?? [];
      if (figureColumns.some((c) => looksLikeFigure(row[c]))) break;
      const texts = row.map((cell) => cellText(cell).trim()).filter((t) => t !== "");
      if (texts.length === 0) continue;
      const name = texts
        .map((t) => UNIT_NAME.exec(toHalfWidth(t))?.[1])
        .find((n) => n !== undefined);
      if (name) unitName = name.split(/\s{2,}|\s*(?:金额)?单位[:：]/)[0].trim();
      if (!name && !isBannerText(texts)) break;
      start = up;
    }
    repeats.push({ row: start, headerRow: r, ...(unitName ? { unitName } : {}) });
  }
  return repeats;
}

/** The header's own words in each figure column (its last row, merged cells filled). */
function headerRowTexts(grid: Grid, header: HeaderMatch, columns: number[]): string[] {
  const texts: string[] = columns.map(() => "");
  for (let r = header.top; r <= header.bottom; r++) {
    const row = grid.rows[r] ?? [];
    columns.forEach((c, i) => {
      const text = normalizeLabel(cellText(row[c]));
      if (text !== "") texts[i] = text;
    });
  }
  return texts;
}

/** A title or unit line: one text, or texts that name a unit, a table or a money unit. */
function isBannerText(texts: string[]): boolean {
  return (
    new Set(texts).size <= 1 ||
    texts.every((t) => /[:：]/.test(t) || /表$|^\d{4}年/.test(t) || unitInText(t) !== undefined)
  );
}

interface Preamble {
  unitName?: string;
  unitNameRef?: CellRef;
  unit?: CurrencyUnit;
  unitRef?: CellRef;
  year?: number;
  titleRef?: CellRef;
}

const UNIT_NAME =
  /(?:单位名称|部门名称|部门\(单位\)名称|编制单位|填报单位|填表单位|预算单位|单位\(部门\))[:：]\s*(.+)/;

/** Title, unit name, money unit and year from the rows above (and in) the header. */
function readPreamble(grid: Grid, header: HeaderMatch): Preamble {
  const found: Preamble = {};
  for (let r = 0; r <= header.bottom; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]).trim();
      if (text === "") continue;
      const half = toHalfWidth(text);
      const nameMatch = UNIT_NAME.exec(half);
      if (nameMatch && !found.unitName) {
        // "单位名称：常宁市总工会    单位：元" — the name stops at wide spaces or the unit label.
        const name = nameMatch[1].split(/\s{2,}|\s*(?:金额)?单位[:：]/)[0].trim();
        if (name && !/^(万元|元)$/.test(name)) {
          found.unitName = name;
          found.unitNameRef = cellRef(grid, r, c);
        }
      }
      if (r < header.top && !found.unit) {
        const unit = unitInText(
          text.replace(UNIT_NAME, (m) => (/单位[:：]\s*(万元|元)/.test(m) ? m : ""))
        );
        if (unit) {
          found.unit = unit;
          found.unitRef = cellRef(grid, r, c);
        }
      }
      if (r < header.top) {
        const year = /(20\d{2}|19\d{2})\s*年/.exec(half);
        if (year && found.year === undefined) found.year = Number(year[1]);
        if (!found.titleRef && /表|报告|情况/.test(text) && !/[:：]/.test(text))
          found.titleRef = cellRef(grid, r, c);
      }
    }
  }
  if (!found.titleRef && header.top > 0) found.titleRef = cellRef(grid, 0, 0);
  return found;
}

/**
 * The data rows read into lines, before the tree is known. What only the outline and the figure reading
 * need per row stays in typed arrays beside them, so nothing but the lines is kept per row.
 */
interface DataRows {
  lines: Line[];
  /** 0-based grid row of each line. */
  gridRows: Int32Array;
  /** Typed indentation: Excel's indent level × 4 plus leading spaces. */
  indents: Float64Array;
  /** Outline rank (see `rank`). */
  ranks: Float64Array;
  /** Outline marker level (0 when the label has none). */
  markerLevels: Uint8Array;
}

/** Labels of rows under a table that are not data: notes, signatures, the 栏次 numbering row. */
const NOTE_LABEL =
  /^(注|说明|备注|填表人|制表人|单位负责人|财务负责人|审核人|联系电话)[:：0-9一二三、.]/;

/** A label one column to the right is one level deeper than any typed indentation could make it. */
const LABEL_COLUMN_INDENT = 1000;

/** A leaf's children: one shared, frozen empty list (most lines of a large sheet are leaves). */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

/** Data rows below the header, without blank rows, notes and a 栏次 numbering row. */
function readRows(grid: Grid, header: HeaderMatch): DataRows {
  const { columns } = header;
  const labelColumn = columns.label as number;
  const codeColumn = columns.code;
  const figureColumns = FIGURE_COLUMNS.map((f) => columns[f]).filter(
    (c): c is number => c !== undefined
  );
  const mergedLabel = mergedLabelLookup(grid, labelColumn, header.bottom + 1);
  const hidden = new Set(grid.hiddenRows ?? []);
  const origin = gridOrigin(grid);
  const capacity = Math.max(0, grid.rows.length - header.bottom - 1);
  const gridRows = new Int32Array(capacity);
  const indents = new Float64Array(capacity);
  const ranks = new Float64Array(capacity);
  const markerLevels = new Uint8Array(capacity);
  const lines: Line[] = [];
  const span = header.labelColumns;
  const end = Math.min(grid.rows.length, header.end ?? grid.rows.length);
  for (let r = header.bottom + 1; r < end; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    let labelCell = cells[labelColumn];
    // Labels across several columns: the column a label stands in is its level.
    let spanOffset = 0;
    if (span && cellText(labelCell).trim() === "") {
      for (let k = 1; k < span.length; k++) {
        if (cellText(cells[span[k]]).trim() !== "") {
          labelCell = cells[span[k]];
          spanOffset = k;
          break;
        }
      }
    }
    if ((!labelCell || cellText(labelCell).trim() === "") && mergedLabel.has(r))
      labelCell = mergedLabel.get(r);
    const rawLabel = cellText(labelCell);
    const hasFigure = anyFigure(cells, figureColumns);
    const trimmed = rawLabel.trim();
    if (trimmed === "" && !hasFigure) continue;
    // A row with figures is skipped only as the 栏次 row, so most rows need no normalising.
    if ((!hasFigure || /[栏行]/.test(trimmed)) && isNotData(trimmed, hasFigure)) continue;
    const parsed = parseLabel(rawLabel);
    const code =
      (codeColumn !== undefined ? normalizeCode(cells[codeColumn]?.value) : undefined) ??
      parsed.code;
    const index = lines.length;
    const indent = spanOffset * LABEL_COLUMN_INDENT + (labelCell?.indent ?? 0) * 4 + parsed.spaces;
    gridRows[index] = r;
    indents[index] = indent;
    markerLevels[index] = parsed.markerLevel ?? 0;
    ranks[index] = rank(indent, parsed.markerLevel, code);
    // Every line is created with all its fields (absent ones undefined): one object shape for the whole
    // sheet keeps property access fast on 100 000-row sheets.
    lines.push({
      index,
      key: "",
      label: parsed.label,
      rawLabel,
      code,
      codeInferred: undefined,
      marker: parsed.marker,
      depth: 0,
      parent: undefined,
      children: NO_CHILDREN,
      ofWhich: parsed.ofWhich,
      total: parsed.total,
      kind: "money",
      row: origin.row + r,
      hidden: hidden.has(r) ? true : undefined,
      current: undefined,
      prior: undefined,
      budget: undefined,
      reason: undefined,
    });
  }
  const used = lines.length;
  return {
    lines,
    gridRows: gridRows.subarray(0, used),
    indents: indents.subarray(0, used),
    ranks: ranks.subarray(0, used),
    markerLevels: markerLevels.subarray(0, used),
  };
}

/** True when any of the figure columns holds (or tries to hold) an amount. */
function anyFigure(
  cells: readonly (Cell | undefined)[],
  figureColumns: readonly number[]
): boolean {
  for (const column of figureColumns) if (looksLikeFigure(cells[column])) return true;
  return false;
}

/** The 栏次 numbering row, a label of only invisible spaces, and notes under the table. */
function isNotData(trimmed: string, hasFigure: boolean): boolean {
  const label = trimmed.length <= 40 ? removeSpaces(toHalfWidth(trimmed)) : trimmed;
  if (label === "" && !hasFigure) return true;
  if (label.length <= 2 && /^(栏次|行次)$/.test(label)) return true;
  return !hasFigure && NOTE_LABEL.test(label);
}

/** A cell that holds (or tries to hold) an amount: a number, an error, a formula, or text that reads as a number. */
function looksLikeFigure(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (cell.formula !== undefined || typeof cell.value === "number") return true;
  if (typeof cell.value === "object" && cell.value !== null) return true; // an error value
  return (
    typeof cell.value === "string" &&
    (parseNumberText(cell.value) !== undefined || isDashText(cell.value))
  );
}

/** For rows covered by a merged label area, the area's top-left cell. */
function mergedLabelLookup(
  grid: Grid,
  labelColumn: number,
  firstRow: number
): Map<number, Cell | undefined> {
  const lookup = new Map<number, Cell | undefined>();
  const origin = gridOrigin(grid);
  for (const range of grid.merges ?? []) {
    const area = parseRange(range);
    const left = area.left - origin.column;
    const right = area.right - origin.column;
    if (labelColumn < left || labelColumn > right) continue;
    const top = area.top - origin.row;
    const bottom = Math.min(area.bottom - origin.row, top + 10_000);
    const cell = grid.rows[top]?.[left];
    for (let r = Math.max(top + 1, firstRow); r <= bottom; r++) lookup.set(r, cell);
  }
  return lookup;
}

/**
 * Sort key of a row in the outline, as one number: indentation first (when a sheet has none, every row ties
 * at 0), then markers (一、 < （一） < 1. < （1） < ①), then codes by length (301 < 30101), then plain rows.
 * The second part stays below 100, so indent × 100 + part orders by both.
 */
function rank(indent: number, markerLevel: number | undefined, code: string | undefined): number {
  const part = markerLevel ? markerLevel * 10 : code ? 50 + code.length * 2 : 90;
  return indent * 100 + part;
}

function buildLines(
  grid: Grid,
  header: HeaderMatch,
  rows: DataRows,
  unit: CurrencyUnit,
  template?: DataSheetTemplate
): Line[] {
  const { lines } = rows;
  if (template === "hunan") assignFormParents(lines);
  else assignLayoutParents(rows);
  const byKey = assignKeys(lines);
  if (template !== "hunan") applyCanonicalParents(lines, byKey);
  finishTree(lines);
  readFigures(grid, header, rows, unit);
  rememberKeyIndex(lines, byKey);
  return lines;
}

/**
 * Lines found above the header (the Hunan form's staff counts) go first, in sheet order: later steps rely on
 * lines being ordered by row. Indices, parents and children move with them; keys already taken stay taken.
 */
function prependLines(lines: Line[], extra: Line[]): void {
  const taken = new Set(lines.map((line) => line.key));
  const added = extra.filter((line) => !taken.has(line.key));
  if (added.length === 0) return;
  const shift = added.length;
  for (const line of lines) {
    line.index += shift;
    if (line.parent !== undefined) line.parent += shift;
    if (line.children.length > 0) line.children = line.children.map((i) => i + shift);
  }
  added.forEach((line, i) => (line.index = i));
  lines.unshift(...added);
  const index = new Map(lines.map((line) => [line.key, line]));
  rememberKeyIndex(lines, index);
}

/** Parents as the layout shows them: a stack of open rows, each row's parent the nearest lower-ranked one. */
function assignLayoutParents({ lines, indents, ranks, markerLevels }: DataRows): void {
  const stack: number[] = [];
  const top = (): number => stack[stack.length - 1];
  let ofWhichGroup: { parent: number; indent: number } | undefined;
  let lastPlain: number | undefined;
  lines.forEach((line, index) => {
    if (line.total === "total" || line.total === "grandTotal") {
      ofWhichGroup = undefined;
      return; // a 合计/总计 row sums others; nothing hangs under it
    }
    if (line.ofWhich) {
      const parent = ofWhichGroup?.parent ?? lastPlain;
      if (parent !== undefined) {
        line.parent = parent;
        ofWhichGroup = { parent, indent: indents[index] };
        while (stack.length && top() !== parent) stack.pop();
        stack.push(index);
        return;
      }
    } else if (
      ofWhichGroup &&
      !markerLevels[index] &&
      !line.code &&
      indents[index] >= ofWhichGroup.indent &&
      indents[index] > indents[ofWhichGroup.parent]
    ) {
      // The indented rows under "其中：A" belong to the same partial breakdown.
      line.ofWhich = true;
      line.parent = ofWhichGroup.parent;
      while (stack.length && top() !== ofWhichGroup.parent) stack.pop();
      stack.push(index);
      return;
    } else {
      ofWhichGroup = undefined;
    }
    while (stack.length && ranks[top()] >= ranks[index]) stack.pop();
    if (stack.length) line.parent = top();
    if (line.total !== "subtotal") {
      stack.push(index);
      lastPlain = index;
    }
  });
}

function ancestors(lines: Line[], line: Line): Line[] {
  const out: Line[] = [];
  const seen = new Set<number>([line.index]);
  let p = line.parent;
  while (p !== undefined && !seen.has(p)) {
    seen.add(p);
    out.push(lines[p]);
    p = lines[p].parent;
  }
  return out;
}

/** Rows whose place is known (三公 parts, 基本/项目, 301 ⊂ 人员经费, 30101 ⊂ 301) hang under their parent even in flat layouts. */
const CANONICAL_PARENTS = new Map(Object.entries(CANONICAL_PARENT));

function applyCanonicalParents(lines: Line[], byKey: ReadonlyMap<string, Line>): void {
  const byCode = new Map<string, Line>();
  for (const line of lines) if (line.code && !byCode.has(line.code)) byCode.set(line.code, line);
  const reparent = (line: Line, parent: Line | undefined, ofWhich?: boolean): void => {
    if (!parent || parent === line || ancestors(lines, parent).includes(line)) return;
    line.parent = parent.index;
    if (ofWhich !== undefined) line.ofWhich = ofWhich;
  };
  for (const line of lines) {
    // Map lookup: an object lookup by 100 000 distinct "row:…" keys would internalise every one of them.
    const canonical = CANONICAL_PARENTS.get(line.key);
    if (canonical) reparent(line, byKey.get(canonical.parent), canonical.ofWhich);
    if (!line.code) continue;
    if (line.code.length === 3 && ECONOMIC_CLASS_PARENT[line.code]) {
      reparent(line, byKey.get(ECONOMIC_CLASS_PARENT[line.code]));
    } else if (line.code.length > 3) {
      reparent(line, byCode.get(line.code.slice(0, line.code.length - 2)));
    }
  }
}

function finishTree(lines: Line[]): void {
  const children: number[][] = [];
  for (const line of lines) {
    if (line.parent === undefined) continue;
    const list = children[line.parent];
    if (list) list.push(line.index);
    else children[line.parent] = [line.index];
  }
  for (const line of lines) line.children = children[line.index] ?? NO_CHILDREN;
  // Depth and head-count kind flow down the tree. Each line is settled once, walking up to the nearest
  // settled ancestor without recursion (a sheet may nest 100 000 rows deep), so the pass stays linear.
  const UNSET = -1;
  const VISITING = -2;
  const depth = new Int32Array(lines.length).fill(UNSET);
  const count = new Uint8Array(lines.length);
  const chain: number[] = [];
  for (let start = 0; start < lines.length; start++) {
    let at: number | undefined = start;
    while (at !== undefined && depth[at] === UNSET) {
      chain.push(at);
      depth[at] = VISITING;
      at = lines[at].parent;
    }
    const settled = at !== undefined && depth[at] >= 0;
    let d = settled ? depth[at as number] : -1;
    let underCount = settled ? count[at as number] === 1 : false;
    for (let k = chain.length - 1; k >= 0; k--) {
      const line = lines[chain[k]];
      const staff = line.key === "staffAuthorized" || line.key === "staffActual";
      // A line the report reads as money (基本支出, 项目支出, …) stays money even under a 人员情况 heading:
      // a head count there would reach the 万元 wording as a fraction of a fen.
      const money = !staff && isStableKey(line.key);
      underCount = staff || (!money && (underCount || isCountLabel(line.label)));
      d += 1;
      depth[line.index] = d;
      count[line.index] = underCount ? 1 : 0;
      line.depth = d;
      if (underCount) line.kind = "count";
    }
    chain.length = 0;
  }
}

function readFigures(grid: Grid, header: HeaderMatch, rows: DataRows, unit: CurrencyUnit): void {
  const origin = gridOrigin(grid);
  // One reader per figure column, its scratch position moved down the rows (readMoney copies it).
  const reader = (column: FigureColumn): FigureReader | undefined => {
    const c = header.columns[column];
    if (c === undefined) return undefined;
    const text = header.headers[column];
    return {
      gridColumn: c,
      unit: (text && unitInText(text)) || unit,
      at: { sheet: grid.sheet, row: 0, column: origin.column + c },
    };
  };
  const current = reader("current");
  const prior = reader("prior");
  const budget = reader("budget");
  const reasonColumn = header.columns.reason;
  const { lines, gridRows } = rows;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cells = grid.rows[gridRows[i]];
    const sheetRow = line.row;
    const count = line.kind === "count";
    if (current) line.current = readWith(current, cells, sheetRow, count);
    if (prior) line.prior = readWith(prior, cells, sheetRow, count);
    if (budget) line.budget = readWith(budget, cells, sheetRow, count);
    if (reasonColumn !== undefined) {
      const reason = cellText(cells[reasonColumn]).trim();
      if (reason !== "" && !/^[-—/无]$/.test(reason)) line.reason = reason;
    }
  }
}

interface FigureReader {
  gridColumn: number;
  unit: CurrencyUnit;
  at: CellPosition;
}

function readWith(
  reader: FigureReader,
  cells: (Cell | undefined)[],
  sheetRow: number,
  count: boolean
): Figure {
  reader.at.row = sheetRow;
  const cell = cells[reader.gridColumn];
  return count ? readCount(cell, reader.at) : readMoney(cell, reader.at, reader.unit);
}
