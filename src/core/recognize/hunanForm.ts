/**
 * The Hunan 部门整体支出绩效评价基础数据表 (the form the seed's province publishes; classify.ts tells it by its
 * blocks). Its layout does not give its hierarchy: a block heading such as "项目支出：" or "公用经费" may carry no
 * figures, "政府采购金额" and "部门整体支出预算调整" follow the 公用经费 rows at the same indentation and are parts
 * of nothing, and its staff counts stand across a row above the money header (编制数 | 实际在职人数 | 控制率).
 * So the form's own structure is applied: each known row under its known parent, the rows after 项目支出 as
 * its projects, the rows after 公用经费 as its 其中 breakdown, everything else standing alone.
 */
import type { Line } from "../book";
import { readCount } from "../figure";
import { Grid, cellPosition, cellText } from "../grid";
import { normalizeLabel } from "../text";
import type { HeaderMatch } from "./header";
import { keyFromLabel } from "./keys";

/**
 * Rows of the form that are parts of nothing: their own totals, facts beside the money, head counts and rates
 * (an edition may list 编制数 / 实际在职人数 / 控制率 down the sheet instead of across its top).
 */
const STANDALONE =
  /^(政府采购(金额|支出)?|部门整体支出预算调整|预算调整|楼堂馆所|厉行节约|.*完工项目|规定(面积|投资)|实际(面积|投资)|其他需要说明|财政供养人员|.*率$)/;
/** The form's grand total of expenditure (基本支出 + 项目支出). */
const TOTAL = /^(部门)?(整体)?支出总额$|^经费支出(总额)?$|^一般公共预算支出$/;

type Block = "none" | "project" | "publicOperating" | "threePublic" | "standalone";

/** Parents and 其中 marks by the form's structure (instead of the layout's). */
export function assignFormParents(lines: Line[]): void {
  const byKey = new Map<string, number>();
  let total: number | undefined;
  let block: Block = "none";
  const parentOf: Partial<Record<string, string>> = {
    basic: "total",
    project: "total",
    personnel: "basic",
    publicOperating: "basic",
    vehicle: "threePublic",
    abroad: "threePublic",
    reception: "threePublic",
    vehiclePurchase: "vehicle",
    vehicleOperation: "vehicle",
  };
  lines.forEach((line, index) => {
    const label = normalizeLabel(line.label);
    const key = keyFromLabel(line.label);
    line.parent = undefined;
    if (TOTAL.test(label)) {
      total = index;
      line.ofWhich = false;
      block = "none";
      return;
    }
    if (STANDALONE.test(label) || key === "staffAuthorized" || key === "staffActual") {
      line.ofWhich = false;
      block = "standalone";
      return;
    }
    if (key && (key in parentOf || key === "threePublic")) {
      if (!byKey.has(key)) byKey.set(key, index);
      const parentKey = parentOf[key];
      const parent = parentKey === "total" ? total : parentKey ? byKey.get(parentKey) : undefined;
      line.parent = parent;
      line.ofWhich = key === "vehiclePurchase" || key === "vehicleOperation";
      block =
        key === "project"
          ? "project"
          : key === "publicOperating"
            ? "publicOperating"
            : key === "threePublic" ||
                parentOf[key] === "threePublic" ||
                parentOf[key] === "vehicle"
              ? "threePublic"
              : "none";
      return;
    }
    // A row the form does not name: a project under 项目支出, a 其中 item of 公用经费, else on its own.
    if (block === "project") {
      line.parent = byKey.get("project");
      line.ofWhich = false;
    } else if (block === "publicOperating") {
      line.parent = byKey.get("publicOperating");
      line.ofWhich = true;
    } else {
      line.ofWhich = false;
    }
  });
}

/** A head-count column of the staff block: 编制数, or 实际在职人数 / 年末实有人数 (with its year). */
function staffColumn(
  text: string
): { key: "staffAuthorized" | "staffActual"; year?: number } | undefined {
  const t = normalizeLabel(text);
  const year = /(19|20)\d{2}/.exec(t);
  if (/^((19|20)\d{2}年)?(核定)?编制(数|人数)$/.test(t)) return { key: "staffAuthorized" };
  if (/(实际)?在职(人数|人员)|实有人数/.test(t))
    return { key: "staffActual", ...(year ? { year: Number(year[0]) } : {}) };
  return undefined;
}

/**
 * The staff block above the money header: a row of column titles (编制数 | 2018年实际在职人数 | 控制率)
 * with the counts in the next row that has any. Lines of kind "count", labelled by their column titles.
 */
export function readStaffBlock(grid: Grid, header: HeaderMatch, year: number | undefined): Line[] {
  const lines: Line[] = [];
  for (let r = 0; r < header.top; r++) {
    const row = grid.rows[r] ?? [];
    const columns: { column: number; key: "staffAuthorized" | "staffActual"; label: string }[] = [];
    row.forEach((cell, c) => {
      const text = cellText(cell).trim();
      const found = text ? staffColumn(text) : undefined;
      // Another year's 在职人数 is last year's, not this year's.
      if (found && (found.year === undefined || year === undefined || found.year === year))
        if (!columns.some((x) => x.key === found.key))
          columns.push({ column: c, key: found.key, label: text });
    });
    if (columns.length === 0) continue;
    for (let v = r + 1; v < header.top; v++) {
      const values = grid.rows[v] ?? [];
      if (!columns.some(({ column }) => cellText(values[column]).trim() !== "")) continue;
      for (const { column, key, label } of columns) {
        const at = cellPosition(grid, v, column);
        lines.push({
          index: 0,
          key,
          label,
          rawLabel: label,
          labelAt: cellPosition(grid, r, column),
          depth: 0,
          children: [],
          ofWhich: false,
          kind: "count",
          row: at.row,
          current: readCount(values[column], at),
        });
      }
      break;
    }
    break;
  }
  return lines;
}
