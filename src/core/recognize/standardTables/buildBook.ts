/**
 * Standard tables → the lines of a Book, with the stable keys compare and compose need, section by section:
 * 一般公共预算支出 with 基本支出 and 项目支出 from the 一般公共预算财政拨款支出决算表 (else the 支出决算表);
 * 人员经费 / 公用经费 and the economic codes (30108 … 30112 included) from the 基本支出明细表; 政府性基金 and
 * 国有资本经营 from their tables (empty tables read as 0) or the 财政拨款总表; the "三公" parts with their 预算数;
 * the 总表's totals when it is all there is; the 机构运行信息表's head counts.
 */
import type { Line, StableKey } from "../../book";
import type { Figure } from "../../figure";
import { computedFigureAt, hasValue, zeroFigureAt } from "../../figure";
import { type CellRef, positionOf, refAt } from "../../grid";
import { CurrencyUnit } from "../../money";
import type { StaffCounts } from "../institutionInfo";
import { KEY_BY_CODE, keyFromLabel } from "../keys";
import { basicDetailFooter, figureOf, rowByLabel, tableOf, totalRow } from "./query";
import { THREE_PUBLIC_LABELS, threePublicPart } from "./threePublic";
import type { StandardTable, TableRow } from "./types";

const DEFAULT_LABELS: Partial<Record<StableKey, string>> = {
  generalBudget: "一般公共预算支出",
  basic: "基本支出",
  personnel: "人员经费",
  publicOperating: "公用经费",
  project: "项目支出",
  govFund: "政府性基金预算支出",
  stateCapital: "国有资本经营预算支出",
  ...(THREE_PUBLIC_LABELS as Partial<Record<StableKey, string>>),
  threePublic: "“三公”经费",
};

interface Draft {
  key: string;
  label: string;
  labelRef: CellRef;
  row: number;
  code?: string;
  parent?: string;
  ofWhich?: boolean;
  total?: Line["total"];
  kind?: Line["kind"];
  current?: Figure;
  prior?: Figure;
  budget?: Figure;
}

export interface StandardLines {
  lines: Line[];
  /** The table the 基本支出 figures were taken from (the Book's main sheet). */
  main: StandardTable;
  currencyUnit: CurrencyUnit;
}

function zeroAt(ref: CellRef): Figure {
  return zeroFigureAt(positionOf(ref));
}

/** The drafts of the lines, the first of each key kept: sections add to it in the order the report reads. */
class Drafts {
  readonly list: Draft[] = [];
  add(draft: Draft): void {
    if (this.has(draft.key)) return;
    this.list.push(draft);
  }
  has(key: string): boolean {
    return this.list.some((d) => d.key === key);
  }
  find(key: string): Draft | undefined {
    return this.list.find((d) => d.key === key);
  }
}

/** The table whose 合计 row gives 一般公共预算支出, 基本支出 and 项目支出, and that row. */
function generalBudgetTotal(tables: StandardTable[]): {
  source?: StandardTable;
  total?: TableRow;
} {
  const gb = tableOf(tables, "generalBudget");
  const source = gb && !gb.empty ? gb : tableOf(tables, "expenditure");
  return { source, total: totalRow(source) };
}

/** 一般公共预算支出 = 基本支出 + 项目支出 (合计 row): the total and 基本支出. */
function addGeneralBudget(drafts: Drafts, tables: StandardTable[]): void {
  const gb = tableOf(tables, "generalBudget");
  const { source, total } = generalBudgetTotal(tables);
  if (source && total) {
    const at = { labelRef: total.labelRef, row: total.row };
    drafts.add({
      key: "generalBudget",
      label: DEFAULT_LABELS.generalBudget as string,
      ...at,
      current: figureOf(total, "total"),
    });
    if (total.figures.basic)
      drafts.add({
        key: "basic",
        label: "基本支出",
        ...at,
        parent: "generalBudget",
        current: total.figures.basic,
      });
  } else if (gb?.empty && gb.emptyNoteRef) {
    const at = { labelRef: gb.emptyNoteRef, row: gb.headerRows[0] };
    drafts.add({
      key: "generalBudget",
      label: DEFAULT_LABELS.generalBudget as string,
      ...at,
      current: zeroAt(gb.emptyNoteRef),
    });
  }
}

