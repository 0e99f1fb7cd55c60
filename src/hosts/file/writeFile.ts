/**
 * Writing an output file so that it is never half there (Node only; the web page downloads instead). The
 * bytes go to a temporary file beside the target, are flushed to disk, and the temporary file is renamed
 * onto the target — one atomic step on every local file system. A failure, or a kill mid-write, leaves the
 * old file (or none) and at most a stray hidden temporary file, never a partial output.
 *
 * The plain mistakes — a folder as the output, a folder that does not exist, one that cannot be written,
 * a full disk — are refusals in both languages (exit 2 in the CLI), not internal errors.
 */
import { randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { unusableInput } from "../../core/errors";

/** The file-system calls used, so a test can make any of them fail. */
export interface WriteFileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean }>;
  open(path: string, flags: number, mode: number): Promise<fs.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const nodeFileSystem: WriteFileSystem = {
  stat: (path) => fs.stat(path),
  open: (path, flags, mode) => fs.open(path, flags, mode),
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
};

/** Bytes written per call: small enough that a kill always finds the temporary file incomplete, not the target. */
const CHUNK_BYTES = 1 << 20;

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null
    ? (error as { code?: string }).code
    : undefined;
}

/** A refusal for a write that failed for a reason the user can fix, or undefined (a real bug). */
function refusalFor(code: string | undefined, path: string, folder: string) {
  switch (code) {
    case "EISDIR":
      return unusableInput("bad-arguments", (t) => t.cli.outIsFolder(path));
    case "ENOENT":
    case "ENOTDIR":
      return unusableInput("bad-arguments", (t) => t.cli.outFolderMissing(folder));
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return unusableInput("bad-arguments", (t) => t.cli.outNotWritable(folder));
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return unusableInput("bad-arguments", (t) => t.cli.diskFull(path));
    default:
      return undefined;
  }
}

/** Writes `data` to `path` atomically (see the module comment); the target is replaced only when complete. */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  fileSystem: WriteFileSystem = nodeFileSystem
): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;

  const targetIsFolder = await fileSystem.stat(target).then(
    (info) => info.isDirectory(),
    () => false
  );
  if (targetIsFolder) throw refusalFor("EISDIR", path, folder);
  const folderInfo = await fileSystem.stat(folder).catch((error: unknown) => {
    throw refusalFor(errorCode(error), path, folder) ?? error;
  });
  if (!folderInfo.isDirectory()) throw refusalFor("ENOTDIR", path, folder);

  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fileSystem.open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o666
    );
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      const chunk = bytes.subarray(offset, Math.min(offset + CHUNK_BYTES, bytes.length));
      let written = 0;
      while (written < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, written, chunk.length - written);
        written += bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fileSystem.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fileSystem.unlink(temporary).catch(() => undefined);
    throw refusalFor(errorCode(error), path, folder) ?? error;
  }
}

/** True when `a` and `b` are one file: the same path, or a symbolic or hard link to it. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [statA, statB] = await Promise.all([
    fs.stat(a).catch(() => undefined),
    fs.stat(b).catch(() => undefined),
  ]);
  return (
    statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino
  );
}
