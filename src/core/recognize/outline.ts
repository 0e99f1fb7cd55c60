/**
 * Outline markers, 其中 prefixes, total rows and codes inside labels: everything a label says about
 * where its row sits in the hierarchy.
 */
import { leadingSpaceWidth, toHalfWidth } from "../text";

/** Rank of each outline marker style: 一、 < （一） < 1. < （1） < ①. */
export type MarkerLevel = 1 | 2 | 3 | 4 | 5;

export interface ParsedLabel {
  /** The label without indentation, marker, 其中 prefix or code prefix. */
  label: string;
  marker?: string;
  markerLevel?: MarkerLevel;
  ofWhich: boolean;
  /** Typed indentation (leading spaces; a full-width space counts 2). */
  spaces: number;
  /** A classification code written inside the label ("30101 基本工资", "基本工资[30101]"). */
  code?: string;
  total?: "total" | "subtotal" | "grandTotal";
}

const CHINESE_NUMERAL = "[一二三四五六七八九十百]+";
const MARKERS: { level: MarkerLevel; pattern: RegExp }[] = [
  { level: 2, pattern: new RegExp(`^[（(]${CHINESE_NUMERAL}[）)][、.．]?`) },
  { level: 1, pattern: new RegExp(`^${CHINESE_NUMERAL}[、.．,，]`) },
  { level: 4, pattern: /^[（(]\d{1,2}[）)][、.．]?/ },
  { level: 3, pattern: /^\d{1,2}(?:[、．]|\.(?!\d))/ },
  { level: 5, pattern: /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/ },
];

const OF_WHICH = /^其中[:：]?\s*/;
const CODE_PREFIX = /^(\d{3}(?:\d{2}){0,2})(?:\s+|[、.．:：\-—]\s*)(?=\S)/;
const CODE_SUFFIX = /[（([【](\d{3}(?:\d{2}){0,2})[）)\]】]$/;

/** First characters that can open a marker, a 其中 prefix or a code ("一、", "（一）", "1.", "①", "其中：", "301 "). */
const MAY_OPEN_MARKER = /^[其（(一二三四五六七八九十百\d①-⑳]/;

export function parseLabel(raw: string): ParsedLabel {
  const spaces = leadingSpaceWidth(raw);
  let label = raw.trim();
  if (!MAY_OPEN_MARKER.test(label) && !/[)）\]】]$/.test(label)) {
    // Most rows are plain names ("专项业务经费", "办公费"): nothing to strip.
    return {
      label,
      marker: undefined,
      markerLevel: undefined,
      ofWhich: false,
      spaces,
      code: undefined,
      total: totalKind(label),
    };
  }
  let ofWhich = false;
  let marker: string | undefined;
  let markerLevel: MarkerLevel | undefined;
  let code: string | undefined;

  if (OF_WHICH.test(label)) {
    ofWhich = true;
    label = label.replace(OF_WHICH, "");
  }
  for (const { level, pattern } of MARKERS) {
    const match = pattern.exec(label);
    if (match) {
      marker = match[0];
      markerLevel = level;
      label = label.slice(match[0].length).trim();
      break;
    }
  }
  if (!ofWhich && OF_WHICH.test(label)) {
    ofWhich = true;
    label = label.replace(OF_WHICH, "");
  }
  const prefix = CODE_PREFIX.exec(label);
  if (prefix && !marker) {
    code = prefix[1];
    label = label.slice(prefix[0].length).trim();
  } else {
    const suffix = CODE_SUFFIX.exec(label);
    if (suffix) {
      code = suffix[1];
      label = label.slice(0, label.length - suffix[0].length).trim();
    }
  }
  return { label, marker, markerLevel, ofWhich, spaces, code, total: totalKind(label) };
}

/** 合计 / 总计 / 小计 rows (also "支出合计", "本年支出合计"), but not "人员经费合计"-style named items. */
export function totalKind(label: string): ParsedLabel["total"] {
  if (!label.includes("计")) return undefined;
  const l = toHalfWidth(label).replace(/\s+/g, "");
  if (/^(本年)?(支出|收入)?总计$/.test(l)) return "grandTotal";
  if (/^(本年)?(支出|收入)?合计$/.test(l) || l === "合计数") return "total";
  if (/^小计$/.test(l)) return "subtotal";
  return undefined;
}

/** Normalises a code cell: 30101, "30101", " 30101 ", "３０１０１" → "30101"; anything else → undefined. */
export function normalizeCode(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value > 0 ? normalizeCode(String(value)) : undefined;
  }
  if (typeof value !== "string") return undefined;
  const text = toHalfWidth(value).replace(/\s+/g, "");
  return /^\d{3}(\d{2}){0,2}$/.test(text) ? text : undefined;
}
