import {
  Book,
  STABLE_KEYS,
  labelPosition,
  lineByKey,
  reasonPosition,
} from "../../../src/core/book";
import { CellPosition, cellText, gridFromValues, refAt } from "../../../src/core/grid";
import { compareBook } from "../../../src/core/compare";
import { withDefaults } from "../../../src/core/options";
import { recognizeBook } from "../../../src/core/recognize";
import { LayoutOptions, SEED_ROWS, seedGrid } from "./layouts";

const options = withDefaults();

/** The parts of a Book that must not depend on layout: key, parent key, of-which, figures, reason. */
function shape(book: Book) {
  return book.lines.map((line) => ({
    key: line.key,
    parent: line.parent === undefined ? null : book.lines[line.parent].key,
    ofWhich: line.ofWhich,
    kind: line.kind,
    current: line.current?.value ?? null,
    prior: line.prior?.value ?? null,
    budget: line.budget?.value ?? null,
    reason: line.reason ?? null,
  }));
}

describe("recognizeBook on the seed table", () => {
  const book = recognizeBook([seedGrid()], options);

  test("reads unit, year, currency and columns", () => {
    expect(book.unit).toBe("常宁市总工会");
    expect(book.year).toBe(2023);
    expect(book.currencyUnit).toBe("元");
    expect(book.source.unitAssumed).toBe(false);
    expect(book.source.columnHeaders.current).toBe("2023年决算数");
    expect(book.source.columnHeaders.prior).toBe("2022年决算数");
    expect(book.lines).toHaveLength(SEED_ROWS.length);
  });

  test("maps the stable keys", () => {
    const keys = book.lines.map((l) => l.key);
    for (const key of STABLE_KEYS) {
      expect(keys).toContain(key);
    }
    expect(keys).toContain("code:301");
    expect(keys).toContain("row:工会日常工作经费");
  });

  test("builds the hierarchy from markers, codes and 其中", () => {
    const parentOf = (key: string) => {
      const line = book.lines.find((l) => l.key === key)!;
      return line.parent === undefined ? undefined : book.lines[line.parent].key;
    };
    expect(parentOf("basic")).toBe("generalBudget");
    expect(parentOf("personnel")).toBe("basic");
    expect(parentOf("code:301")).toBe("personnel");
    expect(parentOf("code:30101")).toBe("code:301");
    expect(parentOf("pension")).toBe("code:301");
    expect(parentOf("code:303")).toBe("personnel");
    expect(parentOf("publicOperating")).toBe("basic");
    expect(parentOf("project")).toBe("generalBudget");
    expect(parentOf("row:工会日常工作经费")).toBe("project");
    expect(parentOf("vehiclePurchase")).toBe("vehicle");
    expect(parentOf("vehicleOperation")).toBe("vehicle");
    expect(parentOf("reception")).toBe("threePublic");
    expect(parentOf("staffActual")).toBe("row:人员情况（人）");
    const ofWhich = book.lines.filter((l) => l.ofWhich).map((l) => l.key);
    expect(ofWhich).toEqual(["vehiclePurchase", "vehicleOperation"]);
  });

  test("label and reason cells come from the book's columns and the line's row", () => {
    const grid = seedGrid();
    const textAt = (at: CellPosition) => cellText(grid.rows[at.row]?.[at.column]);
    const project = lineByKey(book, "project")!;
    expect(textAt(labelPosition(book, project))).toContain("项目支出");
    expect(textAt(reasonPosition(book, project)!)).toBe(project.reason);
    expect(refAt(reasonPosition(book, project)!)).toEqual({ sheet: "基础数据表", address: "F17" });
    expect(textAt(project.current!)).toBe(String(project.current!.value! / 100));
  });

  test("staff rows are head counts, not money", () => {
    const staff = book.lines.find((l) => l.key === "staffActual")!;
    expect(staff.kind).toBe("count");
    expect(staff.current?.value).toBe(24);
  });

  test("seed changes: 3.98 / 3.66 / 7.34 from 元 data", () => {
    const changes = compareBook(book, options);
    const byKey = Object.fromEntries(changes.map((c) => [c.key, c]));
    expect(byKey.basic.delta).toBe(10546800);
    expect(byKey.basic.percent).toBe(398);
    expect(byKey.personnel.percent).toBe(366);
    expect(byKey.publicOperating.percent).toBe(734);
    expect(byKey.staffActual.direction).toBe("flat");
    expect(byKey.govFund.direction).toBe("none");
    expect(byKey.project.direction).toBe("decrease");
    expect(byKey.project.reason).toBe("工会日常工作经费压减");
  });
});

