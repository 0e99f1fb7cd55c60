/**
 * A small recording fake of the Excel JavaScript object model, enough for the Excel host: worksheets,
 * used ranges, ranges (values, formulas, number formats, fills, formats, merges, hyperlinks), cell and row
 * properties, merged areas, and Office.context.document.settings.
 *
 * It behaves like Office.js where the host could get it wrong:
 * - commands are queued and run only at context.sync(), which it counts;
 * - a loaded property read before the sync that loads it throws (PropertyNotLoaded);
 * - a missing sheet fails the whole sync (ItemNotFound);
 * - values are parsed like typed input: a string starting with "=" becomes a formula and a numeric string
 *   becomes a number, unless the cell's number format is text ("@");
 * - optionally, a sync that loads more than `maxCellsPerSync` cells fails with a payload-size error;
 * - a sync whose request or response JSON exceeds `maxPayloadBytes` (Excel on the web: about 5 MB) fails
 *   with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * - getMergedAreasOrNullObject on a range with more than 512 merged areas fails the sync (documented);
 * - a read-only document, a protected sheet and a protected workbook structure refuse writes (AccessDenied);
 * - while the user is typing in a cell (`cellEditMode`) every sync fails with InvalidOperationInCellEditMode,
 *   unless the batch was run with `delayForCellEdit` (then it waits for the edit to end);
 * - activate() and select() on a hidden or very hidden sheet fail; on Excel on the web an activation queued
 *   in the request that adds the sheet has no effect;
 * - saveAsync fails when the document's settings exceed `settingsLimitBytes` (about 2 MB of UTF-16 JSON).
 * Every write is recorded with its sheet, so tests can prove the user's sheets were never written.
 */
import type { DocumentSettings, ExcelEnv } from "../../src/hosts/excel/env";
import { columnIndex, columnLetters } from "../../src/core/grid";

export interface FakeCell {
  /** "" for blank. */
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** "#RRGGBB", or undefined for no fill. */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  fontSize?: number;
  fontName?: string;
  fontColor?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export interface FakeSheetSpec {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Values from `origin` (default A1); null/"" is blank. Strings starting with "=" are NOT parsed here. */
  values?: (string | number | boolean | null)[][];
  origin?: string;
  /** Formulas by address, with the cell's cached value taken from `values`. */
  formulas?: Record<string, string>;
  numberFormats?: Record<string, string>;
  fills?: Record<string, string>;
  bold?: string[];
  indents?: Record<string, number>;
  merges?: string[];
  hiddenRows?: number[];
  /** The sheet is protected: writes to it fail with AccessDenied. */
  protected?: boolean;
}

export interface FakeOptions {
  sheets: FakeSheetSpec[];
  /** Highest ExcelApi version the fake host supports (default "1.13"). */
  api?: string;
  platform?: string;
  url?: string;
  /** A sync loading more cells than this fails like Excel on the web's 5 MB limit. */
  maxCellsPerSync?: number;
  /** getCellProperties fails at sync (a host where the 1.9 API misbehaves). */
  failCellProperties?: boolean;
  /** Setting a hyperlink fails at sync (a host that rejects one of the optional extras). */
  failHyperlinks?: boolean;
  /** Office.context.document.mode is ReadOnly: every write fails with AccessDenied. */
  readOnly?: boolean;
  /** The workbook's structure is protected: adding a sheet fails with AccessDenied. */
  workbookProtected?: boolean;
  /** The user is typing in a cell: syncs fail unless the batch waits (delayForCellEdit). */
  cellEditMode?: boolean;
  /** A sync whose request or response JSON is larger than this fails (Excel on the web: ~5 MB). */
  maxPayloadBytes?: number;
  /** saveAsync fails above this many bytes of settings (default 2 MB, Office's documented limit). */
  settingsLimitBytes?: number;
  /** Called at the start of every sync with its number (1, 2, …): lets a test change the workbook mid-read. */
  onSync?: (sync: number) => void;
}

export interface WriteRecord {
  sync: number;
  sheet: string;
  kind: string;
  address?: string;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

class FakeError extends Error {
  debugInfo: { code: string; errorLocation?: string };
  constructor(
    public code: string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, errorLocation };
  }
}

function parseCell(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!match) throw new FakeError("InvalidArgument", `Bad address ${a1}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** "A1:B2", "E12", "A:C", "3:5" → bounds. */
export function parseBounds(address: string): Bounds {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.split(":");
  if (/^\$?[A-Z]{1,3}$/i.test(a) && /^\$?[A-Z]{1,3}$/i.test(b)) {
    return {
      top: 0,
      bottom: MAX_ROW,
      left: columnIndex(a.replace("$", "")),
      right: columnIndex(b.replace("$", "")),
    };
  }
  if (/^\$?\d+$/.test(a) && /^\$?\d+$/.test(b)) {
    return {
      top: Number(a.replace("$", "")) - 1,
      bottom: Number(b.replace("$", "")) - 1,
      left: 0,
      right: MAX_COLUMN,
    };
  }
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
}

function boundsAddress(bounds: Bounds): string {
  const start = `${columnLetters(bounds.left)}${bounds.top + 1}`;
  const end = `${columnLetters(bounds.right)}${bounds.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function qualified(sheet: string, address: string): string {
  const name = /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}

/** Office's documented size of a document's settings (about 2 MB), as UTF-16 JSON. */
const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;
/** getMergedAreasOrNullObject fails on a range with more merged areas than this (documented). */
const MAX_MERGED_AREAS = 512;

const utf8 = new TextEncoder();
/** Bytes of a value in an Office.js JSON payload (UTF-8). */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8.encode(json).length;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  protected = false;
  merges: string[] = [];
  hiddenRows = new Set<number>();
  columnWidths = new Map<string, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};

  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible"
  ) {}

