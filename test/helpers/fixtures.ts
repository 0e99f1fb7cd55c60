/**
 * Fixture workbooks for tests, built in memory from the readable specs in test/fixtures/specs (cached per
 * test file), plus a tiny zip writer for crafting malformed files (bombs, truncations) without committing
 * binaries.
 */
import { deflateRawSync } from "node:zlib";
import { buildWorkbook } from "../fixtures/workbook";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import type { Grid } from "../../src/core/grid";
import { fixtureByName } from "../fixtures/specs";

const bytesCache = new Map<string, Promise<Uint8Array>>();

/** The .xlsx bytes of a named fixture ("changning-2023", "changning-messy", …). */
export function fixtureBytes(name: string): Promise<Uint8Array> {
  let cached = bytesCache.get(name);
  if (!cached) {
    cached = buildWorkbook(fixtureByName(name).build());
    bytesCache.set(name, cached);
  }
  return cached;
}

/** The grids the file host reads from a named fixture. */
export async function fixtureGrids(name: string): Promise<Grid[]> {
  return readWorkbook(await fixtureBytes(name), { fileName: `${name}.xlsx` });
}

export interface RawZipEntry {
  name: string;
  /** The entry's real content; deflated unless `stored`. */
  data?: Uint8Array;
  /** Already-compressed bytes to use as they are (with method 8). */
  compressed?: Uint8Array;
  stored?: boolean;
  /** Uncompressed size to declare instead of the real one (a lying or huge header). */
  declaredSize?: number;
  /** Declare this uncompressed size through a ZIP64 extra field (sizes of 4 GB and more). */
  zip64Size?: number;
}

/** A minimal zip (ZIP64 only as an entry's size field, CRC left 0 — the file host does not check CRCs, ExcelJS would fail later). */
export function craftZip(entries: RawZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.from(entry.data ?? new Uint8Array());
    const body = entry.compressed
      ? Buffer.from(entry.compressed)
      : entry.stored
        ? data
        : deflateRawSync(data);
    const method = entry.stored ? 0 : 8;
    const size = entry.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const extra = Buffer.alloc(entry.zip64Size !== undefined ? 12 : 0);
    if (entry.zip64Size !== undefined) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.zip64Size), 4);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.zip64Size !== undefined ? 0xffffffff : size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}
