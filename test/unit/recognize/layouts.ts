/**
 * The same small 基础数据表 laid out the ways accountants lay it out: header wordings, column orders,
 * 元 or 万元, merged two-row headers, extra title rows, with or without a code column, hierarchy by
 * outline markers or by indentation. Every layout must give the same Book.
 */
import type { CellValue, Grid } from "../../../src/core/grid";

/** One row of the canonical table: label parts, code, prior, budget, current (元), reason. */
export interface SpecRow {
  marker: string;
  label: string;
  depth: number;
  code?: string;
  prior: number | null;
  budget: number | null;
  current: number | null;
  reason?: string;
}

export const SEED_ROWS: SpecRow[] = [
  {
    marker: "一、",
    label: "一般公共预算支出",
    depth: 0,
    prior: 2692132,
    budget: 2800000,
    current: 2786600,
  },
  {
    marker: "（一）",
    label: "基本支出",
    depth: 1,
    prior: 2652132,
    budget: 2760000,
    current: 2757600,
  },
  { marker: "1.", label: "人员经费", depth: 2, prior: 2423400, budget: 2515000, current: 2512088 },
  {
    marker: "",
    label: "工资福利支出",
    depth: 3,
    code: "301",
    prior: 2223400,
    budget: 2305000,
    current: 2302088,
  },
  {
    marker: "",
    label: "基本工资",
    depth: 4,
    code: "30101",
    prior: 1601800,
    budget: 1600000,
    current: 1600888,
  },
  {
    marker: "",
    label: "机关事业单位基本养老保险缴费",
    depth: 4,
    code: "30108",
    prior: 232000,
    budget: 241000,
    current: 240900,
  },
  { marker: "", label: "职业年金缴费", depth: 4, code: "30109", prior: 0, budget: 0, current: 0 },
  {
    marker: "",
    label: "职工基本医疗保险缴费",
    depth: 4,
    code: "30110",
    prior: 138000,
    budget: 143000,
    current: 142600,
  },
  {
    marker: "",
    label: "其他社会保障缴费",
    depth: 4,
    code: "30112",
    prior: 36600,
    budget: 38000,
    current: 37700,
  },
  {
    marker: "",
    label: "住房公积金",
    depth: 4,
    code: "30113",
    prior: 215000,
    budget: 283000,
    current: 280000,
    reason: "缴存基数调整",
  },
  {
    marker: "",
    label: "对个人和家庭的补助",
    depth: 3,
    code: "303",
    prior: 200000,
    budget: 210000,
    current: 210000,
  },
  { marker: "2.", label: "公用经费", depth: 2, prior: 228732, budget: 245000, current: 245512 },
  {
    marker: "",
    label: "商品和服务支出",
    depth: 3,
    code: "302",
    prior: 228732,
    budget: 245000,
    current: 245512,
  },
  {
    marker: "（二）",
    label: "项目支出",
    depth: 1,
    prior: 40000,
    budget: 40000,
    current: 29000,
    reason: "工会日常工作经费压减",
  },
  { marker: "", label: "工会日常工作经费", depth: 2, prior: 40000, budget: 40000, current: 29000 },
  { marker: "二、", label: "政府性基金预算支出", depth: 0, prior: 0, budget: 0, current: 0 },
  { marker: "三、", label: "国有资本经营预算支出", depth: 0, prior: 0, budget: 0, current: 0 },
  { marker: "四、", label: "“三公”经费", depth: 0, prior: 23000, budget: 25000, current: 21000 },
  { marker: "", label: "因公出国（境）费", depth: 1, prior: 0, budget: 0, current: 0 },
  {
    marker: "",
    label: "公务用车购置及运行维护费",
    depth: 1,
    prior: 15000,
    budget: 16000,
    current: 14000,
  },
  { marker: "其中：", label: "公务用车购置费", depth: 2, prior: 0, budget: 0, current: 0 },
  {
    marker: "",
    label: "公务用车运行维护费",
    depth: 2,
    prior: 15000,
    budget: 16000,
    current: 14000,
  },
  { marker: "", label: "公务接待费", depth: 1, prior: 8000, budget: 9000, current: 7000 },
  { marker: "五、", label: "人员情况（人）", depth: 0, prior: null, budget: null, current: null },
  { marker: "", label: "编制数", depth: 1, prior: 25, budget: 25, current: 25 },
  { marker: "", label: "年末实有人数", depth: 1, prior: 24, budget: null, current: 24 },
];

