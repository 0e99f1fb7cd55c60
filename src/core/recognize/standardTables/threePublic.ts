/**
 * The "三公" table laid out across (the public template): one data row under a header of 预算数 | 决算数,
 * each over 合计 | 因公出国（境）费 | 公务用车购置及运行（维护）费（小计 | 购置费 | 运行（维护）费）| 公务接待费.
 * Each part becomes a row with its 预算数 and 决算数. (Laid out down the sheet, the table is a plain list.)
 */
import { readMoney } from "../../figure";
import { Grid, cellRef } from "../../grid";
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

/** The part a (composed) header names, most specific first. */
export function threePublicPart(parts: string[]): StableKey | undefined {
  const last = normalizeLabel(parts[parts.length - 1] ?? "").replace(/[()（）]/g, "");
  const all = normalizeLabel(parts.join("")).replace(/[()（）]/g, "");
  if (/小计/.test(last) && /公务用车/.test(all)) return "vehicle";
  if (/购置及运行/.test(last)) return "vehicle";
  if (/购置(费)?$/.test(last)) return "vehiclePurchase";
  if (/运行(维护)?(费)?$/.test(last)) return "vehicleOperation";
  if (/出国/.test(last)) return "abroad";
  if (/接待/.test(last)) return "reception";
  if (/合计|总计|三公/.test(last)) return "threePublic";
  return undefined;
}

export function readThreePublicAcross(
  grid: Grid,
  composed: string[][],
  headerBottom: number,
  unit: CurrencyUnit
): TableRow[] | undefined {
  const columns: {
    index: number;
    part: StableKey;
    side: "budget" | "current";
    unit: CurrencyUnit;
  }[] = [];
  composed.forEach((parts, index) => {
    if (parts.length < 2) return;
    const all = parts.join("");
    const side = /决算|实际/.test(all) ? "current" : /预算/.test(all) ? "budget" : undefined;
    const part = threePublicPart(parts);
    if (!side || !part) return;
    if (columns.some((c) => c.part === part && c.side === side)) return;
    columns.push({ index, part, side, unit: unitInText(all) ?? unit });
  });
  if (columns.filter((c) => c.side === "current").length < 3) return undefined;
  let dataRow = -1;
  for (let r = headerBottom + 1; r < grid.rows.length && r < headerBottom + 6; r++) {
    const cells = grid.rows[r] ?? [];
    if (isNumberingRow(cells)) continue;
    if (columns.some((c) => cells[c.index] !== undefined && cells[c.index]?.value !== null)) {
      dataRow = r;
      break;
    }
  }
  if (dataRow < 0) return [];
  const cells = grid.rows[dataRow] ?? [];
  const origin = grid.origin ? /\d+/.exec(grid.origin) : null;
  const sheetRow = (origin ? Number(origin[0]) - 1 : 0) + dataRow;
  const byPart = new Map<StableKey, TableRow>();
  for (const column of columns) {
    let row = byPart.get(column.part);
    if (!row) {
      const label = THREE_PUBLIC_LABELS[column.part];
      row = {
        block: 0,
        row: sheetRow,
        rawLabel: label,
        label,
        labelRef: cellRef(grid, headerBottom, column.index),
        ofWhich: column.part === "vehiclePurchase" || column.part === "vehicleOperation",
        figures: {},
      };
      byPart.set(column.part, row);
    }
    row.figures[column.side] = readMoney(
      cells[column.index],
      cellRef(grid, dataRow, column.index),
      column.unit
    );
    if (column.side === "current") row.labelRef = cellRef(grid, headerBottom, column.index);
  }
  return [...byPart.values()];
}
