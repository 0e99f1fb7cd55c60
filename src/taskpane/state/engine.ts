/**
 * What the pane asks of the core, the renderers and the file host, behind one small interface so tests
 * can pass a fake. The real one loads everything with dynamic import(): ExcelJS, docx and the pipeline
 * stay out of the first JS the task pane downloads.
 */
import type { Change } from "../../core/change";
import type { Finding } from "../../core/finding";
import type { Grid } from "../../core/grid";
import type { Options } from "../../core/options";
import type { ComposedReport } from "../../core/report/types";
import type { SheetSpec } from "../../core/sheetSpec";

import type { Analysis } from "../../core/pipeline";
import type { AuditOptions, AuditResult } from "../../core/audit";

export type { Analysis };

export interface Engine {
  /** Recognise, check and compare. Throws UnusableInputError when the workbook cannot be used. */
  analyze(grids: Grid[], options: Partial<Options>, priorGrids?: Grid[]): Promise<Analysis>;
  compose(analysis: Analysis): Promise<ComposedReport>;
  /** The report as plain text (for copying). */
  reportText(composed: ComposedReport): Promise<string>;
  /** The report as a Word file. */
  reportDocx(composed: ComposedReport): Promise<Blob>;
  /** The 绩效自评报告 / 变动分析 / 校验结果 sheets. */
  reportSheets(
    composed: ComposedReport,
    changes: Change[],
    findings: Finding[]
  ): Promise<SheetSpec[]>;
  /** The blank 基础数据表 + 基本情况 template. */
  templateSheets(): Promise<SheetSpec[]>;
  /** Reads an .xlsx file's bytes into grids (last year's workbook). */
  readWorkbook(data: ArrayBuffer): Promise<Grid[]>;
  /** A report file's plain text (.docx in reading order, .txt, .md), for the 核对报告 tab. */
  readReportText(data: ArrayBuffer, fileName: string): Promise<string>;
  /** Audits a report's text, against the workbook's changes when given (docs/domain.md §8). */
  audit(text: string, options: AuditOptions): Promise<AuditResult>;
}

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Turns whatever a renderer returned (Blob, bytes, Buffer) into a Blob. */
export function toBlob(data: unknown, type: string): Blob {
  if (data instanceof Blob) return data;
  if (data instanceof ArrayBuffer) return new Blob([data], { type });
  if (ArrayBuffer.isView(data)) {
    const view = data as ArrayBufferView;
    const copy = new Uint8Array(view.byteLength);
    copy.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    return new Blob([copy], { type });
  }
  if (typeof data === "string") return new Blob([data], { type });
  throw new TypeError("renderer returned no data");
}

export const defaultEngine: Engine = {
  async analyze(grids, options, priorGrids) {
    const { analyze } = await import(/* webpackChunkName: "pipeline" */ "../../core/pipeline");
    return analyze(grids, options, priorGrids);
  },
  async compose(analysis) {
    const { composeReport } = await import(/* webpackChunkName: "pipeline" */ "../../core/report");
    return composeReport(analysis);
  },
  async reportText(composed) {
    const { renderReport } = await import(/* webpackChunkName: "render" */ "../../render");
    const text = await renderReport("txt", composed);
    return typeof text === "string" ? text : new TextDecoder().decode(text as Uint8Array);
  },
  async reportDocx(composed) {
    const { renderReport } = await import(/* webpackChunkName: "render" */ "../../render");
    return toBlob(await renderReport("docx", composed), DOCX_MIME);
  },
  async reportSheets(composed, changes, findings) {
    const { reportSheetSpecs } = await import(/* webpackChunkName: "render" */ "../../render");
    return reportSheetSpecs(composed, changes, findings);
  },
  async templateSheets() {
    const { templateSheets } = await import(
      /* webpackChunkName: "pipeline" */ "../../core/template"
    );
    return templateSheets();
  },
  async readWorkbook(data) {
    const { readWorkbook } = await import(
      /* webpackChunkName: "xlsx" */ "../../hosts/file/readWorkbook"
    );
    return readWorkbook(new Uint8Array(data));
  },
  async readReportText(data, fileName) {
    const { readReportText } = await import(
      /* webpackChunkName: "audit" */ "../../hosts/file/reportText"
    );
    return readReportText(new Uint8Array(data), fileName);
  },
  async audit(text, options) {
    const { auditText } = await import(/* webpackChunkName: "audit" */ "../../core/audit");
    return auditText(text, options);
  },
};