describe("every layout gives the same Book", () => {
  const reference = shape(recognizeBook([seedGrid()], options));
  const layouts: [string, LayoutOptions][] = [
    ["relative wording", { wording: "relative" }],
    ["short wording", { wording: "short" }],
    [
      "columns in another order",
      { order: ["code", "label", "current", "prior", "reason", "budget"] },
    ],
    [
      "current before prior with years",
      { order: ["label", "code", "current", "budget", "prior", "reason"] },
    ],
    ["merged two-row header", { mergedHeader: true }],
    ["merged header, relative wording", { mergedHeader: true, wording: "relative" }],
    ["three title rows", { titleRows: 3 }],
    ["markers without indentation", { hierarchy: "markers" }],
    ["indentation without markers", { hierarchy: "spaces" }],
  ];
  test.each(layouts)("%s", (_name, layout) => {
    const book = recognizeBook([seedGrid(layout)], options);
    expect(shape(book)).toEqual(reference);
    expect(book.year).toBe(2023);
  });

  test("without a code column the tree still holds by markers and indentation", () => {
    const book = recognizeBook([seedGrid({ codeColumn: false })], options);
    const basic = book.lines.find((l) => l.key === "basic")!;
    expect(basic.current?.value).toBe(275760000);
    const personnel = book.lines.find((l) => l.key === "personnel")!;
    expect(personnel.children.map((i) => book.lines[i].label)).toEqual([
      "工资福利支出",
      "对个人和家庭的补助",
    ]);
  });
});

describe("万元 sheets", () => {
  const book = recognizeBook([seedGrid({ unit: "万元" })], options);
  test("reads the unit and converts to fen exactly", () => {
    expect(book.currencyUnit).toBe("万元");
    const publicOperating = book.lines.find((l) => l.key === "publicOperating")!;
    expect(publicOperating.current?.value).toBe(24550000); // 24.55万元 = 245 500.00 元
    expect(publicOperating.prior?.value).toBe(22870000); // 22.87万元
  });
  test("公用经费 gives 7.35 from the rounded 万元 values", () => {
    const changes = compareBook(book, options);
    expect(changes.find((c) => c.key === "publicOperating")?.percent).toBe(735);
    expect(changes.find((c) => c.key === "basic")?.percent).toBe(398);
  });
  test("a unit in a merged header (金额（万元）) is read without a unit line", () => {
    const grid = seedGrid({ unit: "万元", mergedHeader: true });
    grid.rows[1] = [{ value: "单位名称：常宁市总工会" }];
    const b = recognizeBook([grid], options);
    expect(b.currencyUnit).toBe("万元");
    expect(b.source.unitAssumed).toBe(false);
  });
});

