/**
 * Finding the header of a budget table: which row(s) hold the column titles, which column is which,
 * the money unit and the year — by header text, never by position. Handles title rows above, a unit line,
 * two-row merged headers ("决算数" over "上年 | 本年", "金额（万元）" over three columns) and any column order.
 */
import { Grid, cellText, parseRange } from "../grid";
import { CurrencyUnit } from "../money";
import { removeSpaces, toHalfWidth } from "../text";
import type { FigureColumn } from "../book";

export type ColumnRole = FigureColumn | "label" | "code" | "reason";

export interface HeaderMatch {
  /** Grid row indices of the first and last header rows. */
  top: number;
  bottom: number;
  columns: Partial<Record<ColumnRole, number>>;
  /**
   * The label column and the columns right of it that its header spans ("项目" merged over A:C, 一级 labels
   * in A, 二级 in B, items in C): the hierarchy is given by which of them a row's label stands in.
   */
  labelColumns?: number[];
  /** Grid row where the table ends because another one begins below it (several units on one sheet). */
  end?: number;
  headers: Partial<Record<ColumnRole, string>>;
  /** Unit named in a figure column's header ("金额（万元）"), if any. */
  unitInHeader?: CurrencyUnit;
  /** Years named in the figure headers, by role. */
  years: Partial<Record<FigureColumn, number>>;
  score: number;
}

/** How far down a sheet to look for its header. */
const HEADER_SEARCH_ROWS = 40;

/** Text of every cell in rows [from, to], with a merged area's value copied to all its cells. */
export function headerTexts(grid: Grid, from: number, to: number): string[][] {
  const texts: string[][] = [];
  for (let r = from; r <= to; r++)
    texts.push((grid.rows[r] ?? []).map((cell) => cellText(cell).trim()));
  for (const range of grid.merges ?? []) {
    const area = parseRange(range);
    const origin = grid.origin ? parseRange(grid.origin) : { top: 0, left: 0 };
    const top = area.top - origin.top;
    const left = area.left - origin.left;
    const bottom = area.bottom - origin.top;
    const right = area.right - origin.left;
    if (bottom < from || top > to) continue;
    const value = cellText(grid.rows[top]?.[left]).trim();
    for (let r = Math.max(top, from); r <= Math.min(bottom, to); r++) {
      const row = texts[r - from];
      for (let c = left; c <= right; c++) row[c] = value;
    }
  }
  return texts;
}

interface Classified {
  role: ColumnRole;
  year?: number;
}

/** Classifies one column's (composed) header text. */
export function classifyHeader(text: string): Classified | undefined {
  const t = removeSpaces(toHalfWidth(text));
  if (t === "") return undefined;
  const yearMatch = /(20\d{2}|19\d{2})年(度)?/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  if (/(变动|增减|变化|差异)(原因|说明)|^原因|原因说明|^备注|^说明$/.test(t))
    return { role: "reason" };
  if (
    /(科目|项目|分类)?(编码|代码)$|^(科目)?编码|^代码|^科目代码|^编号$/.test(t) &&
    !/名称/.test(t)
  )
    return { role: "code" };
  if (/(增减|变动|差额|增长|比上年|执行率|占比|比重|%)/.test(t)) return undefined;
  // A prior year's budget is not the budget the execution rate is measured against.
  if (/预算/.test(t) && !/决算/.test(t))
    return /上年|上期|去年/.test(t) ? undefined : { role: "budget", year };
  if (year && /^(19|20)\d{2}年度?(决算)?$/.test(t)) return { role: "current", year };
  if (/上年|上期|去年/.test(t)) return { role: "prior", year };
  if (
    /本年|本期|今年|决算|实际|执行数|完成数|支出数|金额|数额/.test(t) ||
    (year && /数$/.test(t))
  ) {
    return { role: "current", year };
  }
  if (
    /^(项目|项目名称|科目名称|支出项目|名称|内容|指标|指标名称|类别|摘要|科目)$/.test(t) ||
    /项目$|名称$/.test(t)
  )
    return { role: "label" };
  return undefined;
}

/** Reads a money unit out of text: "单位：万元", "金额单位：元", "（万元）". */
export function unitInText(text: string): CurrencyUnit | undefined {
  const t = removeSpaces(toHalfWidth(text));
  const labelled = /(?:金额)?单位[:：]?(万元|元)(?![\u4e00-\u9fff])/.exec(t);
  if (labelled) return labelled[1] as CurrencyUnit;
  const bracketed = /[(（[](万元|元)[)）\]]/.exec(t);
  return bracketed ? (bracketed[1] as CurrencyUnit) : undefined;
}

/**
 * Finds the best header in a grid: the row whose (composed) column titles name a label column and at
 * least one figure column. Years in the headers decide 本年 vs 上年 when both say "决算数".
 */
