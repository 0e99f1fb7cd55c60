/**
 * The --json shapes of docs/design.md §2 (check, changes). Amounts in 元 as numbers with at most two decimals,
 * percent as a number (3.98 = 3.98%), head counts as plain numbers. Keep these stable: acceptance reads them.
 */
import type { Analysis } from "../core/pipeline";
import { lineByKey } from "../core/book";
import type { Finding, Severity } from "../core/finding";
import { refAt } from "../core/grid";
import { basisPointsToNumber, fenToYuanNumber } from "../core/money";
import { messagesFor } from "../i18n";
import type { AuditFinding, AuditResult } from "../core/audit";

/** Where the figures came from (issue 11): the source, and every sheet with its kind, role and why. */
export interface SourceJson {
  kind: "basic-data-sheet" | "standard-tables";
  sheet: string;
  range: string;
  currencyUnit: string;
  currencyUnitAssumed: boolean;
  /** Last year's figures: a sheet of this workbook (a year sheet) or another workbook (--prior). */
  prior: { sheet: string; year: number | null; sameWorkbook: boolean } | null;
  sheets: {
    sheet: string;
    kind: string;
    evidence: string;
    evidenceCell: string | null;
    confidence: number;
    hidden: boolean;
    role: "source" | "cross-check" | "unused";
    reason: string;
    reasonCode: string;
  }[];
}

function sourceJson(analysis: Analysis): SourceJson {
  const { book } = analysis;
  const words = messagesFor(analysis.options.locale).recognition;
  return {
    kind: book.source.kind,
    sheet: book.source.sheet,
    range: book.source.range,
    currencyUnit: book.currencyUnit,
    currencyUnitAssumed: book.source.unitAssumed,
    prior: book.priorSource
      ? {
          sheet: book.priorSource.sheet,
          year: book.priorSource.year ?? null,
          sameWorkbook: book.priorSource.sameWorkbook === true,
        }
      : null,
    sheets: book.source.sheets.map((use) => ({
      sheet: use.sheet,
      kind: use.kind,
      evidence: use.evidence,
      evidenceCell: use.evidenceRef ? use.evidenceRef.address : null,
      confidence: use.confidence,
      hidden: use.hidden,
      role: use.role,
      reason: words.sheetReasons[use.reason],
      reasonCode: use.reason,
    })),
  };
}

export interface CheckJson {
  unit: string;
  year: number | null;
  source: SourceJson;
  summary: Record<Severity, number>;
  findings: {
    rule: string;
    severity: Severity;
    message: string;
    sheet: string;
    cell: string;
    expected?: number;
    actual?: number;
    difference?: number;
  }[];
}

export interface ChangesJson {
  unit: string;
  year: number | null;
  source: SourceJson;
  items: {
    key: string;
    label: string;
    code: string | null;
    current: number | null;
    prior: number | null;
    delta: number | null;
    percent: number | null;
    direction: string;
    needsExplanation: boolean;
    reason: string | null;
    cell: { sheet: string; current: string | null; prior: string | null };
  }[];
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

export function checkJson(analysis: Analysis): CheckJson {
  const { book, findings } = analysis;
  const isCount = (f: Finding): boolean =>
    f.lineKey ? lineByKey(book, f.lineKey)?.kind === "count" : false;
  const amount = (f: Finding, value: number | undefined): number | undefined =>
    value === undefined ? undefined : isCount(f) ? value : fenToYuanNumber(value);
  return {
    unit: book.unit,
    year: book.year ?? null,
    source: sourceJson(analysis),
    summary: summarize(findings),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      sheet: f.ref.sheet,
      cell: f.ref.address,
      ...(f.expected !== undefined ? { expected: amount(f, f.expected) } : {}),
      ...(f.actual !== undefined ? { actual: amount(f, f.actual) } : {}),
      ...(f.difference !== undefined ? { difference: amount(f, f.difference) } : {}),
    })),
  };
}

export function changesJson(analysis: Analysis): ChangesJson {
  const { book, changes } = analysis;
  return {
    unit: book.unit,
    year: book.year ?? null,
    source: sourceJson(analysis),
    items: changes.map((c) => {
      const amount = (v: number | undefined): number | null =>
        v === undefined ? null : c.kind === "count" ? v : fenToYuanNumber(v);
      return {
        key: c.key,
        label: c.label,
        code: c.code ?? null,
        current: amount(c.current),
        prior: amount(c.prior),
        delta: amount(c.delta),
        percent: c.percent === undefined ? null : basisPointsToNumber(c.percent),
        direction: c.direction,
        needsExplanation: c.needsExplanation,
        reason: c.reason ?? null,
        cell: {
          sheet: c.currentAt?.sheet ?? c.priorAt?.sheet ?? book.source.sheet,
          current: c.currentAt ? refAt(c.currentAt).address : null,
          prior: c.priorAt ? refAt(c.priorAt).address : null,
        },
      };
    }),
  };
}

/** `audit --json` (docs/design.md §2): the report's figure claims checked; a finding without its mark. */
export interface AuditJson {
  source: string;
  /** Figure-bearing sentences examined. */
  sentences: number;
  summary: Record<Severity, number>;
  findings: Omit<AuditFinding, "mark">[];
}

export function auditJson(source: string, result: AuditResult): AuditJson {
  return {
    source,
    sentences: result.sentences,
    summary: result.summary,
    findings: result.findings.map(
      ({ rule, severity, message, excerpt, offset, printed, expected }) => ({
        rule,
        severity,
        message,
        excerpt,
        offset,
        printed,
        expected,
      })
    ),
  };
}
