import { checkSumChildren } from "../../../src/core/checks/sumChildren";
import { checkIdBasic } from "../../../src/core/checks/idBasic";
import {
  classifyDifference,
  roundingTolerance,
  WAN_ROUNDING_PER_CELL,
} from "../../../src/core/checks/tolerance";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { buildBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

/** 基本支出 with two children, in 万元 (as the published tables are). */
const wanBook = (basic: number) =>
  buildBook({
    unit: "万元",
    rows: [
      { label: "基本支出", key: "basic", current: basic },
      { label: "人员经费", key: "personnel", depth: 1, current: 251.21 },
      { label: "公用经费", key: "publicOperating", depth: 1, current: 24.55 },
    ],
  });

describe("the 万元 rounding tolerance (docs/domain.md §4)", () => {
  it("is 0.005 万元 per summed cell on 万元 data and exact on 元 data", () => {
    expect(WAN_ROUNDING_PER_CELL).toBe(5_000);
    expect(roundingTolerance("万元", 2)).toBe(10_000);
    expect(roundingTolerance("元", 2)).toBe(0);
    expect(classifyDifference(1, "元", 10)).toBe("error");
    expect(classifyDifference(0, "元", 10)).toBe("equal");
    expect(classifyDifference(-10_000, "万元", 2)).toBe("rounding");
    expect(classifyDifference(10_001, "万元", 2)).toBe("error");
  });

  it("makes 0.01 万元 off over two cells a 提示 尾差, not an error", () => {
    // 251.21 + 24.55 = 275.76; the table says 275.77.
    const findings = checkSumChildren(wanBook(275.77), options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "info",
      ref: { address: "E4" },
      expected: 275_760_000,
      actual: 275_770_000,
      difference: 10_000,
    });
    expect(findings[0].message).toContain("尾差");
    expect(findings[0].message).toContain("275.76万元");
    expect(checkIdBasic(wanBook(275.75), options)[0]).toMatchObject({
      rule: "ID-BASIC",
      severity: "info",
      difference: -10_000,
    });
  });

  it("makes 0.05 万元 off over two cells an error", () => {
    const findings = checkSumChildren(wanBook(275.81), options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      expected: 275_760_000,
      actual: 275_810_000,
      difference: 50_000,
    });
  });

  it("is exact on 元 data: 0.01 元 off is an error", () => {
    const book = buildBook({
      rows: [
        { label: "基本支出", key: "basic", current: 2757600.01 },
        { label: "人员经费", key: "personnel", depth: 1, current: 2512088 },
        { label: "公用经费", key: "publicOperating", depth: 1, current: 245512 },
      ],
    });
    expect(checkSumChildren(book, options)).toMatchObject([
      { severity: "error", difference: 1, expected: 275_760_000, actual: 275_760_001 },
    ]);
  });
});
