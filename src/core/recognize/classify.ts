/**
 * Every sheet of a workbook gets a kind before any is read (issue 11): a sheet whose table code or title names
 * one kind of table is never read as another. Evidence, strongest first:
 *
 * 1. the user's own choice (the 数据 tab, saved in the workbook);
 * 2. a table code in the sheet name or the first rows — the finance software's 财决01表 … 财决附03表 and its
 *    `Z01` / `F03` sheet-name prefixes, the public template's 公开01表 — together with the title beside it;
 * 3. the title in the first rows (收入支出决算总表, "三公"经费支出决算表, 机构运行信息表, 基础数据表, 自评表, …);
 * 4. the sheet name alone;
 * 5. the header structure or the content (a 基础数据表's 上年 | 本年 columns, a 自评表's 一级指标 | 分值 | 得分,
 *    a 基本情况 sheet's label | text rows).
 *
 * Visibility is not evidence: a hidden sheet is classified like any other.
 */
import type { CellRef, Grid } from "../grid";
import { cellRef, cellText } from "../grid";
import { normalizeLabel } from "../text";
import { findHeader } from "./header";
import { recognizeProfileSheet } from "./profileSheet";
import { detectByHeader, kindFromText } from "./standardTables/detect";
import type { EvidenceSource, SheetClass, SheetKind } from "./sheetKinds";

export {
  SHEET_KINDS,
  isDataSheetKind,
  isSheetKind,
  isStandardKind,
  type EvidenceSource,
  type SheetClass,
  type SheetKind,
} from "./sheetKinds";

/** How many rows hold a table's title, code and unit line. */
const TITLE_ROWS = 8;

/** A table code: the finance software's 财决 / 财决附 numbers, the public template's 公开 numbers. */
interface TableCode {
  family: "software" | "appendix" | "public";
  text: string;
  ref?: CellRef;
}

const SOFTWARE_CODE = /财决\s*(附)?\s*0?\d{1,2}(?:\s*[-_－—]\s*\d)?\s*表/;
const PUBLIC_CODE = /公开\s*0?\d{1,2}\s*表/;
/** The export's sheet-name prefix: "Z04 支出决算表…", "Z08_1 …", "F03机构运行信息表…". */
const SHEET_PREFIX_CODE = /^\s*([ZF])\s?0?(\d{1,2})(?:[_-]\d)?(?=[\s\u4e00-\u9fff（(]|$)/i;

function codeIn(text: string): Omit<TableCode, "ref"> | undefined {
  const software = SOFTWARE_CODE.exec(text);
  if (software) return { family: software[1] ? "appendix" : "software", text: software[0] };
  const published = PUBLIC_CODE.exec(text);
  if (published) return { family: "public", text: published[0] };
  return undefined;
}

function findCode(grid: Grid): TableCode | undefined {
  const named = codeIn(grid.sheet);
  if (named) return named;
  for (const { text, ref } of topTexts(grid)) {
    const code = codeIn(text);
    if (code) return { ...code, ref };
  }
  const prefix = SHEET_PREFIX_CODE.exec(grid.sheet);
  if (prefix) {
    return {
      family: prefix[1].toUpperCase() === "F" ? "appendix" : "software",
      text: prefix[0].trim(),
    };
  }
  return undefined;
}

/** Every non-blank text of the first rows, with its cell. */
function topTexts(grid: Grid): { text: string; ref: CellRef }[] {
  const out: { text: string; ref: CellRef }[] = [];
  const limit = Math.min(grid.rows.length, TITLE_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length && c < 60; c++) {
      const text = cellText(row[c]).trim();
      if (text !== "") out.push({ text, ref: cellRef(grid, r, c) });
    }
  }
  return out;
}

/** Kinds a title names that are not the standard tables, most specific first. */
const OTHER_TITLES: { kind: SheetKind; pattern: RegExp }[] = [
  { kind: "institution-info", pattern: /机构运行信息/ },
  { kind: "basic-data-sheet", pattern: /基础数据表|基础数据/ },
  {
    kind: "self-evaluation",
    pattern:
      /自评表|自评得分|评分表|打分表|评价指标(体系)?表|绩效评价指标|指标体系|绩效目标(完成情况|自评|申报)表|自评结果表/,
  },
  { kind: "report-output", pattern: /年度支出变动分析金额单位|年度校验结果金额单位/ },
];

