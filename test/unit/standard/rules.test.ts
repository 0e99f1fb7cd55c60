/**
 * The checks of the standard tables (docs/domain.md §4), each firing at the right cell on a wrong number and silent
 * on the clean sample: SUM-COLUMNS, SUM-CODES with split 类|款|项 columns, SUM-TOTAL-ROW, XT-*, ID-BALANCE,
 * ID-THREE-PUBLIC on 预算数 and 决算数, FORMULA-RANGE (tables and 基础数据表), XT-DATA-SHEET.
 *
 * Public layout (元) cells: 一般公共预算财政拨款支出决算表 A–C 类|款|项, D 名称, E 合计, F 基本支出, G 项目支出;
 * row 6 合计, 7 201, 8 20129, 9 2012901, 10 2012906, 11 208, …, 14 210, 17 221. 收入支出决算总表 A 收入项目,
 * B 决算数, C 支出项目, D 决算数; row 10 本年收入合计 | 本年支出合计, 11 年初 | 年末结转和结余, 12 总计.
 */
import type { Finding } from "../../../src/core/finding";
import { analyze } from "../../../src/core/pipeline";
import type { SheetFixture } from "../../fixtures/workbook";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";
import { getCell, gridsOf, setCell, sheetNamed } from "./helpers";

const GB = "一般公共预算财政拨款支出决算表";
const SUMMARY = "收入支出决算总表";
const FISCAL = "财政拨款收入支出决算总表";
const THREE = "财政拨款“三公”经费支出决算表";

const money = (yuan: number) => ({ value: yuan, numberFormat: "#,##0.00" });

async function findingsWith(edit: (sheets: SheetFixture[]) => void, extra: SheetFixture[] = []) {
  const sheets = changningStandardSheets({ year: 2023, layout: "public" });
  edit(sheets);
  return analyze(await gridsOf([...extra, ...sheets])).findings;
}

const at = (findings: Finding[], rule: string, sheet: string, address: string) =>
  findings.filter((f) => f.rule === rule && f.ref.sheet === sheet && f.ref.address === address);

describe("clean sample tables", () => {
  it("no table rule speaks", async () => {
    const findings = await findingsWith(() => undefined);
    const ours = findings.filter((f) => /^(SUM-|XT-|ID-|FORMULA-RANGE)/.test(f.rule));
    expect(ours).toEqual([]);
  });
});

describe("SUM-COLUMNS and SUM-CODES (split 类|款|项)", () => {
  it("a 项 row whose 合计 is not 基本 + 项目, and its 款 that no longer adds up", async () => {
    const findings = await findingsWith((s) => setCell(sheetNamed(s, GB), "E9", money(2_134_500)));
    const [row] = at(findings, "SUM-COLUMNS", GB, "E9");
    expect(row).toMatchObject({
      severity: "error",
      expected: 213_460_000,
      actual: 213_450_000,
      difference: -10_000,
    });
    expect(row.message).toContain("行政运行（E9，合计）");
    const [code] = at(findings, "SUM-CODES", GB, "E8");
    expect(code).toMatchObject({ severity: "error", expected: 216_350_000, actual: 216_360_000 });
    expect(code.message).toContain("2012901 行政运行");
  });
});

describe("XT-* and ID-BALANCE", () => {
  it("总表 本年支出合计 ≠ 支出决算表 合计 (XT-EXPENDITURE) at the 总表 cell", async () => {
    const findings = await findingsWith((s) =>
      setCell(sheetNamed(s, SUMMARY), "D10", money(2_786_700))
    );
    const [xt] = at(findings, "XT-EXPENDITURE", SUMMARY, "D10");
    expect(xt).toMatchObject({
      severity: "error",
      expected: 278_660_000,
      actual: 278_670_000,
      difference: 10_000,
    });
    expect(xt.message).toContain("支出决算表");
  });

  it("总表 本年收入合计 ≠ 收入决算表 合计 (XT-INCOME) at the 总表 cell", async () => {
    const findings = await findingsWith((s) =>
      setCell(sheetNamed(s, SUMMARY), "B10", money(2_786_700))
    );
    const [xt] = at(findings, "XT-INCOME", SUMMARY, "B10");
    expect(xt).toMatchObject({
      severity: "error",
      expected: 278_660_000,
      actual: 278_670_000,
      difference: 10_000,
    });
    expect(xt.message).toContain("收入决算表");
  });

  it("speaks English when asked", async () => {
    const sheets = changningStandardSheets({ year: 2023, layout: "public" });
    setCell(sheetNamed(sheets, SUMMARY), "D10", money(2_786_700));
    const { findings } = analyze(await gridsOf(sheets), { locale: "en-US" });
    const [xt] = at(findings, "XT-EXPENDITURE", SUMMARY, "D10");
    expect(xt.message).toMatch(/the two tables must agree/);
    expect(xt.message).not.toMatch(/应当相等/);
  });

  it("财政拨款总表 一般公共预算 ≠ 一般公共预算财政拨款支出决算表 合计 (XT-FISCAL)", async () => {
    const findings = await findingsWith((s) =>
      setCell(sheetNamed(s, FISCAL), "E10", money(2_786_000))
    );
    expect(at(findings, "XT-FISCAL", FISCAL, "E10")[0]).toMatchObject({
      expected: 278_660_000,
      actual: 278_600_000,
    });
    // …and the row's own columns no longer add up.
    expect(at(findings, "SUM-COLUMNS", FISCAL, "D10")).toHaveLength(1);
  });

  it("年末结转和结余 ≠ 年初 + 本年收入 − 本年支出 (ID-BALANCE), and unequal 总计", async () => {
    const findings = await findingsWith((s) => {
      setCell(sheetNamed(s, SUMMARY), "D11", money(500));
      setCell(sheetNamed(s, SUMMARY), "D12", money(2_787_100));
    });
    expect(at(findings, "ID-BALANCE", SUMMARY, "D11")[0]).toMatchObject({
      expected: 0,
      actual: 50_000,
    });
    expect(at(findings, "ID-BALANCE", SUMMARY, "D12")[0]).toMatchObject({
      expected: 278_660_000,
      actual: 278_710_000,
    });
  });
});

