/** Text normalisation shared by recognition and checks. */

/** Full-width ASCII forms (！ to ～) and the ideographic space → their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Removes every kind of whitespace (ASCII, ideographic, no-break, zero-width). */
export function removeSpaces(text: string): string {
  return text.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
}

/**
 * A label reduced for matching: half-width, no spaces, no quotes of any kind, parentheses unified,
 * trailing colon dropped. "“三公”经费" and '"三公"经费' both become "三公经费".
 */
export function normalizeLabel(text: string): string {
  // Most labels are plain CJK, digits and lower-case letters, which every step below leaves as they are.
  if (!/[^\u4e00-\u9fffa-z0-9]/.test(text)) return text;
  return removeSpaces(toHalfWidth(text))
    .replace(/["'“”‘’「」『』〝〞]/g, "")
    .replace(/[:：]$/, "")
    .toLowerCase();
}

/** Counts leading spaces (a full-width space counts as two) — the typed indentation of a label. */
export function leadingSpaceWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === " " || ch === "\u00a0") width += 1;
    else if (ch === "\u3000") width += 2;
    else if (ch === "\t") width += 4;
    else break;
  }
  return width;
}

/** Strips control characters that would corrupt output (keeps tab and newline). */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}
