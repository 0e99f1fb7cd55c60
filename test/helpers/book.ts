/**
 * A small Book builder for tests that should not depend on recognition: rows as a readable list (label,
 * key, code, depth, values as typed in the sheet's unit), laid out like docs/domain.md §3.1 —
 * title in A1, unit line in row 2, headers in row 3, data from row 4; columns
 * 项目 A | 科目编码 B | 上年决算数 C | 预算数 D | 本年决算数 E | 变动原因 F by default.
 */
import {
  Book,
  FigureColumn,
  Line,
  LineKind,
  REQUIRED_TEXT_KEYS,
  TextField,
  TextKey,
} from "../../src/core/book";
import { Cell, CellPosition, CellRef, CellValue, formatAddress, refAt } from "../../src/core/grid";
import { readCount, readMoney } from "../../src/core/figure";
import { CurrencyUnit } from "../../src/core/money";

export type ColumnName = FigureColumn | "label" | "code" | "reason";

export interface RowSpec {
  label: string;
  key?: string;
  code?: string;
  codeInferred?: boolean;
  depth?: number;
  ofWhich?: boolean;
  total?: Line["total"];
  kind?: LineKind;
  hidden?: boolean;
  /** Cell values as typed (numbers in the sheet's unit, or text such as "1,234.00", or a full Cell). */
  current?: CellValue | Cell;
  prior?: CellValue | Cell;
  budget?: CellValue | Cell;
  reason?: string;
}

export interface BookSpec {
  rows: RowSpec[];
  unit?: CurrencyUnit;
  unitAssumed?: boolean;
  sheet?: string;
  /** Column order, from column A. */
  columns?: ColumnName[];
  texts?: Partial<Record<TextKey, string>>;
  /** The 基本情况 sheet; texts sit in its column B from row 1, in `REQUIRED_TEXT_KEYS` order. */
  textSheet?: string;
}

export const DEFAULT_COLUMNS: ColumnName[] = [
  "label",
  "code",
  "prior",
  "budget",
  "current",
  "reason",
];
export const FIRST_DATA_ROW = 3; // 0-based: sheet row 4

const isCell = (value: CellValue | Cell | undefined): value is Cell =>
  typeof value === "object" && value !== null && "value" in value;

export function buildBook(spec: BookSpec): Book {
  const unit = spec.unit ?? "元";
  const sheet = spec.sheet ?? "基础数据表";
  const order = spec.columns ?? DEFAULT_COLUMNS;
  const columns: Partial<Record<ColumnName, number>> = {};
  order.forEach((name, index) => (columns[name] = index));
  const at = (row: number, column: number): CellPosition => ({ sheet, row, column });
  const ref = (row: number, column: number): CellRef => refAt(at(row, column));
  const children = new Map<Line, number[]>();
  const lines: Line[] = [];
  const stack: Line[] = [];
  const usedKeys = new Set<string>();
  spec.rows.forEach((row, index) => {
    const sheetRow = FIRST_DATA_ROW + index;
    const depth = row.depth ?? 0;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    let key = row.key ?? (row.code ? `code:${row.code}` : `row:${row.label}`);
    if (usedKeys.has(key)) key = `${key}#${sheetRow + 1}`;
    usedKeys.add(key);
    const kind = row.kind ?? "money";
    const line: Line = {
      index,
      key,
      label: row.label,
      rawLabel: row.label,
      labelAt: at(sheetRow, columns.label ?? 0),
      depth,
      children: [],
      ofWhich: row.ofWhich ?? false,
      kind,
      row: sheetRow,
    };
    if (row.code !== undefined) line.code = row.code;
    if (row.codeInferred) line.codeInferred = true;
    if (row.total) line.total = row.total;
    if (row.hidden) line.hidden = true;
    if (parent) {
      line.parent = parent.index;
      const siblings = children.get(parent) ?? [];
      siblings.push(index);
      children.set(parent, siblings);
      parent.children = siblings;
    }
    for (const column of ["current", "prior", "budget"] as const) {
      const position = columns[column];
      if (position === undefined) continue;
      const typed = row[column];
      const cell: Cell | undefined = isCell(typed)
        ? typed
        : typed === undefined || typed === null
          ? undefined
          : { value: typed };
      const cellAt = at(sheetRow, position);
      line[column] = kind === "count" ? readCount(cell, cellAt) : readMoney(cell, cellAt, unit);
    }
    if (row.reason !== undefined && columns.reason !== undefined) line.reason = row.reason;
    lines.push(line);
    stack.push(line);
  });

  const textSheet = spec.textSheet ?? (spec.texts ? "基本情况" : undefined);
  const texts: Partial<Record<TextKey, TextField>> = {};
  if (spec.texts && textSheet) {
    REQUIRED_TEXT_KEYS.forEach((key, i) => {
      const value = spec.texts?.[key];
      if (value !== undefined)
        texts[key] = { value, ref: { sheet: textSheet, address: `B${i + 1}` } };
    });
  }
  const lastRow = FIRST_DATA_ROW + Math.max(spec.rows.length, 1) - 1;
  return {
    unit: "常宁市总工会",
    unitRef: ref(1, 0),
    year: 2023,
    currencyUnit: unit,
    source: {
      kind: "basic-data-sheet",
      sheet,
      headerRows: [2, 2],
      columns,
      columnHeaders: {},
      range: `A${FIRST_DATA_ROW + 1}:${formatAddress(lastRow, order.length - 1)}`,
      unitRef: spec.unitAssumed ? undefined : ref(1, order.length - 1),
      unitAssumed: spec.unitAssumed ?? false,
      titleRef: ref(0, 0),
      ...(textSheet ? { textSheet } : {}),
      sheets: [],
    },
    lines,
    texts,
  };
}

