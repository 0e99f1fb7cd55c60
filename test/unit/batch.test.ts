/**
 * Batch mode: `budget-report check <files or folders…> [--json] [--out summary.xlsx]` over a folder holding
 * the 基础数据表 sample, the sample unit's finance-software export, a 万元 public-table workbook with a wrong
 * figure, and one corrupt file: one line per file, the corrupt one reported and the rest checked, a summary
 * workbook (one row per unit + a findings sheet), exit 1 when any file has 错误, 2 when none could be used.
 */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFiles, expandInputs, isBatch, runBatch, type BatchJson } from "../../src/cli/batch";
import { main } from "../../src/cli/main";
import { buildWorkbook } from "../fixtures/workbook";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { cellText } from "../../src/core/grid";
import { changningWorkbook } from "../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../fixtures/specs/standard/changning";
import { setCell, sheetNamed } from "./standard/helpers";

const dir = mkdtempSync(join(tmpdir(), "budget-report-batch-"));
const folder = join(dir, "units");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(join(folder, "a-基础数据表.xlsx"), await buildWorkbook(changningWorkbook()));
  writeFileSync(
    join(folder, "b-财决导出.xlsx"),
    await buildWorkbook({ sheets: changningStandardSheets({ year: 2023, layout: "software" }) })
  );
  const wrong = changningStandardSheets({ year: 2023, layout: "public", unit: "万元" });
  setCell(sheetNamed(wrong, "一般公共预算财政拨款支出决算表"), "E9", {
    value: 200,
    numberFormat: "0.00",
  });
  writeFileSync(join(folder, "c-公开表-有错.xlsx"), await buildWorkbook({ sheets: wrong }));
  writeFileSync(join(folder, "d-损坏.xlsx"), Buffer.from("PK\u0003\u0004 this is not a workbook"));
  writeFileSync(join(folder, "notes.txt"), "not a workbook");
  writeFileSync(
    join(dir, "2022-财决导出.xlsx"),
    await buildWorkbook({ sheets: changningStandardSheets({ year: 2022, layout: "software" }) })
  );
});

describe("inputs", () => {
  it("a folder or several paths is batch mode; a folder expands to its .xlsx files in order", async () => {
    expect(await isBatch([folder])).toBe(true);
    expect(await isBatch([join(folder, "a-基础数据表.xlsx")])).toBe(false);
    expect(await isBatch(["x.xlsx", "y.xlsx"])).toBe(true);
    const files = await expandInputs([folder]);
    expect(files.map((f) => f.slice(folder.length + 1))).toEqual([
      "a-基础数据表.xlsx",
      "b-财决导出.xlsx",
      "c-公开表-有错.xlsx",
      "d-损坏.xlsx",
    ]);
  });
});