export interface LayoutOptions {
  unit?: "元" | "万元";
  /** Header wording set. */
  wording?: "years" | "relative" | "short";
  order?: ("label" | "code" | "prior" | "budget" | "current" | "reason")[];
  mergedHeader?: boolean;
  titleRows?: number;
  codeColumn?: boolean;
  /** How hierarchy is shown: outline markers + indentation, markers only, or indentation only. */
  hierarchy?: "markers+spaces" | "markers" | "spaces";
}

const WORDINGS = {
  years: {
    prior: "2022年决算数",
    budget: "2023年预算数",
    current: "2023年决算数",
    reason: "变动原因",
    label: "项目",
    code: "科目编码",
  },
  relative: {
    prior: "上年决算数",
    budget: "全年预算数",
    current: "本年决算数",
    reason: "增减原因",
    label: "项目名称",
    code: "编码",
  },
  short: {
    prior: "上年数",
    budget: "预算数",
    current: "本年数",
    reason: "备注",
    label: "项目",
    code: "科目代码",
  },
} as const;

/** Builds a grid of SEED_ROWS in the requested layout. */
export function seedGrid(layout: LayoutOptions = {}): Grid {
  const unit = layout.unit ?? "元";
  const wording = WORDINGS[layout.wording ?? "years"];
  const order = layout.order ?? ["label", "code", "prior", "budget", "current", "reason"];
  const columns = layout.codeColumn === false ? order.filter((c) => c !== "code") : order;
  const hierarchy = layout.hierarchy ?? "markers+spaces";
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  const width = columns.length;
  const lastColumn = String.fromCharCode(64 + width);
  for (let i = 0; i < (layout.titleRows ?? 1); i++) {
    rows.push([
      i === 0 ? "2023年度部门整体支出绩效评价基础数据表" : "（公开）",
      ...Array(width - 1).fill(null),
    ]);
    merges.push(`A${rows.length}:${lastColumn}${rows.length}`);
  }
  rows.push([`单位名称：常宁市总工会`, ...Array(width - 2).fill(null), `单位：${unit}`]);
  if (layout.mergedHeader) {
    // Row 1: 项目 | 科目编码 | 金额（万元） spanning the figures | 变动原因 ; row 2: the figure titles.
    const top: CellValue[] = [];
    const bottom: CellValue[] = [];
    const headerRow = rows.length + 1;
    const figureColumns = columns
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c === "prior" || c === "budget" || c === "current");
    columns.forEach((c, i) => {
      if (c === "prior" || c === "budget" || c === "current") {
        top.push(i === figureColumns[0].i ? `金额（${unit}）` : null);
        bottom.push(wording[c]);
      } else {
        top.push(wording[c]);
        bottom.push(null);
        merges.push(
          `${String.fromCharCode(65 + i)}${headerRow}:${String.fromCharCode(65 + i)}${headerRow + 1}`
        );
      }
    });
    const first = String.fromCharCode(65 + figureColumns[0].i);
    const last = String.fromCharCode(65 + figureColumns[figureColumns.length - 1].i);
    merges.push(`${first}${headerRow}:${last}${headerRow}`);
    rows.push(top, bottom);
  } else {
    rows.push(columns.map((c) => wording[c]));
  }
  const scale = unit === "万元" ? 10000 : 1;
  for (const row of SEED_ROWS) {
    const indent = hierarchy === "markers" ? "" : " ".repeat(row.depth * 2);
    const marker = hierarchy === "spaces" && row.marker !== "其中：" ? "" : row.marker;
    const codeInLabel = layout.codeColumn === false && row.code ? "" : "";
    const isCount = row.label === "编制数" || row.label === "年末实有人数";
    const money = (v: number | null): CellValue =>
      v === null ? null : isCount ? v : unit === "万元" ? Number((v / scale).toFixed(2)) : v;
    rows.push(
      columns.map((c) => {
        switch (c) {
          case "label":
            return `${indent}${marker}${codeInLabel}${row.label}`;
          case "code":
            return row.code ?? null;
          case "reason":
            return row.reason ?? null;
          default:
            return money(row[c]);
        }
      })
    );
  }
  return {
    sheet: "基础数据表",
    rows: rows.map((row) => row.map((value) => (value === null ? undefined : { value }))),
    merges,
  };
}
