/**
 * The pane's state and everything it does: read the workbook, analyse, compose, save settings, write and
 * export. A small external store (useSyncExternalStore) so async steps never act on stale React state.
 * Each long step yields to the event loop first, so the pane paints its progress and never freezes.
 */
import type { Finding } from "../../core/finding";
import type { CellRef, Grid } from "../../core/grid";
import { formatRef } from "../../core/grid";
import type { Locale, RecognitionOverrides } from "../../core/options";
import type { TextKey } from "../../core/book";
import type { SheetKind } from "../../core/recognize/classify";
import type { ComposedReport } from "../../core/report/types";
import { messagesFor } from "../../i18n";
import type { Host, WorkbookSettings } from "../../hosts/host";
import type { AuditResult } from "../../core/audit";
import type { Analysis, Engine } from "./engine";
import { isFileSourceHost, reportWorkbookName, safeFileName } from "../../hosts/fileSource";
import {
  copyText,
  describeError,
  downloadBlob,
  readFileBytes,
  yieldToEventLoop,
} from "../../hosts/browser";
import {
  EMPTY_SETTINGS,
  ignoreKey,
  optionsFromSettings,
  sanitizeSettings,
  splitIgnored,
} from "./settings";

export type Phase = "idle" | "reading" | "analyzing" | "composing" | "ready" | "error";
export type Busy = "writing" | "exporting" | "copying" | "template";

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
  /** A button beside the text ("取消隐藏并定位"). */
  action?: { label: string; run: () => void };
}

export interface AssistantState {
  phase: Phase;
  workbookName?: string;
  priorName?: string;
  /** Sheet names of the workbook read (for the manual recognition choices). */
  sheetNames: string[];
  analysis?: Analysis;
  composed?: ComposedReport;
  settings: WorkbookSettings;
  /** What stopped the pipeline (phase "error"), or a failed compose. */
  error?: string;
  /** The outcome of the last action (written, exported, copied, a cell to look at). */
  notice?: Notice;
  busy?: Busy;
  /** The finding cell last clicked. */
  selected?: CellRef;
  highlightedCount?: number;
  /** The 核对报告 tab: a report's text and what the audit found in it. */
  audit: AuditState;
}

export interface AuditState {
  /** The file the text came from, or undefined for pasted text. */
  source?: string;
  text: string;
  /** Compare the text's figures with the workbook read (AUDIT-WORKBOOK). */
  withWorkbook: boolean;
  result?: AuditResult;
  /** Index into result.findings of the finding whose working is shown. */
  selected?: number;
  running?: boolean;
  /** Why the report file could not be read. */
  error?: string;
}

const TYPING_DELAY_MS = 350;
const SAVE_DELAY_MS = 600;

type UiMessages = ReturnType<typeof messagesFor>["ui"];

/** The sentence an error carries in the pane's language (UnusableInputError, HostError), if any. */
function localizedError(error: unknown, locale: Locale): string | undefined {
  if (error && typeof error === "object" && "zh" in error && "en" in error) {
    const e = error as { zh: unknown; en: unknown };
    if (typeof e.zh === "string" && typeof e.en === "string")
      return locale === "en-US" ? e.en : e.zh;
  }
  return undefined;
}

/** Chinese or English sentence for an error that stopped the pipeline. */
function errorText(error: unknown, locale: Locale, t: UiMessages): string {
  return localizedError(error, locale) ?? t.errors.generic(describeError(error));
}

/** The code of a host error ("SheetHidden", "AccessDenied", …). */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

export class AssistantStore {
  private state: AssistantState = {
    phase: "idle",
    sheetNames: [],
    settings: { ...EMPTY_SETTINGS },
    audit: { text: "", withWorkbook: true },
  };
  private auditTimer?: ReturnType<typeof setTimeout>;
  private auditRun = 0;
  private readonly listeners = new Set<() => void>();
  private grids?: Grid[];
  private priorGrids?: Grid[];
  private runId = 0;
  /** The report as plain text, made as soon as it is composed: copying must happen inside the click. */
  private preparedText?: { composed: ComposedReport; text: string };
  private analyzeTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  readonly t: UiMessages;

