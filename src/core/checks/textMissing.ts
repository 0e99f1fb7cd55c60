/**
 * TEXT-MISSING: a required report text that is empty, or still holds a template placeholder (XX, ××,
 * 某某, ……, "由组成", 【待补充…】) — 警告. Texts typed in the task pane win over the 基本情况 sheet. The
 * optional sections (九 结果应用, 十 其他事项) are checked when the options include them.
 */
import { Book, REQUIRED_TEXT_KEYS, TextKey } from "../book";
import { Finding, Rule } from "../finding";
import { CellRef } from "../grid";
import { Options } from "../options";
import { removeSpaces, toHalfWidth } from "../text";
import { bookRef, messages } from "./common";

const TEXT_MISSING = "TEXT-MISSING" as const;

const PLACEHOLDER = /X{2,}|x{3,}|×{2,}|某某|…{2}|⋯{2}|由组成|【待补充|_{3,}/;

/** The placeholder a text still holds, as typed in the pattern's terms, or undefined. */
export function findPlaceholder(text: string): string | undefined {
  const match = PLACEHOLDER.exec(removeSpaces(toHalfWidth(text)));
  return match ? match[0] : undefined;
}

export function checkTextMissing(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const fallback: CellRef = book.source.textSheet
    ? { sheet: book.source.textSheet, address: "A1" }
    : bookRef(book);
  const findings: Finding[] = [];
  // The optional sections 九 / 十 count as required when the options switch them on.
  const keys: TextKey[] = [...REQUIRED_TEXT_KEYS];
  if (options.includeResultUse) keys.push("resultUse");
  if (options.includeOtherMatters) keys.push("otherMatters");
  for (const key of keys) {
    const field = book.texts[key];
    const typed = options.texts?.[key];
    const value = typed !== undefined && typed.trim() !== "" ? typed : (field?.value ?? "");
    const ref = field?.ref ?? fallback;
    const name = text.texts[key] ?? key;
    if (value.trim() === "") {
      findings.push({
        rule: TEXT_MISSING,
        severity: "warning",
        message: text.textMissing({ name, cell: ref.address }),
        ref,
        lineKey: `text:${key}`,
      });
      continue;
    }
    const placeholder = findPlaceholder(value);
    if (placeholder) {
      findings.push({
        rule: TEXT_MISSING,
        severity: "warning",
        message: text.textPlaceholder({ name, cell: ref.address, placeholder }),
        ref,
        lineKey: `text:${key}`,
      });
    }
  }
  return findings;
}

export const textMissingRule: Rule = {
  id: TEXT_MISSING,
  severities: ["warning"],
  messages: ["findings.textMissing", "findings.textPlaceholder"],
  appliesTo: () => true,
  check: checkTextMissing,
};