export function findHeader(grid: Grid, forcedBottom?: number): HeaderMatch | undefined {
  const last = Math.min(grid.rows.length - 1, HEADER_SEARCH_ROWS);
  const candidates = forcedBottom !== undefined ? [forcedBottom] : range(0, last);
  let best: HeaderMatch | undefined;
  for (const bottom of candidates) {
    for (let depth = 0; depth <= 2 && bottom - depth >= 0; depth++) {
      const match = matchHeader(grid, bottom - depth, bottom);
      if (match && (!best || match.score > best.score)) best = match;
    }
  }
  return best;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** True for a title or unit line: one distinct text across the row. */
function isBannerRow(texts: string[]): boolean {
  const distinct = new Set(texts.filter((t) => t !== ""));
  return distinct.size <= 1;
}

function matchHeader(grid: Grid, top: number, bottom: number): HeaderMatch | undefined {
  const texts = headerTexts(grid, top, bottom);
  if (texts.some(isBannerRow)) return undefined;
  const width = Math.max(...texts.map((row) => row.length));
  const found: { column: number; text: string; classified: Classified }[] = [];
  let unitInHeader: CurrencyUnit | undefined;
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of texts) {
      const part = row[c] ?? "";
      if (part !== "" && parts[parts.length - 1] !== part) parts.push(part);
    }
    const text = parts.join(" ");
    const classified = classifyHeader(parts.join(""));
    if (!classified) continue;
    found.push({ column: c, text, classified });
    if (classified.role !== "label" && classified.role !== "code" && classified.role !== "reason") {
      unitInHeader = unitInHeader ?? unitInText(text);
    }
  }
  const columns: Partial<Record<ColumnRole, number>> = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  const years: Partial<Record<FigureColumn, number>> = {};
  const assign = (role: ColumnRole, column: number, text: string, year?: number): void => {
    if (columns[role] !== undefined) return;
    columns[role] = column;
    headers[role] = text;
    if (year !== undefined && role !== "label" && role !== "code" && role !== "reason")
      years[role] = year;
  };

  // Two "决算数" columns told apart by their years: the later one is 本年, the earlier 上年.
  const actuals = found.filter((f) => f.classified.role === "current");
  const datedActuals = actuals.filter((f) => f.classified.year !== undefined);
  if (datedActuals.length >= 2 && !found.some((f) => f.classified.role === "prior")) {
    const sorted = [...datedActuals].sort(
      (a, b) => (b.classified.year ?? 0) - (a.classified.year ?? 0)
    );
    assign("current", sorted[0].column, sorted[0].text, sorted[0].classified.year);
    assign("prior", sorted[1].column, sorted[1].text, sorted[1].classified.year);
  }
  // The budget the execution rate is measured against: this year's, the full-year (adjusted) one before
  // the 年初 one — "2022年 预算数" over last year's columns is not it.
  const currentYear =
    years.current ?? actuals.find((f) => f.classified.year !== undefined)?.classified.year;
  const budgets = found
    .filter((f) => f.classified.role === "budget")
    .filter(
      (f) =>
        currentYear === undefined ||
        f.classified.year === undefined ||
        f.classified.year === currentYear
    )
    .sort((a, b) => budgetRank(b.text) - budgetRank(a.text));
  if (budgets.length > 0)
    assign("budget", budgets[0].column, budgets[0].text, budgets[0].classified.year);
  for (const f of found) {
    if (f.classified.role === "budget") continue;
    assign(f.classified.role, f.column, f.text, f.classified.year);
  }

  if (columns.current === undefined && columns.prior === undefined) return undefined;
  if (columns.label === undefined) {
    // No titled label column: the first column left of the figures that holds text below the header.
    const firstFigure = Math.min(
      ...[columns.current, columns.prior, columns.budget].filter(
        (c): c is number => c !== undefined
      )
    );
    for (let c = 0; c < firstFigure; c++) {
      if (c === columns.code) continue;
      if (hasTextBelow(grid, bottom, c)) {
        columns.label = c;
        headers.label = texts[texts.length - 1][c] ?? "";
        break;
      }
    }
    if (columns.label === undefined) return undefined;
  }
  // The label header spanning several columns (merged over them, so each carries its text).
  let labelColumns: number[] | undefined;
  const labelText = texts[texts.length - 1][columns.label] ?? "";
  const taken = new Set(Object.values(columns));
  for (let c = columns.label + 1; labelText !== "" && c < width; c++) {
    if (taken.has(c) || (texts[texts.length - 1][c] ?? "") !== labelText) break;
    (labelColumns ??= [columns.label]).push(c);
  }
  const score =
    (columns.label !== undefined ? 2 : 0) +
    (columns.current !== undefined ? 3 : 0) +
    (columns.prior !== undefined ? 3 : 0) +
    (columns.budget !== undefined ? 1 : 0) +
    (columns.code !== undefined ? 1 : 0) +
    (columns.reason !== undefined ? 1 : 0) -
    (bottom - top) * 0.1;
  return {
    top,
    bottom,
    columns,
    ...(labelColumns ? { labelColumns } : {}),
    headers,
    unitInHeader,
    years,
    score,
  };
}

/**
 * Which budget column is the one to measure against: 全年预算数 (4), 调整（后）预算数 (3), a plain 预算数 (2),
 * 年初预算数 (1).
 */
function budgetRank(header: string): number {
  const t = removeSpaces(toHalfWidth(header));
  if (/全年预算/.test(t)) return 4;
  if (/调整(后)?(的)?预算|预算调整|调整数/.test(t)) return 3;
  if (/年初/.test(t)) return 1;
  return 2;
}

/** What a budget column is called in the report: 全年预算数, 调整预算数 or 年初预算数. */
export function budgetKind(header: string | undefined): "full-year" | "adjusted" | "initial" {
  const rank = header === undefined ? 2 : budgetRank(header);
  return rank === 3 ? "adjusted" : rank === 1 ? "initial" : "full-year";
}

function hasTextBelow(grid: Grid, bottom: number, column: number): boolean {
  for (let r = bottom + 1; r < Math.min(grid.rows.length, bottom + 15); r++) {
    const value = grid.rows[r]?.[column]?.value;
    if (typeof value === "string" && /[\u4e00-\u9fff]/.test(value)) return true;
  }
  return false;
}
