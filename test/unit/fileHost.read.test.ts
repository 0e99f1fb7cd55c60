/**
 * .xlsx → Grid: every Grid field from a workbook written from a readable spec, and the sample read back
 * exactly as its spec says.
 */
import { buildWorkbook, budgetLineRows, type WorkbookFixture } from "../fixtures/workbook";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { formatExcelDate } from "../../src/hosts/file/dateText";
import { cellText, parseAddress, type Cell, type Grid } from "../../src/core/grid";
import { fixtureGrids } from "../helpers/fixtures";
import { messy, wanTwoRow } from "../fixtures/specs/variants";
import { changningSheet } from "../fixtures/specs/changning-2023";

function at(grid: Grid, address: string): Cell | undefined {
  const { row, column } = parseAddress(address);
  return grid.rows[row]?.[column];
}

const everything: WorkbookFixture = {
  sheets: [
    {
      name: "数据",
      rows: [
        [{ value: "标题", bold: true }, null, null],
        ["项目", { value: "金额", bold: true }, "备注"],
        ["  （一）基本支出", 1234.5, { richText: ["主要", "原因"] }],
        [{ value: "人员经费", indent: 2 }, { value: 100, numberFormat: "#,##0.00" }, true],
        ["错误", { error: "#REF!" }, { error: "#DIV/0!" }],
        [
          "有缓存",
          { formula: "SUM(B3:B4)", result: 1334.5 },
          { formula: "B5", result: { error: "#REF!" } },
        ],
        { cells: ["无缓存", { formula: "SUM(B3:B4)" }, "隐藏行"], hidden: true },
        [
          "日期",
          { date: "2023-12-31" },
          { value: { date: "2024-05-16" }, numberFormat: 'yyyy"年"m"月"d"日"' },
        ],
        ["文本数字", "1,234.00", "=1+1"],
        [],
        [],
      ],
      merges: ["A1:C1"],
    },
    { name: "隐藏表", state: "hidden", rows: [["x"]] },
    { name: "深度隐藏", state: "veryHidden", rows: [["y"]] },
    { name: "空表", rows: [] },
  ],
};

describe("readWorkbook: every Grid field", () => {
  let grids: Grid[];
  beforeAll(async () => {
    const bytes = await buildWorkbook(everything);
    // A plain Uint8Array (not a Buffer), as a browser hands it over.
    grids = await readWorkbook(new Uint8Array(bytes).slice().buffer);
  });

  test("sheets in order, hidden states flagged", () => {
    expect(grids.map((g) => g.sheet)).toEqual(["数据", "隐藏表", "深度隐藏", "空表"]);
    expect(grids.map((g) => g.hidden ?? false)).toEqual([false, true, true, false]);
    expect(grids[3].rows).toEqual([]);
    expect(grids[0].origin).toBe("A1");
  });

  test("numbers, text with its leading spaces, rich text flattened, booleans", () => {
    const g = grids[0];
    expect(at(g, "A3")).toEqual({ value: "  （一）基本支出" });
    expect(at(g, "B3")?.value).toBe(1234.5);
    expect(at(g, "C3")).toEqual({ value: "主要原因" });
    expect(at(g, "C4")?.value).toBe(true);
    expect(at(g, "A9")?.value).toBe("文本数字");
    expect(at(g, "B9")?.value).toBe("1,234.00");
    expect(at(g, "C9")).toEqual({ value: "=1+1" });
  });

  test("indent, bold and number format", () => {
    const g = grids[0];
    expect(at(g, "A4")).toEqual({ value: "人员经费", indent: 2 });
    expect(at(g, "B2")).toEqual({ value: "金额", bold: true });
    expect(at(g, "B4")).toEqual({ value: 100, numberFormat: "#,##0.00" });
  });

  test("error values", () => {
    expect(at(grids[0], "B5")).toEqual({ value: { error: "#REF!" } });
    expect(at(grids[0], "C5")).toEqual({ value: { error: "#DIV/0!" } });
  });

  test("formulas keep their text and cached result; without a cache they are flagged", () => {
    expect(at(grids[0], "B6")).toEqual({ value: 1334.5, formula: "=SUM(B3:B4)" });
    expect(at(grids[0], "C6")).toEqual({ value: { error: "#REF!" }, formula: "=B5" });
    expect(at(grids[0], "B7")).toEqual({
      value: null,
      formula: "=SUM(B3:B4)",
      formulaWithoutValue: true,
    });
  });

  test("dates become the text Excel shows, never a serial number", () => {
    expect(at(grids[0], "B8")).toMatchObject({ value: "2023/12/31", text: "2023/12/31" });
    expect(at(grids[0], "C8")?.value).toBe("2024年5月16日");
  });

  test("merges, hidden rows; trailing empty rows trimmed", () => {
    expect(grids[0].merges).toEqual(["A1:C1"]);
    expect(grids[0].hiddenRows).toEqual([6]);
    expect(grids[0].rows).toHaveLength(9);
    expect(grids[0].rows[0]).toHaveLength(1); // B1:C1 are merge slaves: empty
  });
});

