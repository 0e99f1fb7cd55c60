/** Plain-text tables for a terminal, aligned by display width (a Chinese character is two columns wide). */

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        code >= 0x1f300)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? gap + text : text + gap;
}

/** Renders rows under a header; `align` per column ("right" for amounts). The last column is not padded. */
export function renderTable(
  header: readonly string[],
  rows: readonly string[][],
  align: readonly ("left" | "right")[] = []
): string {
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? "")))
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) =>
        c === cells.length - 1 && align[c] !== "right"
          ? cell
          : pad(cell, widths[c], align[c] ?? "left")
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
