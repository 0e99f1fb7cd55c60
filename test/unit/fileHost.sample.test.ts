/**
 * The sample workbook (examples/常宁市总工会-2023.xlsx) and the blank template: the published figures to
 * the 元, every total equal to its parts in integer 分, the committed file equal to its spec, and both
 * recognised by the core with the keys and percentages the report needs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core/pipeline";
import { cellText } from "../../src/core/grid";
import { blankTemplate, PROFILE_LABELS, templateSheets } from "../../src/core/template";
import { computeFigures, budgetSheet, type BudgetLine } from "../fixtures/workbook";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { workbookFromSpecs } from "../../src/hosts/file/writeWorkbook";
import { changningLines, changningSheet } from "../fixtures/specs/changning-2023";
import { fixtureGrids } from "../helpers/fixtures";

const samplePath = join(__dirname, "../../examples/常宁市总工会-2023.xlsx");

function find(lines: readonly BudgetLine[], label: string): BudgetLine {
  for (const line of lines) {
    if (line.label === label) return line;
    const inner = line.children && findOrUndefined(line.children, label);
    if (inner) return inner;
  }
  throw new Error(label);
}
function findOrUndefined(lines: readonly BudgetLine[], label: string): BudgetLine | undefined {
  try {
    return find(lines, label);
  } catch {
    return undefined;
  }
}

describe("the sample's arithmetic (integer 分)", () => {
  const figures = computeFigures(changningLines);
  const fen = (label: string, column: "prior" | "current" | "budget") =>
    figures.get(find(changningLines, label))?.[column];

  test("published figures, exactly", () => {
    expect(fen("（一）基本支出", "prior")).toBe(265_213_200);
    expect(fen("（一）基本支出", "current")).toBe(275_760_000);
    expect(fen("1.人员经费", "prior")).toBe(242_340_000);
    expect(fen("1.人员经费", "current")).toBe(251_208_800);
    expect(fen("2.公用经费", "prior")).toBe(22_873_200);
    expect(fen("2.公用经费", "current")).toBe(24_551_200);
    expect(fen("（二）项目支出", "current")).toBe(2_900_000);
    expect(fen("机关事业单位基本养老保险缴费", "current")).toBe(24_090_000);
    expect(fen("职工基本医疗保险缴费", "current")).toBe(14_260_000);
    expect(fen("职业年金缴费", "current")).toBe(0);
    expect(fen("其他社会保障缴费", "current")).toBe(3_770_000);
    expect(fen("二、政府性基金预算支出", "current")).toBe(0);
    expect(fen("三、国有资本经营预算支出", "prior")).toBe(0);
  });

  test("人员经费 = 301 + 303, 公用经费 = 302 + 310, 基本 = 人员 + 公用, both years and the budget", () => {
    for (const column of ["prior", "current", "budget"] as const) {
      const v = (label: string) => fen(label, column) as number;
      expect(v("1.人员经费")).toBe(v("工资福利支出") + v("对个人和家庭的补助"));
      expect(v("2.公用经费")).toBe(v("商品和服务支出") + v("资本性支出"));
      expect(v("（一）基本支出")).toBe(v("1.人员经费") + v("2.公用经费"));
      expect(v("一、一般公共预算支出")).toBe(v("（一）基本支出") + v("（二）项目支出"));
      expect(v("四、“三公”经费")).toBe(
        v("因公出国（境）费") + v("公务用车购置及运行维护费") + v("公务接待费")
      );
      expect(v("公务用车购置及运行维护费")).toBe(
        v("其中：公务用车购置费") + v("公务用车运行维护费")
      );
      // 三公 figures agree with their economic codes.
      expect(v("公务用车运行维护费")).toBe(fen("公务用车运行维护费", column));
    }
  });

  test("the generator throws when a stated total disagrees with its parts", () => {
    const wrong: BudgetLine[] = [
      {
        label: "合计",
        current: 100.01,
        children: [
          { label: "a", current: 50 },
          { label: "b", current: 50 },
        ],
      },
    ];
    expect(() => computeFigures(wrong)).toThrow(
      /合计: current is 10001 分 but its children sum to 10000 分/
    );
    expect(() => budgetSheet({ ...changningSheet, lines: wrong })).toThrow();
    const ofWhich: BudgetLine[] = [
      { label: "车", current: 10, ofWhich: true, children: [{ label: "其中：购置", current: 11 }] },
    ];
    expect(() => computeFigures(ofWhich)).toThrow(/其中/);
  });

  test("every 本年 within 90–110% of budget, or a reason is given", () => {
    const walk = (lines: readonly BudgetLine[]): void => {
      for (const line of lines) {
        const f = figures.get(line) ?? {};
        if (!line.count && f.budget && f.current !== undefined) {
          const rate = (f.current * 10000) / f.budget;
          if (rate < 9000 || rate > 11000)
            expect({ label: line.label, reason: line.reason }).toEqual({
              label: line.label,
              reason: expect.any(String),
            });
        }
        if (line.children) walk(line.children);
      }
    };
    walk(changningLines);
  });
});

describe("the committed sample", () => {
  test("has exactly the cells its spec generates (run npm run fixtures after editing the spec)", async () => {
    const committed = await readWorkbook(readFileSync(samplePath));
    const fresh = await fixtureGrids("changning-2023");
    expect(committed).toEqual(fresh);
  });

  test("is recognised with no 错误 and the published percentages", async () => {
    const grids = await readWorkbook(readFileSync(samplePath));
    const analysis = analyze(grids);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.book.year).toBe(2023);
    const change = (key: string) => analysis.changes.find((c) => c.key === key);
    expect(change("basic")).toMatchObject({ percent: 398, delta: 10_546_800 });
    expect(change("personnel")?.percent).toBe(366);
    expect(change("publicOperating")?.percent).toBe(734);
    expect(change("project")?.current).toBe(2_900_000);
    expect(change("pension")?.current).toBe(24_090_000);
    expect(change("staffActual")).toMatchObject({ direction: "flat" });
    expect(analysis.book.reportDate).toBe("2024年5月16日");
    expect(analysis.book.texts.organization?.value).toContain("示例");
  });

  test("says in the workbook which figures are invented", async () => {
    const [data] = await readWorkbook(readFileSync(samplePath));
    const notes = data.rows.map((r) => cellText(r[0])).filter((t) => t.startsWith("注："));
    expect(notes.join("")).toContain("虚构");
  });
});

describe("the blank template", () => {
  test("has the docs/domain.md §3.1 header words, codes and outline, and a 基本情况 sheet", () => {
    const [data, profile] = blankTemplate();
    expect(data.name).toBe("基础数据表");
    expect(data.rows[0].cells[0].value).toBe("XXXX年度部门整体支出绩效评价基础数据表");
    expect(data.rows[1].cells[5].value).toBe("单位：元");
    expect(data.rows[2].cells.map((c) => c.value)).toEqual([
      "项目",
      "科目编码",
      "上年决算数",
      "本年预算数",
      "本年决算数",
      "变动原因",
    ]);
    const labels = data.rows.slice(3).map((r) => String(r.cells[0].value).trim());
    for (const label of [
      "一、一般公共预算支出",
      "（一）基本支出",
      "1.人员经费",
      "2.公用经费",
      "（二）项目支出",
      "四、“三公”经费",
      "编制数",
      "年末实有人数",
    ]) {
      expect(labels).toContain(label);
    }
    const codeOf = (label: string) =>
      data.rows.find((r) => String(r.cells[0].value).trim() === label)?.cells[1].value;
    expect(codeOf("机关事业单位基本养老保险缴费")).toBe("30108");
    expect(codeOf("资本性支出")).toBe("310");
    expect(profile.rows.slice(1).map((r) => r.cells[0].value)).toEqual([...PROFILE_LABELS]);
    expect(templateSheets({ year: 2024 })[0].rows[2].cells[2].value).toBe("2023年决算数");
  });

  test("filled in, it is recognised by the core", async () => {
    const specs = templateSheets({ year: 2023, unitName: "测试单位" });
    // Type a few figures into the template as an accountant would.
    const data = specs[0];
    const fill = (label: string, prior: number, current: number) => {
      const row = data.rows.find((r) => String(r.cells[0].value).trim() === label)!;
      row.cells[2] = { value: prior };
      row.cells[4] = { value: current };
    };
    fill("基本工资", 100, 110);
    fill("工资福利支出", 100, 110);
    fill("1.人员经费", 100, 110);
    fill("（一）基本支出", 100, 110);
    fill("一、一般公共预算支出", 100, 110);
    fill("年末实有人数", 5, 6);
    const grids = await readWorkbook(await workbookFromSpecs(specs));
    const analysis = analyze(grids);
    expect(analysis.book.source.sheet).toBe("基础数据表");
    expect(analysis.book.year).toBe(2023);
    expect(analysis.changes.find((c) => c.key === "basic")).toMatchObject({
      current: 11000,
      prior: 10000,
    });
    expect(analysis.changes.find((c) => c.key === "staffActual")).toMatchObject({
      current: 6,
      prior: 5,
    });
  });

  test("the blank template itself reads back without error", async () => {
    const grids = await readWorkbook(await workbookFromSpecs(templateSheets()));
    expect(grids.map((g) => g.sheet)).toEqual(["基础数据表", "基本情况"]);
    expect(cellText(grids[0].rows[2][3])).toBe("本年预算数");
    // Code cells are formatted as text, so codes typed later stay text.
    expect(grids[0].rows[7][1]).toEqual({ value: "30101", numberFormat: "@" });
  });
});

describe("the layout variants carry the sample's figures", () => {
  const keyed = (changes: ReturnType<typeof analyze>["changes"]) =>
    Object.fromEntries(
      changes
        .filter((c) => !c.key.startsWith("row:") && !c.key.startsWith("code:"))
        .map((c) => [c.key, [c.prior, c.current]])
    );

  test("other header words, no code column, extra title rows: the same changes as the sample", async () => {
    const sample = analyze(await fixtureGrids("changning-2023"));
    const plain = analyze(await fixtureGrids("changning-plain-headers"));
    expect(keyed(plain.changes)).toEqual(keyed(sample.changes));
    expect(plain.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("万元 with a two-row header: 公用经费 rounds to 7.35% as the issue expects", async () => {
    const wan = analyze(await fixtureGrids("changning-wan-two-row"));
    expect(wan.book.currencyUnit).toBe("万元");
    expect(wan.changes.find((c) => c.key === "basic")?.percent).toBe(398);
    expect(wan.changes.find((c) => c.key === "publicOperating")?.percent).toBe(735);
  });

  test("the empty and no-table fixtures are refused by the core", async () => {
    expect(() => analyze([])).toThrow();
    for (const name of ["empty-workbook", "no-table"]) {
      const grids = await fixtureGrids(name);
      expect(() => analyze(grids)).toThrow(expect.objectContaining({ name: "UnusableInputError" }));
    }
  });
});

test("generation is reproducible byte for byte (regenerating the sample changes nothing)", async () => {
  const { changningWorkbook } = await import("../fixtures/specs/changning-2023");
  const { buildWorkbook } = await import("../fixtures/workbook");
  const [a, b] = [
    await buildWorkbook(changningWorkbook()),
    await buildWorkbook(changningWorkbook()),
  ];
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  expect(Buffer.from(a).equals(readFileSync(samplePath))).toBe(true);
});
