/**
 * The kinds a sheet can be, what can tell them, and a sheet's classification: the vocabulary classify.ts
 * produces and the Book records (kept apart from classify.ts so the Book names it without importing the
 * classifier).
 */
import type { CellRef } from "../grid";
import { STANDARD_TABLE_KINDS, type StandardTableKind } from "./standardTables/types";

export const SHEET_KINDS = [
  "basic-data-sheet",
  "hunan-basic-data-form",
  ...STANDARD_TABLE_KINDS,
  "institution-info",
  "profile",
  "self-evaluation",
  "report-output",
  "other-table",
  "blank",
  "unknown",
] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** What told the kind, strongest first. */
export const EVIDENCE_SOURCES = [
  "user",
  "table-code",
  "title",
  "sheet-name",
  "header",
  "content",
  "none",
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export interface SheetClass {
  sheet: string;
  kind: SheetKind;
  how: EvidenceSource;
  /** The words that said so: "财决09表 · 2023年度财政拨款“三公”经费支出决算表", a sheet name, a header. */
  evidence: string;
  /** The cell holding the evidence, when it is a cell. */
  evidenceRef?: CellRef;
  /** 0–1: how sure the evidence makes the kind. */
  confidence: number;
  hidden: boolean;
  /** The host read the sheet without indent, bold, hidden rows or merged areas (Grid.formatsUnread). */
  formatsUnread?: boolean;
}

const STANDARD_KIND_SET: ReadonlySet<string> = new Set<string>(STANDARD_TABLE_KINDS);

export function isStandardKind(kind: SheetKind): kind is StandardTableKind {
  return STANDARD_KIND_SET.has(kind);
}

/** Kinds whose sheets can be read as a 基础数据表 (a sheet of lines with 上年 / 本年 figures). */
export function isDataSheetKind(kind: SheetKind): boolean {
  return kind === "basic-data-sheet" || kind === "hunan-basic-data-form";
}

export function isSheetKind(value: unknown): value is SheetKind {
  return typeof value === "string" && (SHEET_KINDS as readonly string[]).includes(value);
}