describe("more real-world layouts", () => {
  const book = recognizeBook([seedGrid()], options);
  const reference = shape(book);

  test("hierarchy from Excel's cell indent instead of typed spaces", () => {
    const grid = seedGrid({ hierarchy: "markers" });
    SEED_ROWS.forEach((row, i) => {
      const cell = grid.rows[3 + i]?.[0];
      if (cell) cell.indent = row.depth;
    });
    expect(shape(recognizeBook([grid], options))).toEqual(reference);
  });

  test("headers that are only years, under a merged 决算数", () => {
    const grid = seedGrid({ order: ["label", "code", "prior", "current", "reason"] });
    grid.rows.splice(
      2,
      1,
      [
        { value: "项目" },
        { value: "科目编码" },
        { value: "决算数" },
        undefined,
        { value: "变动原因" },
      ],
      [undefined, undefined, { value: "2022年" }, { value: "2023年" }, undefined]
    );
    grid.merges = [...(grid.merges ?? []), "C3:D3", "A3:A4", "B3:B4", "E3:E4"];
    const b = recognizeBook([grid], options);
    expect(b.source.columns).toMatchObject({ label: 0, code: 1, prior: 2, current: 3, reason: 4 });
    expect(b.lines.find((l) => l.key === "basic")?.current?.value).toBe(275760000);
  });

  test("a prior-year budget column is not taken for the budget", () => {
    const grid = seedGrid({ order: ["label", "code", "prior", "budget", "current", "reason"] });
    grid.rows[2] = ["项目", "科目编码", "上年决算数", "上年预算数", "本年决算数", "变动原因"].map(
      (value) => ({ value })
    );
    const b = recognizeBook([grid], options);
    expect(b.source.columns.budget).toBeUndefined();
    expect(b.source.columns.current).toBe(4);
  });

  test("rows after the table (notes, signatures) are not data", () => {
    const grid = seedGrid();
    grid.rows.push(
      [{ value: "注：本表金额单位为元。" }],
      [{ value: "填表人：张三" }, undefined, { value: "联系电话：0734-1234567" }]
    );
    expect(recognizeBook([grid], options).lines).toHaveLength(SEED_ROWS.length);
  });

  test("hidden rows are read and marked", () => {
    const grid = seedGrid();
    grid.hiddenRows = [3 + 4];
    const b = recognizeBook([grid], options);
    expect(b.lines[4]).toMatchObject({ key: "code:30101", hidden: true });
  });

  test("the sheet is picked by content, whatever its name and position", () => {
    const other = { sheet: "说明", rows: [[{ value: "填报说明" }], [{ value: "1.金额单位为元" }]] };
    const data = { ...seedGrid(), sheet: "Sheet3" };
    const b = recognizeBook([other, data], options);
    expect(b.source.sheet).toBe("Sheet3");
  });

  test("the 基本情况 sheet gives the texts, date and unit name, with multi-row texts joined", () => {
    const profile = {
      sheet: "基本情况",
      rows: [
        ["项目", "内容"],
        ["单位名称", "常宁市总工会"],
        ["报告日期", "2024年5月16日"],
        ["一、主要职能", "维护职工合法权益。"],
        [null, "组织职工参加经济建设。"],
        ["机构情况", "内设办公室等3个股室。"],
        ["年度重点工作", "推进产业工人队伍建设改革。"],
      ].map((row) => row.map((value) => (value === null ? undefined : { value }))),
    };
    const b = recognizeBook([seedGrid(), profile], options);
    expect(b.source.textSheet).toBe("基本情况");
    expect(b.reportDate).toBe("2024年5月16日");
    expect(b.texts.functions?.value).toBe("维护职工合法权益。\n组织职工参加经济建设。");
    expect(b.texts.functions?.ref).toEqual({ sheet: "基本情况", address: "B4" });
    expect(b.texts.organization?.value).toBe("内设办公室等3个股室。");
    expect(b.texts.problems).toBeUndefined();
  });

  test("texts typed in the task pane win over the sheet", () => {
    const b = recognizeBook([seedGrid()], {
      ...options,
      texts: { problems: "帮扶队伍力量不足。", unitName: "某工会" },
    });
    expect(b.texts.problems?.value).toBe("帮扶队伍力量不足。");
    expect(b.unit).toBe("某工会");
  });

  test("a 合计 row at the top is a total of the top-level rows, not a parent", () => {
    const grid = seedGrid();
    grid.rows.splice(3, 0, [
      { value: "合计" },
      undefined,
      { value: 1 },
      { value: 1 },
      { value: 1 },
    ]);
    const b = recognizeBook([grid], options);
    expect(b.lines[0]).toMatchObject({ total: "total", children: [] });
    expect(b.lines[1].parent).toBeUndefined();
  });

  test("其中 rows without indentation still belong to 公务用车", () => {
    const b = recognizeBook([seedGrid({ hierarchy: "markers" })], options);
    const vehicle = b.lines.find((l) => l.key === "vehicle")!;
    expect(vehicle.children.map((i) => b.lines[i].key)).toEqual([
      "vehiclePurchase",
      "vehicleOperation",
    ]);
    expect(b.lines.find((l) => l.key === "reception")?.ofWhich).toBe(false);
  });

  test("duplicate codes get distinct keys", () => {
    const grid = seedGrid();
    grid.rows.splice(8, 0, [
      { value: "       基本工资" },
      { value: "30101" },
      { value: 1 },
      { value: 1 },
      { value: 1 },
    ]);
    const keys = recognizeBook([grid], options).lines.map((l) => l.key);
    expect(keys.filter((k) => k.startsWith("code:30101"))).toEqual(["code:30101", "code:30101#2"]);
  });
});

