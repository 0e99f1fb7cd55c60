/**
 * The report as worksheets, host-neutral (SheetSpec): 绩效自评报告 (the text in one wide wrapped column,
 * A4 portrait fitted to width), 变动分析 (the change table, amounts in 元) and 校验结果 (findings, each
 * linked to its cell). The file host (ExcelJS) and the Excel host (Office.js) write these specs as they are.
 */
import type { Change } from "../core/change";
import type { Finding } from "../core/finding";
import { formatRef } from "../core/grid";
import { basisPointsToNumber, fenToYuanNumber } from "../core/money";
import type { Locale } from "../core/options";
import { flattenReport } from "../core/report/numbering";
import type { ComposedReport, Report } from "../core/report/types";
import { messagesFor } from "../i18n";
import { reportSheets as zhSheets } from "../i18n/zh-CN/reportSheets";
import { reportSheets as enSheets } from "../i18n/en-US/reportSheets";
import type { CellStyle, SheetCellSpec, SheetRowSpec, SheetSpec } from "../core/sheetSpec";

export const REPORT_SHEET = "绩效自评报告";
export const CHANGES_SHEET = "变动分析";
export const FINDINGS_SHEET = "校验结果";

/** Width of the report's one column in Excel character units: an A4 portrait line without scaling (about 34 CJK characters at 11 pt in Excel). */
const REPORT_COLUMN_WIDTH = 72;
const BODY_FONT = "宋体";
const HEADING_FONT = "黑体";
const MONEY = "#,##0.00";
const PERCENT = "0.00%";
const COUNT = "#,##0";
/** Two ideographic spaces: the first-line indent a cell cannot otherwise show. */
const INDENT = "\u3000\u3000";

export interface ReportSheetOptions {
  locale?: Locale;
}

/** All three sheets, in the order they are added to the workbook. */
export function reportSheetSpecs(
  composed: ComposedReport,
  changes: readonly Change[],
  findings: readonly Finding[] = composed.findings,
  options: ReportSheetOptions = {}
): SheetSpec[] {
  return [
    reportSheet(composed.report),
    changesSheet(composed.report, changes, options),
    findingsSheet(composed.report, findings, changes, options),
  ];
}

// ── 绩效自评报告 ──────────────────────────────────────────────────────────────────────────────────

export function reportSheet(report: Report): SheetSpec {
  const rows: SheetRowSpec[] = [];
  const text = (value: string, style: CellStyle, height?: number): SheetRowSpec => ({
    cells: [{ value, style: { wrap: true, vertical: "top", color: "#000000", ...style } }],
    height: height ?? rowHeight(value, style.fontSize ?? 11),
  });
  let signatureStarted = false;
  for (const block of flattenReport(report)) {
    switch (block.kind) {
      case "title":
        rows.push(
          text(block.text, {
            bold: true,
            fontSize: 16,
            fontName: HEADING_FONT,
            horizontal: "center",
            vertical: "middle",
          })
        );
        rows.push({ cells: [{ value: null }], height: 10 });
        break;
      case "heading":
        rows.push(
          text(INDENT + block.text, {
            bold: block.level !== 2,
            fontSize: block.level === 1 ? 12 : 11,
            fontName: block.level === 1 ? HEADING_FONT : BODY_FONT,
          })
        );
        break;
      case "paragraph":
        rows.push(
          text(INDENT + block.text, {
            fontSize: 11,
            fontName: BODY_FONT,
            ...(block.runs.some((r) => r.placeholder) ? { fill: "#FFF2CC" } : {}),
          })
        );
        break;
      case "signature":
        if (!signatureStarted) rows.push({ cells: [{ value: null }], height: 15 });
        signatureStarted = true;
        rows.push(text(block.text, { fontSize: 11, fontName: BODY_FONT, horizontal: "right" }));
        break;
    }
  }
  return {
    name: REPORT_SHEET,
    columnWidths: [REPORT_COLUMN_WIDTH],
    rows,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
  };
}

/** Row height in points for wrapped text: CJK characters count two width units, others one. */
export function rowHeight(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  const unitsPerLine = Math.max(1, Math.floor((REPORT_COLUMN_WIDTH - 2) * (11 / fontSize)));
  const lines = Math.max(1, Math.ceil(units / unitsPerLine));
  return Math.ceil(lines * fontSize * 1.45 + 6);
}

// ── 变动分析 ────────────────────────────────────────────────────────────────────────────────────────

