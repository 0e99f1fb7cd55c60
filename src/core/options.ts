/** Settings that change what the checks flag and how the report is put together. */
import { BasisPoints, Fen } from "./money";
import type { FigureColumn } from "./book";
import type { SheetKind } from "./recognize/sheetKinds";

import type { Locale } from "../i18n/locale";

export type { Locale };

/** Manual corrections from the 数据 tab, saved in the workbook. */
export interface RecognitionOverrides {
  sheet?: string;
  /** 0-based sheet row of the (last) header row. */
  headerRow?: number;
  /** 0-based sheet columns. */
  columns?: Partial<Record<FigureColumn | "label" | "code" | "reason", number>>;
  /** A sheet's kind set by hand in the 数据 tab (sheet name → kind), beating what its content says. */
  sheetKinds?: Record<string, SheetKind>;
}

export interface Options {
  locale: Locale;
  /** YOY-EXPLAIN: |change| at or above this percent (basis points; 1000 = 10%)… */
  explainPercent: BasisPoints;
  /** …and at or above this amount (fen; 1 万元 by default) needs a reason. */
  explainFloor: Fen;
  /** EXEC-RATE: 决算 ÷ 预算 outside [low, high] (basis points) needs a reason. */
  executionLow: BasisPoints;
  executionHigh: BasisPoints;
  /** Include the optional sections 九 / 十 even when their text is empty. */
  includeResultUse: boolean;
  includeOtherMatters: boolean;
  overrides?: RecognitionOverrides;
  /** Reasons typed in the task pane, by line key; they win over the sheet's reason column. */
  reasons?: Record<string, string>;
  /** Report texts typed in the task pane, by text key; they win over the 基本情况 sheet. */
  texts?: Record<string, string>;
}

export const DEFAULT_OPTIONS: Options = {
  locale: "zh-CN",
  explainPercent: 1000,
  explainFloor: 1_000_000,
  executionLow: 9000,
  executionHigh: 11000,
  includeResultUse: false,
  includeOtherMatters: false,
};

export function withDefaults(options: Partial<Options> = {}): Options {
  return { ...DEFAULT_OPTIONS, ...options };
}
