/**
 * A host-neutral description of a worksheet to create (pure data, so it lives in the core): the report
 * renderer and the blank template produce it, and both the
 * ExcelJS file host and the Office.js host write it cell for cell. Writers must store any text that starts
 * with = + - @ as text, never as a formula.
 */
import type { CellRef } from "./grid";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  fontName?: string;
  /** "#RRGGBB". */
  color?: string;
  /** Background, "#RRGGBB". */
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Thin border around the cell. */
  border?: boolean;
  /** Excel number format, e.g. "#,##0.00" or "0.00%". */
  numberFormat?: string;
}

export interface SheetCellSpec {
  value: string | number | null;
  style?: CellStyle;
  /** Merge this cell with the next `mergeAcross` cells to the right. */
  mergeAcross?: number;
  /** Makes the cell a link to another cell (a finding's cell in the user's sheet). */
  link?: CellRef;
}

export interface SheetRowSpec {
  cells: SheetCellSpec[];
  /** Points. */
  height?: number;
}

export interface SheetSpec {
  /** The wanted name; writers pick the next free one ("绩效自评报告 (2)") on collision. */
  name: string;
  /** Column widths in Excel character units, left to right. */
  columnWidths: number[];
  rows: SheetRowSpec[];
  /** Rows frozen at the top (a header). */
  freezeRows?: number;
  print?: { paper: "A4"; orientation: "portrait" | "landscape"; fitToWidth: boolean };
}

/** The next name not in `existing`: "绩效自评报告", then "绩效自评报告 (2)", "绩效自评报告 (3)", … (case-insensitive, like Excel). */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
