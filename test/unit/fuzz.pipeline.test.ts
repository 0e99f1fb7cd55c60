/**
 * Fuzzing the whole core with fast-check (docs/design.md §7, issue 6): arbitrary grids — numbers, text numbers,
 * error values, blanks, booleans, formulas with and without cached values, merged areas, hidden rows,
 * headers drawn from the real header vocabulary, outline markers, codes, 其中 rows, a 基本情况 sheet —
 * through analyze + composeReport + the Markdown and JSON renderers.
 *
 * Properties:
 * - analyze throws nothing but UnusableInputError; compose and the renderers throw nothing;
 * - every finding points at a cell inside an existing sheet's grid;
 * - the report text never shows "undefined", "NaN", "null", "[object Object]", an empty placeholder
 *   (【待补充：】) or an unclosed 【.
 *
 * A second property starts from real workbooks (the sample 基础数据表 in 元 and 万元, the standard 部门决算
 * tables in two layouts) and replaces 1–12 cells anywhere, to reach the deep paths with valid structure.
 *
 * `npm test` runs FUZZ_RUNS (default 3 000) small grids and a third as many mutated workbooks;
 * `npm run fuzz` runs 50 000. A failure prints fast-check's seed and shrunk counterexample; replay
 * with FUZZ_SEED=<seed>.
 */
import fc from "fast-check";
import { isUnusableInputError } from "../../src/core/errors";
import {
  columnLetters,
  parseAddress,
  parseRange,
  type Cell,
  type CellValue,
  type Grid,
} from "../../src/core/grid";
import { analyze, type Analysis } from "../../src/core/pipeline";
import { composeReport } from "../../src/core/report";
import { renderMarkdown, renderText, reportToJson } from "../../src/render";
import {
  budgetSheet,
  profileSheet,
  type FixtureCellInput,
  type SheetFixture,
} from "../fixtures/workbook";
import { changningProfile, changningSheet } from "../fixtures/specs/changning-2023";
import { changningStandardWorkbook } from "../fixtures/specs/standard/changning";
import { PROFILE_LABELS } from "../../src/core/template";
import { unreadFigures } from "../helpers/printedFigures";

const RUNS = Number(
  process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === "fuzz" ? 50_000 : 3000)
);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// --- vocabulary ----------------------------------------------------------------------------------

const HEADERS = [
  "项目",
  "项目名称",
  "科目名称",
  "科目编码",
  "编码",
  "2022年决算数",
  "2023年决算数",
  "2023年预算数",
  "上年决算数",
  "本年决算数",
  "全年预算数",
  "预算数",
  "决算数",
  "上年数",
  "本年数",
  "2023年",
  "金额（万元）",
  "变动原因",
  "增减原因",
  "备注",
  "增减率",
  "行次",
  "栏次",
  "合计",
  // the standard 部门决算 tables (docs/domain.md §3.2)
  "科目名称",
  "本年支出合计",
  "本年收入合计",
  "基本支出",
  "项目支出",
  "上缴上级支出",
  "经营支出",
  "对附属单位补助支出",
  "财政拨款收入",
  "年初结转和结余",
  "年末结转和结余",
  "一般公共预算财政拨款",
  "政府性基金预算财政拨款",
  "因公出国（境）费",
  "公务接待费",
  "决算数",
  "",
];
const LABELS = [
  "一、一般公共预算支出",
  "（一）基本支出",
  "1.人员经费",
  "2.公用经费",
  "（二）项目支出",
  "二、政府性基金预算支出",
  "三、国有资本经营预算支出",
  "四、“三公”经费",
  "因公出国（境）费",
  "公务用车购置及运行维护费",
  "其中：公务用车购置费",
  "公务用车运行维护费",
  "公务接待费",
  "五、人员情况（人）",
  "编制数",
  "年末实有人数",
  "工资福利支出",
  "基本工资",
  "商品和服务支出",
  "对个人和家庭的补助",
  "资本性支出",
  "机关事业单位基本养老保险缴费",
  "职业年金缴费",
  "职工基本医疗保险缴费",
  "其他社会保障缴费",
  "合计",
  "总计",
  "小计",
  "本年收入合计",
  "本年支出合计",
  "年初结转和结余",
  "年末结转和结余",
  "人员经费合计",
  "公用经费合计",
  "行政运行",
  "一般行政管理事务",
  "（1）专项经费",
  "其中：",
  "注：以上数据未经审计",
  "工会日常工作经费",
  "XX项目",
  "=SUM(C5:C9)",
  "<img src=x onerror=alert(1)>",
  "😀\u0007",
  "",
];
const CODES = [
  "301",
  "30101",
  "30102",
  "30108",
  "30109",
  "30110",
  "30112",
  "302",
  "30201",
  "30217",
  "303",
  "310",
  "31013",
  "201",
  "20129",
  "2012901",
  "2012999",
  "208",
  "2080505",
  "99999",
  "3O1",
  "",
];
/** ("NaN", "null", "undefined" typed into cells are in the bad-input corpus: here they would be quoted
 * back in messages and blur the "no undefined/NaN/null in output" property.) */
