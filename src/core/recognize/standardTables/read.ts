/**
 * Reading one standard table: the unit line, the header block (up to five rows, merged cells composed),
 * the 栏次 numbering row, the blocks side by side (收入 ‖ 支出; 人员经费 ‖ 公用经费), code columns as one
 * 7-digit column or split 类 | 款 | 项, and every data row's figures in exact fen.
 */
import { readMoney } from "../../figure";
import { Cell, CellRef, Grid, cellPosition, cellRef, cellText, gridOrigin } from "../../grid";
import { CurrencyUnit } from "../../money";
import { normalizeLabel, removeSpaces, toHalfWidth } from "../../text";
import { headerTexts, unitInText } from "../header";
import { normalizeCode, parseLabel } from "../outline";
import { columnKey } from "./columns";
import { detectTable, isNumberingRow } from "./detect";
import { readThreePublicAcross } from "./threePublic";
import type { StandardTable, StandardTableKind, TableBlock, TableColumn, TableRow } from "./types";

const HEADER_WORDS =
  /科目|项目|编码|名称|合计|决算|预算|金额|收入|支出|行次|栏次|^类$|^款$|^项$|结转|结余|经费|费$/;
const UNIT_NAME =
  /(?:编制单位|单位名称|部门名称|填报单位|填表单位|预算单位|部门\(单位\)|部门|单位)[:：]\s*(.+)/;
const NO_DATA_NOTE =
  /故本表无数据|[本此]表无数据|[本此]表为空|无此项(收入|支出)?(数据|资金)|[本此]表无(相关)?内容/;

function isCodeText(text: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(removeSpaces(toHalfWidth(text)));
}

function hasFigure(cells: readonly (Cell | undefined)[]): boolean {
  return cells.some((cell) => {
    if (!cell) return false;
    if (typeof cell.value === "number") return true;
    if (cell.formula) return true;
    const text = toHalfWidth(cellText(cell)).trim();
    return /^[-(（]?[\d,]+(\.\d+)?[)）]?$/.test(text) && !isCodeText(text);
  });
}

/** True for a row that belongs under the header (a data row or a total or a numbering row). */
function isBodyRow(cells: readonly (Cell | undefined)[]): boolean {
  if (isNumberingRow(cells)) return true;
  if (hasFigure(cells)) return true;
  if (cells.some((cell) => isCodeText(cellText(cell)))) return true;
  const first = cells.find((cell) => cellText(cell).trim() !== "");
  return /^[一二三四五六七八九十]+[、.]/.test(removeSpaces(toHalfWidth(cellText(first))));
}

function isBanner(cells: readonly (Cell | undefined)[]): boolean {
  const texts = cells.map((c) => cellText(c).trim()).filter((t) => t !== "");
  if (new Set(texts).size <= 1) return true;
  return texts.every(
    (t) => /[:：]/.test(t) || /公开\d+表|财决\S*表|^\d{4}年/.test(t) || unitInText(t)
  );
}

interface Preamble {
  unit?: CurrencyUnit;
  unitRef?: CellRef;
  year?: number;
  unitName?: string;
  unitNameRef?: CellRef;
}

function readPreamble(grid: Grid, before: number): Preamble {
  const found: Preamble = {};
  for (let r = 0; r < before; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]).trim();
      if (text === "") continue;
      const half = toHalfWidth(text);
      if (!found.unit) {
        const unit = unitInText(half.replace(/(编制|填报|预算)?单位[:：](?!\s*(万元|元))\S*/, ""));
        if (unit) {
          found.unit = unit;
          found.unitRef = cellRef(grid, r, c);
        }
      }
      const year = /(20\d{2})\s*年/.exec(half);
      if (year && found.year === undefined) found.year = Number(year[1]);
      const name = UNIT_NAME.exec(half);
      if (name && !found.unitName) {
        const value = name[1].split(/\s{2,}|\s*(?:金额)?单位[:：]/)[0].trim();
        if (value && !/^(万元|元)$/.test(value)) {
          found.unitName = value;
          found.unitNameRef = cellRef(grid, r, c);
        }
      }
    }
  }
  return found;
}

