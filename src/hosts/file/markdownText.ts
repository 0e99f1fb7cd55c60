/**
 * A Markdown report as the audit reads it: its markup blanked in place — each mark turned to spaces, and the end of
 * an HTML table row or a <br> to a line break — so that "**2023年收入总计100万元**" is no "**" placeholder and
 * "55.08\%" is 55.08%, while the text keeps the file's length: every finding's offset is an offset into the file
 * itself (docs/design.md §2), and its excerpt is the file's words with blanks where the marks were. (A Markdown
 * renderer such as markdown-it gives the text but not where each character came from, which the offsets need.)
 * A table row keeps its | separators, and an HTML table's cells are separated by | too: tables.ts reads both.
 */

/** Spaces for every character but line breaks. */
const blank = (marks: string): string => marks.replace(/[^\n]/g, " ");

/** Blanks the marks of one line that say what a line is: a heading's #, a quote's >, a list's bullet, a rule. */
function maskLine(line: string): string {
  // A table's delimiter row ("|---|:---:|") and a thematic break ("---", "***").
  if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return blank(line);
  if (/^\s*([-*_])(?:\s*\1){2,}\s*$/.test(line)) return blank(line);
  // A code fence.
  if (/^\s*(?:```|~~~)/.test(line)) return blank(line);
  return line
    .replace(/^(\s{0,3}(?:>\s?)+)/, blank)
    .replace(/^(\s{0,3})(#{1,6})(\s+)/, (_, lead: string, hashes: string, gap: string) =>
      blank(`${lead}${hashes}${gap}`)
    )
    .replace(/\s+#+\s*$/, blank)
    .replace(/^(\s*)([-*+])(\s+)/, (_, lead: string, bullet: string, gap: string) =>
      blank(`${lead}${bullet}${gap}`)
    );
}

/** The marks inside a line's text: escapes, emphasis, code, links, images, math dollars, HTML and entities. */
function maskInline(text: string): string {
  return (
    text
      // "\%", "\*": the character itself.
      .replace(/\\([!-/:-@[-`{-~])/g, (_, character: string) => ` ${character}`)
      // An image is no text of the report; a link's text is, its address is not.
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
      .replace(
        /\[([^\]\n]*)\]\(([^)\n]*)\)/g,
        (_, words: string, address: string) => ` ${words} ${blank(`(${address})`)}`
      )
      .replace(
        /(`+)([^`\n]+?)\1/g,
        (_, ticks: string, code: string) => `${blank(ticks)}${code}${blank(ticks)}`
      )
      .replace(
        /(\*\*\*|\*\*|___|__)(?=\S)([^\n]*?\S)\1/g,
        (_, marks: string, words: string) => `${blank(marks)}${words}${blank(marks)}`
      )
      .replace(
        /(?<![*\\\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/g,
        (_, words: string) => ` ${words} `
      )
      // "$69.33\%$": a converter's math, around a figure.
      .replace(/\$([^$\n]+)\$/g, (_, math: string) => ` ${math} `)
      // HTML: a row or a <br> ends a line; a cell ends with a | as a Markdown table's does; other tags go.
      .replace(/<br\s*\/?>/gi, (tag: string) => `${blank(tag.slice(1))}\n`)
      .replace(/<\/tr\s*>/gi, (tag: string) => `${blank(tag.slice(1))}\n`)
      .replace(/<\/t[dh]\s*>/gi, (tag: string) => `${blank(tag.slice(1))}|`)
      .replace(/<\/?[A-Za-z][^>\n]*>/g, blank)
      .replace(/&nbsp;/g, blank)
      .replace(/&(amp|lt|gt|quot|#39);/g, (entity: string, name: string) => {
        const character = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" }[name] ?? " ";
        return `${character}${blank(entity.slice(1))}`;
      })
  );
}

export function markdownText(source: string): string {
  return maskInline(source.split("\n").map(maskLine).join("\n"));
}