  constructor(
    readonly host: Host,
    readonly engine: Engine,
    readonly locale: Locale
  ) {
    this.t = messagesFor(locale).ui;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): AssistantState => this.state;

  private set(patch: Partial<AssistantState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  dispose(): void {
    if (this.analyzeTimer) clearTimeout(this.analyzeTimer);
    if (this.auditTimer) clearTimeout(this.auditTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.saveNow();
    }
  }

  /** The grid of a sheet of the workbook read, for the 数据 tab's column choices. */
  grid(sheet: string): Grid | undefined {
    return this.grids?.find((g) => g.sheet === sheet);
  }

  /** Findings not ignored, and the ignored ones with their reasons. */
  findingsSplit(): ReturnType<typeof splitIgnored> {
    return splitIgnored(this.state.analysis?.findings ?? [], this.state.settings.ignored);
  }

  // ── reading and analysing ──────────────────────────────────────────────────────────────────────

  /** Reads the workbook (and its saved settings) from the host, then analyses and composes. */
  async load(): Promise<void> {
    const id = ++this.runId;
    this.set({ phase: "reading", error: undefined, notice: undefined });
    await yieldToEventLoop();
    try {
      const [grids, saved, name] = await Promise.all([
        this.host.readGrids(),
        this.host.loadSettings().catch(() => undefined),
        this.host.workbookName().catch(() => undefined),
      ]);
      if (id !== this.runId) return;
      this.grids = grids;
      this.set({
        workbookName: name,
        settings: sanitizeSettings(saved),
        // Highlights left from an earlier session can still be cleared in one click.
        highlightedCount: saved?.highlights?.length ?? 0,
        sheetNames: grids.map((g) => g.sheet),
        selected: undefined,
      });
    } catch (error) {
      if (id !== this.runId) return;
      this.grids = undefined;
      this.set({
        phase: "error",
        error: errorText(error, this.locale, this.t),
        analysis: undefined,
        composed: undefined,
      });
      return;
    }
    await this.analyze(id);
  }

  /** For hosts whose workbook is a file: remember the file, then load it. */
  async openWorkbook(file: File): Promise<void> {
    if (!isFileSourceHost(this.host)) return;
    this.set({ phase: "reading", error: undefined, notice: undefined });
    try {
      await this.host.openWorkbook(file);
      this.set({ workbookName: file.name });
    } catch (error) {
      this.set({ phase: "error", error: errorText(error, this.locale, this.t) });
      return;
    }
    await this.load();
  }

  /** Last year's workbook, read in the pane with the file host; undefined forgets it. */
  async openPriorWorkbook(file: File | undefined): Promise<void> {
    if (!file) {
      this.priorGrids = undefined;
      this.set({ priorName: undefined });
    } else {
      const id = ++this.runId;
      this.set({ phase: "reading", error: undefined, notice: undefined });
      await yieldToEventLoop();
      try {
        const grids = await this.engine.readWorkbook(await readFileBytes(file));
        if (id !== this.runId) return;
        this.priorGrids = grids;
        this.set({ priorName: file.name });
      } catch (error) {
        if (id !== this.runId) return;
        this.set({
          phase: this.state.analysis ? "ready" : "error",
          error: errorText(error, this.locale, this.t),
        });
        return;
      }
    }
    if (this.grids) await this.analyze(++this.runId);
    else if (this.state.phase === "reading") this.set({ phase: "idle" });
  }

  private async analyze(id: number): Promise<void> {
    const grids = this.grids;
    if (!grids) return;
    this.set({ phase: "analyzing", error: undefined });
    await yieldToEventLoop();
    if (id !== this.runId) return;
    let analysis: Analysis;
    try {
      const options = optionsFromSettings(this.state.settings, this.locale);
      analysis = await this.engine.analyze(grids, options, this.priorGrids);
    } catch (error) {
      if (id !== this.runId) return;
      this.set({
        phase: "error",
        error: errorText(error, this.locale, this.t),
        analysis: undefined,
        composed: undefined,
      });
      return;
    }
    if (id !== this.runId) return;
    this.set({ phase: "composing", analysis });
    await yieldToEventLoop();
    if (id !== this.runId) return;
    try {
      const composed = await this.engine.compose(analysis);
      if (id !== this.runId) return;
      this.set({ phase: "ready", composed });
      void this.prepareText(composed);
      // A report being audited against the workbook is audited again against what was just read.
      if (this.state.audit.text && this.state.audit.withWorkbook) void this.runAudit();
    } catch (error) {
      if (id !== this.runId) return;
      this.set({
        phase: "ready",
        composed: undefined,
        error: errorText(error, this.locale, this.t),
      });
    }
  }

  private scheduleAnalyze(delay: number): void {
    if (this.analyzeTimer) clearTimeout(this.analyzeTimer);
    const id = ++this.runId;
    if (delay <= 0) {
      void this.analyze(id);
      return;
    }
    this.analyzeTimer = setTimeout(() => {
      this.analyzeTimer = undefined;
      void this.analyze(id);
    }, delay);
  }

  // ── settings ───────────────────────────────────────────────────────────────────────────────────

  private updateSettings(
    change: (s: WorkbookSettings) => WorkbookSettings,
    reanalyze: "now" | "typing" | "no"
  ): void {
    this.set({ settings: change(this.state.settings) });
    this.scheduleSave();
    if (reanalyze !== "no" && this.grids) {
      this.scheduleAnalyze(reanalyze === "now" ? 0 : TYPING_DELAY_MS);
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveNow();
    }, SAVE_DELAY_MS);
  }