type Role = { role: "code" | "split-code" | "label" | "skip" } | { role: "figure"; key: string };

function classifyColumn(kind: StandardTable["kind"], parts: string[]): Role {
  const last = removeSpaces(toHalfWidth(parts[parts.length - 1] ?? ""));
  const all = normalizeLabel(parts.join(""));
  if (/^(类|款|项)$/.test(last)) return { role: "split-code" };
  if (/行次|栏次/.test(all) && !/合计|决算|金额/.test(all)) return { role: "skip" };
  if (/(编码|代码)$|编码$/.test(all) && !/名称/.test(all)) return { role: "code" };
  if (/名称$|项目$|^科目$/.test(last) || /^(收入|支出)?项目(\(按功能分类\))?$/.test(all)) {
    return { role: "label" };
  }
  return { role: "figure", key: columnKey(kind, parts.join(" ")) };
}

/**
 * Reads a sheet as a standard table, or undefined when it is not one. `kind`: what the sheet's
 * classification (or the user) says it is; without it the title or sheet name decides.
 */
export function readStandardTable(grid: Grid, kind?: StandardTableKind): StandardTable | undefined {
  const found = detectTable(grid);
  const detected = kind ? { ...(found ?? { title: grid.sheet }), kind } : found;
  if (!detected) return undefined;
  const origin = gridOrigin(grid);

  // Header top: the first row of column titles under the title, unit and 公开0X表 lines.
  let top = -1;
  const searchLimit = Math.min(grid.rows.length, 15);
  for (let r = 0; r < searchLimit; r++) {
    const cells = grid.rows[r] ?? [];
    if (isBanner(cells)) continue;
    const texts = cells.map((c) => removeSpaces(cellText(c)));
    if (texts.some((t) => HEADER_WORDS.test(t)) && !isBodyRow(cells)) {
      top = r;
      break;
    }
  }
  const tableKind = detected.kind;
  const empty = findNoDataNote(grid);
  if (top < 0) {
    if (!empty) return undefined;
    const pre = readPreamble(grid, Math.min(grid.rows.length, 6));
    return emptyTable(grid, detected, pre, empty);
  }
  // Up to five header rows; rows left blank by vertical merges belong to the header too.
  let bottom = top;
  let scan = top;
  while (scan + 1 < grid.rows.length && scan + 1 - top < 5) {
    const next = grid.rows[scan + 1] ?? [];
    if (isBodyRow(next)) break;
    scan++;
    if (next.some((c) => cellText(c).trim() !== "")) bottom = scan;
  }
  const preamble = readPreamble(grid, top);
  const unit: CurrencyUnit = preamble.unit ?? unitInHeader(grid, top, bottom) ?? "元";
  const unitAssumed = preamble.unit === undefined && unitInHeader(grid, top, bottom) === undefined;
  const base = {
    kind: tableKind,
    sheet: grid.sheet,
    title: detected.title,
    ...(detected.titleRef ? { titleRef: detected.titleRef } : {}),
    unit,
    ...(preamble.unitRef ? { unitRef: preamble.unitRef } : {}),
    unitAssumed,
    ...(preamble.year !== undefined ? { year: preamble.year } : {}),
    ...(preamble.unitName
      ? { unitName: preamble.unitName, unitNameRef: preamble.unitNameRef }
      : {}),
    headerRows: [origin.row + top, origin.row + bottom] as [number, number],
    empty: empty !== undefined,
    ...(empty ? { emptyNoteRef: empty } : {}),
  };

  const texts = headerTexts(grid, top, bottom);
  const width = Math.max(...texts.map((row) => row.length), 0);
  const composed: string[][] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of texts) {
      const part = row[c] ?? "";
      if (part !== "" && parts[parts.length - 1] !== part) parts.push(part);
    }
    composed.push(parts);
  }

  if (tableKind === "threePublic") {
    const across = readThreePublicAcross(grid, composed, bottom, unit, preamble.year);
    if (across) return { ...base, blocks: [], rows: across };
  }

  const blocks: TableBlock[] = [];
  let current: TableBlock | undefined;
  let sawFigure = false;
  for (let c = 0; c < width; c++) {
    const parts = composed[c];
    if (parts.length === 0) continue;
    const role = classifyColumn(tableKind, parts);
    if (role.role === "skip") continue;
    if (role.role === "code" || role.role === "split-code" || role.role === "label") {
      if (!current || sawFigure || (role.role === "label" && current.labelColumn >= 0)) {
        current = { labelColumn: -1, codeColumns: [], columns: [] };
        blocks.push(current);
        sawFigure = false;
      }
      if (role.role === "label") current.labelColumn = c;
      else current.codeColumns.push(c);
      continue;
    }
    if (!current || role.role !== "figure") continue;
    sawFigure = true;
    const header = parts.join(" ");
    const column: TableColumn = {
      index: c,
      key: role.key,
      header,
      unit: unitInText(header) ?? unit,
    };
    if (!current.columns.some((existing) => existing.key === column.key))
      current.columns.push(column);
  }
  const usable = blocks.filter(
    (b) => (b.labelColumn >= 0 || b.codeColumns.length > 0) && b.columns.length > 0
  );
  for (const block of usable) {
    if (block.labelColumn < 0) block.labelColumn = block.codeColumns[block.codeColumns.length - 1];
  }
  if (usable.length === 0) {
    return empty ? { ...base, blocks: [], rows: [] } : undefined;
  }
  const rows: TableRow[] = [];
  usable.forEach((block, b) => readBlockRows(grid, block, b, bottom + 1, rows));
  rows.sort((a, b) => a.row - b.row || a.block - b.block);
  // A "本表无数据" note only makes the table empty when no figure says otherwise.
  const anyAmount = rows.some((r) =>
    Object.values(r.figures).some((f) => f.origin !== "blank" && f.value !== 0)
  );
  if (base.empty && anyAmount) {
    const { emptyNoteRef: _note, ...rest } = base;
    void _note;
    return { ...rest, empty: false, blocks: usable, rows };
  }
  return { ...base, blocks: usable, rows };
}