describe("a 基础数据表 that starts with its 三公 rows", () => {
  test("is read as a 基础数据表 with every row, not as the standard 三公 table", () => {
    const rows = [
      ["2023年度部门整体支出绩效评价基础数据表"],
      ["单位名称：测试单位", null, null, "单位：元"],
      ["项目", "上年决算数", "预算数", "本年决算数"],
      ["四、“三公”经费", 300, 300, 300],
      ["  因公出国（境）费", 0, 0, 0],
      ["  公务用车购置及运行维护费", 200, 200, 200],
      ["    其中：公务用车购置费", 0, 0, 0],
      ["          公务用车运行维护费", 200, 200, 200],
      ["  公务接待费", 100, 100, 100],
      ["商品和服务支出", 50, 50, 50],
      ["  办公费", 30, 30, 30],
      ["  其中：印刷费", 10, 10, 10],
    ];
    const grid = {
      sheet: "Sheet1",
      rows: rows.map((r) => r.map((value) => (value === null ? undefined : { value }))),
    };
    const book = recognizeBook([grid], options);
    expect(book.source.kind).toBe("basic-data-sheet");
    expect(book.lines.map((l) => l.label)).toContain("印刷费");
    expect(book.lines).toHaveLength(9);
  });
});

describe("repeated labels and codes", () => {
  const sheetOf = (labels: [string, string | null][]) =>
    gridFromValues("基础数据表", [
      ["项目", "科目编码", "2022年决算数", "2023年决算数"],
      ["一、一般公共预算支出", null, labels.length * 10, labels.length * 10],
      ...labels.map(([label, code]) => [label, code, 10, 10]),
    ]);

  test("each repeat gets the next free #n, also around a label that is itself “其他#2”", () => {
    const book = recognizeBook(
      [
        sheetOf([
          ["其他", null],
          ["其他#2", null],
          ["其他", null],
          ["其他", null],
        ]),
      ],
      options
    );
    expect(book.lines.slice(1).map((l) => l.key)).toEqual([
      "row:其他",
      "row:其他#2",
      "row:其他#3",
      "row:其他#4",
    ]);
    expect(lineByKey(book, "row:其他#3")?.row).toBe(4);
  });

  test("20 000 rows named alike, or coded alike, get unique keys in linear time", () => {
    const rows = 20_000;
    const started = performance.now();
    const named = recognizeBook(
      [sheetOf(Array.from({ length: rows }, () => ["其他", null]))],
      options
    );
    const coded = recognizeBook(
      [sheetOf(Array.from({ length: rows }, () => ["行政运行", "2012901"]))],
      options
    );
    // Counting from #2 for each repeat took minutes at 100 000 rows; one pass takes well under a second.
    expect(performance.now() - started).toBeLessThan(3000);
    for (const book of [named, coded]) {
      const keys = book.lines.map((l) => l.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(coded.lines[rows].key).toBe(`code:2012901#${rows}`);
  });
});