  /** Saves pending settings at once (before writing, and on unmount). */
  async flushSettings(): Promise<void> {
    if (!this.saveTimer) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saveNow();
  }

  private async saveNow(): Promise<void> {
    try {
      const { dropped } = await this.host.saveSettings(this.state.settings);
      if (dropped.length > 0) {
        const words = messagesFor(this.locale).addin;
        const parts = dropped.map((part) => words.settingsParts[part]).join(this.t.listSeparator);
        this.set({ notice: { intent: "warning", text: words.settingsTrimmed(parts) } });
      }
    } catch (error) {
      this.set({
        notice: {
          intent: "warning",
          text:
            localizedError(error, this.locale) ?? this.t.errors.saveSettings(describeError(error)),
        },
      });
    }
  }

  /** Failure text for an action: the host's own sentence when it has one, else `fail(message)`. */
  private failure(error: unknown, fail: (what: string) => string): string {
    return localizedError(error, this.locale) ?? fail(describeError(error));
  }

  setReason(key: string, text: string): void {
    this.updateSettings((s) => ({ ...s, reasons: { ...s.reasons, [key]: text } }), "typing");
  }

  /** A report text (TextKey), or the sign-off's "unitName" / "reportDate". */
  setText(key: TextKey | "unitName" | "reportDate", text: string): void {
    this.updateSettings((s) => ({ ...s, texts: { ...s.texts, [key]: text } }), "typing");
  }

  setIncluded(section: "includeResultUse" | "includeOtherMatters", on: boolean): void {
    this.updateSettings((s) => ({ ...s, [section]: on }), "now");
  }

  setOverrides(overrides: RecognitionOverrides | undefined): void {
    this.updateSettings((s) => {
      const next = { ...s };
      if (overrides && Object.keys(overrides).length > 0) {
        next.overrides = {
          sheet: overrides.sheet,
          headerRow: overrides.headerRow,
          columns: overrides.columns as Record<string, number> | undefined,
        };
      } else delete next.overrides;
      return next;
    }, "now");
  }

  /** A sheet's kind set by hand in the 数据 tab (undefined: back to what its content says). */
  setSheetKind(sheet: string, kind: SheetKind | undefined): void {
    this.updateSettings((s) => {
      const kinds: Record<string, string> = { ...s.sheetKinds };
      if (kind) kinds[sheet] = kind;
      else delete kinds[sheet];
      const { sheetKinds: _previous, ...rest } = s;
      void _previous;
      return Object.keys(kinds).length > 0 ? { ...rest, sheetKinds: kinds } : rest;
    }, "now");
  }

  setThresholds(thresholds: NonNullable<WorkbookSettings["thresholds"]>): void {
    this.updateSettings((s) => ({ ...s, thresholds: { ...s.thresholds, ...thresholds } }), "now");
  }

