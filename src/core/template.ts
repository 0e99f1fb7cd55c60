/**
 * The blank workbook an accountant fills in (`budget-report template`, the task pane's "new template"):
 * a 基础数据表 laid out as docs/domain.md §3.1 (title, 单位名称 line with 单位：元, header 项目 | 科目编码 | 上年决算数 |
 * 本年预算数 | 本年决算数 | 变动原因, the outline with economic codes, 三公 and 人员情况 rows) and a 基本情况
 * sheet of label | text rows. Pure: it returns SheetSpecs; the hosts write them. The same header words and
 * labels the recognizer reads, so a filled template is always recognised.
 */
import { ECONOMIC_CODES } from "./classification";
import type { CellStyle, SheetCellSpec, SheetRowSpec, SheetSpec } from "./sheetSpec";

export interface TemplateOptions {
  /** The report year; headers then read "2023年决算数" etc. Without it: 上年/本年 and a XXXX title. */
  year?: number;
  unitName?: string;
}

const TEMPLATE_DATA_SHEET = "基础数据表";
const TEMPLATE_PROFILE_SHEET = "基本情况";

/** A line of the outline: label (without indentation), depth, economic code. */
interface TemplateLine {
  label: string;
  depth: number;
  code?: string;
  /** A placeholder row the accountant overwrites (project names). */
  hint?: boolean;
}

function economic(codes: readonly string[], depth: number): TemplateLine[] {
  return codes.map((code) => ({ label: ECONOMIC_CODES[code] ?? code, code, depth }));
}

/** The outline rows of the 基础数据表, top to bottom. */
function templateLines(): TemplateLine[] {
  return [
    { label: "一、一般公共预算支出", depth: 0 },
    { label: "（一）基本支出", depth: 1 },
    { label: "1.人员经费", depth: 2 },
    { label: ECONOMIC_CODES["301"] ?? "工资福利支出", code: "301", depth: 3 },
    ...economic(
      [
        "30101",
        "30102",
        "30103",
        "30106",
        "30107",
        "30108",
        "30109",
        "30110",
        "30111",
        "30112",
        "30113",
        "30114",
        "30199",
      ],
      4
    ),
    { label: ECONOMIC_CODES["303"] ?? "对个人和家庭的补助", code: "303", depth: 3 },
    ...economic(["30301", "30302", "30305", "30309", "30399"], 4),
    { label: "2.公用经费", depth: 2 },
    { label: ECONOMIC_CODES["302"] ?? "商品和服务支出", code: "302", depth: 3 },
    ...economic(
      [
        "30201",
        "30202",
        "30205",
        "30206",
        "30207",
        "30209",
        "30211",
        "30213",
        "30214",
        "30215",
        "30216",
        "30217",
        "30226",
        "30227",
        "30228",
        "30229",
        "30231",
        "30239",
        "30299",
      ],
      4
    ),
    { label: ECONOMIC_CODES["310"] ?? "资本性支出", code: "310", depth: 3 },
    ...economic(["31002", "31007", "31013", "31099"], 4),
    { label: "（二）项目支出", depth: 1 },
    { label: "（项目名称，可插入多行）", depth: 2, hint: true },
    { label: "二、政府性基金预算支出", depth: 0 },
    { label: "三、国有资本经营预算支出", depth: 0 },
    { label: "四、“三公”经费", depth: 0 },
    { label: "因公出国（境）费", depth: 1 },
    { label: "公务用车购置及运行维护费", depth: 1 },
    { label: "其中：公务用车购置费", depth: 2 },
    { label: "公务用车运行维护费", depth: 2 },
    { label: "公务接待费", depth: 1 },
    { label: "五、人员情况（人）", depth: 0 },
    { label: "编制数", depth: 1 },
    { label: "年末实有人数", depth: 1 },
  ];
}

/** The labels of the 基本情况 sheet, in order (the recognizer's profile labels). */
export const PROFILE_LABELS = [
  "单位名称",
  "年度",
  "报告日期",
  "主要职能",
  "机构情况",
  "人员情况",
  "年度重点工作",
  "部门整体支出绩效情况",
  "存在的问题及原因分析",
  "下一步改进措施",
  "绩效自评结果拟应用和公开情况",
  "其他需要说明的情况",
] as const;