/**
 * Titles of finance-software and public tables this product does not read. Only titles that name such a
 * table: a generic "…情况表" or "…统计表" may well head a 基础数据表, and its header decides.
 */
const OTHER_TABLE_TITLE =
  /资产(情况|占用|负债)|人员(信息|情况)表|基本数字|政府采购(情况|明细)?表|项目支出(绩效|明细|决算)|收支预算表|部门预算(总)?表|收入预算表/;

/** The kind a title (a cell of the first rows) names, if any. */
function kindFromTitle(text: string): SheetKind | undefined {
  if (text.length < 4 || text.length > 80) return undefined;
  const t = normalizeLabel(text).replace(/[()（）]/g, "");
  for (const { kind, pattern } of OTHER_TITLES) if (pattern.test(t)) return kind;
  // The standard tables are named by titles with 表 or ending in 情况 ("…“三公”经费决算情况"); a row
  // labelled "三公经费" is not a title.
  if (/表|情况$/.test(t)) {
    const standard = kindFromText(text);
    if (standard) return standard;
    if (OTHER_TABLE_TITLE.test(t)) return "other-table";
  }
  return undefined;
}

/** The product's own output sheets, written beside the user's (绩效自评报告, 变动分析, 校验结果, "… (2)"). */
const REPORT_SHEET_NAME = /^(绩效自评报告|变动分析|校验结果)( \(\d+\))?$/;
const PROFILE_SHEET_NAME = /基本情况|基本信息|文字说明|部门概况|单位概况/;
const SELF_EVALUATION_SHEET_NAME = /自评|评分|打分|指标/;
const DATA_SHEET_NAME = /基础数据/;

/** The kind a sheet name alone names. */
function kindFromSheetName(name: string): SheetKind | undefined {
  if (REPORT_SHEET_NAME.test(name.trim())) return "report-output";
  const t = normalizeLabel(name).replace(/[()（）]/g, "");
  if (/机构运行信息/.test(t)) return "institution-info";
  if (DATA_SHEET_NAME.test(t)) return "basic-data-sheet";
  const standard = kindFromText(name);
  if (standard) return standard;
  if (PROFILE_SHEET_NAME.test(t)) return "profile";
  if (SELF_EVALUATION_SHEET_NAME.test(t)) return "self-evaluation";
  return undefined;
}

/** Labels only the Hunan 部门整体支出绩效评价基础数据表 has (its blocks and its own wording). */
const HUNAN_FORM_LABELS =
  /^(财政供养人员情况|经费控制情况|公车购置|公车运行维护|公务用车购置和维护经费|出国经费|政府采购金额|部门整体支出预算调整|楼堂馆所控制情况|厉行节约(保障措施)?)/;

function looksLikeHunanForm(grid: Grid): boolean {
  const seen = new Set<string>();
  const limit = Math.min(grid.rows.length, 80);
  for (let r = 0; r < limit; r++) {
    for (const cell of (grid.rows[r] ?? []).slice(0, 8)) {
      const text = normalizeLabel(cellText(cell)).replace(/^[0-9一二三四五六七八九十]+[、.]/, "");
      const match = HUNAN_FORM_LABELS.exec(text.replace(/^其中[:：]?/, ""));
      if (match) seen.add(match[1]);
    }
  }
  return seen.size >= 3 || (seen.has("财政供养人员情况") && seen.has("经费控制情况"));
}

/** A 自评表 (indicator and score sheet) by its header words. */
function looksLikeSelfEvaluation(grid: Grid): boolean {
  const limit = Math.min(grid.rows.length, 15);
  let hits = 0;
  for (let r = 0; r < limit; r++) {
    for (const cell of grid.rows[r] ?? []) {
      const text = normalizeLabel(cellText(cell));
      if (
        /^(一级指标|二级指标|三级指标|分值|得分|评分标准|指标解释|扣分原因|自评得分|指标值)$/.test(
          text
        )
      )
        hits++;
    }
  }
  return hits >= 2;
}

function isBlank(grid: Grid): boolean {
  return grid.rows.every((row) => !row || row.every((cell) => cellText(cell).trim() === ""));
}