const TEXT_NUMBERS = [
  "1,234.00",
  "１２３",
  "（123）",
  "(1,000.50)",
  "3000元",
  "0.96万元",
  " 9 600 ",
  "-",
  "—",
  "Infinity",
  "1e308",
  "2023/12/31",
  "1.2.3",
  "¥1,000",
  "12%",
];
const ERRORS = ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];
const PREAMBLE = [
  "2023年度部门整体支出绩效评价基础数据表",
  "单位名称：测试单位",
  "单位：元",
  "单位：万元",
  "金额单位：元",
  "公开01表",
];
/** The 基本情况 labels the template writes and the recognizer reads. */
const PROFILE_KEYS = PROFILE_LABELS;

// --- arbitraries ---------------------------------------------------------------------------------

const money = fc.oneof(
  fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((fen) => fen / 100),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.constantFrom(0, -0, 0.005, 0.015, 1e308, -1e308, 1e-300, 2 ** 53 + 1, 123456.789)
);

const valueCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 6, arbitrary: money.map((value) => ({ value })) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_NUMBERS).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ value: { error } })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.option(money, { nil: undefined }), fc.nat({ max: 40 }), fc.nat({ max: 40 }))
      .map(([cached, a, b]): Cell => {
        const formula = `=SUM(C${a + 1}:C${a + b + 1})`;
        return cached === undefined
          ? { value: null, formula, formulaWithoutValue: true }
          : { value: cached, formula };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ maxLength: 6 })
      .filter((s) => !/NaN|null|undefined/.test(s))
      .map((value) => ({ value })),
  }
);

const labelCell: fc.Arbitrary<Cell | undefined> = fc
  .tuple(
    fc.constantFrom(...LABELS),
    fc.nat({ max: 6 }),
    fc.option(fc.nat({ max: 4 }), { nil: undefined })
  )
  .map(([label, spaces, indent]) =>
    label === "" ? undefined : { value: " ".repeat(spaces) + label, ...(indent ? { indent } : {}) }
  );

const codeCell: fc.Arbitrary<Cell | undefined> = fc
  .tuple(fc.constantFrom(...CODES), fc.boolean())
  .map(([code, asNumber]) =>
    code === "" ? undefined : { value: asNumber && /^\d+$/.test(code) ? Number(code) : code }
  );

const reasonCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .constantFrom("按政策调增工资", "XX", "……", "由组成", "。", "=cmd|' /C calc'!A0", "原因\u0000")
    .map((value) => ({ value }))
);

/** Roles per column: the table's shape. */
type Role = "label" | "code" | "value" | "reason";
const roles = fc
  .array(fc.constantFrom<Role>("code", "value", "value", "value", "reason"), {
    minLength: 0,
    maxLength: 7,
  })
  .map((rest): Role[] => ["label", ...rest]);

