/**
 * The 基本情况 sheet: label | text rows holding the report's qualitative texts and a few facts
 * (单位名称, 年度, 报告日期). Text may continue on rows below its label.
 */
import type { TextField, TextKey } from "../book";
import { Grid, cellRef, cellText } from "../grid";
import { normalizeLabel } from "../text";
import { parseLabel } from "./outline";

export interface ProfileSheet {
  sheet: string;
  texts: Partial<Record<TextKey, TextField>>;
  unitName?: TextField;
  year?: number;
  reportDate?: string;
  /** How many labels were recognised (to pick the sheet). */
  score: number;
}

/** How many rows of a sheet are read as label | text rows. */
const PROFILE_ROWS = 500;

type ProfileField = TextKey | "unitName" | "year" | "reportDate";

const LABELS: { field: ProfileField; pattern: RegExp }[] = [
  { field: "unitName", pattern: /^(单位|部门|部门\(单位\))名称$/ },
  { field: "year", pattern: /^(年度|报告年度|预算年度|决算年度)$/ },
  { field: "reportDate", pattern: /^(报告|落款|编制|填报)?日期$/ },
  { field: "functions", pattern: /^(主要|部门|单位|基本)?职能(职责)?$/ },
  { field: "organization", pattern: /^机构(情况|设置|设置情况)$|^内设机构$/ },
  { field: "staffing", pattern: /^人员(情况|构成)$/ },
  { field: "keyWork", pattern: /^(年度)?(重点|主要)工作(任务|情况)?$/ },
  {
    field: "performance",
    pattern: /^(部门)?(整体支出)?绩效(情况|表现|目标完成情况)$|^部门整体支出绩效情况$/,
  },
  { field: "problems", pattern: /^存在(的)?问题(及原因分析|及原因)?$/ },
  { field: "improvements", pattern: /^(下一步)?(改进|整改)(措施|意见)$|^下一步改进措施$/ },
  { field: "resultUse", pattern: /结果.*(应用|公开)/ },
  { field: "otherMatters", pattern: /^其他(需要)?说明(的)?(情况|事项)?$/ },
];

function fieldOf(label: string): ProfileField | undefined {
  const normalized = normalizeLabel(parseLabel(label).label);
  if (normalized === "") return undefined;
  for (const { field, pattern } of LABELS) if (pattern.test(normalized)) return field;
  return undefined;
}

export function recognizeProfileSheet(grid: Grid): ProfileSheet | undefined {
  const found: ProfileSheet = { sheet: grid.sheet, texts: {}, score: 0 };
  let current:
    { field: ProfileField; parts: string[]; ref: ReturnType<typeof cellRef> } | undefined;
  const flush = (): void => {
    if (!current) return;
    const value = current.parts.join("\n").trim();
    const { field, ref } = current;
    if (field === "unitName") found.unitName = { value, ref };
    else if (field === "year") {
      const year = /(19|20)\d{2}/.exec(value);
      if (year) found.year = Number(year[0]);
    } else if (field === "reportDate") found.reportDate = value || undefined;
    else found.texts[field] = { value, ref };
    current = undefined;
  };
  // A 基本情况 sheet is a page of text, not a table of thousands of rows: look at its top only.
  const rows = Math.min(grid.rows.length, PROFILE_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.rows[r] ?? [];
    const label = cellText(row[0]).trim();
    const field = label ? fieldOf(label) : undefined;
    const rest = row
      .slice(1)
      .map((cell) => cellText(cell).trim())
      .filter((t) => t !== "");
    if (field) {
      flush();
      found.score++;
      const textColumn = row.slice(1).findIndex((cell) => cellText(cell).trim() !== "");
      current = {
        field,
        parts: rest.length ? [rest.join(" ")] : [],
        ref: cellRef(grid, r, textColumn >= 0 ? textColumn + 1 : 1),
      };
    } else if (current && label === "" && rest.length) {
      current.parts.push(rest.join(" "));
    } else if (label !== "") {
      flush();
    }
  }
  flush();
  return found.score >= 2 ? found : undefined;
}
