/**
 * Standard tables → the lines of a Book, with the stable keys compare and compose need: 一般公共预算支出,
 * 基本支出 and 项目支出 from the 一般公共预算财政拨款支出决算表 (else the 支出决算表), 人员经费 / 公用经费 and
 * the economic codes (30108 … 30112 included) from the 基本支出明细表, the "三公" parts with their 预算数,
 * 政府性基金 and 国有资本经营 from their tables (empty tables read as 0) or the 财政拨款总表.
 */
import type { Line, StableKey } from "../../book";
import type { Figure } from "../../figure";
import { computedFigureAt, hasValue, zeroFigureAt } from "../../figure";
import { type CellRef, positionOf, refAt } from "../../grid";
import { CurrencyUnit } from "../../money";
import { normalizeLabel } from "../../text";
import type { StaffCounts } from "../institutionInfo";
import { KEY_BY_CODE, keyFromLabel } from "../keys";
import { THREE_PUBLIC_LABELS, threePublicPart } from "./threePublic";
import type { StandardTable, StandardTableKind, TableRow } from "./types";

export const DEFAULT_LABELS: Partial<Record<StableKey, string>> = {
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

export function tableOf(
  tables: StandardTable[],
  kind: StandardTableKind
): StandardTable | undefined {
  return tables.find((t) => t.kind === kind);
}

/** The 合计 row of a list table (the first total row, else the first row). */
export function totalRow(table: StandardTable | undefined, block = 0): TableRow | undefined {
  if (!table) return undefined;
  const rows = table.rows.filter((r) => r.block === block);
  return rows.find((r) => r.total === "total" || r.total === "grandTotal") ?? undefined;
}

/** A row of a two-sided table (总表) by its normalised label. */
export function rowByLabel(
  table: StandardTable | undefined,
  pattern: RegExp,
  block?: number
): TableRow | undefined {
  if (!table) return undefined;
  return table.rows.find(
    (r) => (block === undefined || r.block === block) && pattern.test(normalizeLabel(r.label))
  );
}

/** Footer rows of the 基本支出明细表: 人员经费合计 / 公用经费合计. */
export function basicDetailFooter(
  table: StandardTable | undefined,
  which: "personnel" | "publicOperating"
): TableRow | undefined {
  const pattern =
    which === "personnel" ? /^人员经费(合计|小计)?$/ : /^(日常)?公用经费(合计|小计)?$/;
  const row = rowByLabel(table, pattern);
  const figure = figureOf(row, "current", "total");
  if (!row || (figure && figure.origin !== "blank")) return row;
  // The label merged across a block and its figure in the last block's 决算数 column (公用经费 spans two
  // blocks in the 2024 template): take the next figure to the right on the same row.
  const right = table?.rows.find(
    (r) =>
      r.row === row.row &&
      r.block > row.block &&
      (r.label === "" || r.label === row.label) &&
      [r.figures.current, r.figures.total].some((f) => f && f.origin !== "blank")
  );
  const moved = figureOf(right, "current", "total");
  return moved ? { ...row, figures: { ...row.figures, current: moved } } : row;
}

/** The first figure of a row in one of the given columns. */
export function figureOf(row: TableRow | undefined, ...keys: string[]): Figure | undefined {
  if (!row) return undefined;
  for (const key of keys) if (row.figures[key]) return row.figures[key];
  return undefined;
}

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

export function linesFromTables(
  tables: StandardTable[],
  staff?: StaffCounts
): StandardLines | undefined {
  if (tables.length === 0) return undefined;
  const drafts: Draft[] = [];
  const add = (draft: Draft): void => {
    if (drafts.some((d) => d.key === draft.key)) return;
    drafts.push(draft);
  };
  const gb = tableOf(tables, "generalBudget");
  const exp = tableOf(tables, "expenditure");
  const detail = tableOf(tables, "basicDetail");
  const fiscal = tableOf(tables, "fiscalSummary");
  const main = (gb && !gb.empty ? gb : undefined) ?? exp ?? detail ?? gb ?? tables[0];

  // 一般公共预算支出 = 基本支出 + 项目支出 (合计 row).
  const source = gb && !gb.empty ? gb : exp;
  const total = totalRow(source);
  if (source && total) {
    const at = { labelRef: total.labelRef, row: total.row };
    add({
      key: "generalBudget",
      label: DEFAULT_LABELS.generalBudget as string,
      ...at,
      current: figureOf(total, "total"),
    });
    if (total.figures.basic)
      add({
        key: "basic",
        label: "基本支出",
        ...at,
        parent: "generalBudget",
        current: total.figures.basic,
      });
  } else if (gb?.empty && gb.emptyNoteRef) {
    const at = { labelRef: gb.emptyNoteRef, row: gb.headerRows[0] };
    add({
      key: "generalBudget",
      label: DEFAULT_LABELS.generalBudget as string,
      ...at,
      current: zeroAt(gb.emptyNoteRef),
    });
  }

  // 人员经费 / 公用经费 and the economic codes from the 基本支出明细表.
  if (detail && !detail.empty) {
    const personnelRow = basicDetailFooter(detail, "personnel");
    const publicRow = basicDetailFooter(detail, "publicOperating");
    const anchor = personnelRow ?? publicRow ?? detail.rows[0];
    if (anchor && !drafts.some((d) => d.key === "basic")) {
      add({
        key: "basic",
        label: "基本支出",
        labelRef: anchor.labelRef,
        row: anchor.row,
        ...(drafts.some((d) => d.key === "generalBudget") ? { parent: "generalBudget" } : {}),
      });
    }
    if (personnelRow)
      add({
        key: "personnel",
        label: "人员经费",
        labelRef: personnelRow.labelRef,
        row: personnelRow.row,
        parent: "basic",
        current: figureOf(personnelRow, "current", "total"),
      });
    if (publicRow)
      add({
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
      if (!drafts.some((d) => d.key === groupKey)) {
        add({
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
      add({
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
  if (source && total && total.figures.project) {
    add({
      key: "project",
      label: "项目支出",
      labelRef: total.labelRef,
      row: total.row,
      parent: "generalBudget",
      current: total.figures.project,
    });
  }

  // 政府性基金 / 国有资本经营.
  for (const kind of ["govFund", "stateCapital"] as const) {
    const table = tableOf(tables, kind);
    const label = DEFAULT_LABELS[kind] as string;
    if (table?.empty) {
      const ref = table.emptyNoteRef ?? table.titleRef ?? { sheet: table.sheet, address: "A1" };
      add({ key: kind, label, labelRef: ref, row: table.headerRows[0], current: zeroAt(ref) });
      continue;
    }
    const row = totalRow(table);
    if (table && row) {
      add({
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
      add({ key: kind, label, labelRef: ref, row: table.headerRows[0], current: zeroAt(ref) });
      continue;
    }
    const fiscalTotal =
      rowByLabel(fiscal, /^本年支出合计$/, 1) ?? rowByLabel(fiscal, /^本年支出合计$/);
    const fromFiscal = fiscalTotal?.figures[kind];
    if (fiscalTotal && fromFiscal)
      add({
        key: kind,
        label,
        labelRef: fiscalTotal.labelRef,
        row: fiscalTotal.row,
        current: fromFiscal,
      });
  }

  // "三公"经费 with 预算数 and 决算数.
  const threePublic = tableOf(tables, "threePublic");
  if (threePublic) {
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
      add({
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
    if (
      threePublic.empty &&
      threePublic.emptyNoteRef &&
      !drafts.some((d) => d.key === "threePublic")
    ) {
      add({
        key: "threePublic",
        label: DEFAULT_LABELS.threePublic as string,
        labelRef: threePublic.emptyNoteRef,
        row: threePublic.headerRows[0],
        current: zeroAt(threePublic.emptyNoteRef),
      });
    }
  }
  // A workbook holding only the 收入支出决算总表: the totals it states, as they are.
  const summary = tableOf(tables, "summary");
  if (summary && drafts.length === 0) {
    for (const row of summary.rows) {
      const current = figureOf(row, "current", "total");
      if (!current || row.label === "") continue;
      add({
        key: `row:${row.label}`,
        label: row.label,
        labelRef: row.labelRef,
        row: row.row,
        ...(row.total ? { total: row.total } : {}),
        current,
      });
    }
  }
  // Only the 基本支出明细表: 基本支出 = 人员经费 + 公用经费, computed (pointing at the 人员经费合计 cell).
  const basic = drafts.find((d) => d.key === "basic");
  const personnel = drafts.find((d) => d.key === "personnel")?.current;
  const publicOperating = drafts.find((d) => d.key === "publicOperating")?.current;
  if (basic && !basic.current && hasValue(personnel) && hasValue(publicOperating)) {
    basic.current = computedFigureAt(personnel, personnel.value + publicOperating.value);
  }
  if (drafts.length === 0) return undefined;
  // Head counts from the 机构运行信息表.
  for (const key of ["staffAuthorized", "staffActual"] as const) {
    const count = staff?.[key];
    if (count)
      add({
        key,
        label: count.label,
        labelRef: refAt(count.labelAt),
        row: count.labelAt.row,
        kind: "count",
        current: count.figure,
      });
  }
  const usedUnits = new Set(
    drafts
      .flatMap((d) => [d.current, d.budget])
      .filter(hasValue)
      .map((f) => tables.find((t) => t.sheet === f.sheet)?.unit)
  );
  const currencyUnit: CurrencyUnit = usedUnits.has("万元") ? "万元" : main.unit;
  return { lines: toLines(drafts), main, currencyUnit };
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
