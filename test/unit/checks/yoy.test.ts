import { checkExecRate } from "../../../src/core/checks/execRate";
import { checkYoyExplain, needsExplanation } from "../../../src/core/checks/yoyExplain";
import { checkYoyMissing } from "../../../src/core/checks/yoyMissing";
import { DEFAULT_OPTIONS, withDefaults } from "../../../src/core/options";
import { buildBook, seedBook } from "../../helpers/book";

const options = DEFAULT_OPTIONS;

describe("YOY-MISSING", () => {
  it("warns at the blank 上年 cell of an item that has a 本年 amount", () => {
    const book = seedBook({ project: { prior: null }, "row:工会日常工作经费": { prior: null } });
    const findings = checkYoyMissing(book, options);
    expect(findings.map((f) => [f.lineKey, f.ref.address, f.severity])).toEqual([
      ["project", "C29", "warning"],
      ["row:工会日常工作经费", "C30", "warning"],
    ]);
    expect(findings[0].message).toContain("上年决算数（C29）为空");
  });

  it("gives one file-level 提示 when there is no 上年 column", () => {
    const book = seedBook({}, { columns: ["label", "code", "budget", "current", "reason"] });
    const findings = checkYoyMissing(book, options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", ref: { address: "A1" } });
  });

  it("is silent on the clean seed, on zero 本年 and on a dash 上年 (a known zero)", () => {
    expect(checkYoyMissing(seedBook(), options)).toEqual([]);
    const book = seedBook({ project: { prior: "—" }, annuity: { prior: null } });
    expect(checkYoyMissing(book, options)).toEqual([]);
  });
});

describe("YOY-EXPLAIN", () => {
  it("warns about a ≥10% and ≥1万元 change with no reason", () => {
    // 30101 基本工资 680 000 → 760 000: +80 000 元, +11.76%.
    const book = seedBook({ "code:30101": { current: 760000 } });
    const findings = checkYoyExplain(book, options);
    expect(findings).toMatchObject([
      {
        rule: "YOY-EXPLAIN",
        severity: "warning",
        ref: { address: "E8" },
        expected: 68_000_000,
        actual: 76_000_000,
        difference: 8_000_000,
        lineKey: "code:30101",
      },
    ]);
    expect(findings[0].message).toContain("+11.76%");
    expect(findings[0].message).toContain("变动原因列（F8）");
  });

  it("is silent once a reason is given, in the sheet or in the task pane", () => {
    const changed = { current: 760000 };
    expect(
      checkYoyExplain(seedBook({ "code:30101": { ...changed, reason: "调资" } }), options)
    ).toEqual([]);
    const typed = withDefaults({ reasons: { "code:30101": "调整工资标准" } });
    expect(checkYoyExplain(seedBook({ "code:30101": changed }), typed)).toEqual([]);
  });

  it("needs both the percent and the floor", () => {
    // 项目支出 25 000 → 29 000: +16% but only 4 000 元.
    expect(needsExplanation(2_900_000, 2_500_000, options)).toBeUndefined();
    // 基本工资 +20 000 元 but +2.9%.
    expect(needsExplanation(70_000_000, 68_000_000, options)).toBeUndefined();
    expect(needsExplanation(70_000_000, 68_000_000, withDefaults({ explainPercent: 200 }))).toBe(
      "change"
    );
    expect(checkYoyExplain(seedBook(), options)).toEqual([]);
  });

  it("asks for a reason for new and stopped items at or above the floor", () => {
    const book = buildBook({
      rows: [
        { label: "新项目", current: 50000, prior: 0 },
        { label: "停止项目", current: 0, prior: 20000 },
        { label: "小额新项目", current: 500, prior: 0 },
      ],
    });
    const findings = checkYoyExplain(book, options);
    expect(findings.map((f) => [f.ref.address, f.expected, f.actual])).toEqual([
      ["E4", 0, 5_000_000],
      ["E5", 2_000_000, 0],
    ]);
    expect(findings[0].message).toContain("本年新增");
    expect(findings[1].message).toContain("本年无支出");
  });
});

describe("EXEC-RATE", () => {
  it("warns when 决算 ÷ 预算 falls outside 90%–110% with no reason", () => {
    // 办公费 budget 80 000, actual 60 000: 75.00%.
    const book = seedBook({ "code:30201": { budget: 80000 } });
    const findings = checkExecRate(book, options);
    expect(findings).toMatchObject([
      {
        rule: "EXEC-RATE",
        severity: "warning",
        ref: { address: "E21" },
        expected: 8_000_000,
        actual: 6_000_000,
        difference: -2_000_000,
      },
    ]);
    expect(findings[0].message).toContain("75.00%");
    expect(findings[0].message).toContain("90.00%～110.00%");
  });

  it("follows the configured range and is silent with a reason", () => {
    const book = seedBook({ "code:30201": { budget: 80000 } });
    expect(checkExecRate(book, withDefaults({ executionLow: 7000 }))).toEqual([]);
    const explained = seedBook({ "code:30201": { budget: 80000, reason: "压减办公开支" } });
    expect(checkExecRate(explained, options)).toEqual([]);
  });

  it("is silent on the clean seed and when the budget is zero or absent", () => {
    expect(checkExecRate(seedBook(), options)).toEqual([]);
    expect(checkExecRate(seedBook({ "code:30201": { budget: 0 } }), options)).toEqual([]);
    const book = seedBook({}, { columns: ["label", "code", "prior", "current"] });
    expect(checkExecRate(book, options)).toEqual([]);
  });
});