describe("formatExcelDate", () => {
  const d = new Date(Date.UTC(2024, 4, 6, 9, 5, 7));
  test.each([
    [undefined, "2024/5/6"],
    ["yyyy-mm-dd", "2024-05-06"],
    ['yyyy"年"m"月"d"日"', "2024年5月6日"],
    ["yyyy年m月d日", "2024年5月6日"],
    ["[$-804]yyyy/m/d h:mm:ss", "2024/5/6 9:05:07"],
    ["m/d/yy", "5/6/24"],
    ["mm-dd-yy", "2024/5/6"], // built-in 14: the system short date, zh-CN order
    ['m/d/yy "h":mm', "2024/5/6 9:05"],
    ["General", "2024/5/6"],
  ])("%s → %s", (format, expected) => {
    expect(formatExcelDate(d, format)).toBe(expected);
  });
});

describe("the sample and its variants read back as their specs say", () => {
  test("the sample's published figures, formulas with cached values, merges", async () => {
    const [data, profile] = await fixtureGrids("changning-2023");
    const rows = budgetLineRows(changningSheet);
    const row = (label: string) => data.rows[(rows.get(label) as number) - 1];
    expect(cellText(data.rows[0][0])).toBe("2023年度部门整体支出绩效评价基础数据表");
    expect(data.rows[1].map(cellText)).toEqual([
      "单位名称：常宁市总工会",
      "",
      "",
      "",
      "",
      "单位：元",
    ]);
    expect(data.rows[2].map(cellText)).toEqual([
      "项目",
      "科目编码",
      "2022年决算数",
      "2023年预算数",
      "2023年决算数",
      "变动原因",
    ]);
    const basic = row("（一）基本支出");
    expect(cellText(basic[0])).toBe("  （一）基本支出");
    expect(basic[2]).toMatchObject({ value: 2652132, formula: expect.stringMatching(/^=/) });
    expect(basic[4]?.value).toBe(2757600);
    expect(row("1.人员经费")[2]?.value).toBe(2423400);
    expect(row("1.人员经费")[4]?.value).toBe(2512088);
    expect(row("2.公用经费")[2]?.value).toBe(228732);
    expect(row("2.公用经费")[4]?.value).toBe(245512);
    expect(row("（二）项目支出")[4]?.value).toBe(29000);
    expect(row("机关事业单位基本养老保险缴费")[4]?.value).toBe(240900);
    expect(row("职工基本医疗保险缴费")[4]?.value).toBe(142600);
    expect(row("职业年金缴费")[4]?.value).toBe(0);
    expect(row("其他社会保障缴费")[4]?.value).toBe(37700);
    expect(
      row("年末实有人数")
        .slice(2, 5)
        .map((c) => c?.value)
    ).toEqual([24, undefined, 24]);
    expect(row("工资福利支出")[4]).toMatchObject({ formula: "=SUM(E8:E18)", value: 2459700 });
    expect(data.merges).toContain("A1:F1");
    expect(profile.sheet).toBe("基本情况");
    expect(profile.rows.find((r) => cellText(r[0]) === "报告日期")?.[1]?.value).toBe(
      "2024年5月16日"
    );
  });

  test("two-row merged header in 万元 with cell indent", async () => {
    const [data] = await fixtureGrids("changning-wan-two-row");
    expect(data.rows[2].map(cellText)).toEqual([
      "项目",
      "科目编码",
      "2022年",
      "2023年",
      "",
      "变动原因",
    ]);
    expect(data.rows[3].map(cellText)).toEqual(["", "", "决算数", "决算数", "预算数"]);
    expect(data.merges).toEqual(expect.arrayContaining(["A3:A4", "B3:B4", "F3:F4", "D3:E3"]));
    expect(cellText(data.rows[1][5])).toBe("单位：万元");
    const rows = budgetLineRows(wanTwoRow);
    const basic = data.rows[(rows.get("（一）基本支出") as number) - 1];
    expect(basic[0]).toEqual({ value: "（一）基本支出", indent: 1 });
    expect(basic[2]?.value).toBe(265.21);
    expect(basic[3]?.value).toBe(275.76);
  });

  test("the messy copy: each bad cell where the spec put it", async () => {
    const [data, , hidden] = await fixtureGrids("changning-messy");
    const rows = budgetLineRows(messy);
    const row = (label: string) => data.rows[(rows.get(label) as number) - 1];
    expect(row("印刷费")[4]?.value).toEqual({ error: "#REF!" });
    expect(row("水费")[2]?.value).toBe("3,000.00");
    expect(row("电费")[2]?.value).toBe("１４１００");
    expect(row("邮电费")[4]).toMatchObject({ value: null, formulaWithoutValue: true });
    expect(row("福利费")[4]?.value).toBe("2023/12/31");
    expect(row("因公出国（境）费")[2]?.value).toBe(-1000);
    expect(row("工资福利支出")[4]?.value).toBe(2459600);
    expect(data.hiddenRows).toEqual([(rows.get("其他交通费用") as number) - 1]);
    expect(hidden).toMatchObject({ sheet: "隐藏", hidden: true });
  });
});

describe("formulas as Excel saves them", () => {
  test("shared formulas (filled down) read as their own translated formula", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 2,
      shareType: "shared",
      ref: "B1:B2",
    } as never;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as never;
    const [grid] = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.rows[0][1]).toEqual({ value: 2, formula: "=A1*2" });
    expect(grid.rows[1][1]).toEqual({ value: 4, formula: "=A2*2" });
  });
});