  ignore(finding: Finding, reason: string): void {
    const key = ignoreKey(finding);
    this.updateSettings((s) => ({ ...s, ignored: { ...s.ignored, [key]: reason.trim() } }), "no");
  }

  unignore(finding: Finding): void {
    const key = ignoreKey(finding);
    this.updateSettings((s) => {
      const ignored = { ...s.ignored };
      delete ignored[key];
      return { ...s, ignored };
    }, "no");
  }

  // ── actions on the workbook ────────────────────────────────────────────────────────────────────

  dismissNotice(): void {
    this.set({ notice: undefined });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  /**
   * Shows a finding's cell. On a hidden sheet nothing is selected blindly: the notice says so and offers
   * to unhide the sheet and go there.
   */
  async selectCell(ref: CellRef, options: { unhide?: boolean } = {}): Promise<void> {
    this.set({ selected: ref });
    if (!this.host.capabilities.selectCell) {
      this.set({ notice: { intent: "info", text: this.t.checks.cellShown(formatRef(ref)) } });
      return;
    }
    try {
      await this.host.selectCell(ref, options);
      if (options.unhide) this.set({ notice: undefined });
    } catch (error) {
      const text = this.failure(error, this.t.errors.generic);
      if (errorCode(error) === "SheetHidden") {
        const label = messagesFor(this.locale).addin.unhideAndGo;
        this.set({
          notice: {
            intent: "warning",
            text,
            action: { label, run: () => void this.selectCell(ref, { unhide: true }) },
          },
        });
      } else this.set({ notice: { intent: "error", text } });
    }
  }

  async highlight(): Promise<void> {
    const refs = this.findingsSplit()
      .active.filter((f) => f.severity !== "info")
      .map((f) => f.ref);
    try {
      const result = await this.host.highlight(refs);
      const words = messagesFor(this.locale).addin;
      const said = [this.t.checks.highlighted(result.marked)];
      if (result.protectedSheets.length > 0)
        said.push(words.sheetsProtected(result.protectedSheets.join(this.t.listSeparator)));
      if (result.notMarked > 0) said.push(words.highlightsFull(result.notMarked));
      const settings = await this.host.loadSettings().catch(() => undefined);
      this.set({
        highlightedCount: settings?.highlights?.length ?? result.marked,
        notice: { intent: said.length > 1 ? "warning" : "info", text: said.join(" ") },
      });
    } catch (error) {
      this.set({ notice: { intent: "error", text: this.failure(error, this.t.errors.write) } });
    }
  }

  async clearHighlights(): Promise<void> {
    try {
      await this.host.clearHighlights();
      this.set({ highlightedCount: 0, notice: undefined });
    } catch (error) {
      this.set({ notice: { intent: "error", text: this.failure(error, this.t.errors.write) } });
    }
  }

  private async busyWith(busy: Busy, work: () => Promise<Notice>, fail: (what: string) => string) {
    this.set({ busy, notice: undefined });
    await yieldToEventLoop();
    try {
      this.set({ notice: await work() });
    } catch (error) {
      this.set({ notice: { intent: "error", text: this.failure(error, fail) } });
    } finally {
      this.set({ busy: undefined });
    }
  }

  /** Excel: new sheets in the open workbook. Web: the original file plus the report sheets, downloaded. */
  async writeReport(): Promise<void> {
    const { analysis, composed } = this.state;
    if (!analysis || !composed) return;
    await this.busyWith(
      "writing",
      async () => {
        await this.flushSettings();
        const sheets = await this.engine.reportSheets(
          composed,
          analysis.changes,
          this.findingsSplit().active
        );
        const names = await this.host.writeSheets(sheets);
        return this.host.capabilities.writeSheets
          ? { intent: "success", text: this.t.report.written(names.join("、")) }
          : {
              intent: "success",
              text: this.t.report.downloadedXlsx(
                reportWorkbookName(this.state.workbookName, this.t.report.fileBase)
              ),
            };
      },
      this.t.errors.write
    );
  }

  async exportDocx(): Promise<void> {
    const composed = this.state.composed;
    if (!composed) return;
    if (!this.host.capabilities.download) {
      this.set({ notice: { intent: "info", text: this.t.report.noDownload } });
      return;
    }
    await this.busyWith(
      "exporting",
      async () => {
        const blob = await this.engine.reportDocx(composed);
        const name = `${safeFileName(composed.report.title || this.t.report.fileBase)}.docx`;
        downloadBlob(name, blob);
        return { intent: "success", text: this.t.report.exportedWord(name) };
      },
      this.t.errors.export
    );
  }

  /** Makes the report's plain text ahead of the click that copies it. */
  private async prepareText(composed: ComposedReport): Promise<void> {
    try {
      const text = await this.engine.reportText(composed);
      if (this.state.composed === composed) this.preparedText = { composed, text };
    } catch {
      // Made again when copying.
    }
  }

  /**
   * Copies the report. Call it straight from the click handler: WebKit (Excel on Mac and iPad, where
   * copying replaces the download) lets a page write the clipboard only inside the user's gesture, so the
   * text is made beforehand (prepareText) and handed to the clipboard before anything is awaited.
   */
  copyAll(): Promise<void> {
    const composed = this.state.composed;
    if (!composed) return Promise.resolve();
    const prepared = this.preparedText?.composed === composed ? this.preparedText.text : undefined;
    // Started synchronously, inside the gesture; only without prepared text does it start later.
    const copying =
      prepared !== undefined
        ? copyText(prepared)
        : this.engine.reportText(composed).then((text) => copyText(text));
    return this.busyWith(
      "copying",
      async () => {
        try {
          await copying;
        } catch {
          return { intent: "error", text: this.t.errors.copy };
        }
        return { intent: "success", text: this.t.report.copied };
      },
      this.t.errors.export
    );
  }

  async insertTemplate(): Promise<void> {
    const host = this.host;
    await this.busyWith(
      "template",
      async () => {
        const sheets = await this.engine.templateSheets();
        if (host.capabilities.writeSheets || !isFileSourceHost(host)) {
          const names = await host.writeSheets(sheets);
          return { intent: "success", text: this.t.data.templateDone(names.join("、")) };
        }
        await host.downloadNewWorkbook(this.t.data.templateFileName, sheets);
        return { intent: "success", text: this.t.data.templateDownloaded };
      },
      this.t.errors.template
    );
  }

  // ── 核对报告: auditing a report's text ─────────────────────────────────────────────────────────

  private setAudit(patch: Partial<AuditState>): void {
    this.set({ audit: { ...this.state.audit, ...patch } });
  }

  /** A .docx, .txt or .md chosen in the 核对报告 tab. */
  async openReport(file: File): Promise<void> {
    this.setAudit({ running: true, error: undefined });
    try {
      const text = await this.engine.readReportText(await readFileBytes(file), file.name);
      this.setAudit({ source: file.name, text, result: undefined, selected: undefined });
    } catch (error) {
      this.setAudit({ running: false, error: errorText(error, this.locale, this.t) });
      return;
    }
    await this.runAudit();
  }

  /** Text typed or pasted in the 核对报告 tab: audited once the typing pauses. */
  setAuditText(text: string): void {
    this.setAudit({ text, source: undefined, error: undefined });
    if (this.auditTimer) clearTimeout(this.auditTimer);
    this.auditTimer = setTimeout(() => {
      this.auditTimer = undefined;
      void this.runAudit();
    }, TYPING_DELAY_MS);
  }

  setAuditWithWorkbook(withWorkbook: boolean): void {
    this.setAudit({ withWorkbook });
    void this.runAudit();
  }

  selectAuditFinding(index: number | undefined): void {
    this.setAudit({ selected: index });
  }

  async runAudit(): Promise<void> {
    const id = ++this.auditRun;
    const { text, withWorkbook } = this.state.audit;
    if (text.trim() === "") {
      this.setAudit({ result: undefined, selected: undefined, running: false });
      return;
    }
    this.setAudit({ running: true });
    const changes = this.state.analysis?.changes;
    try {
      const result = await this.engine.audit(text, {
        locale: this.locale,
        workbook: withWorkbook && changes ? { changes } : undefined,
      });
      if (id !== this.auditRun) return;
      this.setAudit({ result, selected: undefined, running: false });
    } catch (error) {
      if (id !== this.auditRun) return;
      this.setAudit({ running: false, error: errorText(error, this.locale, this.t) });
    }
  }
}