/** Every required text filled with plain sentences. */
export const FILLED_TEXTS: Partial<Record<TextKey, string>> = {
  functions: "负责全市工会组织建设、职工权益维护和劳动竞赛等工作。",
  organization: "本单位内设办公室、组织部、权益保障部三个科室。",
  keyWork: "开展送温暖活动，组织职工技能竞赛。",
  performance: "各项工作按计划完成，职工满意度较高。",
  problems: "预算编制的精细化程度有待提高。",
  improvements: "加强预算执行监控，提高资金使用效益。",
};

/**
 * The seed case (常宁市总工会 2023, docs/domain.md §6) as a consistent 基础数据表 in 元: every parent = Σ children,
 * 人员经费 = 301 + 303, 公用经费 = 302 + 310, both years, budget = 本年. Invented breakdown.
 * Sheet rows: generalBudget 4, basic 5, personnel 6, 301 7, …
 */
export function seedRows(): RowSpec[] {
  // [label, code, key, depth, prior, current]
  const rows: [string, string | undefined, string | undefined, number, number, number][] = [
    ["一般公共预算支出", undefined, "generalBudget", 0, 2677132, 2786600],
    ["基本支出", undefined, "basic", 1, 2652132, 2757600],
    ["人员经费", undefined, "personnel", 2, 2423400, 2512088],
    ["工资福利支出", "301", undefined, 3, 2341000, 2421200],
    ["基本工资", "30101", undefined, 4, 680000, 700000],
    ["津贴补贴", "30102", undefined, 4, 580000, 600000],
    ["奖金", "30103", undefined, 4, 95000, 100000],
    ["绩效工资", "30107", undefined, 4, 390000, 400000],
    ["机关事业单位基本养老保险缴费", "30108", "pension", 4, 232000, 240900],
    ["职业年金缴费", "30109", "annuity", 4, 0, 0],
    ["职工基本医疗保险缴费", "30110", "medical", 4, 138000, 142600],
    ["其他社会保障缴费", "30112", "otherSocial", 4, 36000, 37700],
    ["住房公积金", "30113", undefined, 4, 190000, 200000],
    ["对个人和家庭的补助", "303", undefined, 3, 82400, 90888],
    ["退休费", "30302", undefined, 4, 82400, 90888],
    ["公用经费", undefined, "publicOperating", 2, 228732, 245512],
    ["商品和服务支出", "302", undefined, 3, 210732, 225512],
    ["办公费", "30201", undefined, 4, 56000, 60000],
    ["差旅费", "30211", undefined, 4, 38000, 40000],
    ["公务接待费", "30217", undefined, 4, 5732, 5512],
    ["工会经费", "30228", undefined, 4, 47000, 50000],
    ["公务用车运行维护费", "30231", undefined, 4, 28000, 30000],
    ["其他商品和服务支出", "30299", undefined, 4, 36000, 40000],
    ["资本性支出", "310", undefined, 3, 18000, 20000],
    ["办公设备购置", "31002", undefined, 4, 18000, 20000],
    ["项目支出", undefined, "project", 1, 25000, 29000],
    ["工会日常工作经费", undefined, undefined, 2, 25000, 29000],
    ["政府性基金预算支出", undefined, "govFund", 0, 0, 0],
    ["国有资本经营预算支出", undefined, "stateCapital", 0, 0, 0],
    ['"三公"经费', undefined, "threePublic", 0, 33732, 35512],
    ["因公出国（境）费", undefined, "abroad", 1, 0, 0],
    ["公务用车购置及运行维护费", undefined, "vehicle", 1, 28000, 30000],
    ["公务用车购置费", undefined, "vehiclePurchase", 2, 0, 0],
    ["公务用车运行维护费", undefined, "vehicleOperation", 2, 28000, 30000],
    ["公务接待费", undefined, "reception", 1, 5732, 5512],
  ];
  const money: RowSpec[] = rows.map(([label, code, key, depth, prior, current]) => ({
    label,
    ...(code ? { code } : {}),
    ...(key ? { key } : {}),
    depth,
    prior,
    current,
    budget: current,
    ...(key === "vehiclePurchase" || key === "vehicleOperation" ? { ofWhich: true } : {}),
  }));
  return [
    ...money,
    { label: "人员情况（人）", depth: 0, kind: "count" },
    { label: "编制数", key: "staffAuthorized", depth: 1, kind: "count", prior: 26, current: 26 },
    { label: "年末实有人数", key: "staffActual", depth: 1, kind: "count", prior: 24, current: 24 },
  ];
}

