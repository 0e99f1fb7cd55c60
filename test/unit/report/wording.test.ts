import {
  changeClause,
  cleanReason,
  fill,
  formatReportDate,
  Item,
  movementCase,
  noneSentence,
  reasonTail,
} from "../../../src/core/report/wording";
import { runsText } from "../../../src/core/report/numbering";

const ref = (address: string) => ({ sheet: "基础数据表", address });

function clause(label: string, current?: number, prior?: number, reason?: string): string {
  const item: Item = {};
  if (current !== undefined) item.current = { value: current, ref: ref("E5") };
  if (prior !== undefined) item.prior = { value: prior, ref: ref("C5") };
  return runsText([
    ...changeClause(label, item),
    ...reasonTail(reason ? { text: reason } : undefined),
  ]);
}

describe("change clauses (docs/domain.md §2)", () => {
  test.each([
    [
      "increase",
      275760000,
      265213200,
      undefined,
      "基本支出完成275.76万元，比上年增加10.55万元，增长3.98%",
    ],
    [
      "decrease",
      24551200,
      26231200,
      undefined,
      "基本支出完成24.55万元，比上年减少1.68万元，下降6.40%",
    ],
    ["flat", 24551200, 24551200, undefined, "基本支出完成24.55万元，与上年持平"],
    ["new", 2900000, 0, undefined, "基本支出完成2.90万元，上年无此项支出"],
    ["stopped", 0, 2900000, undefined, "本年无基本支出，上年为2.90万元"],
    ["current-only", 2900000, undefined, undefined, "基本支出完成2.90万元"],
    [
      "reason",
      275760000,
      265213200,
      "人员增加。",
      "基本支出完成275.76万元，比上年增加10.55万元，增长3.98%，主要原因是人员增加",
    ],
    [
      "reason already phrased",
      2900000,
      0,
      "主要原因是新增项目；",
      "基本支出完成2.90万元，上年无此项支出，主要原因是新增项目",
    ],
  ])("%s", (_name, current, prior, reason, expected) => {
    expect(clause("基本支出", current, prior, reason)).toBe(expected);
  });

  test("none in both years is a sentence of its own", () => {
    expect(runsText(noneSentence("2023", "政府性基金预算支出"))).toBe(
      "本单位2023年度无政府性基金预算支出。"
    );
  });

  test("the case of each pair of values", () => {
    expect(movementCase(0, 0)).toBe("none");
    expect(movementCase(undefined, undefined)).toBe("none");
    expect(movementCase(undefined, 5)).toBe("stopped");
    expect(movementCase(5, undefined)).toBe("current-only");
    expect(movementCase(5, 0)).toBe("new");
    expect(movementCase(5, 5)).toBe("flat");
    expect(movementCase(6, 5)).toBe("increase");
    expect(movementCase(4, 5)).toBe("decrease");
  });

  test("figures keep their cells: amount from 本年, delta and percent too", () => {
    const runs = changeClause("公用经费", {
      current: { value: 24551200, ref: ref("E9") },
      prior: { value: 22873200, ref: ref("C9") },
    });
    const figures = runs.filter((r) => r.ref);
    expect(figures.map((r) => [r.text, r.ref?.address])).toEqual([
      ["24.55", "E9"],
      ["1.68", "E9"],
      ["7.34", "E9"],
    ]);
    expect(runs.filter((r) => /\d/.test(r.text) && !r.ref)).toEqual([]);
  });
});

describe("formatting", () => {
  test.each([
    [2900000, "2.90"],
    [0, "0.00"],
    [5000, "0.01"], // 0.005 万元 rounds half up
    [4999, "0.00"],
    [123456789012, "123456.79"],
  ])("%d fen → %s万元", (fen, text) => {
    expect(clause("X", fen, undefined)).toBe(`X完成${text}万元`);
  });

  test("percent rounds half up from exact values, two decimals always", () => {
    // 1/8 = 12.5% exactly → 12.50; 1.00125 → 0.13%
    expect(clause("X", 900, 800)).toBe("X完成0.00万元，比上年增加0.00万元，增长12.50%");
    expect(clause("X", 80100000, 80000000)).toBe("X完成80.10万元，比上年增加0.10万元，增长0.13%");
    expect(clause("X", 100000000, 80000000)).toBe(
      "X完成100.00万元，比上年增加20.00万元，增长25.00%"
    );
    expect(clause("X", 0 + 1, 3)).toMatch(/下降66\.67%$/);
  });

  test("reasons: trailing 。 and stray punctuation stripped", () => {
    expect(cleanReason(" 人员调资。 ")).toBe("人员调资");
    expect(cleanReason("原因：增加人员；")).toBe("增加人员");
    expect(reasonTail({ text: "。" })).toEqual([]);
  });

  test("report dates: Arabic numerals without leading zeros", () => {
    expect(formatReportDate("2024年05月16日")).toBe("2024年5月16日");
    expect(formatReportDate("2024-05-06")).toBe("2024年5月6日");
    expect(formatReportDate("２０２４/５/１６")).toBe("2024年5月16日");
    expect(formatReportDate("五月中旬")).toBe("五月中旬");
  });

  test("fill refuses a pattern with an unfilled slot", () => {
    expect(() => fill("{a}和{b}", { a: "甲" })).toThrow(/\{b\}/);
    expect(runsText(fill("{a}和{b}", { a: "甲", b: { text: "乙", ref: ref("A1") } }))).toBe(
      "甲和乙"
    );
  });
});
