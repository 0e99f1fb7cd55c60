/**
 * The standard-table reader and its checks never throw on any grid under a table title: any mix of codes,
 * totals, 栏次 rows, numbers, text, errors and formulas gives a Book or one UnusableInputError.
 */
import fc from "fast-check";
import { isUnusableInputError } from "../../../src/core/errors";
import type { Cell, Grid } from "../../../src/core/grid";
import { analyze } from "../../../src/core/pipeline";

const TITLES = [
  "收入支出决算总表",
  "支出决算表",
  "收入决算表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算表",
  "财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "财政拨款收入支出决算总表",
];

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -1e9, max: 1e9 }).map((value) => ({ value })),
  fc.double({ noNaN: true }).map((value) => ({ value })),
  fc
    .constantFrom(
      "合计",
      "总计",
      "栏次",
      "行次",
      "科目编码",
      "科目名称",
      "类",
      "款",
      "项",
      "基本支出",
      "项目支出",
      "本年支出合计",
      "年初结转和结余",
      "年末结转和结余",
      "预算数",
      "决算数",
      "人员经费合计",
      "公用经费合计",
      "201",
      "20129",
      "2012901",
      "29",
      "01",
      "1,234.00",
      "单位：万元",
      "注：故本表无数据。",
      "公务用车购置及运行费",
      "小计",
      ""
    )
    .map((value) => ({ value })),
  fc.constant({ value: { error: "#REF!" } }),
  fc
    .constantFrom("SUM(C5:C9)", "C5+C6", "LOG10(C4)", "Sheet2!C5", "SUM(A1:XFD1048576)")
    .map((formula) => ({ value: 1, formula }))
);

test("analyze never throws on table-like grids", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...TITLES),
      fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }),
      (title, rows) => {
        const grid: Grid = { sheet: title, rows: [[{ value: `2023年度${title}` }], ...rows] };
        try {
          const analysis = analyze([grid]);
          expect(Array.isArray(analysis.findings)).toBe(true);
        } catch (error) {
          if (!isUnusableInputError(error)) throw error;
        }
      }
    ),
    { numRuns: 300 }
  );
});