/** The seed rows with some changed: `patch` by key (or `code:<code>`). */
export function patchRows(rows: RowSpec[], patches: Record<string, Partial<RowSpec>>): RowSpec[] {
  return rows.map((row) => {
    const key = row.key ?? (row.code ? `code:${row.code}` : `row:${row.label}`);
    return patches[key] ? { ...row, ...patches[key] } : row;
  });
}

/** The clean seed book (texts filled), optionally patched. */
export function seedBook(
  patches: Record<string, Partial<RowSpec>> = {},
  extra: Partial<BookSpec> = {}
): Book {
  return buildBook({ rows: patchRows(seedRows(), patches), texts: FILLED_TEXTS, ...extra });
}

/** The sheet row (1-based, as in A1 addresses) of a line, for readable assertions. */
export function lineOf(book: Book, key: string): Line {
  const line = book.lines.find((l) => l.key === key);
  if (!line) throw new Error(`no line ${key}`);
  return line;
}

/**
 * A large generated book for timing: `groups` parents of 9 children each, plus a 合计 row, every sum
 * holding. Built directly (figures without parsing) so that building it costs little next to checking it.
 */
export function generatedBook(groups: number): Book {
  const sheet = "基础数据表";
  const lines: Line[] = [];
  let parent: Line | undefined;
  const figure = (row: number, column: number, value: number) => ({
    sheet,
    row,
    column,
    origin: "number" as const,
    value: value * 100,
  });
  const add = (label: string, depth: number, current: number, prior: number, total = false) => {
    const index = lines.length;
    const row = FIRST_DATA_ROW + index;
    const line: Line = {
      index,
      key: `row:${label}`,
      label,
      rawLabel: label,
      labelAt: { sheet, row, column: 0 },
      depth,
      children: [],
      ofWhich: false,
      kind: "money",
      row,
      prior: figure(row, 2, prior),
      budget: figure(row, 3, current),
      current: figure(row, 4, current),
    };
    if (total) line.total = "total";
    if (depth === 1 && parent) {
      line.parent = parent.index;
      parent.children = [...parent.children, index];
    } else parent = line;
    lines.push(line);
  };
  for (let g = 0; g < groups; g += 1) {
    add(`项目${g}`, 0, 90 + (g % 7) * 9, 81 + (g % 7) * 9);
    for (let i = 0; i < 9; i += 1) add(`明细${g}-${i}`, 1, 10 + (g % 7), 9 + (g % 7));
  }
  let current = 0;
  let prior = 0;
  for (let g = 0; g < groups; g += 1) {
    current += 90 + (g % 7) * 9;
    prior += 81 + (g % 7) * 9;
  }
  add("合计", 0, current, prior, true);
  const book = buildBook({ rows: [], texts: FILLED_TEXTS });
  return { ...book, lines };
}
