/**
 * Small Book builder for report tests: lines from a compact spec, figures in fen with cells on a
 * 基础数据表 (C = 上年, D = 预算, E = 本年, F = 原因), and Changes the way compare makes them.
 */
import type { Book, Line, TextKey } from "../../src/core/book";
import type { Change } from "../../src/core/change";
import type { Figure } from "../../src/core/figure";
import { columnIndex } from "../../src/core/grid";
import { percentChange } from "../../src/core/money";
import { DEFAULT_OPTIONS, Options } from "../../src/core/options";
import type { ComposeInput } from "../../src/core/report/compose";

export const SHEET = "基础数据表";

export interface LineSpec {
  key: string;
  label?: string;
  current?: number;
  prior?: number;
  budget?: number;
  reason?: string;
  kind?: "money" | "count";
  code?: string;
  children?: LineSpec[];
}

function figure(value: number | undefined, column: string, row: number): Figure | undefined {
  if (value === undefined) return undefined;
  return { sheet: SHEET, row, column: columnIndex(column), origin: "number", value };
}

export function makeBook(
  specs: LineSpec[],
  extra: {
    unit?: string;
    year?: number | null;
    texts?: Partial<Record<TextKey, string>>;
    reportDate?: string;
  } = {}
): Book {
  const lines: Line[] = [];
  const add = (spec: LineSpec, depth: number, parent?: number): void => {
    const index = lines.length;
    const row = index + 4;
    const line: Line = {
      index,
      key: spec.key,
      label: spec.label ?? spec.key,
      rawLabel: spec.label ?? spec.key,
      labelAt: { sheet: SHEET, row, column: 0 },
      depth,
      children: [],
      ofWhich: false,
      kind: spec.kind ?? "money",
      row,
      ...(parent !== undefined ? { parent } : {}),
      ...(spec.code ? { code: spec.code } : {}),
    };
    const current = figure(spec.current, "E", row);
    const prior = figure(spec.prior, "C", row);
    const budget = figure(spec.budget, "D", row);
    if (current) line.current = current;
    if (prior) line.prior = prior;
    if (budget) line.budget = budget;
    if (spec.reason !== undefined) line.reason = spec.reason;
    lines.push(line);
    if (parent !== undefined) lines[parent].children = [...lines[parent].children, index];
    for (const child of spec.children ?? []) add(child, depth + 1, index);
  };
  specs.forEach((spec) => add(spec, 0));
  const texts: Book["texts"] = {};
  for (const [key, value] of Object.entries(extra.texts ?? {})) {
    texts[key as TextKey] = { value: value as string, ref: { sheet: "基本情况", address: "B2" } };
  }
  return {
    unit: extra.unit ?? "常宁市总工会",
    unitRef: { sheet: SHEET, address: "A2" },
    ...(extra.year !== null ? { year: extra.year ?? 2023 } : {}),
    currencyUnit: "元",
    source: {
      kind: "basic-data-sheet",
      sheet: SHEET,
      headerRows: [2, 3],
      // Reasons are typed in column F.
      columns: { reason: columnIndex("F") },
      columnHeaders: {},
      range: "A4:F40",
      unitAssumed: false,
      sheets: [],
    },
    lines,
    texts,
    ...(extra.reportDate !== undefined ? { reportDate: extra.reportDate } : {}),
  };
}

/** Changes as compare makes them: every line with a figure, percent from exact values. */
export function makeChanges(book: Book): Change[] {
  const changes: Change[] = [];
  for (const line of book.lines) {
    const current = line.current?.value;
    const prior = line.prior?.value;
    if (current === undefined && prior === undefined) continue;
    const c = current ?? 0;
    const p = prior ?? 0;
    const direction =
      c === 0 && p === 0
        ? "none"
        : p === 0
          ? "new"
          : c === 0
            ? "stopped"
            : c === p
              ? "flat"
              : c > p
                ? "increase"
                : "decrease";
    const change: Change = {
      key: line.key,
      label: line.label,
      kind: line.kind,
      direction,
      needsExplanation: false,
      ...(line.current ? { currentAt: line.current } : {}),
      ...(line.prior ? { priorAt: line.prior } : {}),
      depth: line.depth,
    };
    if (current !== undefined) change.current = current;
    if (prior !== undefined) change.prior = prior;
    if (current !== undefined && prior !== undefined) {
      change.delta = current - prior;
      const percent = percentChange(current, prior);
      if (percent !== undefined) change.percent = percent;
    }
    if (line.reason) change.reason = line.reason;
    changes.push(change);
  }
  return changes;
}

export function makeInput(book: Book, options: Partial<Options> = {}): ComposeInput {
  return {
    book,
    changes: makeChanges(book),
    findings: [],
    options: { ...DEFAULT_OPTIONS, ...options },
  };
}

/** Texts for every required section, in the project's own words. */
export const SAMPLE_TEXTS: Partial<Record<TextKey, string>> = {
  functions: "维护职工合法权益，组织职工参与经济建设和民主管理。",
  organization: "本单位为市级群团机关，内设办公室、组织宣传部等4个部室。",
  keyWork: "（1）开展职工思想政治引领。\n（2）推进基层工会组建。",
  performance: "全年帮扶困难职工146人次，组织劳动竞赛12场。",
  problems: "帮扶工作专职人员不足。",
  improvements: "充实帮扶队伍，规范困难职工档案管理。",
};

/** The seed case of docs/domain.md §6 (元 → fen); — values chosen for the sample. */
export function seedBook(extra: Parameters<typeof makeBook>[1] = {}): Book {
  return makeBook(
    [
      {
        key: "generalBudget",
        label: "一般公共预算支出",
        current: 278660000,
        prior: 268213200,
        budget: 280000000,
        children: [
          {
            key: "basic",
            label: "基本支出",
            current: 275760000,
            prior: 265213200,
            children: [
              { key: "personnel", label: "人员经费", current: 251208800, prior: 242340000 },
              { key: "publicOperating", label: "公用经费", current: 24551200, prior: 22873200 },
            ],
          },
          {
            key: "project",
            label: "项目支出",
            current: 2900000,
            prior: 3000000,
            children: [
              {
                key: "row:工会日常工作经费",
                label: "工会日常工作经费",
                current: 2900000,
                prior: 3000000,
              },
            ],
          },
        ],
      },
      { key: "govFund", label: "政府性基金预算支出", current: 0, prior: 0 },
      { key: "stateCapital", label: "国有资本经营预算支出", current: 0, prior: 0 },
      {
        key: "pension",
        label: "机关事业单位基本养老保险缴费",
        code: "30108",
        current: 24090000,
        prior: 23500000,
      },
      { key: "annuity", label: "职业年金缴费", code: "30109", current: 0, prior: 0 },
      {
        key: "medical",
        label: "职工基本医疗保险缴费",
        code: "30110",
        current: 14260000,
        prior: 13900000,
      },
      {
        key: "otherSocial",
        label: "其他社会保障缴费",
        code: "30112",
        current: 3770000,
        prior: 3600000,
      },
      { key: "staffAuthorized", label: "编制数", kind: "count", current: 25, prior: 25 },
      { key: "staffActual", label: "年末实有人数", kind: "count", current: 24, prior: 24 },
    ],
    { texts: SAMPLE_TEXTS, reportDate: "2024年5月16日", ...extra }
  );
}
