/**
 * Looks at a file's bytes before ExcelJS does, so that what is not an .xlsx is refused with one clear
 * sentence instead of a parser's stack trace, and a zip bomb is refused before anything is inflated into
 * memory. Works in Node and in browsers: no fs, no Buffer.
 *
 * What it checks, in order:
 * 1. the signature: a zip ("PK\x03\x04" / "PK\x05\x06"), an OLE compound file (D0 CF 11 E0: an old .xls,
 *    or an encrypted .xlsx — encrypted OOXML is a compound file holding an "EncryptionInfo" stream), or
 *    anything else (a CSV renamed .xlsx, say);
 * 2. the zip's central directory, read by hand (ZIP64 included): a truncated file, entries pointing past
 *    the end, or no xl/workbook.xml is refused;
 * 3. the declared uncompressed size of all entries against `maxUncompressedBytes`;
 * 4. when the platform has DecompressionStream (Node ≥ 20, every current browser), each deflated entry is
 *    inflated once as a stream — never held whole — and refused the moment it produces more bytes than
 *    its header declared (a lying header cannot smuggle a bomb past step 3). While streaming the worksheet
 *    parts it counts `<row` and `<c` elements, so a sheet of a million rows is refused by `maxRows` /
 *    `maxCells` before ExcelJS builds a million row objects. Without DecompressionStream the cell count is
 *    estimated from the declared sheet sizes (≈ 24 bytes per cell at least) and rows are not counted.
 */
/* global TextDecoder, TransformStream, globalThis */
import { unusableInput } from "../../core/errors";
import type { Messages } from "../../i18n";
import type { NotZipKind } from "../../i18n/zh-CN/fileHost";

export interface ZipLimits {
  /** Refuse when the entries together expand to more than this (default 200 MB). */
  maxUncompressedBytes?: number;
  /** Refuse when the worksheets together hold more cells than this (default 1 500 000). */
  maxCells?: number;
  /** Refuse when the worksheets together hold more rows than this (default 300 000). */
  maxRows?: number;
  /** Shown in messages. */
  fileName?: string;
}

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/**
 * ExcelJS keeps roughly 0.7 KB per cell in memory (measured: 510 000 cells ≈ 360 MB); 1.5 million cells
 * stays around 1 GB and still admits a 100 000-row × 15-column sheet. Rows are capped separately because
 * ExcelJS builds an object per row even when it holds one cell: a sheet of 1 000 000 rows is refused
 * whatever its width. Budget tables have hundreds of rows, so neither limit is near real use.
 */
export const DEFAULT_MAX_CELLS = 1_500_000;
export const DEFAULT_MAX_ROWS = 300_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's compressed data (after its local header). */
  dataOffset: number;
}

export interface ZipSummary {
  entries: ZipEntry[];
  totalUncompressed: number;
  /** Cells counted in xl/worksheets/*.xml (exact when streamed, else an upper estimate). */
  cells: number;
  /** Rows counted the same way (0 when not streamed). */
  rows: number;
  cellsExact: boolean;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

function fail(
  reason: "not-xlsx" | "encrypted" | "corrupt" | "too-large",
  say: (words: Messages["fileHost"]) => string
): never {
  throw unusableInput(reason, (t) => say(t.fileHost));
}

function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** True when `needle` (ASCII) occurs in `bytes` encoded as UTF-16LE (how CFB directory names are stored). */
function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  const end = bytes.length - needle.length * 2;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * What a file that is not a zip is, from its first KB: a PDF, an HTML table or an Excel 2003 XML sheet (what
 * finance systems often export as "xls"), other text (a CSV), or unknown — so the refusal says what to do.
 */
function sniffNotZip(bytes: Uint8Array): NotZipKind {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]);
  head = head.toLowerCase();
  if (head.startsWith("%pdf-")) return "pdf";
  if (!looksLikeText(bytes)) return "unknown";
  if (/urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/.test(head))
    return "xml2003";
  if (/<(!doctype\s+html|html|table|meta)\b/.test(head)) return "html";
  return "text";
}

/** Mostly printable text in the first KB (a CSV or TSV renamed .xlsx). */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
    if (b === 0) return false;
  }
  return n > 0 && printable / n > 0.95;
}