function unitInHeader(grid: Grid, top: number, bottom: number): CurrencyUnit | undefined {
  for (let r = top; r <= bottom; r++)
    for (const cell of grid.rows[r] ?? []) {
      const unit = unitInText(cellText(cell));
      if (unit) return unit;
    }
  return undefined;
}

function findNoDataNote(grid: Grid): CellRef | undefined {
  for (let r = 0; r < grid.rows.length && r < 400; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text.length > 6 && NO_DATA_NOTE.test(removeSpaces(text))) return cellRef(grid, r, c);
    }
  }
  return undefined;
}

function emptyTable(
  grid: Grid,
  detected: ReturnType<typeof detectTable> & object,
  pre: Preamble,
  note: CellRef
): StandardTable {
  return {
    kind: detected.kind,
    sheet: grid.sheet,
    title: detected.title,
    ...(detected.titleRef ? { titleRef: detected.titleRef } : {}),
    unit: pre.unit ?? "元",
    unitAssumed: pre.unit === undefined,
    ...(pre.year !== undefined ? { year: pre.year } : {}),
    ...(pre.unitName ? { unitName: pre.unitName, unitNameRef: pre.unitNameRef } : {}),
    headerRows: [gridOrigin(grid).row, gridOrigin(grid).row],
    blocks: [],
    rows: [],
    empty: true,
    emptyNoteRef: note,
  };
}

/** Split 类 | 款 | 项 cells → a full code, carrying the class and section down from the rows above. */
interface CodeState {
  cls?: string;
  section?: string;
}

