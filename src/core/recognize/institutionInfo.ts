/**
 * The finance software's 机构运行信息表 (F03, 财决附03表): the head counts a report read from the standard
 * tables needs for its 人员情况 — 编制人数 and 实有人数 — found by their row labels wherever the table puts
 * them (one list, or two lists side by side), each read from the first figure right of its label that is
 * not a 行次 number.
 */
import { Figure, readCount } from "../figure";
import { Cell, CellPosition, Grid, cellPosition, cellText } from "../grid";
import { normalizeLabel } from "../text";
import { parseLabel } from "./outline";

export interface StaffCount {
  label: string;
  labelAt: CellPosition;
  figure: Figure;
}

export interface StaffCounts {
  staffAuthorized?: StaffCount;
  staffActual?: StaffCount;
}

const AUTHORIZED = /^(编制人数|编制数|核定编制(人数|数)?|人员编制(数|人数)?)(合计)?(\(人\))?$/;
const ACTUAL =
  /^(年末)?(实有人数|实有人员(数|人数)?|在职人员实有人数|在职实有人数)(合计)?(\(人\))?$/;

/** How far down the sheet head counts are looked for. */
const SEARCH_ROWS = 200;

/** Columns whose header says they hold line numbers (行次, 栏次, 序号). */
function numberingColumns(grid: Grid): Set<number> {
  const columns = new Set<number>();
  const limit = Math.min(grid.rows.length, 12);
  for (let r = 0; r < limit; r++) {
    (grid.rows[r] ?? []).forEach((cell, c) => {
      if (/^(行次|栏次|序号|行号)$/.test(normalizeLabel(cellText(cell)))) columns.add(c);
    });
  }
  return columns;
}

function isNumber(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === "number") return true;
  return typeof cell.value === "string" && /^\s*\d+(\.\d+)?\s*(人|名)?\s*$/.test(cell.value);
}

export function readInstitutionInfo(grid: Grid): StaffCounts | undefined {
  const skip = numberingColumns(grid);
  const found: StaffCounts = {};
  const limit = Math.min(grid.rows.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]).trim();
      if (text === "" || isNumber(row[c])) continue;
      const label = normalizeLabel(parseLabel(text).label);
      const key = AUTHORIZED.test(label)
        ? "staffAuthorized"
        : ACTUAL.test(label)
          ? "staffActual"
          : undefined;
      if (!key || found[key]) continue;
      for (let k = c + 1; k < row.length; k++) {
        const cell = row[k];
        if (skip.has(k)) continue;
        if (isNumber(cell)) {
          found[key] = {
            label: text,
            labelAt: cellPosition(grid, r, c),
            figure: readCount(cell, cellPosition(grid, r, k)),
          };
          break;
        }
        // Another label before any figure: the count is not on this row.
        if (cellText(cell).trim() !== "") break;
      }
    }
  }
  return found.staffAuthorized || found.staffActual ? found : undefined;
}
