/** The report as JSON (docs/design.md §2): title, unit, year, blocks in reading order, placeholders. */
import { flattenReport } from "../core/report/numbering";
import type { Report, ReportBlock } from "../core/report/types";

export interface ReportJson {
  title: string;
  unit: string;
  year: number | null;
  blocks: { kind: ReportBlock["kind"]; level: number; text: string }[];
  placeholders: string[];
}

export function reportToJson(report: Report): ReportJson {
  return {
    title: report.title,
    unit: report.unit,
    year: report.year ?? null,
    blocks: flattenReport(report).map(({ kind, level, text }) => ({ kind, level, text })),
    placeholders: [...report.placeholders],
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(reportToJson(report), null, 2)}\n`;
}