  key(row: number, column: number): string {
    return `${row}:${column}`;
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(this.key(row, column));
  }

  ensure(row: number, column: number): FakeCell {
    const k = this.key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Cell at an A1 address (tests). */
  at(address: string): FakeCell | undefined {
    const { row, column } = parseCell(address);
    return this.cell(row, column);
  }

  /** Bounds of cells with a value or formula; undefined for a blank sheet. */
  usedBounds(): Bounds | undefined {
    let bounds: Bounds | undefined;
    for (const [k, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [row, column] = k.split(":").map(Number);
      if (!bounds) bounds = { top: row, left: column, bottom: row, right: column };
      else {
        bounds.top = Math.min(bounds.top, row);
        bounds.left = Math.min(bounds.left, column);
        bounds.bottom = Math.max(bounds.bottom, row);
        bounds.right = Math.max(bounds.right, column);
      }
    }
    return bounds;
  }
}

class FakeSettings implements DocumentSettings {
  private live = new Map<string, unknown>();
  saves = 0;

  constructor(
    private persisted: Map<string, unknown>,
    private limitBytes = SETTINGS_LIMIT_BYTES
  ) {
    for (const [k, v] of persisted) this.live.set(k, v);
  }
  get(name: string): unknown {
    return this.live.has(name) ? this.live.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.live.set(name, value);
  }
  remove(name: string): void {
    this.live.delete(name);
  }
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    const bytes = (JSON.stringify(Object.fromEntries(this.live))?.length ?? 0) * 2;
    if (bytes > this.limitBytes) {
      setTimeout(
        () =>
          callback?.({
            status: "failed",
            error: { message: "The settings are too large to be saved in the document." },
          }),
        0
      );
      return;
    }
    this.persisted.clear();
    for (const [k, v] of this.live) this.persisted.set(k, v);
    this.saves++;
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
}

type Op = () => void;

/** Base of every proxy: loaded properties appear only after the sync that loads them. */
class Proxy {
  protected loaded: Record<string, unknown> = {};
  constructor(protected ctx: FakeContext) {}
  protected get<T>(name: string): T {
    if (!(name in this.loaded)) {
      throw new FakeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync first.`
      );
    }
    return this.loaded[name] as T;
  }
}

class FakeClientResult<T> {
  private resolved = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.resolved = true;
  }
  get value(): T {
    if (!this.resolved) throw new FakeError("PropertyNotLoaded", "ClientResult read before sync");
    return this.result as T;
  }
}

class FakeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    private range: FakeRange
  ) {
    super(ctx);
  }
  load(props: string): void {
    const names = props.split(",").map((p) => p.trim());
    this.ctx.queue(() => {
      const { sheet, bounds } = this.range.resolve();
      const cell = sheet.cell(bounds.top, bounds.left);
      this.ctx.countCells(1);
      for (const name of names) {
        if (name === "color") this.loaded.color = cell?.fill ?? "#FFFFFF";
        if (name === "pattern") this.loaded.pattern = cell?.fill ? "Solid" : "None";
      }
      this.ctx.countBytes(jsonBytes(this.loaded));
    });
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.range.write("fill", (cell) => (cell.fill = value.toUpperCase()));
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.range.write("fill.clear", (cell) => delete cell.fill);
  }
}

class FakeFormat {
  fill: FakeFill;
  font: Record<string, unknown>;
  borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    private range: FakeRange,
    ctx: FakeContext
  ) {
    this.fill = new FakeFill(ctx, range);
    const fontProp = (prop: keyof FakeCell) => ({
      set: (value: unknown) =>
        range.write(
          `font.${String(prop)}`,
          (cell) => ((cell as unknown as Record<string, unknown>)[prop] = value)
        ),
      enumerable: true,
    });
    this.font = Object.defineProperties({} as Record<string, unknown>, {
      bold: fontProp("bold"),
      italic: fontProp("italic"),
      size: fontProp("fontSize"),
      name: fontProp("fontName"),
      color: fontProp("fontColor"),
    });
    this.borders = {
      getItem: (edge: string) =>
        Object.defineProperties({} as Record<string, unknown>, {
          style: {
            set: (value: string) =>
              range.write(
                `border.${edge}`,
                (cell) => (cell.borders = { ...cell.borders, [edge]: value })
              ),
          },
          weight: { set: () => range.write(`borderWeight.${edge}`, () => undefined) },
        }),
    };
  }
  set wrapText(value: boolean) {
    this.range.write("wrapText", (cell) => (cell.wrap = value));
  }
  set horizontalAlignment(value: string) {
    this.range.write("horizontalAlignment", (cell) => (cell.horizontal = value));
  }
  set verticalAlignment(value: string) {
    this.range.write("verticalAlignment", (cell) => (cell.vertical = value));
  }
  set columnWidth(points: number) {
    this.range.writeSheet("columnWidth", (sheet, address) =>
      sheet.columnWidths.set(address, points)
    );
  }
  set rowHeight(points: number) {
    this.range.writeSheet("rowHeight", (sheet, address) =>
      sheet.rowHeights.set(parseBounds(address).top, points)
    );
  }
}

class FakeRangeAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private range: FakeRange
  ) {
    super(ctx);
  }
  load(): void {
    this.ctx.queue(() => {
      const { sheet, bounds } = this.range.resolve();
      const inside = sheet.merges.filter((merge) => {
        const m = parseBounds(merge);
        return (
          m.top >= bounds.top &&
          m.bottom <= bounds.bottom &&
          m.left >= bounds.left &&
          m.right <= bounds.right
        );
      });
      if (inside.length > MAX_MERGED_AREAS) {
        throw new FakeError(
          "GeneralException",
          "The merged areas count in this range is more than 512.",
          "Range.getMergedAreasOrNullObject"
        );
      }
      this.loaded.isNullObject = inside.length === 0;
      this.loaded.address =
        inside.length === 0 ? null : inside.map((m) => qualified(sheet.name, m)).join(", ");
      this.ctx.countBytes(jsonBytes(this.loaded.address));
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

export class FakeRange extends Proxy {
  format: FakeFormat;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    /** An A1 address, or "used" for getUsedRange(true). */
    private target: string
  ) {
    super(ctx);
    this.format = new FakeFormat(this, ctx);
  }

  resolve(): { sheet: FakeSheet; bounds: Bounds } {
    const sheet = this.ctx.fake.sheet(this.sheetName);
    if (!sheet)
      throw new FakeError(
        "ItemNotFound",
        `The requested resource doesn't exist: ${this.sheetName}`
      );
    if (this.target === "used") {
      return { sheet, bounds: sheet.usedBounds() ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    return { sheet, bounds: parseBounds(this.target) };
  }

  private matrix<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const { sheet, bounds } = this.resolve();
    const rows: T[][] = [];
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      const row: T[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) row.push(fn(sheet.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  load(props: string | string[]): void {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.ctx.queue(() => {
      const { sheet, bounds } = this.resolve();
      const cells = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
      for (const name of names) {
        switch (name) {
          case "values":
            this.ctx.countCells(cells);
            this.loaded.values = this.matrix((cell) => cell?.value ?? "");
            break;
          case "formulas":
            this.ctx.countCells(cells);
            this.loaded.formulas = this.matrix((cell) => cell?.formula ?? cell?.value ?? "");
            break;
          case "numberFormat":
            this.ctx.countCells(cells);
            this.loaded.numberFormat = this.matrix((cell) => cell?.numberFormat ?? "General");
            break;
          case "address":
            this.loaded.address = qualified(sheet.name, boundsAddress(bounds));
            break;
          case "rowIndex":
            this.loaded.rowIndex = bounds.top;
            break;
          case "rowCount":
            this.loaded.rowCount = bounds.bottom - bounds.top + 1;
            break;
          case "columnCount":
            this.loaded.columnCount = bounds.right - bounds.left + 1;
            break;
          default:
            throw new FakeError("InvalidArgument", `The fake does not load '${name}'`);
        }
        this.ctx.countBytes(jsonBytes(this.loaded[name]));
      }
    });
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(matrix: unknown[][]) {
    this.writeMatrix("values", matrix, (cell, value) => {
      if (typeof value === "string" && cell.numberFormat !== "@") {
        if (value.startsWith("=")) {
          cell.formula = value;
          cell.value = 0;
          return;
        }
        if (value.trim() !== "" && Number.isFinite(Number(value))) {
          cell.value = Number(value);
          delete cell.formula;
          return;
        }
      }
      cell.value = value as FakeCell["value"];
      delete cell.formula;
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix("numberFormat", matrix, (cell, value) => (cell.numberFormat = String(value)));
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  set hyperlink(link: FakeCell["hyperlink"]) {
    if (this.ctx.fake.options.failHyperlinks) {
      this.ctx.queue(() => {
        throw new FakeError(
          "InvalidArgument",
          "The argument is invalid or missing.",
          "Range.hyperlink"
        );
      });
      return;
    }
    this.write("hyperlink", (cell) => (cell.hyperlink = link));
  }

  getCellProperties(): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.requireApi("1.9", "getCellProperties");
    this.ctx.queue(() => {
      if (this.ctx.fake.options.failCellProperties) {
        throw new FakeError("GeneralException", "An internal error has occurred.");
      }
      const { bounds } = this.resolve();
      this.ctx.countCells((bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1));
      const properties = this.matrix((cell) => ({
        format: { indentLevel: cell?.indent ?? 0, font: { bold: cell?.bold ?? false } },
      }));
      this.ctx.countBytes(jsonBytes(properties));
      result.set(properties);
    });
    return result;
  }

  getRowProperties(): FakeClientResult<unknown[]> {
    const result = new FakeClientResult<unknown[]>();
    this.ctx.requireApi("1.9", "getRowProperties");
    this.ctx.queue(() => {
      const { sheet, bounds } = this.resolve();
      const rows = [];
      for (let r = bounds.top; r <= bounds.bottom; r++)
        rows.push({ rowIndex: r, rowHidden: sheet.hiddenRows.has(r) });
      this.ctx.countBytes(jsonBytes(rows));
      result.set(rows);
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this);
  }

  merge(): void {
    this.writeSheet("merge", (sheet, address) => sheet.merges.push(address));
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, bounds } = this.resolve();
      if (sheet.visibility !== "Visible") {
        throw new FakeError(
          "InvalidSelection",
          "The current selection is invalid for this operation."
        );
      }
      this.ctx.fake.selection = {
        sheet: sheet.name,
        address: boundsAddress(bounds),
        sync: this.ctx.fake.syncCount,
      };
    });
  }

  /** Queues a write to every cell of the range. */
  write(kind: string, apply: (cell: FakeCell) => void): void {
    this.ctx.queue(() => {
      const { sheet, bounds } = this.resolve();
      this.ctx.fake.record(sheet.name, kind, boundsAddress(bounds));
      for (let r = bounds.top; r <= bounds.bottom; r++) {
        for (let c = bounds.left; c <= bounds.right; c++) apply(sheet.ensure(r, c));
      }
    });
  }

  writeSheet(kind: string, apply: (sheet: FakeSheet, address: string) => void): void {
    this.ctx.queue(() => {
      const { sheet } = this.resolve();
      this.ctx.fake.record(sheet.name, kind, this.target);
      apply(sheet, this.target);
    });
  }

  private writeMatrix(
    kind: string,
    matrix: unknown[][],
    apply: (cell: FakeCell, value: unknown) => void
  ): void {
    this.ctx.queue(() => {
      const { sheet, bounds } = this.resolve();
      const rows = bounds.bottom - bounds.top + 1;
      const columns = bounds.right - bounds.left + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
        throw new FakeError(
          "InvalidArgument",
          `${kind}: matrix does not match ${boundsAddress(bounds)}`
        );
      }
      this.ctx.fake.record(sheet.name, kind, boundsAddress(bounds));
      this.ctx.countCells(rows * columns);
      this.ctx.countBytes(jsonBytes(matrix), "Request");
      matrix.forEach((row, r) =>
        row.forEach((value, c) => apply(sheet.ensure(bounds.top + r, bounds.left + c), value))
      );
    });
  }
}

/** WorksheetProtection / WorkbookProtection: `protected`, loaded like any property. */
class FakeProtection extends Proxy {
  constructor(
    ctx: FakeContext,
    private read: () => boolean
  ) {
    super(ctx);
  }
  setLoaded(value: boolean): void {
    this.loaded.protected = value;
  }
  load(_props?: string): void {
    this.ctx.queue(() => this.setLoaded(this.read()));
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheet extends Proxy {
  freezePanes: { freezeRows(count: number): void };
  pageLayout: Record<string, unknown>;
  private protectionProxy: FakeProtection;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    /** From getItemOrNullObject: a missing sheet loads as a null object instead of failing. */
    private orNull = false
  ) {
    super(ctx);
    this.protectionProxy = new FakeProtection(
      ctx,
      () => this.ctx.fake.sheet(this.sheetName)?.protected ?? false
    );
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.writeSheet("freezeRows", (sheet) => (sheet.frozenRows = count)),
    };
    const layout = (prop: string) => ({
      set: (value: unknown) =>
        this.writeSheet(`pageLayout.${prop}`, (sheet) => (sheet.pageLayout[prop] = value)),
    });
    this.pageLayout = Object.defineProperties({} as Record<string, unknown>, {
      orientation: layout("orientation"),
      paperSize: layout("paperSize"),
      zoom: layout("zoom"),
    });
  }
  setLoaded(sheet: FakeSheet | undefined): void {
    this.loaded.isNullObject = sheet === undefined;
    if (!sheet) return;
    this.loaded.name = sheet.name;
    this.loaded.visibility = sheet.visibility;
    this.protectionProxy.setLoaded(sheet.protected);
  }
  /** Queues a load of name/visibility (and isNullObject for getItemOrNullObject). */
  load(_props?: string): void {
    this.ctx.queue(() => {
      const sheet = this.ctx.fake.sheet(this.sheetName);
      if (!sheet && !this.orNull) throw new FakeError("ItemNotFound", this.sheetName);
      this.setLoaded(sheet);
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.writeSheet("visibility", (sheet) => {
      sheet.visibility = value as FakeSheet["visibility"];
    });
  }
  get protection(): FakeProtection {
    return this.protectionProxy;
  }
  getUsedRange(): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, "used");
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, address);
  }
  activate(): void {
    this.ctx.queue(() => {
      const sheet = this.ctx.fake.sheet(this.sheetName);
      if (!sheet) throw new FakeError("ItemNotFound", this.sheetName);
      if (sheet.visibility !== "Visible") {
        throw new FakeError("InvalidOperation", "A hidden sheet cannot be activated.");
      }
      // Excel on the web: activating a sheet added in the same request does nothing the first time.
      const addedNow = this.ctx.addedThisSync.has(sheet.name);
      if (addedNow && this.ctx.fake.platform() === "OfficeOnline") return;
      this.ctx.fake.active = { sheet: sheet.name, sync: this.ctx.fake.syncCount };
    });
  }
  private writeSheet(kind: string, apply: (sheet: FakeSheet) => void): void {
    this.ctx.queue(() => {
      const sheet = this.ctx.fake.sheet(this.sheetName);
      if (!sheet) throw new FakeError("ItemNotFound", this.sheetName);
      this.ctx.fake.record(sheet.name, kind);
      apply(sheet);
    });
  }
}

class FakeWorksheetCollection extends Proxy {
  /** Loads items with name, visibility and protection/protected. */
  load(_props?: string): void {
    this.ctx.queue(() => {
      this.loaded.items = this.ctx.fake.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, sheet.name);
        proxy.setLoaded(sheet);
        return proxy;
      });
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue(() => {
      const { readOnly, workbookProtected } = this.ctx.fake.options;
      if (readOnly || workbookProtected)
        throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
      if (this.ctx.fake.sheet(name))
        throw new FakeError("ItemAlreadyExists", `A sheet named ${name} exists`);
      this.ctx.fake.sheets.push(new FakeSheet(name));
      this.ctx.fake.added.push(name);
      this.ctx.addedThisSync.add(name);
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

export class FakeContext {
  private ops: Op[] = [];
  private cellsThisSync = 0;
  private bytesThisSync = 0;
  /** Sheets added by the sync being run. */
  addedThisSync = new Set<string>();
  workbook: { worksheets: FakeWorksheetCollection; protection: FakeProtection };
  constructor(
    public fake: FakeExcel,
    private runOptions: { delayForCellEdit?: boolean } = {}
  ) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      protection: new FakeProtection(this, () => fake.options.workbookProtected === true),
    };
    if (this.fake.supports("1.7") === false) {
      // WorkbookProtection is ExcelApi 1.7.
      Object.defineProperty(this.workbook, "protection", {
        get: () => {
          throw new FakeError("ApiNotFound", "workbook.protection needs ExcelApi 1.7");
        },
      });
    }
  }
  queue(op: Op): void {
    this.ops.push(op);
  }
  countCells(count: number): void {
    this.cellsThisSync += count;
  }
  /** Bytes of JSON the sync sends or receives; over maxPayloadBytes the sync fails. */
  countBytes(bytes: number, direction: "Request" | "Response" = "Response"): void {
    this.bytesThisSync += bytes;
    const limit = this.fake.options.maxPayloadBytes;
    if (limit !== undefined && this.bytesThisSync > limit) {
      throw new FakeError(
        `${direction}PayloadSizeLimitExceeded`,
        `The ${direction.toLowerCase()} payload size has exceeded the limit.`
      );
    }
  }
  requireApi(version: string, what: string): void {
    if (!this.fake.supports(version))
      throw new FakeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }
  async sync(): Promise<void> {
    this.fake.syncCount++;
    this.fake.options.onSync?.(this.fake.syncCount);
    const ops = this.ops;
    this.ops = [];
    this.cellsThisSync = 0;
    this.bytesThisSync = 0;
    this.addedThisSync.clear();
    if (this.fake.cellEditMode) {
      if (!this.runOptions.delayForCellEdit) {
        throw new FakeError(
          "InvalidOperationInCellEditMode",
          "The operation is not available while Excel is in cell edit mode."
        );
      }
      // delayForCellEdit: the request waits until the user leaves the cell.
      this.fake.cellEditMode = false;
    }
    try {
      this.runOps(ops);
    } catch (error) {
      this.fake.refusedSyncs++;
      throw error;
    }
    this.fake.largestPayloadBytes = Math.max(this.fake.largestPayloadBytes, this.bytesThisSync);
  }
  private runOps(ops: Op[]): void {
    for (const op of ops) {
      op();
      if (
        this.fake.options.maxCellsPerSync !== undefined &&
        this.cellsThisSync > this.fake.options.maxCellsPerSync
      ) {
        throw new FakeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        );
      }
    }
  }
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

export class FakeExcel {
  sheets: FakeSheet[];
  syncCount = 0;
  runs = 0;
  writes: WriteRecord[] = [];
  added: string[] = [];
  active: { sheet: string; sync: number } | undefined;
  selection: { sheet: string; address: string; sync: number } | undefined;
  /** What saveAsync persisted: survives reopen(). */
  persistedSettings = new Map<string, unknown>();
  settings: FakeSettings;
  env: ExcelEnv;
  /** The user is typing in a cell (from options.cellEditMode, until a delayed request waits it out). */
  cellEditMode: boolean;
  /** The largest JSON payload a successful sync has carried (bytes), for the bench and the tests. */
  largestPayloadBytes = 0;
  /** Syncs that failed (the host refused the request). */
  refusedSyncs = 0;

  constructor(public options: FakeOptions) {
    this.sheets = options.sheets.map(buildSheet);
    this.settings = new FakeSettings(this.persistedSettings, options.settingsLimitBytes);
    this.cellEditMode = options.cellEditMode === true;
    this.env = this.makeEnv();
  }

  platform(): string {
    return this.options.platform ?? "OfficeOnline";
  }

  private makeEnv(): ExcelEnv {
    return {
      run: async (batch, runOptions) => {
        this.runs++;
        const context = new FakeContext(this, runOptions);
        return batch(context as unknown as Excel.RequestContext);
      },
      isSetSupported: (name, version) => name === "ExcelApi" && this.supports(version),
      settings: this.settings,
      documentUrl: () => this.options.url,
      platform: () => this.platform(),
      documentMode: () => (this.options.readOnly ? "ReadOnly" : "ReadWrite"),
    };
  }

  supports(version: string): boolean {
    return compareVersions(this.options.api ?? "1.13", version) >= 0;
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  /** Records a write; a read-only document or a protected sheet refuses it like Excel (AccessDenied). */
  record(sheet: string, kind: string, address?: string): void {
    if (this.options.readOnly || this.sheet(sheet)?.protected) {
      throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
    }
    this.writes.push({ sync: this.syncCount, sheet, kind, address });
  }

  /** Sheets that received any write. */
  writtenSheets(): string[] {
    return [...new Set(this.writes.map((w) => w.sheet))];
  }

  /** Closes and reopens the document: settings come back from what was saved. */
  reopen(): void {
    this.settings = new FakeSettings(this.persistedSettings, this.options.settingsLimitBytes);
    this.env = this.makeEnv();
  }

  /** Counts the syncs one piece of work takes. */
  async countSyncs(work: () => Promise<unknown>): Promise<number> {
    const before = this.syncCount;
    await work();
    return this.syncCount - before;
  }
}

function buildSheet(spec: FakeSheetSpec): FakeSheet {
  const sheet = new FakeSheet(spec.name, spec.visibility);
  const origin = parseCell(spec.origin ?? "A1");
  (spec.values ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      sheet.ensure(origin.row + r, origin.column + c).value = value;
    })
  );
  const at = (address: string) => {
    const { row, column } = parseCell(address);
    return sheet.ensure(row, column);
  };
  for (const [address, formula] of Object.entries(spec.formulas ?? {}))
    at(address).formula = formula;
  for (const [address, format] of Object.entries(spec.numberFormats ?? {}))
    at(address).numberFormat = format;
  for (const [address, fill] of Object.entries(spec.fills ?? {}))
    at(address).fill = fill.toUpperCase();
  for (const address of spec.bold ?? []) at(address).bold = true;
  for (const [address, indent] of Object.entries(spec.indents ?? {})) at(address).indent = indent;
  sheet.merges.push(...(spec.merges ?? []));
  sheet.protected = spec.protected === true;
  for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row);
  return sheet;
}

/** A budget-like sheet of `rows` data rows (label, code, 上年, 本年), for sync-count measurements. */
export function budgetSheet(name: string, rows: number): FakeSheetSpec {
  const values: (string | number | null)[][] = [["项目", "科目编码", "上年决算数", "本年决算数"]];
  for (let i = 0; i < rows; i++)
    values.push([`项目${i + 1}`, `${301 + (i % 20)}`, 1000 + i, 1100 + i]);
  return { name, values, bold: ["A1", "B1", "C1", "D1"] };
}
