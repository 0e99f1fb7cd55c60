/** Messages about reading the workbook: file-level problems, and what each sheet is and did (issue 11). */
import { standard } from "./standard";

export const recognition = {
  emptyWorkbook: "工作簿是空的，没有任何数据。",
  noTable:
    "没有找到可识别的基础数据表：需要有“项目”列和“本年决算数/上年决算数”等金额列。请检查表头，或在“数据”页手动指定。",
  /** An unusable workbook given as last year's: says which one. */
  priorWorkbook: (problem: string) => `上年工作簿：${problem}`,
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<
    "error" | "warning" | "info",
    string
  >,
  /** What kind of sheet each is. */
  sheetKinds: {
    "basic-data-sheet": "基础数据表",
    "hunan-basic-data-form": "部门整体支出绩效评价基础数据表（湖南样表）",
    ...standard.kinds,
    "institution-info": "机构运行信息表",
    profile: "基本情况（报告文字）",
    "self-evaluation": "自评表（指标评分表）",
    "report-output": "本工具生成的报告表",
    "other-table": "其他报表",
    blank: "空白表",
    unknown: "未识别",
  } as Record<string, string>,
  /** What told the kind. */
  evidence: {
    user: "手动指定",
    "table-code": "表号",
    title: "标题",
    "sheet-name": "工作表名称",
    header: "表头",
    content: "内容",
    none: "无",
  } as Record<string, string>,
  sheetRoles: { source: "数据来源", "cross-check": "用于核对", unused: "未使用" } as Record<
    string,
    string
  >,
  sheetReasons: {
    "most-coverage": "报告所需的项目最全，采用此表",
    "only-source": "唯一可读取的数据来源",
    "user-choice": "在“数据”页手动指定",
    "prior-year-sheet": "上年度的工作表，作为上年数",
    "standard-table": "标准决算表之一，报告数据取自这些表",
    "report-texts": "报告文字取自此表",
    "staff-counts": "编制人数、实有人数取自此表",
    "cross-check": "与报告所用的表相互核对",
    "less-coverage": "可以读取，但报告所需项目不如所选的表全",
    "duplicate-table": "同类表已读取一张，此表未用",
    unreadable: "表的种类可以识别，但没有读到表头或数据行",
    "not-a-source": "不含报告所需的金额",
    blank: "空白",
    unknown: "没有识别出表格",
  } as Record<string, string>,
  /** "数据来源：Z04 支出决算表(财决04表) 等 4 张标准决算表" — the CLI's first line. */
  sourceLine: (sheets: string, count: number) =>
    count > 1 ? `数据来源：${sheets} 等 ${count} 张表` : `数据来源：${sheets}`,
};