const cellFor = (role: Role) =>
  role === "label"
    ? labelCell
    : role === "code"
      ? codeCell
      : role === "reason"
        ? reasonCell
        : valueCell;

const dataSheet: fc.Arbitrary<Grid> = roles.chain((shape) =>
  fc
    .record({
      preamble: fc.array(fc.constantFrom(...PREAMBLE), { maxLength: 3 }),
      headerRows: fc.array(
        fc.array(fc.constantFrom(...HEADERS), { minLength: shape.length, maxLength: shape.length }),
        { minLength: 1, maxLength: 2 }
      ),
      body: fc.array(fc.tuple(...shape.map(cellFor)), { maxLength: 30 }),
      name: fc.constantFrom(
        "基础数据表",
        "Sheet1",
        "数据",
        "表'1",
        "预算 表",
        "Z04 支出决算表(财决04表)",
        "收入支出决算总表",
        "一般公共预算财政拨款支出决算表",
        "财政拨款“三公”经费支出决算表",
        "Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-1表)"
      ),
      merges: fc.array(
        fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 7 }), fc.nat({ max: 2 }), fc.nat({ max: 2 })),
        { maxLength: 3 }
      ),
      hidden: fc.array(fc.nat({ max: 35 }), { maxLength: 3 }),
      origin: fc.constantFrom("A1", "A1", "B3"),
    })
    .map(({ preamble, headerRows, body, name, merges, hidden, origin }): Grid => {
      const rows: (Cell | undefined)[][] = [
        ...preamble.map((text) => [{ value: text } as Cell]),
        ...headerRows.map((row) => row.map((text) => (text ? { value: text } : undefined))),
        ...body.map((row) => [...row]),
      ];
      const base = parseAddress(origin);
      const mergeRanges = merges.map(([r, c, h, w]) => {
        const top = base.row + r;
        const left = base.column + c;
        return `${columnLetters(left)}${top + 1}:${columnLetters(left + w)}${top + h + 1}`;
      });
      return {
        sheet: name,
        rows,
        origin,
        ...(mergeRanges.length ? { merges: mergeRanges } : {}),
        ...(hidden.length
          ? { hiddenRows: [...new Set(hidden)].filter((r) => r < rows.length) }
          : {}),
      };
    })
);

const profileSheetArb: fc.Arbitrary<Grid> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PROFILE_KEYS),
      fc.oneof(
        fc.constantFrom("", "XX", "2023", "2024年5月16日", "2024-13-45", "由组成", "正常文字。"),
        fc.string({ maxLength: 20 }).filter((s) => !/NaN|null|undefined/.test(s))
      )
    ),
    { maxLength: 8 }
  )
  .map((pairs) => ({
    sheet: "基本情况",
    rows: pairs.map(([k, v]) => [{ value: k }, v === "" ? undefined : { value: v }]),
  }));

const workbook: fc.Arbitrary<Grid[]> = fc
  .tuple(
    dataSheet,
    fc.option(profileSheetArb, { nil: undefined }),
    fc.option(dataSheet, { nil: undefined })
  )
  .map(([data, profile, other]) => {
    const grids = [data];
    if (profile) grids.push(profile);
    if (other && other.sheet !== data.sheet) grids.push(other);
    return grids;
  });

// --- properties ----------------------------------------------------------------------------------

/** Sheet-coordinate extent of a grid (rows, the widest row and its merged areas), at least 1×1. */
function extent(grid: Grid): { rows: number; columns: number } {
  const origin = parseAddress(grid.origin ?? "A1");
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  let rows = origin.row + Math.max(1, grid.rows.length);
  let columns = origin.column + width;
  for (const merge of grid.merges ?? []) {
    const range = parseRange(merge);
    rows = Math.max(rows, range.bottom + 1);
    columns = Math.max(columns, range.right + 1);
  }
  return { rows, columns };
}