/** Step 1: the signature. Returns normally only for a zip. */
export function checkSignature(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) fail("not-xlsx", (m) => m.empty(name));
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5)) return;
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (b.length >= 8 && cfb.every((v, i) => b[i] === v)) {
    if (containsUtf16(b, "EncryptionInfo") || containsUtf16(b, "EncryptedPackage")) {
      fail("encrypted", (m) => m.encrypted(name));
    }
    fail("not-xlsx", (m) => m.oldXls(name));
  }
  fail("not-xlsx", (m) => m.notZip(name, sniffNotZip(b)));
}

/** UTF-8 → string; TextDecoder where the platform has it (jsdom test environments may not). */
function utf8Decoder(): (bytes: Uint8Array) => string {
  if (typeof TextDecoder !== "undefined") {
    const decoder = new TextDecoder("utf-8");
    return (bytes) => decoder.decode(bytes);
  }
  return (bytes) => {
    let escaped = "";
    for (const b of bytes) escaped += `%${b.toString(16).padStart(2, "0")}`;
    try {
      return decodeURIComponent(escaped);
    } catch {
      return String.fromCharCode(...bytes);
    }
  };
}

/** Step 2: the central directory. Throws "corrupt" for anything inconsistent. */
function readCentralDirectory(bytes: Uint8Array, name: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (): never => fail("corrupt", (m) => m.corrupt(name));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : corrupt());
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : corrupt());
  const u64 = (at: number) => {
    const value = u32(at) + u32(at + 4) * 2 ** 32;
    return Number.isSafeInteger(value) ? value : corrupt();
  };

  // End of central directory: 22 bytes + a comment of up to 65 535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) corrupt();
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== SIG_ZIP64_LOCATOR) corrupt();
    const z64 = u64(locator + 8);
    if (u32(z64) !== SIG_ZIP64_EOCD) corrupt();
    count = u64(z64 + 32);
    cdSize = u64(z64 + 40);
    cdOffset = u64(z64 + 48);
  }
  if (cdOffset + cdSize > bytes.length) corrupt();

  const entries: ZipEntry[] = [];
  const decode = utf8Decoder();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== SIG_CENTRAL) corrupt();
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length) corrupt();
    const entryName = decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extended information: only the fields that were 0xFFFFFFFF are present, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(extra);
      const size = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff) ((uncompressedSize = u64(field)), (field += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(field)), (field += 8));
        if (localOffset === 0xffffffff) localOffset = u64(field);
      }
      extra += 4 + size;
    }
    if (u32(localOffset) !== SIG_LOCAL) corrupt();
    const dataOffset = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) corrupt();
    entries.push({ name: entryName, method, compressedSize, uncompressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Counts `<c ` / `<c>` (cell) and `<row ` / `<row>` (row) elements in worksheet XML arriving in chunks.
 * A tag split across two chunks is handled by carrying the chunk's last few bytes over when they hold a "<".
 */
export class ElementCounter {
  cells = 0;
  rows = 0;
  private pending: Uint8Array | undefined;

  push(chunk: Uint8Array): void {
    let data = chunk;
    if (this.pending) {
      data = new Uint8Array(this.pending.length + chunk.length);
      data.set(this.pending, 0);
      data.set(chunk, this.pending.length);
      this.pending = undefined;
    }
    const n = data.length;
    // Tags starting in the last 4 bytes may be incomplete: leave them for the next chunk.
    const safeEnd = n - 4;
    let i = 0;
    for (; i < safeEnd; i++) {
      if (data[i] !== 0x3c) continue;
      this.match(data, i);
    }
    for (; i < n; i++) {
      if (data[i] === 0x3c) {
        this.pending = data.slice(i);
        return;
      }
    }
  }

  /** Call at the end: counts a complete tag left in the carried bytes. */
  finish(): void {
    if (!this.pending) return;
    const tail = new Uint8Array(this.pending.length + 1);
    tail.set(this.pending, 0);
    this.pending = undefined;
    this.match(tail, 0);
  }

  private match(data: Uint8Array, i: number): void {
    const b1 = data[i + 1];
    if (b1 === 0x63) {
      const b2 = data[i + 2];
      if (b2 === 0x20 || b2 === 0x3e) this.cells++;
    } else if (b1 === 0x72 && data[i + 2] === 0x6f && data[i + 3] === 0x77) {
      const b4 = data[i + 4];
      if (b4 === 0x20 || b4 === 0x3e) this.rows++;
    }
  }
}

type DecompressionStreamCtor = new (format: string) => TransformStream<Uint8Array, Uint8Array>;

function decompressionStream(): DecompressionStreamCtor | undefined {
  const ctor = (globalThis as { DecompressionStream?: DecompressionStreamCtor })
    .DecompressionStream;
  if (!ctor) return undefined;
  try {
    new ctor("deflate-raw");
    return ctor;
  } catch {
    return undefined;
  }
}

/**
 * Inflates one entry as a stream, counting bytes (and cells when `countCellElements`). Stops and reports
 * `overflow` as soon as more than `limit` bytes come out. Memory: one chunk at a time.
 */
async function streamEntry(
  Ctor: DecompressionStreamCtor,
  data: Uint8Array,
  limit: number,
  counter: ElementCounter | undefined
): Promise<{ bytes: number; overflow: boolean; broken: boolean }> {
  const stream = new Ctor("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Feed in slices so back-pressure keeps memory flat; errors surface on the reader.
  const SLICE = 256 * 1024;
  const feeding = (async () => {
    try {
      for (let at = 0; at < data.length; at += SLICE) {
        await writer.write(data.subarray(at, Math.min(at + SLICE, data.length)));
      }
      await writer.close();
    } catch {
      /* the reader sees the error or was cancelled */
    }
  })();
  let bytes = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (bytes > limit) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        await feeding;
        return { bytes, overflow: true, broken: false };
      }
      counter?.push(value);
    }
  } catch {
    await writer.abort().catch(() => undefined);
    await feeding;
    return { bytes, overflow: false, broken: true };
  }
  await feeding;
  counter?.finish();
  return { bytes, overflow: false, broken: false };
}

