/**
 * The "三公" table laid out across (the public template): one data row under a header of 预算数 | 决算数,
 * each over 合计 | 因公出国（境）费 | 公务用车购置及运行（维护）费（小计 | 购置费 | 运行（维护）费）| 公务接待费.
 * Each part becomes a row with its 预算数 and 决算数. (Laid out down the sheet, the table is a plain list.)
 */
import { readMoney } from "../../figure";
import { Grid, cellPosition, cellRef, cellText, gridOrigin } from "../../grid";
import { CurrencyUnit } from "../../money";
import { normalizeLabel } from "../../text";
import type { StableKey } from "../../book";
import { unitInText } from "../header";
import { isNumberingRow } from "./detect";
import type { TableRow } from "./types";

export const THREE_PUBLIC_LABELS: Record<string, string> = {
  threePublic: "“三公”经费合计",
  abroad: "因公出国（境）费",
  vehicle: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
};

/** Words of a 预算数 / 决算数 header under (or over) the parts, and of counts that are not money. */
const SIDE_WORDS = /^(预算|决算|实际|执行)(数|金额)?$|^(19|20)\d{2}年(度)?(预算|决算)?数?$/;
const COUNT_WORDS = /团组|人次|批次|辆数|保有量|数量|购置数/;

/** The part a (composed) header names, most specific first. */
export function threePublicPart(parts: string[]): StableKey | undefined {
  const named = parts
    .map((part) => normalizeLabel(part).replace(/[()（）]/g, ""))
    .filter((part) => part !== "" && !SIDE_WORDS.test(part));
  const last = named[named.length - 1] ?? "";
  const all = named.join("");
  if (COUNT_WORDS.test(last)) return undefined;
  // 小计 / 合计 under 公务用车购置及运行费 (or 公车购置及运行维护费) is the vehicle part's own total.
  if (/小计|合计/.test(last) && /公务用车|公车|车辆/.test(all)) return "vehicle";
  if (/购置(及|和)(运行|维护)/.test(last)) return "vehicle";
  if (/购置(费)?$/.test(last)) return "vehiclePurchase";
  if (/运行(维护)?(费)?$/.test(last)) return "vehicleOperation";
  if (/出国/.test(last)) return "abroad";
  if (/接待/.test(last)) return "reception";
  if (/合计|总计|三公/.test(last)) return "threePublic";
  return undefined;
}

/** Which year a row label names ("2015年", "2016年度决算数"), when it is only a year. */
function yearOfLabel(label: string): number | undefined {
  const t = normalizeLabel(label);
  const match = /^((19|20)\d{2})年(度)?(决算|预算|支出)?数?$/.exec(t);
  return match ? Number(match[1]) : undefined;
}

export function readThreePublicAcross(
  grid: Grid,
  composed: string[][],
  headerBottom: number,
  unit: CurrencyUnit,
  tableYear?: number
): TableRow[] | undefined {
  const columns: {
    index: number;
    part: StableKey;
    side?: "budget" | "current" | "prior";
    unit: CurrencyUnit;
  }[] = [];
  composed.forEach((parts, index) => {
    if (parts.length === 0) return;
    const all = parts.join("");
    const side = /上年|上期/.test(all)
      ? "prior"
      : /决算|实际/.test(all)
        ? "current"
        : /预算/.test(all)
          ? "budget"
          : undefined;
    const part = threePublicPart(parts);
    if (!part) return;
    if (columns.some((c) => c.part === part && c.side === side)) return;
    columns.push({ index, part, ...(side ? { side } : {}), unit: unitInText(all) ?? unit });
  });
  const sided = columns.filter((c) => c.side !== undefined);
  const unsided = columns.filter((c) => c.side === undefined);
  // Either 预算数 | 决算数 over the parts (one data row), or the parts across and 预算数 / 决算数 rows down.
  const across = sided.filter((c) => c.side === "current").length >= 3;
  if (!across && unsided.length < 3) return undefined;
  const used = across ? sided : unsided;
  const cells: { row: number; side: "budget" | "current" | "prior" }[] = [];
  const yearRows: { row: number; year: number }[] = [];
  for (let r = headerBottom + 1; r < grid.rows.length && r < headerBottom + 8; r++) {
    const row = grid.rows[r] ?? [];
    if (isNumberingRow(row)) continue;
    if (!used.some((c) => row[c.index] !== undefined && row[c.index]?.value !== null)) continue;
    if (across) {
      cells.push({ row: r, side: "current" });
      break;
    }
    const label = row
      .filter((_, c) => !used.some((u) => u.index === c))
      .map((cell) => cellText(cell))
      .join("");
    // A row of changes (增减%, 比上年增减) is derived from the others.
    if (/增减|增、减|比上年|变动|%/.test(label)) continue;
    const year = yearOfLabel(label);
    if (year !== undefined) {
      yearRows.push({ row: r, year });
      continue;
    }
    const side = /上年/.test(label)
      ? "prior"
      : /决算|实际|执行|本年/.test(label)
        ? "current"
        : /预算/.test(label)
          ? "budget"
          : undefined;
    if (side && !cells.some((c) => c.side === side)) cells.push({ row: r, side });
  }
  // Years down the sheet (2015年 | 2016年): the table's year is 本年, the year before it 上年.
  if (yearRows.length > 0 && !cells.some((c) => c.side === "current")) {
    const latest = tableYear ?? Math.max(...yearRows.map((y) => y.year));
    for (const { row, year } of yearRows) {
      if (year === latest) cells.push({ row, side: "current" });
      else if (year === latest - 1) cells.push({ row, side: "prior" });
    }
  }
  if (cells.length === 0) return [];
  const origin = gridOrigin(grid);
  const byPart = new Map<StableKey, TableRow>();
  for (const column of used) {
    for (const at of cells) {
      const side = across ? (column.side as "budget" | "current" | "prior") : at.side;
      let row = byPart.get(column.part);
      if (!row) {
        const label = THREE_PUBLIC_LABELS[column.part];
        row = {
          block: 0,
          row: origin.row + at.row,
          rawLabel: label,
          label,
          labelRef: cellRef(grid, headerBottom, column.index),
          ofWhich: column.part === "vehiclePurchase" || column.part === "vehicleOperation",
          figures: {},
        };
        byPart.set(column.part, row);
      }
      row.figures[side] = readMoney(
        grid.rows[at.row]?.[column.index],
        cellPosition(grid, at.row, column.index),
        column.unit
      );
      if (side === "current") {
        row.labelRef = cellRef(grid, headerBottom, column.index);
        row.row = origin.row + at.row;
      }
    }
  }
  return [...byPart.values()];
}
