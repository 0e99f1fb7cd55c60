import {
  documentReference,
  localAddress,
  planSheet,
  rowSlice,
  splitAreas,
  toCellValue,
  toGrid,
  widthToPoints,
} from "../../src/hosts/excel/convert";
import { sanitizeSheetName } from "../../src/hosts/excel/write";
import { isPayloadLimitError } from "../../src/hosts/excel/errors";

describe("Office.js values → core values", () => {
  it("maps blanks, numbers, booleans, text and error values", () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(2757600)).toBe(2757600);
    expect(toCellValue(Number.NaN)).toBeNull();
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue("基本支出")).toBe("基本支出");
    for (const error of [
      "#REF!",
      "#DIV/0!",
      "#N/A",
      "#VALUE!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ]) {
      expect(toCellValue(error)).toEqual({ error });
    }
    // Text that merely starts with # is text.
    expect(toCellValue("#3 项目")).toBe("#3 项目");
  });

  it("reads addresses with and without (quoted) sheet names", () => {
    expect(localAddress("'基础 数据'!$B$2:$D$9")).toBe("B2:D9");
    expect(localAddress("Sheet1!A1")).toBe("A1");
    expect(localAddress("C3:D4")).toBe("C3:D4");
    expect(splitAreas("Sheet1!A1:B2, Sheet1!D4:E5")).toEqual(["A1:B2", "D4:E5"]);
    expect(splitAreas("'a,b'!A1:B2,'a,b'!C3:C4")).toEqual(["A1:B2", "C3:C4"]);
    expect(splitAreas(null)).toEqual([]);
  });

  it("builds a grid from matrices: origin, formulas without cached values, trailing blanks dropped", () => {
    const grid = toGrid({
      name: "表",
      visibility: "VeryHidden",
      address: "表!C5:E7",
      values: [
        ["项目", "", 10],
        ["", "", ""],
        ["", "", ""],
      ],
      formulas: [
        ["项目", "=A1", "=SUM(E1:E4)"],
        ["", "", ""],
        ["", "", ""],
      ],
      numberFormat: [
        ["General", "General", "0.00"],
        ["General", "General", "General"],
        ["General", "General", "General"],
      ],
      hiddenRows: [0, 2],
    });
    expect(grid.origin).toBe("C5");
    expect(grid.rows).toEqual([
      [
        { value: "项目" },
        { value: null, formula: "=A1" },
        { value: 10, formula: "=SUM(E1:E4)", numberFormat: "0.00" },
      ],
    ]);
    expect(grid.hiddenRows).toEqual([0]);
    expect(grid.hidden).toBe(true);
  });
});

describe("SheetSpec → one write batch", () => {
  it("lays out values, text formats, merges, style runs and links", () => {
    const plan = planSheet({
      name: "绩效自评报告",
      columnWidths: [10, 20],
      rows: [
        { cells: [{ value: "标题", style: { bold: true }, mergeAcross: 2 }], height: 30 },
        {
          cells: [
            { value: "=1+1", style: { border: true } },
            { value: 12.5, style: { border: true, numberFormat: "0.00" } },
            { value: null, style: { border: true } },
          ],
        },
        { cells: [{ value: "见单元格", link: { sheet: "基础数据表", address: "E12" } }] },
      ],
    });
    expect(plan.block).toBe("A1:C3");
    expect(plan.values).toEqual([
      ["标题", "", ""],
      ["=1+1", 12.5, ""],
      ["见单元格", "", ""],
    ]);
    expect(plan.numberFormat).toEqual([
      ["@", "General", "General"],
      ["@", "0.00", "General"],
      ["@", "General", "General"],
    ]);
    expect(plan.merges).toEqual(["A1:C1"]);
    expect(plan.styleRuns).toEqual([
      { address: "A1:C1", style: { bold: true } },
      { address: "A2:C2", style: { border: true } },
    ]);
    expect(plan.links).toEqual([
      { address: "A3", ref: { sheet: "基础数据表", address: "E12" }, text: "见单元格" },
    ]);
    expect(plan.rowHeights).toEqual([{ row: 0, points: 30 }]);
    expect(plan.columnWidths).toEqual([
      { column: "A:A", points: widthToPoints(10) },
      { column: "B:B", points: widthToPoints(20) },
    ]);
  });

  it("plans nothing for an empty sheet", () => {
    expect(planSheet({ name: "空", columnWidths: [], rows: [] }).block).toBeUndefined();
  });

  it("converts widths and names the way Excel does", () => {
    // Widths are stored OOXML widths (what ExcelJS writes): Excel's default 9.140625 is 64 px = 48 pt.
    expect(widthToPoints(9.140625)).toBe(48);
    expect(widthToPoints(10)).toBe(52.5);
    expect(documentReference({ sheet: "It's", address: "A1" })).toBe("'It''s'!A1");
    expect(sanitizeSheetName("a/b:c*d?[e]")).toBe("a_b_c_d__e_");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("''")).toBe("Sheet");
  });

  it("slices used ranges into row chunks and recognises payload errors", () => {
    expect(rowSlice("S!B3:F1002", 0, 500)).toBe("B3:F502");
    expect(rowSlice("S!B3:F1002", 500, 1000)).toBe("B503:F1002");
    expect(rowSlice("S!B3:F1002", 900, 1400)).toBe("B903:F1002");
    expect(isPayloadLimitError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadLimitError({ code: "ItemNotFound", message: "nope" })).toBe(false);
  });
});
