/**
 * All user-facing text, one folder per language (zh-CN default, en-US). The report's own sentences are
 * Chinese by nature and live in zh-CN/report.ts; the UI, CLI and findings exist in both languages.
 */
import type { Locale } from "./locale";
import { type Messages, zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type { Messages, Locale };

export function messagesFor(locale: Locale = "zh-CN"): Messages {
  return locale === "en-US" ? enUS : zhCN;
}

/** A line for a reader whose language is not known: "中文 / English". */
export function bothLanguages(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

/** One message said in both languages, each from its own words: written once, never by hand twice. */
export function inBothLanguages(say: (words: Messages) => string): string {
  return bothLanguages(say(zhCN), say(enUS));
}

/** Normalises an Office or browser language tag ("zh-cn", "zh-Hans-CN", "en-GB") to a supported locale. */
export function normalizeLocale(tag: string | undefined | null): Locale {
  if (!tag) return "zh-CN";
  const lower = tag.toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("en")) return "en-US";
  return "zh-CN";
}