const BAD_TEXT = /undefined|NaN|\bnull\b|\[object Object\]|【待补充：】|【\s*】/;

function checkWholePipeline(grids: Grid[]): void {
  let analysis: Analysis;
  try {
    analysis = analyze(grids);
  } catch (error) {
    if (isUnusableInputError(error)) return;
    throw error;
  }
  for (const finding of analysis.findings) {
    const grid = grids.find((g) => g.sheet === finding.ref.sheet);
    if (!grid) throw new Error(`finding ${finding.rule} on a missing sheet ${finding.ref.sheet}`);
    const { row, column } = parseAddress(finding.ref.address);
    const size = extent(grid);
    if (row >= size.rows || column >= size.columns)
      throw new Error(
        `finding ${finding.rule} at ${finding.ref.address} outside ${grid.sheet} (${size.rows}×${size.columns})`
      );
    if (BAD_TEXT.test(finding.message))
      throw new Error(`finding ${finding.rule} message: ${finding.message}`);
  }
  const composed = composeReport(analysis);
  // Every number printed with a source cell is that cell's figure, or computed from its line.
  const unread = unreadFigures(analysis.book, composed.report);
  if (unread.length > 0) throw new Error(`report prints figures it did not read: ${unread[0]}`);
  const json = reportToJson(composed.report);
  const texts = [
    renderMarkdown(composed.report),
    renderText(composed.report),
    json.title,
    ...json.blocks.map((b) => b.text),
    ...json.placeholders,
  ];
  for (const text of texts) {
    const bad = BAD_TEXT.exec(text);
    if (bad) throw new Error(`report text has "${bad[0]}": ${text.slice(0, 300)}`);
    for (const line of text.split("\n"))
      if (line.split("【").length !== line.split("】").length)
        throw new Error(`unbalanced 【】: ${line.slice(0, 200)}`);
  }
}

test(`the pipeline never throws, findings stay on their sheets, reports stay whole (${RUNS} grids)`, () => {
  fc.assert(fc.property(workbook, checkWholePipeline), {
    numRuns: RUNS,
    ...(SEED !== undefined ? { seed: SEED } : {}),
  });
});

test("the generator reaches the report: a good share of grids are recognised", () => {
  let recognised = 0;
  const samples = fc.sample(workbook, { numRuns: 300, seed: 42 });
  for (const grids of samples) {
    try {
      analyze(grids);
      recognised++;
    } catch (error) {
      if (!isUnusableInputError(error)) throw error;
    }
  }
  // Otherwise the property above would only ever test the refusal path.
  expect(recognised).toBeGreaterThan(samples.length / 10);
});

describe("regressions the fuzzer found", () => {
  test("a money line under a 人员情况 heading stays money (a head count reached the 万元 wording)", () => {
    const grids: Grid[] = [
      {
        sheet: "基础数据表",
        rows: [
          [{ value: "项目" }, { value: "上年决算数" }],
          [{ value: "五、人员情况（人）" }, { value: 0 }],
          [{ value: "一、一般公共预算支出", indent: 1 }, { value: 0.01 }],
        ],
      },
    ];
    const analysis = analyze(grids);
    const general = analysis.book.lines.find((l) => l.key === "generalBudget");
    expect(general).toMatchObject({ kind: "money", prior: { value: 1 } });
    expect(analysis.book.lines.find((l) => l.label.includes("人员情况"))?.kind).toBe("count");
    expect(renderMarkdown(composeReport(analysis).report)).toContain("0.00万元");
  });

  test("a merged area past the last cell is still the sheet's", () => {
    const grids: Grid[] = [
      {
        sheet: "基础数据表",
        rows: [
          [{ value: "项目" }, { value: "上年决算数" }, { value: "2023年决算数" }],
          [{ value: "公务接待费" }, { value: { error: "#REF!" } }, { value: 5 }],
        ],
        merges: ["C1:D1"],
      },
    ];
    expect(() => checkWholePipeline(grids)).not.toThrow();
  });
});