function result(
  grid: Grid,
  kind: SheetKind,
  how: EvidenceSource,
  evidence: string,
  confidence: number,
  evidenceRef?: CellRef
): SheetClass {
  return {
    sheet: grid.sheet,
    kind,
    how,
    evidence,
    ...(evidenceRef ? { evidenceRef } : {}),
    confidence,
    hidden: grid.hidden === true,
    ...(grid.formatsUnread ? { formatsUnread: true } : {}),
  };
}

/** A 基础数据表 title or header: the Hunan form when its own blocks are there. */
function dataSheetKind(grid: Grid): SheetKind {
  return looksLikeHunanForm(grid) ? "hunan-basic-data-form" : "basic-data-sheet";
}

export function classifySheet(grid: Grid, userKind?: SheetKind): SheetClass {
  if (userKind) return result(grid, userKind, "user", userKind, 1);
  if (isBlank(grid)) return result(grid, "blank", "content", "", 1);

  const code = findCode(grid);
  let title: { kind: SheetKind; text: string; ref: CellRef } | undefined;
  for (const { text, ref } of topTexts(grid)) {
    const kind = kindFromTitle(text);
    if (kind) {
      title = { kind, text, ref };
      break;
    }
  }
  const named = kindFromSheetName(grid.sheet);
  const resolve = (kind: SheetKind): SheetKind =>
    kind === "basic-data-sheet" ? dataSheetKind(grid) : kind;

  if (code) {
    const evidence = title ? `${code.text} · ${title.text}` : code.text;
    const ref = code.ref ?? title?.ref;
    if (title) return result(grid, resolve(title.kind), "table-code", evidence, 0.99, ref);
    if (named && named !== "basic-data-sheet")
      return result(grid, named, "table-code", `${code.text} · ${grid.sheet}`, 0.95, ref);
    // A numbered table whose title says nothing we know: one of the finance software's many other
    // tables (or its appendix), never a 基础数据表.
    const byHeader = detectByHeader(grid);
    if (byHeader && code.family !== "appendix")
      return result(grid, byHeader.kind, "table-code", evidence, 0.8, ref);
    return result(grid, "other-table", "table-code", evidence, 0.8, ref);
  }
  if (title) {
    const agrees = named === title.kind;
    return result(grid, resolve(title.kind), "title", title.text, agrees ? 0.95 : 0.9, title.ref);
  }
  if (named === "report-output") return result(grid, named, "sheet-name", grid.sheet, 0.9);
  if (named && named !== "profile" && named !== "self-evaluation")
    return result(grid, resolve(named), "sheet-name", grid.sheet, 0.75);

  // No code, no title, a plain or telling sheet name: the content decides.
  if (looksLikeSelfEvaluation(grid))
    return result(grid, "self-evaluation", "content", grid.sheet, 0.7);
  if (looksLikeHunanForm(grid))
    return result(grid, "hunan-basic-data-form", "content", grid.sheet, 0.7);
  // A 基本情况 sheet's long texts can hold words a header would (决算, 金额): its label | text rows first.
  if (recognizeProfileSheet(grid)) return result(grid, "profile", "content", grid.sheet, 0.8);
  const standard = detectByHeader(grid);
  if (standard) return result(grid, standard.kind, "header", standard.evidence, 0.6);
  const header = findHeader(grid);
  if (header) {
    const both = header.columns.prior !== undefined && header.columns.current !== undefined;
    const texts = Object.values(header.headers).filter(Boolean).join(" | ");
    return result(grid, "basic-data-sheet", "header", texts, both ? 0.6 : 0.5);
  }
  if (named === "profile") return result(grid, "profile", "sheet-name", grid.sheet, 0.6);
  if (named === "self-evaluation")
    return result(grid, "self-evaluation", "sheet-name", grid.sheet, 0.6);
  return result(grid, "unknown", "none", "", 0);
}

/** Classifies every sheet; `userKinds` (sheet → kind) are the 数据 tab's manual choices. */
export function classifySheets(
  grids: readonly Grid[],
  userKinds?: Readonly<Record<string, SheetKind>>
): SheetClass[] {
  return grids.map((grid) => classifySheet(grid, userKinds?.[grid.sheet]));
}