/** 人员经费 / 公用经费 and the economic codes from the 基本支出明细表. */
function addBasicDetail(drafts: Drafts, tables: StandardTable[]): void {
  const detail = tableOf(tables, "basicDetail");
  if (!detail || detail.empty) return;
  const personnelRow = basicDetailFooter(detail, "personnel");
  const publicRow = basicDetailFooter(detail, "publicOperating");
  const anchor = personnelRow ?? publicRow ?? detail.rows[0];
  if (anchor && !drafts.has("basic")) {
    drafts.add({
      key: "basic",
      label: "基本支出",
      labelRef: anchor.labelRef,
      row: anchor.row,
      ...(drafts.has("generalBudget") ? { parent: "generalBudget" } : {}),
    });
  }
  if (personnelRow)
    drafts.add({
      key: "personnel",
      label: "人员经费",
      labelRef: personnelRow.labelRef,
      row: personnelRow.row,
      parent: "basic",
      current: figureOf(personnelRow, "current", "total"),
    });
  if (publicRow)
    drafts.add({
      key: "publicOperating",
      label: "公用经费",
      labelRef: publicRow.labelRef,
      row: publicRow.row,
      parent: "basic",
      current: figureOf(publicRow, "current", "total"),
    });
  const codeRows = detail.rows.filter((r) => r.code && /^3\d{2}(\d{2})?$/.test(r.code));
  for (const row of codeRows) {
    const code = row.code as string;
    const cls = code.slice(0, 3);
    const groupKey = cls === "301" || cls === "303" ? "personnel" : "publicOperating";
    if (!drafts.has(groupKey)) {
      drafts.add({
        key: groupKey,
        label: DEFAULT_LABELS[groupKey] as string,
        labelRef: row.labelRef,
        row: row.row,
        parent: "basic",
      });
    }
    const parent =
      code.length === 3
        ? groupKey
        : codeRows.some((r) => r.code === cls)
          ? `code:${cls}`
          : groupKey;
    drafts.add({
      key: KEY_BY_CODE[code] ?? `code:${code}`,
      label: row.label,
      labelRef: row.labelRef,
      row: row.row,
      code,
      parent,
      current: figureOf(row, "current", "total"),
    });
  }
}

/** 项目支出 from the same 合计 row as 一般公共预算支出. */
function addProject(drafts: Drafts, tables: StandardTable[]): void {
  const { source, total } = generalBudgetTotal(tables);
  if (source && total && total.figures.project) {
    drafts.add({
      key: "project",
      label: "项目支出",
      labelRef: total.labelRef,
      row: total.row,
      parent: "generalBudget",
      current: total.figures.project,
    });
  }
}

/** 政府性基金 / 国有资本经营: their tables (an empty one is 0 at its note), else the 财政拨款总表's columns. */
function addFunds(drafts: Drafts, tables: StandardTable[]): void {
  const fiscal = tableOf(tables, "fiscalSummary");
  for (const kind of ["govFund", "stateCapital"] as const) {
    const table = tableOf(tables, kind);
    const label = DEFAULT_LABELS[kind] as string;
    if (table?.empty) {
      const ref = table.emptyNoteRef ?? table.titleRef ?? { sheet: table.sheet, address: "A1" };
      drafts.add({
        key: kind,
        label,
        labelRef: ref,
        row: table.headerRows[0],
        current: zeroAt(ref),
      });
      continue;
    }
    const row = totalRow(table);
    if (table && row) {
      drafts.add({
        key: kind,
        label,
        labelRef: row.labelRef,
        row: row.row,
        current: figureOf(row, "expenditure", "total"),
      });
      continue;
    }
    if (table && table.rows.length === 0) {
      const ref = table.titleRef ?? { sheet: table.sheet, address: "A1" };
      drafts.add({
        key: kind,
        label,
        labelRef: ref,
        row: table.headerRows[0],
        current: zeroAt(ref),
      });
      continue;
    }
    const fiscalTotal =
      rowByLabel(fiscal, /^本年支出合计$/, 1) ?? rowByLabel(fiscal, /^本年支出合计$/);
    const fromFiscal = fiscalTotal?.figures[kind];
    if (fiscalTotal && fromFiscal)
      drafts.add({
        key: kind,
        label,
        labelRef: fiscalTotal.labelRef,
        row: fiscalTotal.row,
        current: fromFiscal,
      });
  }
}

/** "三公"经费 with 预算数 and 决算数 (and 上年, when the table has it). */
function addThreePublic(drafts: Drafts, tables: StandardTable[]): void {
  const threePublic = tableOf(tables, "threePublic");
  if (!threePublic) return;
  for (const row of threePublic.rows) {
    // Rows that print no figure (a 口径说明 paragraph, a heading) name no part.
    if (!Object.values(row.figures).some((f) => f.origin !== "blank" && f.origin !== "text"))
      continue;
    const key = threePublicKey(row);
    if (!key) continue;
    const parent =
      key === "threePublic"
        ? undefined
        : key === "vehiclePurchase" || key === "vehicleOperation"
          ? "vehicle"
          : "threePublic";
    drafts.add({
      key,
      label: key === "threePublic" ? (DEFAULT_LABELS.threePublic as string) : row.label,
      labelRef: row.labelRef,
      row: row.row,
      ...(parent ? { parent } : {}),
      ...(key === "vehiclePurchase" || key === "vehicleOperation" ? { ofWhich: true } : {}),
      current: figureOf(row, "current", "total"),
      ...(row.figures.prior ? { prior: row.figures.prior } : {}),
      budget: row.figures.budget,
    });
  }
  if (threePublic.empty && threePublic.emptyNoteRef && !drafts.has("threePublic")) {
    drafts.add({
      key: "threePublic",
      label: DEFAULT_LABELS.threePublic as string,
      labelRef: threePublic.emptyNoteRef,
      row: threePublic.headerRows[0],
      current: zeroAt(threePublic.emptyNoteRef),
    });
  }
}