function splitCode(values: string[], state: CodeState): { code?: string; text?: string } {
  const [clsText = "", sectionText = "", itemText = ""] = values;
  const digits = (t: string) => removeSpaces(toHalfWidth(t));
  const cls = digits(clsText);
  const section = digits(sectionText);
  const item = digits(itemText);
  const nonCode = [cls, section, item].find((t) => t !== "" && !/^\d+$/.test(t));
  if (nonCode) return { text: nonCode };
  let code: string | undefined;
  if (/^\d{3}$/.test(cls)) {
    state.cls = cls;
    state.section = undefined;
    code = cls;
  } else if (/^\d{7}$/.test(cls) || /^\d{5}$/.test(cls)) {
    code = cls;
  }
  if (section !== "") {
    const full = /^\d{5}$/.test(section)
      ? section
      : state.cls && /^\d{1,2}$/.test(section)
        ? state.cls + section.padStart(2, "0")
        : undefined;
    if (full) {
      state.cls = full.slice(0, 3);
      state.section = full;
      code = full;
    }
  }
  if (item !== "") {
    const full = /^\d{7}$/.test(item)
      ? item
      : state.section && /^\d{1,2}$/.test(item)
        ? state.section + item.padStart(2, "0")
        : undefined;
    if (full) code = full;
  }
  return { code };
}

function readBlockRows(
  grid: Grid,
  block: TableBlock,
  blockIndex: number,
  firstRow: number,
  out: TableRow[]
): void {
  const origin = gridOrigin(grid);
  const state: CodeState = {};
  const figureColumns = block.columns.map((c) => c.index);
  for (let r = firstRow; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!cells) continue;
    if (isNumberingRow(cells)) continue;
    const blockCells = [block.labelColumn, ...block.codeColumns, ...figureColumns].map(
      (c) => cells[c]
    );
    if (blockCells.every((cell) => cellText(cell).trim() === "" && !cell?.formula)) continue;
    let code: string | undefined;
    let codeRef: CellRef | undefined;
    let labelText = "";
    if (block.codeColumns.length > 1) {
      const split = splitCode(
        block.codeColumns.map((c) => cellText(cells[c])),
        state
      );
      code = split.code;
      if (split.text) labelText = split.text;
      codeRef = cellRef(grid, r, block.codeColumns[0]);
    } else if (block.codeColumns.length === 1) {
      const codeCell = cells[block.codeColumns[0]];
      code = normalizeCode(codeCell?.value);
      if (!code) {
        const text = cellText(codeCell).trim();
        const parsed = text ? parseLabel(text) : undefined;
        if (parsed?.code) {
          code = parsed.code;
          labelText = parsed.label;
        } else if (text && !/^\d+$/.test(text)) labelText = text;
      }
      codeRef = cellRef(grid, r, block.codeColumns[0]);
    }
    const ownLabel =
      block.codeColumns.includes(block.labelColumn) && code
        ? ""
        : cellText(cells[block.labelColumn]).trim();
    const rawLabel = ownLabel !== "" ? cellText(cells[block.labelColumn]) : labelText;
    const anyFigure = figureColumns.some((c) => {
      const cell = cells[c];
      return cell !== undefined && (cell.value !== null || cell.formula !== undefined);
    });
    if (rawLabel.trim() === "" && !code && !anyFigure) continue;
    const flat = removeSpaces(toHalfWidth(rawLabel));
    if (
      !anyFigure &&
      /^(注|说明|备注|填表人|制表人|单位负责人|财务负责人|审核人|联系电话)/.test(flat)
    )
      continue;
    if (!anyFigure && NO_DATA_NOTE.test(flat)) continue;
    const parsed = parseLabel(rawLabel);
    if (!code && parsed.code) code = parsed.code;
    const figures: TableRow["figures"] = {};
    for (const column of block.columns) {
      figures[column.key] = readMoney(
        cells[column.index],
        cellPosition(grid, r, column.index),
        column.unit
      );
    }
    out.push({
      block: blockIndex,
      row: origin.row + r,
      rawLabel,
      label: parsed.label,
      labelRef: cellRef(
        grid,
        r,
        ownLabel !== "" ? block.labelColumn : (block.codeColumns[0] ?? block.labelColumn)
      ),
      ...(code ? { code } : {}),
      ...(code && codeRef ? { codeRef } : {}),
      ofWhich: parsed.ofWhich,
      ...(parsed.total ? { total: parsed.total } : {}),
      figures,
    });
  }
}
