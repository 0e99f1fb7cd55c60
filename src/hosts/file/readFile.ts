/**
 * Node only: reads an .xlsx file from disk into grids, turning file-system failures into the same one-line
 * UnusableInputError as every other unusable input (no such file → "no-file").
 */
import { readFile as readFileBytes, stat } from "node:fs/promises";
import { basename } from "node:path";
import { UnusableInputError, unusableInput } from "../../core/errors";
import type { Grid } from "../../core/grid";
import { readWorkbook, type ReadOptions } from "./readWorkbook";
import { readReportText } from "./reportText";
import { DEFAULT_MAX_UNCOMPRESSED_BYTES } from "./zipGuard";

/**
 * Reads a file's bytes; a missing file, a directory or an unreadable file becomes UnusableInputError, and
 * a file larger than `maxBytes` (default: the 200 MB expansion limit — no usable .xlsx is bigger zipped
 * than unzipped) is refused before it is read into memory.
 */
async function readFileBytesChecked(
  path: string,
  maxBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES
): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw unusableInput("no-file", (t) => t.fileHost.noFile(path));
    if (info.size > maxBytes) {
      const limitMb = Math.round(maxBytes / (1024 * 1024));
      throw unusableInput("too-large", (t) => t.fileHost.tooLarge(name, limitMb));
    }
    const bytes = await readFileBytes(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw unusableInput("no-file", (t) => t.fileHost.noFile(path));
    }
    throw unusableInput("no-file", (t) => t.fileHost.unreadable(name));
  }
}

/** Reads an .xlsx file into grids. */
export async function readFile(
  path: string,
  options: Omit<ReadOptions, "fileName"> = {}
): Promise<Grid[]> {
  const bytes = await readFileBytesChecked(path, options.maxUncompressedBytes);
  return readWorkbook(bytes, { ...options, fileName: basename(path) });
}

/** Reads a report (.docx, .txt, .md) from disk into plain text for the audit. */
export async function readReportFile(path: string): Promise<string> {
  const bytes = await readFileBytesChecked(path);
  return readReportText(bytes, basename(path));
}
