/**
 * The atomic writer (hosts/file/writeFile.ts): the target is replaced only by a complete file, and the
 * failures a user can fix — a read-only folder, a full disk — are refusals that leave no temporary file.
 * (Running as root, a read-only folder cannot be made for real, so the file system is a fake that fails
 * the way Linux does; the kill and path cases run for real in test/cli/outputs.test.ts.)
 */
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isSameFile, writeFileAtomic, type WriteFileSystem } from "../../src/hosts/file/writeFile";

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

function folder(): string {
  return fs.mkdtempSync(join(tmpdir(), "budget-report-write-"));
}

/** The real file system, with one call made to fail. */
function failing(call: "open" | "write" | "sync" | "rename", code: string): WriteFileSystem {
  return {
    stat: (path) => fs.promises.stat(path),
    unlink: (path) => fs.promises.unlink(path),
    rename: async (from, to) => {
      if (call === "rename") throw errno(code);
      return fs.promises.rename(from, to);
    },
    open: async (path, flags, mode) => {
      if (call === "open") throw errno(code);
      const handle = await fs.promises.open(path, flags, mode);
      if (call === "write") {
        let calls = 0;
        const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
        (handle as unknown as { write: unknown }).write = async (...a: unknown[]) => {
          if (++calls > 1) throw errno(code); // the disk fills up after the first chunk
          return write(...a);
        };
      }
      if (call === "sync")
        (handle as unknown as { sync: unknown }).sync = async () => Promise.reject(errno(code));
      return handle;
    },
  };
}

describe("writeFileAtomic", () => {
  test("writes the bytes, replacing an existing file whole, and leaves no temporary file", async () => {
    const dir = folder();
    const target = join(dir, "报告.md");
    fs.writeFileSync(target, "old");
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => i % 251);
    await writeFileAtomic(target, big);
    expect(fs.readFileSync(target).equals(Buffer.from(big))).toBe(true);
    await writeFileAtomic(target, "新的报告");
    expect(fs.readFileSync(target, "utf8")).toBe("新的报告");
    expect(fs.readdirSync(dir)).toEqual(["报告.md"]);
  });

  test.each([
    ["a read-only folder", "open", "EACCES", "没有权限在此文件夹写入"],
    ["a read-only file system", "open", "EROFS", "没有权限在此文件夹写入"],
    ["a full disk, mid-write", "write", "ENOSPC", "磁盘空间不足"],
    ["a full disk, on flush", "sync", "ENOSPC", "磁盘空间不足"],
    ["a quota, on rename", "rename", "EDQUOT", "磁盘空间不足"],
  ] as const)(
    "%s: a refusal, the old file intact, no temporary file",
    async (_, call, code, words) => {
      const dir = folder();
      const target = join(dir, "报告.xlsx");
      fs.writeFileSync(target, "the earlier report");
      const data = new Uint8Array(2 * 1024 * 1024 + 1);
      await expect(writeFileAtomic(target, data, failing(call, code))).rejects.toMatchObject({
        reason: "bad-arguments",
        message: expect.stringContaining(words),
      });
      expect(fs.readFileSync(target, "utf8")).toBe("the earlier report");
      expect(fs.readdirSync(dir)).toEqual(["报告.xlsx"]);
    }
  );

  test("an unexpected failure stays an error (a real bug is not dressed up as the user's mistake)", async () => {
    const dir = folder();
    await expect(
      writeFileAtomic(join(dir, "a.md"), "x", failing("rename", "EIO"))
    ).rejects.toMatchObject({
      code: "EIO",
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("a folder as the target, or a missing folder, is refused before anything is written", async () => {
    const dir = folder();
    await expect(writeFileAtomic(dir, "x")).rejects.toMatchObject({
      message: expect.stringContaining("文件夹"),
    });
    await expect(writeFileAtomic(join(dir, "no", "a.md"), "x")).rejects.toMatchObject({
      message: expect.stringContaining("输出文件夹不存在"),
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("isSameFile", () => {
  test("the same path, a symbolic link or a hard link is the same file; a copy is not", async () => {
    const dir = folder();
    const file = join(dir, "a.xlsx");
    fs.writeFileSync(file, "x");
    fs.symlinkSync(file, join(dir, "sym.xlsx"));
    fs.linkSync(file, join(dir, "hard.xlsx"));
    fs.copyFileSync(file, join(dir, "copy.xlsx"));
    expect(await isSameFile(file, join(dir, "..", dir.split("/").pop()!, "a.xlsx"))).toBe(true);
    expect(await isSameFile(file, join(dir, "sym.xlsx"))).toBe(true);
    expect(await isSameFile(file, join(dir, "hard.xlsx"))).toBe(true);
    expect(await isSameFile(file, join(dir, "copy.xlsx"))).toBe(false);
    expect(await isSameFile(file, join(dir, "missing.xlsx"))).toBe(false);
  });
});
