/**
 * The report as Markdown (for pasting into a wiki or a chat) and as plain text (for pasting into Word or
 * WPS: paragraphs indented with two ideographic spaces, one line each).
 */
import { flattenReport } from "../core/report/numbering";
import type { Report } from "../core/report/types";

const INDENT = "\u3000\u3000";

/** Escapes what Markdown would read as markup; Chinese text is left alone. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** Backslashes before characters that start inline markup. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

/** A backslash before what would start a heading, list, quote or rule at the beginning of a line. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#+\->=]|\d+[.)])/, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.replace(/([.)])$/, "\\$1")}` : `${space}\\${mark}`
  );
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const blocks = flattenReport(report);
  const signature = blocks.filter((b) => b.kind === "signature");
  for (const block of blocks) {
    if (block.kind === "title") out.push(`# ${escapeInline(block.text)}`);
    else if (block.kind === "heading")
      out.push(`${"#".repeat(block.depth + 1)} ${escapeInline(block.text)}`);
    else if (block.kind === "paragraph") out.push(escapeMarkdown(block.text));
  }
  // The sign-off: right-aligned where HTML is allowed, two lines either way.
  out.push(`<p align="right">${signature.map((b) => escapeHtml(b.text)).join("<br>")}</p>`);
  return `${out.join("\n\n")}\n`;
}

export function renderText(report: Report): string {
  const out: string[] = [];
  for (const block of flattenReport(report)) {
    if (block.kind === "title") out.push(block.text, "");
    else if (block.kind === "heading") out.push(INDENT + block.text);
    else if (block.kind === "paragraph") out.push(INDENT + block.text);
    else out.push(block.text);
  }
  // One empty line before the sign-off.
  const signatureAt = out.length - 2;
  out.splice(signatureAt, 0, "");
  return `${out.join("\n")}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
