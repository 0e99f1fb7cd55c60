/**
 * Workbooks laid out the way units' real files come (issue 11): the finance software's export of the sample
 * unit, with the extra sheets real exports and workbooks carry; built as specs, read through ExcelJS as a
 * user's file would be.
 */
import { STABLE_KEYS } from "../../../src/core/book";
import type { FixtureCellInput, SheetFixture } from "../../fixtures/workbook";
import { changningStandardSheets } from "../../fixtures/specs/standard/changning";

/**
 * The money items a report names that the export and the sample 基础数据表 share (not 一般公共预算支出: the
 * export's 支出决算表 counts every fund; not the head counts: an export has them only with its F03).
 */
export const REPORT_MONEY_KEYS: readonly string[] = STABLE_KEYS.filter(
  (key) => key !== "generalBudget" && !key.startsWith("staff")
);

const money = (yuan: number): FixtureCellInput => ({ value: yuan, numberFormat: "#,##0.00" });

/** The sample's "三公" figures (docs/domain.md §6 unit; the figures of test/fixtures/specs/changning-2023.ts). */
const THREE_PUBLIC = {
  2023: { vehicleOperation: 26_540, reception: 4_860 },
  2022: { vehicleOperation: 27_900, reception: 5_320 },
};
const THREE_PUBLIC_BUDGET = { vehicleOperation: 28_000, reception: 6_000 };

/**
 * `Z09 财政拨款“三公”经费支出决算表(财决09表)` as the software exports it: the parts across (合计 | 因公出国（境）费 |
 * 公务用车购置及运行维护费 (小计 | 购置费 | 运行维护费) | 公务接待费), 预算数 | 决算数 under each, a row of bare
 * column numbers 1 … 12, one data row — in 元.
 */
export function exportThreePublicSheet(year: 2023 | 2022): SheetFixture {
  const actual = THREE_PUBLIC[year];
  const budget = THREE_PUBLIC_BUDGET;
  const pair = (b: number, a: number) => [money(b), money(a)];
  const total = (f: { vehicleOperation: number; reception: number }) =>
    f.vehicleOperation + f.reception;
  const blank12 = (): FixtureCellInput[] => new Array(12).fill(null);
  const code = blank12();
  code[11] = "财决09表";
  const unitLine = blank12();
  unitLine[0] = `编制单位：常宁市总工会`;
  unitLine[5] = `${year}年度`;
  unitLine[11] = "金额单位：元";
  return {
    name: "Z09 财政拨款“三公”经费支出决算表(财决09表)".slice(0, 31),
    rows: [
      [`${year}年度财政拨款“三公”经费支出决算表`, ...new Array(11).fill(null)],
      code,
      unitLine,
      [
        "合计",
        null,
        "因公出国（境）费",
        null,
        "公务用车购置及运行维护费",
        null,
        null,
        null,
        null,
        null,
        "公务接待费",
        null,
      ],
      [null, null, null, null, "小计", null, "购置费", null, "运行维护费", null, null, null],
      Array.from({ length: 12 }, (_, k) => (k % 2 === 0 ? "预算数" : "决算数")),
      Array.from({ length: 12 }, (_, k) => k + 1),
      [
        ...pair(total(budget), total(actual)),
        ...pair(0, 0),
        ...pair(budget.vehicleOperation, actual.vehicleOperation),
        ...pair(0, 0),
        ...pair(budget.vehicleOperation, actual.vehicleOperation),
        ...pair(budget.reception, actual.reception),
      ],
    ],
    merges: ["A1:L1", "A4:B5", "C4:D5", "E4:J4", "K4:L5", "E5:F5", "G5:H5", "I5:J5"],
  };
}

/**
 * The sample unit's finance-software export (issue 11): Z01 收入支出决算总表, Z04 支出决算表, Z08_1 基本支出明细表
 * and the Z09 "三公" table above — in 元, with title, 财决0X表 line, 编制单位 line, header rows and 栏次 row.
 */
export function exportSheets(year: 2023 | 2022): SheetFixture[] {
  const all = changningStandardSheets({ year, layout: "software" });
  const keep = all.filter((s) => /^Z0(1|4|8_1) /.test(s.name));
  return [...keep, exportThreePublicSheet(year)];
}

/** A 自评表: the indicator and score sheet units attach to the report (一级指标 … 得分). */
export function selfEvaluationSheet(): SheetFixture {
  return {
    name: "自评表",
    rows: [
      ["2023年度部门整体支出绩效自评表"],
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值",
        "实际完成值",
        "得分",
        "偏差原因分析",
      ],
      ["投入", "预算配置", "在职人员控制率", 5, "≤100%", "92.31%", 5, null],
      ["过程", "预算执行", "预算执行率", 10, "100%", 9850.5, 9, "项目支付进度滞后"],
      ["产出", "数量指标", "新建工会组织数", 10, "20个", 23, 10, null],
      ["效益", "满意度", "服务对象满意度", 10, "≥90%", 1200000, 10, null],
    ],
  };
}

/** F03 机构运行信息表 (财决附03表): the head counts a report from the export needs for 人员情况. */
export function institutionInfoSheet(authorized = 26, actual = 24): SheetFixture {
  return {
    name: "F03 机构运行信息表(财决附03表)",
    rows: [
      ["2023年度机构运行信息表"],
      [null, null, "财决附03表"],
      ["编制单位：常宁市总工会", null, "金额单位：元"],
      ["项目", "行次", "数量/金额"],
      ["栏次", null, 1],
      ["一、人员情况", 1, null],
      ["  编制人数", 2, authorized],
      ["  实有人数", 3, actual],
      ["    其中：在职人员", 4, actual],
      ["二、车辆情况", 5, null],
      ["  公务用车实有数（辆）", 6, 1],
      ["三、机关运行经费", 7, 245_512],
    ],
  };
}

/** A hidden helper sheet of the kind units keep: a lookup list with a 项目 | 金额 header. */
export function hiddenHelperSheet(): SheetFixture {
  return {
    name: "辅助",
    state: "hidden",
    rows: [
      ["项目", "科目编码", "金额"],
      ["基本支出", "301", 1],
      ["项目支出", "302", 29000],
      ["人员经费", "303", 0],
    ],
  };
}
