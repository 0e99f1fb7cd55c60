/**
 * Where the CLI may write, decided before any work is done: never onto an input (whatever the path says —
 * a symbolic or hard link to it is the same file), never onto a folder, never over an existing file
 * without --force. The write itself is atomic (hosts/file/writeFile.ts).
 */
import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isSameFile } from "../hosts/file/writeFile";
import { argumentError } from "./errors";

export async function checkOutputPath(
  out: string,
  inputs: readonly string[],
  force: boolean
): Promise<void> {
  for (const input of inputs) {
    if (await isSameFile(out, input)) throw argumentError((t) => t.outIsInput(out));
  }
  const info = await stat(out).catch(() => undefined);
  if (info?.isDirectory()) throw argumentError((t) => t.outIsFolder(out));
  const folder = dirname(resolve(out));
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory()) throw argumentError((t) => t.outFolderMissing(folder));
  if (info && !force) throw argumentError((t) => t.outExists(out));
}
