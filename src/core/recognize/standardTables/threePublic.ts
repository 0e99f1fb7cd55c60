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
    side?: "budget" | "current";
    unit: CurrencyUnit;
  }[] = [];
  composed.forEach((parts, index) => {
    if (parts.length === 0) return;
    const all = parts.join("");
    const side = /决算|实际/.test(all) ? "current" : /预算/.test(all) ? "budget" : undefined;
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
  const cells: { row: number; side: "budget" | "current" }[] = [];
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
    const side = /决算|实际|执行/.test(label)
      ? "current"
      : /预算/.test(label)
        ? "budget"
        : undefined;
    if (side && !cells.some((c) => c.side === side)) cells.push({ row: r, side });
  }
  if (cells.length === 0) return [];
  const origin = gridOrigin(grid);
  const byPart = new Map<StableKey, TableRow>();
  for (const column of used) {
    for (const at of cells) {
      const side = across ? (column.side as "budget" | "current") : at.side;
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