describe("ID-BALANCE on 总计", () => {
  it("支出总计 ≠ 本年支出合计 + 年末结转和结余", async () => {
    const findings = await findingsWith((s) => setCell(sheetNamed(s, SUMMARY), "D11", money(500)));
    const onGrand = at(findings, "ID-BALANCE", SUMMARY, "D12");
    expect(onGrand.map((f) => [f.expected, f.actual])).toEqual([[278_710_000, 278_660_000]]);
    expect(onGrand[0].message).toContain("本年支出合计+年末结转和结余");
  });
});

describe("ID-THREE-PUBLIC on both 预算数 and 决算数 (across layout, 运行费 alias)", () => {
  it("fires on the 预算数 合计 and on the 决算数 合计", async () => {
    // Row 8: A–F 预算数 (合计, 出国, 小计, 购置, 运行, 接待), G–L 决算数.
    const findings = await findingsWith((s) => {
      setCell(sheetNamed(s, THREE), "A8", money(35_000));
      setCell(sheetNamed(s, THREE), "H8", money(100));
    });
    expect(at(findings, "ID-THREE-PUBLIC", THREE, "A8")[0]).toMatchObject({
      expected: 3_400_000,
      actual: 3_500_000,
    });
    expect(at(findings, "ID-THREE-PUBLIC", THREE, "G8")[0]).toMatchObject({
      expected: 3_150_000,
      actual: 3_140_000,
    });
  });
});

describe("FORMULA-RANGE", () => {
  it("a 合计 whose formula leaves out a 类 row", async () => {
    const findings = await findingsWith((s) =>
      setCell(sheetNamed(s, GB), "E6", {
        value: { formula: "E7+E11+E14", result: 2_575_400 },
        numberFormat: "#,##0.00",
      })
    );
    const [f] = at(findings, "FORMULA-RANGE", GB, "E6");
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("=E7+E11+E14");
    expect(f.message).toContain("E17");
  });

  it("a typed constant among sibling formulas, and a formula on an empty cell", async () => {
    const findings = await findingsWith((s) => {
      const gb = sheetNamed(s, GB);
      for (const [cell, ref] of [
        ["F7", "F8"],
        ["F11", "F12"],
        ["F14", "F15"],
      ]) {
        const typed = getCell(gb, cell) as { value: number };
        setCell(gb, cell, {
          value: { formula: ref, result: typed.value },
          numberFormat: "#,##0.00",
        });
      }
      setCell(gb, "G7", { value: { formula: "G8+G30", result: 29_000 }, numberFormat: "#,##0.00" });
    });
    const constant = at(findings, "FORMULA-RANGE", GB, "F17");
    expect(constant).toHaveLength(1);
    expect(constant[0].message).toContain("手工输入");
    const empty = at(findings, "FORMULA-RANGE", GB, "G7");
    expect(empty.map((f) => f.message).join()).toContain("G30");
    // The formulas that cover their rows are not reported.
    expect(at(findings, "FORMULA-RANGE", GB, "F7")).toEqual([]);
  });

  it("applies to the 基础数据表 too: a SUM that stops one row short", async () => {
    const workbook = changningWorkbook();
    const sheet = workbook.sheets[0];
    let where = "";
    sheet.rows.forEach((row, r) => {
      const cells = Array.isArray(row) ? row : row.cells;
      if (String(cells[0]).trim() !== "商品和服务支出") return;
      const cell = cells[4] as { value: { formula: string; result: number } };
      cell.value.formula = cell.value.formula.replace(/(\d+)\)$/, (_, n) => `${Number(n) - 1})`);
      where = `E${r + 1}`;
    });
    expect(where).not.toBe("");
    const { findings } = analyze(await gridsOf(workbook));
    const found = findings.filter((f) => f.rule === "FORMULA-RANGE");
    expect(found.map((f) => f.ref.address)).toEqual([where]);
    expect(found[0].message).toMatch(/漏掉了本应合计的行（E\d+）/);
  });

  it("on the 基础数据表, a formula naming an empty cell is reported and one naming a filled cell is not", async () => {
    const workbook = changningWorkbook();
    const rows = workbook.sheets[0].rows;
    const cellOf = (r: number, c: number) => {
      const row = rows[r - 1];
      return (Array.isArray(row) ? row : row.cells)[c] as { value: { formula: string } };
    };
    // 基本支出 E5 = E6+E22: add E2 (the unit line: no figure on that row) and E8 (基本工资, a figure).
    cellOf(5, 4).value.formula = "E6+E22+E2";
    cellOf(5, 2).value.formula = "C6+C22+C8-C8";
    const { findings } = analyze(await gridsOf(workbook));
    const found = findings.filter((f) => f.rule === "FORMULA-RANGE");
    expect(found.map((f) => f.ref.address)).toEqual(["E5"]);
    expect(found[0].message).toContain("E2");
  });

  it("accepts a total that adds the rows below its parts instead of the parts", async () => {
    // 合计 = the 项 rows (E9, E10, E13, E16, E19) rather than the 类 rows: every 类 is still covered.
    const findings = await findingsWith((s) =>
      setCell(sheetNamed(s, GB), "E6", {
        value: { formula: "E9+E10+E13+E16+E19", result: 2_786_600 },
        numberFormat: "#,##0.00",
      })
    );
    expect(findings.filter((f) => f.rule === "FORMULA-RANGE")).toEqual([]);
  });

  it("is silent on the 基础数据表 sample", async () => {
    const { findings } = analyze(await gridsOf(changningWorkbook()));
    expect(findings.filter((f) => f.rule === "FORMULA-RANGE")).toEqual([]);
  });
});