export function changesSheet(
  report: Report,
  changes: readonly Change[],
  options: ReportSheetOptions = {}
): SheetSpec {
  const words = options.locale === "en-US" ? enSheets : zhSheets;
  const header = headerRow(words.changesColumns);
  const rows: SheetRowSpec[] = [
    titleRow(fillText(words.changesTitle, titleSlots(report)), words.changesColumns.length),
    header,
  ];
  for (const change of changes) {
    const amountFormat = change.kind === "count" ? COUNT : MONEY;
    const amount = (fen: number | undefined): SheetCellSpec =>
      fen === undefined
        ? { value: null, style: { border: true } }
        : {
            value: change.kind === "count" ? fen : fenToYuanNumber(fen),
            style: { numberFormat: amountFormat, border: true, horizontal: "right" },
          };
    const flag = change.needsExplanation;
    rows.push({
      cells: [
        {
          value: "\u3000".repeat(Math.max(0, change.depth)) + change.label,
          style: { border: true },
        },
        { value: change.code ?? null, style: { border: true } },
        amount(change.prior),
        amount(change.current),
        amount(change.delta),
        change.percent === undefined
          ? { value: null, style: { border: true } }
          : {
              value: basisPointsToNumber(change.percent) / 100,
              style: { numberFormat: PERCENT, border: true, horizontal: "right" },
            },
        { value: change.reason ?? null, style: { border: true, wrap: true } },
        {
          value: flag ? words.needsExplanation : null,
          style: flag
            ? { border: true, fill: "#FCE4D6", color: "#9C0006", bold: true }
            : { border: true },
        },
      ],
    });
  }
  return {
    name: CHANGES_SHEET,
    columnWidths: [34, 10, 16, 16, 16, 10, 36, 12],
    rows,
    freezeRows: 2,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };
}

// ── 校验结果 ────────────────────────────────────────────────────────────────────────────────────────

const SEVERITY_FILL: Record<Finding["severity"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export function findingsSheet(
  report: Report,
  findings: readonly Finding[],
  changes: readonly Change[] = [],
  options: ReportSheetOptions = {}
): SheetSpec {
  const words = options.locale === "en-US" ? enSheets : zhSheets;
  const severity = messagesFor(options.locale ?? "zh-CN").recognition.severity;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const kinds = new Map(changes.map((c) => [c.key, c.kind]));
  const rows: SheetRowSpec[] = [
    titleRow(fillText(words.findingsTitle, titleSlots(report)), words.findingsColumns.length),
    {
      cells: [
        {
          value: fillText(words.summary, countsText(counts)),
          mergeAcross: words.findingsColumns.length - 1,
        },
      ],
    },
    headerRow(words.findingsColumns),
  ];
  if (findings.length === 0) {
    rows.push({
      cells: [{ value: words.noFindings, mergeAcross: words.findingsColumns.length - 1 }],
    });
  }
  for (const finding of findings) {
    const isCount = finding.lineKey !== undefined && kinds.get(finding.lineKey) === "count";
    const amount = (fen: number | undefined): SheetCellSpec =>
      fen === undefined
        ? { value: null, style: { border: true } }
        : {
            value: isCount ? fen : fenToYuanNumber(fen),
            style: { numberFormat: isCount ? COUNT : MONEY, border: true, horizontal: "right" },
          };
    rows.push({
      cells: [
        {
          value: severity[finding.severity],
          style: {
            border: true,
            fill: SEVERITY_FILL[finding.severity],
            bold: finding.severity === "error",
          },
        },
        { value: finding.rule, style: { border: true } },
        {
          value: formatRef(finding.ref),
          link: finding.ref,
          style: { border: true, color: "#0563C1" },
        },
        { value: finding.message, style: { border: true, wrap: true } },
        amount(finding.expected),
        amount(finding.actual),
        amount(finding.difference),
      ],
    });
  }
  return {
    name: FINDINGS_SHEET,
    columnWidths: [8, 18, 20, 60, 16, 16, 14],
    rows,
    freezeRows: 3,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────────

function titleRow(text: string, width: number): SheetRowSpec {
  return {
    cells: [
      {
        value: text,
        mergeAcross: width - 1,
        style: { bold: true, fontSize: 14, horizontal: "center" },
      },
    ],
    height: 24,
  };
}

function headerRow(titles: readonly string[]): SheetRowSpec {
  return {
    cells: titles.map((value) => ({
      value,
      style: { bold: true, fill: "#D9E1F2", border: true, horizontal: "center", wrap: true },
    })),
    height: 20,
  };
}

function titleSlots(report: Report): Record<string, string> {
  return { unit: report.unit, year: report.year === undefined ? "" : String(report.year) };
}

function countsText(counts: Record<Finding["severity"], number>): Record<string, string> {
  return {
    error: String(counts.error),
    warning: String(counts.warning),
    info: String(counts.info),
  };
}

function fillText(pattern: string, slots: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? "");
}
