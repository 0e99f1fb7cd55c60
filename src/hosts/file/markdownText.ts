/**
 * A Markdown report's plain text, as a reader sees it rendered: emphasis marks, heading marks, backslash escapes
 * and HTML tags taken off ("**2023年收入总计100万元**" is no "**" placeholder, "55.08\%" is 55.08%), a table row
 * as one line with its cells separated by tabs, as a .docx's are read (reportText.ts). The lines stay as the writer
 * broke them: Chinese Markdown often puts each paragraph on a line of its own with no blank line between.
 */
import MarkdownIt from "markdown-it";
import { unescapeXml } from "./ooxml/xml";

const parser = new MarkdownIt({ html: true });

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** HTML (a table converted from PDF, a <br>) → text: rows as lines, cells separated by tabs, tags dropped. */
function htmlText(html: string): string {
  return unescapeXml(
    html
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/t[dh]>\s*(?=<t[dh]\b)/gi, "\t")
      .replace(/<\/tr>/gi, "\n")
      .replace(/<\/?(?:p|div|table|h[1-6])\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/&nbsp;/g, " ")
  )
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/** The text of an inline token's children: text as printed, line breaks kept, markup dropped. */
function inlineText(children: readonly Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return "\n";
      if (child.type === "html_inline") return /^<br\b/i.test(child.content) ? "\n" : "";
      if (child.type === "image") return inlineText(child.children ?? []);
      return "";
    })
    .join("");
}

export function markdownText(markdown: string): string {
  const lines: string[] = [];
  let line = "";
  let cells: string[] | undefined;
  /** The number an ordered list's item prints ("1.", "2)"), put back before its first line. */
  let itemNumber = "";
  for (const token of parser.parse(markdown, {})) {
    switch (token.type) {
      case "tr_open":
        cells = [];
        break;
      case "tr_close":
        lines.push((cells ?? []).join("\t"));
        cells = undefined;
        break;
      case "list_item_open":
        itemNumber = token.info ? `${token.info}${token.markup}` : "";
        break;
      case "inline": {
        const text = inlineText(token.children ?? []);
        if (cells) cells.push(text.replace(/\n/g, " "));
        else line += `${itemNumber}${text}`;
        itemNumber = "";
        break;
      }
      case "paragraph_close":
      case "heading_close":
        if (!cells) {
          lines.push(line);
          line = "";
        }
        break;
      case "html_block":
        lines.push(htmlText(token.content));
        break;
      case "code_block":
      case "fence":
        lines.push(token.content);
        break;
    }
  }
  if (line !== "") lines.push(line);
  return lines
    .join("\n")
    .split("\n")
    .map((text) => text.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