describe("a 基础数据表 and the standard tables in one workbook", () => {
  it("reports from the 基础数据表, says so, and finds no disagreement on the sample", async () => {
    const sample = changningWorkbook().sheets;
    const grids = await gridsOf([
      ...sample,
      ...changningStandardSheets({ year: 2023, layout: "public" }),
    ]);
    const { book, findings } = analyze(grids);
    expect(book.source.kind).toBe("basic-data-sheet");
    expect(book.source.sheet).toBe("基础数据表");
    expect(book.source.tables?.map((t) => t.kind)).toContain("generalBudget");
    expect(book.source.sheets).toContainEqual(
      expect.objectContaining({ sheet: GB, role: "cross-check", reason: "cross-check" })
    );
    expect(findings.filter((f) => /^XT-/.test(f.rule))).toEqual([]);
  });

  it("XT-DATA-SHEET and XT-BASIC when a table's 基本支出 disagrees", async () => {
    const findings = await findingsWith(
      (s) => setCell(sheetNamed(s, GB), "F6", money(2_757_700)),
      changningWorkbook().sheets
    );
    const data = findings.filter((f) => f.rule === "XT-DATA-SHEET");
    expect(data.map((f) => [f.ref.sheet, f.lineKey, f.expected, f.actual])).toEqual([
      ["基础数据表", "basic", 275_770_000, 275_760_000],
    ]);
    expect(at(findings, "XT-BASIC", GB, "F6")[0]).toMatchObject({
      expected: 275_760_000,
      actual: 275_770_000,
    });
  });
});

describe("cells of the tables that no line reads", () => {
  it("#REF! is CELL-ERROR and a number typed as text is read and warned about", async () => {
    const findings = await findingsWith((s) => {
      setCell(sheetNamed(s, GB), "G9", { error: "#REF!" });
      setCell(sheetNamed(s, GB), "E9", "2,134,600.00");
    });
    expect(at(findings, "CELL-ERROR", GB, "G9")[0]).toMatchObject({ severity: "error" });
    expect(at(findings, "CELL-TEXT-NUMBER", GB, "E9")[0]).toMatchObject({
      severity: "warning",
      actual: 213_460_000,
    });
    // The text number is read: its row still adds up.
    expect(at(findings, "SUM-COLUMNS", GB, "E9")).toEqual([]);
  });
});

describe("万元 tables", () => {
  it("rounding gaps of 0.01 万元 are 提示, never 错误", async () => {
    const sheets = changningStandardSheets({ year: 2023, layout: "public", unit: "万元" });
    // 行政运行 213.46 typed as 213.47: the 款 and 类 above it are off by 0.01 万元.
    setCell(sheetNamed(sheets, GB), "F9", money(213.47));
    setCell(sheetNamed(sheets, GB), "E9", money(213.47));
    const { findings } = analyze(await gridsOf(sheets));
    const onRow = findings.filter((f) => f.ref.sheet === GB && /^[EF]8$/.test(f.ref.address));
    expect(onRow.length).toBeGreaterThan(0);
    expect(onRow.every((f) => f.severity === "info")).toBe(true);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
