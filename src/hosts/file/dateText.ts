/**
 * The text Excel shows for a date cell, from its number format: enough of Excel's date codes for what
 * budget workbooks hold (yyyy, yy, m, mm, d, dd, h, hh, mm after h, ss, quoted literals, 年月日 literals,
 * [$-804] locale prefixes). ExcelJS hands dates over as JS Dates in UTC.
 */

const BUILT_IN_DEFAULT = "yyyy/m/d";

/** ExcelJS's names for the locale-dependent built-in date formats → how zh-CN Excel shows them. */
const LOCALE_DEPENDENT: Record<string, string> = {
  "mm-dd-yy": "yyyy/m/d",
  'm/d/yy "h":mm': "yyyy/m/d h:mm",
  "m/d/yy h:mm": "yyyy/m/d h:mm",
};

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatExcelDate(date: Date, numFmt: string | undefined): string {
  if (Number.isNaN(date.getTime())) return "";
  let format = (numFmt ?? "").split(";")[0];
  // Locale / colour prefixes like [$-804] or [Red]; keep elapsed-time codes out of scope.
  format = format.replace(/\[[^\]]*\]/g, "");
  // Built-in 14 and 22 show in the system's short date form; ExcelJS names them in US order.
  const builtIn = LOCALE_DEPENDENT[format.trim()];
  if (builtIn) format = builtIn;
  if (!/[yYdD]/.test(format) && !/[hHsS]/.test(format)) format = BUILT_IN_DEFAULT;
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const h = date.getUTCHours();
  const mi = date.getUTCMinutes();
  const s = date.getUTCSeconds();

  let out = "";
  let lastWasHour = false;
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      out += format.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    if (ch === "\\") {
      out += format[i + 1] ?? "";
      i += 2;
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower === "y" || lower === "m" || lower === "d" || lower === "h" || lower === "s") {
      let j = i;
      while (j < format.length && format[j].toLowerCase() === lower) j++;
      const run = j - i;
      i = j;
      if (lower === "y") out += run <= 2 ? pad(y % 100) : String(y);
      else if (lower === "d") out += run >= 2 ? pad(d) : String(d);
      else if (lower === "h") {
        out += run >= 2 ? pad(h) : String(h);
        lastWasHour = true;
        continue;
      } else if (lower === "s") out += run >= 2 ? pad(s) : String(s);
      else {
        // "m" after an hour (or before seconds) is minutes, otherwise the month.
        const rest = format.slice(i).replace(/[^a-zA-Z]/g, "");
        const isMinute = lastWasHour || rest.toLowerCase().startsWith("s");
        const n = isMinute ? mi : mo;
        out += run >= 2 ? pad(n) : String(n);
      }
      lastWasHour = false;
      continue;
    }
    if (ch === "@" || ch === "_" || ch === "*") {
      i += ch === "@" ? 1 : 2;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