// --- mutation fuzzing: real workbooks with a few cells changed ---------------------------------------

/** A fixture sheet → the grid the file host would read (values and cached results; dates as text). */
function fixtureGrid(sheet: SheetFixture): Grid {
  const cell = (input: FixtureCellInput): Cell | undefined => {
    const spec =
      input !== null && typeof input === "object" && "value" in input ? input : { value: input };
    const v = spec.value;
    const extra = {
      ...(spec.indent ? { indent: spec.indent } : {}),
      ...(spec.numberFormat ? { numberFormat: spec.numberFormat } : {}),
    };
    if (v === null) return undefined;
    if (typeof v !== "object") return { value: v, ...extra };
    if ("error" in v) return { value: { error: v.error }, ...extra };
    if ("formula" in v)
      return v.result === undefined
        ? { value: null, formula: `=${v.formula}`, formulaWithoutValue: true, ...extra }
        : { value: v.result as CellValue, formula: `=${v.formula}`, ...extra };
    if ("date" in v) return { value: v.date.replace(/-0?/g, "/"), ...extra };
    return { value: v.richText.join(""), ...extra };
  };
  const hiddenRows: number[] = [];
  const rows = sheet.rows.map((row, r) => {
    if (!Array.isArray(row) && row.hidden) hiddenRows.push(r);
    return (Array.isArray(row) ? row : row.cells).map(cell);
  });
  return {
    sheet: sheet.name,
    rows,
    ...(sheet.merges?.length ? { merges: sheet.merges } : {}),
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(sheet.state && sheet.state !== "visible" ? { hidden: true } : {}),
  };
}

const REAL_WORKBOOKS: Grid[][] = [
  [budgetSheet(changningSheet), profileSheet(changningProfile)].map(fixtureGrid),
  [budgetSheet({ ...changningSheet, unit: "万元", headerStyle: "two-row", indent: "cell" })].map(
    fixtureGrid
  ),
  changningStandardWorkbook({ year: 2023 }).sheets.map(fixtureGrid),
  changningStandardWorkbook({ year: 2023, unit: "万元", layout: "software" }).sheets.map(
    fixtureGrid
  ),
];

const anyCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  valueCell,
  labelCell,
  codeCell,
  fc.constantFrom(...HEADERS, ...PREAMBLE).map((value) => ({ value }))
);

/** One of the real workbooks with 1–12 cells replaced (anywhere, including headers and titles). */
const mutatedWorkbook: fc.Arbitrary<Grid[]> = fc
  .tuple(
    fc.nat({ max: REAL_WORKBOOKS.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 12 }), anyCell), {
      minLength: 1,
      maxLength: 12,
    })
  )
  .map(([which, edits]) => {
    const grids = REAL_WORKBOOKS[which].map((g) => ({ ...g, rows: g.rows.map((r) => r.slice()) }));
    for (const [sheetPick, rowPick, column, value] of edits) {
      const grid = grids[sheetPick % grids.length];
      if (grid.rows.length === 0) continue;
      const row = grid.rows[rowPick % grid.rows.length];
      while (row.length < column) row.push(undefined);
      row[column] = value;
    }
    return grids;
  });

/** Each case is a whole workbook (a few hundred cells): a third as many as the small grids. */
const MUTATION_RUNS = Math.ceil(RUNS / 3);

test(`real workbooks with cells changed: the same properties (${MUTATION_RUNS} cases)`, () => {
  for (const grids of REAL_WORKBOOKS) expect(() => analyze(grids)).not.toThrow();
  fc.assert(fc.property(mutatedWorkbook, checkWholePipeline), {
    numRuns: MUTATION_RUNS,
    ...(SEED !== undefined ? { seed: SEED } : {}),
  });
});