/** Upper estimate of the cells in a worksheet part from its size: an Excel cell element is ≥ 24 bytes. */
const MIN_BYTES_PER_CELL = 24;

/**
 * Checks that `data` is an .xlsx that is safe to hand to ExcelJS; throws UnusableInputError otherwise.
 */
export async function inspectXlsx(
  data: ArrayBuffer | Uint8Array,
  limits: ZipLimits = {}
): Promise<ZipSummary> {
  const bytes = asBytes(data);
  const name = limits.fileName ?? "workbook.xlsx";
  const maxBytes = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const limitMb = Math.round(maxBytes / (1024 * 1024));

  checkSignature(bytes, name);
  const entries = readCentralDirectory(bytes, name);
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    fail("not-xlsx", (m) => m.notWorkbook(name));
  }
  let totalUncompressed = 0;
  for (const entry of entries) totalUncompressed += entry.uncompressedSize;
  if (totalUncompressed > maxBytes) fail("too-large", (m) => m.tooLarge(name, limitMb));

  const Ctor = decompressionStream();
  let cells = 0;
  let rows = 0;
  let cellsExact = true;
  for (const entry of entries) {
    const counter = WORKSHEET_PART.test(entry.name) ? new ElementCounter() : undefined;
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) fail("corrupt", (m) => m.corrupt(name));
      counter?.push(raw);
      counter?.finish();
    } else if (entry.method === 8 && Ctor) {
      const result = await streamEntry(Ctor, raw, entry.uncompressedSize, counter);
      if (result.overflow) fail("too-large", (m) => m.tooLarge(name, limitMb));
      if (result.broken) fail("corrupt", (m) => m.corrupt(name));
    } else if (entry.method === 8) {
      if (counter) {
        cells += Math.floor(entry.uncompressedSize / MIN_BYTES_PER_CELL);
        cellsExact = false;
      }
    } else {
      fail("corrupt", (m) => m.corrupt(name));
    }
    if (counter) {
      cells += counter.cells;
      rows += counter.rows;
    }
    if (cells > maxCells) fail("too-large", (m) => m.tooManyCells(name, cells, maxCells));
    if (rows > maxRows) fail("too-large", (m) => m.tooManyRows(name, rows, maxRows));
  }
  return { entries, totalUncompressed, cells, rows, cellsExact };
}