/** A workbook holding only the 收入支出决算总表: the totals it states, as they are. */
function addSummaryAlone(drafts: Drafts, tables: StandardTable[]): void {
  const summary = tableOf(tables, "summary");
  if (!summary || drafts.list.length > 0) return;
  for (const row of summary.rows) {
    const current = figureOf(row, "current", "total");
    if (!current || row.label === "") continue;
    drafts.add({
      key: `row:${row.label}`,
      label: row.label,
      labelRef: row.labelRef,
      row: row.row,
      ...(row.total ? { total: row.total } : {}),
      current,
    });
  }
}

/** Only the 基本支出明细表: 基本支出 = 人员经费 + 公用经费, computed (pointing at the 人员经费合计 cell). */
function computeBasic(drafts: Drafts): void {
  const basic = drafts.find("basic");
  const personnel = drafts.find("personnel")?.current;
  const publicOperating = drafts.find("publicOperating")?.current;
  if (basic && !basic.current && hasValue(personnel) && hasValue(publicOperating)) {
    basic.current = computedFigureAt(personnel, personnel.value + publicOperating.value);
  }
}

/** Head counts from the 机构运行信息表. */
function addStaff(drafts: Drafts, staff: StaffCounts | undefined): void {
  for (const key of ["staffAuthorized", "staffActual"] as const) {
    const count = staff?.[key];
    if (count)
      drafts.add({
        key,
        label: count.label,
        labelRef: refAt(count.labelAt),
        row: count.labelAt.row,
        kind: "count",
        current: count.figure,
      });
  }
}

export function linesFromTables(
  tables: StandardTable[],
  staff?: StaffCounts
): StandardLines | undefined {
  if (tables.length === 0) return undefined;
  const drafts = new Drafts();
  addGeneralBudget(drafts, tables);
  addBasicDetail(drafts, tables);
  addProject(drafts, tables);
  addFunds(drafts, tables);
  addThreePublic(drafts, tables);
  addSummaryAlone(drafts, tables);
  computeBasic(drafts);
  if (drafts.list.length === 0) return undefined;
  addStaff(drafts, staff);
  const gb = tableOf(tables, "generalBudget");
  const main =
    (gb && !gb.empty ? gb : undefined) ??
    tableOf(tables, "expenditure") ??
    tableOf(tables, "basicDetail") ??
    gb ??
    tables[0];
  const usedUnits = new Set(
    drafts.list
      .flatMap((d) => [d.current, d.budget])
      .filter(hasValue)
      .map((f) => tables.find((t) => t.sheet === f.sheet)?.unit)
  );
  const currencyUnit: CurrencyUnit = usedUnits.has("万元") ? "万元" : main.unit;
  return { lines: toLines(drafts.list), main, currencyUnit };
}

function threePublicKey(row: TableRow): StableKey | undefined {
  const byLabel = keyFromLabel(row.label);
  if (byLabel && (byLabel === "threePublic" || THREE_PUBLIC_LABELS[byLabel])) return byLabel;
  if (row.total) return "threePublic";
  return threePublicPart([row.label]);
}

function toLines(drafts: Draft[]): Line[] {
  // Parents before children, in the order the report reads them.
  const index = new Map(drafts.map((d, i) => [d.key, i]));
  const ordered: Draft[] = [];
  const placed = new Set<string>();
  const place = (d: Draft): void => {
    if (placed.has(d.key)) return;
    placed.add(d.key);
    ordered.push(d);
    for (const child of drafts) if (child.parent === d.key) place(child);
  };
  for (const d of drafts) if (!d.parent || !index.has(d.parent)) place(d);
  for (const d of drafts) place(d);
  const position = new Map(ordered.map((d, i) => [d.key, i]));
  const lines: Line[] = ordered.map((d, i) => ({
    index: i,
    key: d.key,
    label: d.label,
    rawLabel: d.label,
    labelAt: positionOf(d.labelRef),
    ...(d.code ? { code: d.code } : {}),
    depth: 0,
    children: [],
    ofWhich: d.ofWhich === true,
    ...(d.total ? { total: d.total } : {}),
    kind: d.kind ?? "money",
    row: d.row,
    ...(d.current ? { current: d.current } : {}),
    ...(d.prior ? { prior: d.prior } : {}),
    ...(d.budget ? { budget: d.budget } : {}),
  }));
  const children: number[][] = lines.map(() => []);
  ordered.forEach((d, i) => {
    const p = d.parent !== undefined ? position.get(d.parent) : undefined;
    if (p !== undefined) {
      lines[i].parent = p;
      children[p].push(i);
    }
  });
  lines.forEach((line, i) => (line.children = children[i]));
  for (const line of lines) {
    let depth = 0;
    for (let p = line.parent; p !== undefined && depth < 20; p = lines[p].parent) depth++;
    line.depth = depth;
  }
  return lines;
}
