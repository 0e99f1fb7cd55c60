/**
 * Which standard table a sheet is, from its title (the first rows) or its sheet name — the public
 * template's "2023年度收入支出决算总表 公开01表" and the finance software's "Z04 支出决算表(财决04表)" alike.
 */
import { Cell, Grid, cellRef, cellText, CellRef } from "../../grid";
import { normalizeLabel, removeSpaces, toHalfWidth } from "../../text";
import type { StandardTableKind } from "./types";

/**
 * Most specific first: "财政拨款收入支出决算总表" also contains "收入支出决算总表". Each tolerates the wordings
 * units print: 收支 for 收入支出, 总体情况表 for 总表, 一般公开预算 (a common misprint), 情况表.
 */
const TITLE_PATTERNS: { kind: StandardTableKind; pattern: RegExp }[] = [
  { kind: "basicDetail", pattern: /基本支出决算(明细|情况)?表|财决0?8-?1|基本支出明细/ },
  { kind: "threePublic", pattern: /三公经费/ },
  {
    kind: "govFund",
    pattern: /政府性基金(预算)?(财政拨款)?(收入支出|收支|支出)?(决算)?(情况)?(决算)?表/,
  },
  {
    kind: "stateCapital",
    pattern: /国有资本经营(预算)?(财政拨款)?(收入支出|收支|支出)?(决算)?(情况)?(决算)?表/,
  },
  { kind: "fiscalSummary", pattern: /财政拨款收入?支出?(决算)?总(体情况)?表/ },
  { kind: "generalBudget", pattern: /一般公[共开](预算)?(财政拨款)?(收入)?支出决算(情况)?表/ },
  { kind: "summary", pattern: /收入?支出?决算总(体情况)?表/ },
  { kind: "income", pattern: /收入决算(总体情况|总)?表/ },
  { kind: "expenditure", pattern: /支出决算(总体情况|总)?表/ },
];

/**
 * Tables of the finance software we know and do not read (机构运行信息表 and the like), and detail tables whose
 * titles contain a standard title's words (项目支出决算表, 支出决算明细表, 经营支出…).
 */
const NOT_OURS = /机构运行信息|资产|人员信息|基本数字|附0?\d表/;
const NOT_OURS_DETAIL = /项目支出决算|项目支出明细|支出决算明细表|经营支出|收入决算明细|非财政拨款/;

export function kindFromText(text: string): StandardTableKind | undefined {
  const t = normalizeLabel(text).replace(/[()（）]/g, "");
  if (NOT_OURS.test(t) && !/决算表|决算总表/.test(t.replace(/附0?\d表/, ""))) return undefined;
  if (NOT_OURS_DETAIL.test(t) && !/基本支出/.test(t)) return undefined;
  for (const { kind, pattern } of TITLE_PATTERNS) if (pattern.test(t)) return kind;
  return undefined;
}

export interface Detected {
  kind: StandardTableKind;
  title: string;
  titleRef?: CellRef;
}

/** A table found by its header row's own titles: which titles, as typed. */
export interface DetectedByHeader extends Detected {
  evidence: string;
}

/** Looks for a table title in the first rows (before the header), then at the sheet name. */
export function detectTable(grid: Grid): Detected | undefined {
  const limit = Math.min(grid.rows.length, 6);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]).trim();
      if (text.length < 4 || text.length > 80) continue;
      const kind = kindFromText(text);
      if (kind) return { kind, title: text, titleRef: cellRef(grid, r, c) };
    }
  }
  const kind = kindFromText(grid.sheet);
  if (kind) return { kind, title: grid.sheet };
  return detectByHeader(grid);
}

/** Column titles only these tables have, side by side in one header row. */
const HEADER_SIGNATURES: { kind: StandardTableKind; all: RegExp[] }[] = [
  { kind: "expenditure", all: [/^上缴上级支出$/, /^经营支出$/, /^基本支出$/] },
  { kind: "income", all: [/^上级补助收入$/, /^事业收入$/, /^财政拨款(收入)?$/] },
  { kind: "fiscalSummary", all: [/^一般公共预算财政拨款$/, /^政府性基金预算财政拨款$/] },
  { kind: "threePublic", all: [/^因公出国\(?境\)?费$/, /^公务接待费$/] },
];

/** No title and a plain sheet name ("Sheet1"): the header row's own titles. */
export function detectByHeader(grid: Grid): DetectedByHeader | undefined {
  const limit = Math.min(grid.rows.length, 12);
  for (let r = 0; r < limit; r++) {
    const texts = (grid.rows[r] ?? []).map((c) => normalizeLabel(cellText(c)));
    for (const { kind, all } of HEADER_SIGNATURES) {
      const matched = all.map((pattern) => texts.find((t) => pattern.test(t)));
      if (matched.every((t) => t !== undefined)) {
        return { kind, title: grid.sheet, evidence: matched.join(" | ") };
      }
    }
  }
  return undefined;
}

/** True for the 栏次 row under a header: "栏次 | 1 | 2 | 3" or just the column numbers. */
export function isNumberingRow(cells: readonly (Cell | undefined)[]): boolean {
  const numbers: number[] = [];
  let marker = false;
  for (const cell of cells) {
    const text = removeSpaces(toHalfWidth(cellText(cell)));
    if (text === "") continue;
    if (/^(栏次|行次|栏号|序号)$/.test(text)) {
      marker = true;
      continue;
    }
    if (/^\d{1,2}$/.test(text) && Number(text) <= 60) {
      numbers.push(Number(text));
      continue;
    }
    if (/^[-—]+$|^[甲乙丙丁]$/.test(text)) continue;
    return false;
  }
  const increasing = numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
  return marker || (numbers.length >= 3 && increasing && numbers[0] <= 2);
}
