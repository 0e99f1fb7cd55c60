/**
 * This year's export + last year's export (two files) give the same changes as the 基础数据表 sample:
 * 基本支出 3.98%, 人员经费 3.66%, 公用经费 7.34% (docs/domain.md §6). Last year's rows are matched by stable key,
 * code, then label; rows that match nothing and a prior workbook of the wrong year are findings.
 */
import type { Change } from "../../../src/core/change";
import { refAt } from "../../../src/core/grid";
import { runChecks } from "../../../src/core/checks";
import { mergePrior } from "../../../src/core/prior";
import { DEFAULT_OPTIONS } from "../../../src/core/options";
import { analyze } from "../../../src/core/pipeline";
import { recognizeBook } from "../../../src/core/recognize";
import { changningWorkbook } from "../../fixtures/specs/changning-2023";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";
import { gridsOf, sheetNamed } from "./helpers";

const byKey = (changes: Change[]) => new Map(changes.map((c) => [c.key, c]));

describe("finance-software export 2023 + last year's export 2022", () => {
  let analysis: ReturnType<typeof analyze>;
  let sample: ReturnType<typeof analyze>;
  beforeAll(async () => {
    const current = await gridsOf(changningStandardSheets({ year: 2023, layout: "software" }));
    const prior = await gridsOf(changningStandardSheets({ year: 2022, layout: "software" }));
    analysis = analyze(current, {}, prior);
    sample = analyze(await gridsOf(changningWorkbook()));
  });

  it("gives the published changes", () => {
    const changes = byKey(analysis.changes);
    expect(changes.get("basic")).toMatchObject({
      current: 275_760_000,
      prior: 265_213_200,
      delta: 10_546_800,
      percent: 398,
      direction: "increase",
    });
    expect(changes.get("personnel")).toMatchObject({ delta: 8_868_800, percent: 366 });
    expect(changes.get("publicOperating")).toMatchObject({ delta: 1_678_000, percent: 734 });
  });

  it("gives the same changes as the 基础数据表 sample for every item both have", () => {
    const ours = byKey(analysis.changes);
    const theirs = byKey(sample.changes);
    const keys = [
      "basic",
      "personnel",
      "publicOperating",
      "project",
      "pension",
      "annuity",
      "medical",
      "otherSocial",
      "abroad",
      "vehicle",
      "vehiclePurchase",
      "vehicleOperation",
      "reception",
      "code:301",
      "code:30101",
      "code:302",
      "code:31002",
    ];
    for (const key of keys) {
      const a = ours.get(key);
      const b = theirs.get(key);
      expect([key, a?.current, a?.prior, a?.delta, a?.percent, a?.direction]).toEqual([
        key,
        b?.current,
        b?.prior,
        b?.delta,
        b?.percent,
        b?.direction,
      ]);
    }
    // The prior figures keep their cells in last year's workbook.
    const prior = ours.get("basic")?.priorAt;
    expect(prior && refAt(prior)).toEqual({
      sheet: "Z05 一般公共预算财政拨款支出决算表(财决05表)",
      address: "E9",
    });
  });

  it("says where the prior came from and finds no unmatched rows or year problem", () => {
    expect(analysis.book.priorSource).toMatchObject({ sourceKind: "standard-tables", year: 2022 });
    expect(analysis.findings.filter((f) => f.rule === "PRIOR-YEAR")).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === "YOY-MISSING")).toEqual([]);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("an unusable prior workbook", () => {
  it("says it is last year's workbook", async () => {
    const current = await gridsOf(changningStandardSheets({ year: 2023, layout: "public" }));
    const prior = await gridsOf([
      {
        name: "通讯录",
        rows: [
          ["姓名", "电话"],
          ["张三", "123"],
        ],
      },
    ]);
    expect(() => analyze(current, {}, prior)).toThrow(/^上年工作簿：.* \/ Last year's workbook: /);
  });
});

describe("mergePrior", () => {
  it("lists a prior row that matches nothing, and warns about a prior of the wrong year", async () => {
    const current = recognizeBook(
      await gridsOf(changningStandardSheets({ year: 2023, layout: "public" })),
      DEFAULT_OPTIONS
    );
    const priorSheets = changningStandardSheets({ year: 2021, layout: "public" } as never);
    // Last year had a 租赁费 (30214) row that this year does not.
    const detail = sheetNamed(priorSheets, "一般公共预算财政拨款基本支出决算表");
    const rows = detail.rows as unknown[][];
    // The first row where the left (人员经费) block has ended and the right one goes on.
    const spare = rows.findIndex(
      (r) => Array.isArray(r) && r[0] === null && /^30\d{3}$/.test(String(r[3]))
    );
    expect(spare).toBeGreaterThan(0);
    rows[spare][0] = "30214";
    rows[spare][1] = "租赁费";
    rows[spare][2] = { value: 1200, numberFormat: "#,##0.00" };
    const prior = recognizeBook(await gridsOf(priorSheets), DEFAULT_OPTIONS);
    const { book, matches } = mergePrior(current, prior);
    const findings = runChecks(book, DEFAULT_OPTIONS).filter(
      (f) =>
        f.rule === "PRIOR-YEAR" || (f.rule === "YOY-MISSING" && f.ref.sheet !== book.source.sheet)
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["PRIOR-YEAR", "warning"],
      ["YOY-MISSING", "warning"],
    ]);
    expect(findings[0].message).toContain("2021");
    expect(findings[1]).toMatchObject({ lineKey: "code:30214", actual: 120_000 });
    expect(findings[1].ref.address).toBe(`C${spare + 1}`);
    expect(findings[1].message).toContain("租赁费");
    expect(matches.find((m) => m.key === "basic")).toEqual({
      key: "basic",
      priorKey: "basic",
      by: "key",
    });
    // The current book is not changed; the merged one has the prior figures.
    expect(current.lines.every((l) => l.prior === undefined)).toBe(true);
    expect(book.lines.find((l) => l.key === "basic")?.prior?.value).toBe(265_213_200);
  });

  it("a row new this year is named against last year's workbook, not sent to a 上年 cell it does not have", async () => {
    const sheets = changningStandardSheets({ year: 2023, layout: "public" });
    const detail = sheetNamed(sheets, "一般公共预算财政拨款基本支出决算表");
    const rows = detail.rows as unknown[][];
    const spare = rows.findIndex(
      (r) => Array.isArray(r) && r[0] === null && /^30\d{3}$/.test(String(r[3]))
    );
    rows[spare][0] = "30214";
    rows[spare][1] = "租赁费";
    rows[spare][2] = { value: 1200, numberFormat: "#,##0.00" };
    const prior = await gridsOf(changningStandardSheets({ year: 2022, layout: "public" }));
    const { findings } = analyze(await gridsOf(sheets), {}, prior);
    const missing = findings.filter((f) => f.rule === "YOY-MISSING");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ lineKey: "code:30214", severity: "warning" });
    expect(missing[0].ref.address).toBe(`C${spare + 1}`);
    expect(missing[0].message).toContain("租赁费");
    expect(missing[0].message).toContain("上年工作簿");
    expect(missing[0].message).not.toContain("请填写上年数");
  });

  it("matches by code, then by label, when keys differ", () => {
    const line = (
      key: string,
      label: string,
      code: string | undefined,
      value: number,
      sheet: string
    ) => ({
      index: 0,
      key,
      label,
      rawLabel: label,
      labelAt: { sheet, row: 0, column: 0 },
      ...(code ? { code } : {}),
      depth: 0,
      children: [],
      ofWhich: false,
      kind: "money" as const,
      row: 0,
      current: { sheet, row: 0, column: 1, origin: "number" as const, value },
    });
    const book = (lines: ReturnType<typeof line>[], year: number, sheet: string) => ({
      unit: "u",
      year,
      currencyUnit: "元" as const,
      source: {
        kind: "basic-data-sheet" as const,
        sheet,
        headerRows: [0, 0] as [number, number],
        columns: {},
        columnHeaders: {},
        range: "A1:B2",
        unitAssumed: false,
        sheets: [],
      },
      lines: lines.map((l, index) => ({ ...l, index })),
      texts: {},
    });
    const current = book(
      [
        line("row:工会日常工作经费", "工会日常工作经费", undefined, 2900000, "本年"),
        line("code:30201", "办公费", "30201", 100, "本年"),
      ],
      2023,
      "本年"
    );
    const prior = book(
      [
        line("row:办公费用", "办公费用", "30201", 90, "上年"),
        line("row:（一）工会日常工作经费", " 工会日常工作经费 ", undefined, 3500000, "上年"),
      ],
      2022,
      "上年"
    );
    const { book: merged, matches } = mergePrior(current, prior);
    expect(merged.priorSource?.unmatched).toEqual([]);
    expect(matches.map((m) => [m.key, m.by])).toEqual([
      ["code:30201", "code"],
      ["row:工会日常工作经费", "label"],
    ]);
    expect(merged.lines.map((l) => l.prior?.value)).toEqual([3500000, 90]);
  });
});
