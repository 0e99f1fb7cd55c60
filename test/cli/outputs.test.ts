/**
 * What the CLI writes, and what it never writes (issue 13), run as a user runs it (the built bin in a child
 * process): the input workbook is never written — whatever the output path says, a symbolic or hard link,
 * --prior's file or a batch input — every output is written atomically (a kill mid-write leaves the old
 * file, never a partial one), and a bad output path is a plain refusal, not an internal error.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import JSZip from "jszip";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "budget-report.js");
const sample = join(root, "examples", "常宁市总工会-2023.xlsx");
const richXlsm = join(root, "test", "fixtures", "rich", "rich-workbook.xlsm");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fresh(): string {
  return fs.mkdtempSync(join(tmpdir(), "budget-report-outputs-"));
}

describe("usage", () => {
  test("no arguments at all: the usage on stderr, exit 2", () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("budget-report report");
  });
  test.each([["--help"], ["-h"], ["help"]])("%s: the usage on stdout, exit 0", (flag) => {
    const r = run(flag);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("budget-report report");
  });
});

test("a reader that stops early (| head) ends the command quietly, without a stack trace", async () => {
  const child = spawn(process.execPath, [bin, "changes", sample], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

describe("the input workbook is never written", () => {
  const dir = fresh();
  const workbook = join(dir, "单位.xlsx");
  const macros = join(dir, "单位宏.xlsm");
  fs.copyFileSync(sample, workbook);
  fs.copyFileSync(richXlsm, macros);
  const symlink = join(dir, "链接.xlsx");
  const hardlink = join(dir, "硬链接.xlsx");
  fs.symlinkSync(workbook, symlink);
  fs.linkSync(workbook, hardlink);
  // An mtime in the past, so a write in this run would show.
  const past = new Date(Date.UTC(2024, 0, 1));
  for (const file of [workbook, macros]) fs.utimesSync(file, past, past);
  const before = [workbook, macros].map((file) => ({
    file,
    bytes: fs.readFileSync(file),
    mtime: fs.statSync(file).mtimeMs,
  }));

  const refused = (args: string[]) => {
    const r = run(...args);
    expect({ args, code: r.code, lines: r.stderr.trim().split("\n").length }).toEqual({
      args,
      code: 2,
      lines: 1,
    });
    return r.stderr;
  };

  test("every command and output format leaves it as it was", () => {
    expect(run("check", workbook).code).toBe(0);
    expect(run("check", workbook, "--json").code).toBe(0);
    expect(run("changes", workbook, "--json").code).toBe(0);
    for (const ext of ["docx", "xlsx", "md", "txt", "json"]) {
      expect(run("report", workbook, "--out", join(dir, `报告.${ext}`)).code).toBe(0);
    }
    expect(run("report", macros, "--out", join(dir, "报告宏.xlsm")).code).toBe(0);
    expect(run("check", dir, "--out", join(dir, "汇总", "..", "汇总.xlsx")).code).toBeLessThan(2);
  });

  test("an output that is an input is refused, --force or not: the same path, a link, --prior, a batch input", () => {
    expect(refused(["report", workbook, "--out", workbook])).toContain("不能是输入的工作簿本身");
    expect(refused(["report", workbook, "--out", workbook, "--force"])).toContain(
      "cannot be the input"
    );
    expect(
      refused(["report", workbook, "--out", join(dir, ".", "单位.xlsx"), "--force"])
    ).toContain("不能是输入");
    expect(refused(["report", workbook, "--out", symlink, "--force"])).toContain("不能是输入");
    expect(refused(["report", workbook, "--out", hardlink, "--force"])).toContain("不能是输入");
    expect(refused(["report", symlink, "--out", workbook, "--force"])).toContain("不能是输入");
    expect(
      refused(["report", sample, "--prior", workbook, "--out", workbook, "--force"])
    ).toContain("不能是输入");
    expect(refused(["report", macros, "--out", macros, "--force"])).toContain("不能是输入");
    // Batch: the summary may not land on one of the workbooks it reads.
    expect(refused(["check", dir, "--out", workbook, "--force"])).toContain("不能是输入");
  });

  test("after all of it: the same bytes, the same modification time", () => {
    for (const { file, bytes, mtime } of before) {
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.statSync(file).mtimeMs).toBe(mtime);
    }
    // …and no temporary file was left behind by the outputs that were written.
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a bad output path is the user's to fix: one line, exit 2, never 内部错误", () => {
  const dir = fresh();
  test.each([
    ["a folder", () => dir, "输出路径是一个文件夹"],
    ["in a folder that does not exist", () => join(dir, "没有", "报告.docx"), "输出文件夹不存在"],
    ["under a file (not a folder)", () => join(sample, "报告.docx"), "输出文件夹不存在"],
  ])("%s", (_, out, words) => {
    const r = run("report", sample, "--out", out(), "--force");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/内部错误|Internal error|EISDIR|ENOENT|ENOTDIR/);
  });
  test("template and the batch summary answer the same", () => {
    expect(run("template", "--out", dir, "--force").stderr).toContain("输出路径是一个文件夹");
    expect(run("check", sample, sample, "--out", join(dir, "没有", "汇总.xlsx")).stderr).toContain(
      "输出文件夹不存在"
    );
  });
});

describe("a kill in the middle of writing leaves the old file, never a partial one", () => {
  /** The sample with a 40 MB part that does not compress, so writing the copy takes a while. */
  async function heavyWorkbook(dir: string): Promise<string> {
    const zip = await JSZip.loadAsync(fs.readFileSync(sample));
    zip.file("xl/media/heavy.bin", randomBytes(40 * 1024 * 1024));
    const file = join(dir, "heavy.xlsx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
    return file;
  }

  test("SIGKILL as soon as the write begins: the target still holds the old report", async () => {
    const dir = fresh();
    const input = await heavyWorkbook(dir);
    const target = join(dir, "报告.xlsx");
    const old = Buffer.from("the earlier report, which must survive");
    fs.writeFileSync(target, old);
    const oldStat = fs.statSync(target);

    const child = spawn(process.execPath, [bin, "report", input, "--out", target, "--force"], {
      stdio: "ignore",
    });
    // The write has begun when a temporary file appears beside the target, or the target itself changes
    // (as it would if the output were written in place).
    const began = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const temporary = fs
          .readdirSync(dir)
          .find((n) => n.startsWith(".报告.xlsx.") && n.endsWith(".tmp"));
        const now = fs.statSync(target, { throwIfNoEntry: false });
        if (temporary) resolve("temporary file");
        else if (!now || now.size !== oldStat.size || now.mtimeMs !== oldStat.mtimeMs)
          resolve("target changed");
        else return;
        clearInterval(timer);
        child.kill("SIGKILL");
      }, 1);
      child.on("exit", () => {
        clearInterval(timer);
        reject(new Error("the command finished before its write could be observed"));
      });
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
      else child.on("exit", (_, s) => resolve(s));
    });
    expect(signal).toBe("SIGKILL");
    const after = fs.readFileSync(target);
    // The old file, or (had the rename won the race) the complete new one — never a partial file.
    if (!after.equals(old)) {
      const zip = await JSZip.loadAsync(after);
      expect(zip.file("xl/media/heavy.bin")).not.toBeNull();
    }
    expect(began).toBe("temporary file");
  }, 120_000);
});