describe("check over a folder with one corrupt file", () => {
  it("prints one line per file, goes on after the corrupt one, exits 1 for the file with 错误", async () => {
    const { io, out, err } = capture();
    const code = await runBatch([folder], { json: false, locale: "zh-CN", concurrency: 2 }, io);
    expect(code).toBe(1);
    expect(err).toEqual([]);
    const lines = out.slice(0, 4).sort();
    expect(lines[0]).toMatch(/a-基础数据表\.xlsx　常宁市总工会 2023　错误 0　警告 \d+　提示 \d+/);
    expect(lines[1]).toMatch(/b-财决导出\.xlsx　常宁市总工会 2023　错误 0　/);
    expect(lines[2]).toMatch(/c-公开表-有错\.xlsx　常宁市总工会 2023　错误 [1-9]/);
    expect(lines[3]).toMatch(/d-损坏\.xlsx　无法使用：/);
    expect(out[4]).toBe("共 4 个文件，可用 3 个，其中 1 个有错误。");
  });

  it("--json gives { files: [ {file, unit, year, summary, findings} | {file, error} ] } in input order", async () => {
    const { io, out } = capture();
    const code = await runBatch([folder], { json: true, locale: "zh-CN" }, io);
    expect(code).toBe(1);
    const json = JSON.parse(out.join("\n")) as BatchJson;
    expect(json.files.map((f) => ("error" in f ? "error" : f.unit))).toEqual([
      "常宁市总工会",
      "常宁市总工会",
      "常宁市总工会",
      "error",
    ]);
    const wrong = json.files[2];
    if ("error" in wrong) throw new Error("expected a checked file");
    const cell = wrong.findings.find((f) => f.rule === "SUM-COLUMNS");
    expect(cell).toMatchObject({
      sheet: "一般公共预算财政拨款支出决算表",
      cell: "E9",
      expected: 2_134_600,
      actual: 2_000_000,
      difference: -134_600,
    });
    expect(Object.keys(json.files[3]).sort()).toEqual(["error", "file"]);
  });

  it("--out writes a summary workbook: one row per unit and a findings sheet", async () => {
    const out = join(dir, "summary.xlsx");
    const { io } = capture();
    await runBatch([folder], { json: false, out, locale: "zh-CN" }, io);
    const grids = await readWorkbook(readFileSync(out));
    expect(grids.map((g) => g.sheet)).toEqual(["汇总", "问题清单"]);
    const rows = grids[0].rows.map((r) => r.map((c) => cellText(c)));
    expect(rows[0]).toEqual(["文件", "单位", "年度", "错误", "警告", "提示", "状态"]);
    expect(rows).toHaveLength(5);
    expect(rows[3].slice(0, 3)).toEqual(["c-公开表-有错.xlsx", "常宁市总工会", "2023"]);
    expect(Number(rows[3][3])).toBeGreaterThan(0);
    expect(rows[4][0]).toBe("d-损坏.xlsx");
    expect(rows[4][6]).not.toBe("");
    const findings = grids[1].rows.map((r) => r.map((c) => cellText(c)));
    expect(
      findings.some((r) => r[0] === "c-公开表-有错.xlsx" && r[3] === "SUM-COLUMNS" && r[5] === "E9")
    ).toBe(true);
  });

  it("exits 2 when no file could be used", async () => {
    const { io, out } = capture();
    const code = await runBatch(
      [join(folder, "d-损坏.xlsx"), join(dir, "missing.xlsx")],
      { json: false, locale: "zh-CN" },
      io
    );
    expect(code).toBe(2);
    expect(out.filter((l) => l.includes("无法使用"))).toHaveLength(2);
  });

  it("keeps input order whatever finishes first", async () => {
    const files = await expandInputs([folder]);
    const seen: number[] = [];
    const entries = await checkFiles(files, "en-US", 3, (_, index) => seen.push(index));
    expect(entries.map((e) => e.file)).toEqual(files);
    expect(seen.sort()).toEqual([0, 1, 2, 3]);
    expect("error" in entries[3] && entries[3].error).toBeTruthy();
  });

  it("main() routes check with a folder to batch mode", async () => {
    const { io, out } = capture();
    const code = await main(["check", folder, "--json"], io);
    expect(code).toBe(1);
    expect(JSON.parse(out.join("\n")).files).toHaveLength(4);
  });
});

describe("--prior <last year's workbook>", () => {
  it("changes from this year's export and last year's export (docs/design.md §2 JSON)", async () => {
    const { io, out } = capture();
    const code = await main(
      [
        "changes",
        join(folder, "b-财决导出.xlsx"),
        "--prior",
        join(dir, "2022-财决导出.xlsx"),
        "--json",
      ],
      io
    );
    expect(code).toBe(0);
    const items = new Map(
      (JSON.parse(out.join("\n")).items as { key: string; percent: number; prior: number }[]).map(
        (i) => [i.key, i]
      )
    );
    expect(items.get("basic")).toMatchObject({ prior: 2_652_132, percent: 3.98 });
    expect(items.get("personnel")?.percent).toBe(3.66);
    expect(items.get("publicOperating")?.percent).toBe(7.34);
  });

  it("a prior file that cannot be read is exit 2 with one line", async () => {
    const { io, err } = capture();
    const code = await main(
      ["check", join(folder, "b-财决导出.xlsx"), "--prior", join(folder, "d-损坏.xlsx")],
      io
    );
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
  });
});