const FONT = "宋体";
const TITLE: CellStyle = {
  bold: true,
  fontSize: 16,
  fontName: FONT,
  horizontal: "center",
  vertical: "middle",
};
const HEADER: CellStyle = {
  bold: true,
  fontName: FONT,
  fill: "#D9E1F2",
  border: true,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};
const LABEL: CellStyle = { fontName: FONT, border: true, vertical: "middle" };
const LABEL_TOP: CellStyle = { ...LABEL, bold: true };
const HINT: CellStyle = { ...LABEL, italic: true, color: "#808080" };
/** Codes as text ("@"): a code typed into the template stays "30101", never the number 30101. */
const CODE: CellStyle = {
  fontName: FONT,
  border: true,
  horizontal: "center",
  vertical: "middle",
  numberFormat: "@",
};
const MONEY: CellStyle = { fontName: FONT, border: true, numberFormat: "#,##0.00" };
const COUNT: CellStyle = { fontName: FONT, border: true, numberFormat: "0" };
const TEXT: CellStyle = { fontName: FONT, border: true, wrap: true, vertical: "top" };

function blank(style: CellStyle): SheetCellSpec {
  return { value: null, style };
}

/** The blank 基础数据表 + 基本情况 workbook as sheet specs. */
export function blankTemplate(options: TemplateOptions = {}): SheetSpec[] {
  const year = options.year;
  const prior = year ? `${year - 1}年决算数` : "上年决算数";
  const budget = year ? `${year}年预算数` : "本年预算数";
  const current = year ? `${year}年决算数` : "本年决算数";
  const title = `${year ?? "XXXX"}年度部门整体支出绩效评价基础数据表`;
  const unitName = options.unitName ?? "";

  const rows: SheetRowSpec[] = [
    { cells: [{ value: title, style: TITLE, mergeAcross: 5 }], height: 30 },
    {
      cells: [
        { value: `单位名称：${unitName}`, style: { fontName: FONT }, mergeAcross: 3 },
        blank({}),
        blank({}),
        blank({}),
        blank({}),
        { value: "单位：元", style: { fontName: FONT, horizontal: "right" } },
      ],
    },
    {
      cells: ["项目", "科目编码", prior, budget, current, "变动原因"].map((value) => ({
        value,
        style: HEADER,
      })),
      height: 24,
    },
  ];
  let inStaff = false;
  for (const line of templateLines()) {
    if (line.label.startsWith("五、")) inStaff = true;
    const figure = inStaff ? COUNT : MONEY;
    const labelStyle = line.hint ? HINT : line.depth === 0 ? LABEL_TOP : LABEL;
    rows.push({
      cells: [
        { value: "  ".repeat(line.depth) + line.label, style: labelStyle },
        { value: line.code ?? null, style: CODE },
        blank(figure),
        blank(figure),
        blank(figure),
        blank(TEXT),
      ],
    });
  }

  const dataSheet: SheetSpec = {
    name: TEMPLATE_DATA_SHEET,
    columnWidths: [40, 12, 16, 16, 16, 36],
    rows,
    freezeRows: 3,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
  };

  const profileRows: SheetRowSpec[] = [
    {
      cells: [
        { value: "项目", style: HEADER },
        { value: "内容", style: HEADER },
      ],
      height: 24,
    },
    ...PROFILE_LABELS.map((label) => {
      const preset =
        label === "单位名称" ? unitName || null : label === "年度" && year ? String(year) : null;
      const long = !["单位名称", "年度", "报告日期"].includes(label);
      return {
        cells: [
          { value: label, style: { ...LABEL, bold: true } },
          { value: preset, style: TEXT },
        ],
        height: long ? 60 : undefined,
      };
    }),
  ];
  const profile: SheetSpec = {
    name: TEMPLATE_PROFILE_SHEET,
    columnWidths: [28, 100],
    rows: profileRows,
    freezeRows: 1,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
  };
  return [dataSheet, profile];
}

/** The name the CLI and the task pane call: the blank template workbook's sheets. */
export function templateSheets(options: TemplateOptions = {}): SheetSpec[] {
  return blankTemplate(options);
}
