/**
 * A report's plain text for the audit (src/core/audit): a .docx in reading order — paragraphs as lines, a
 * table row as one line with its cells separated by tabs — a .txt file as it is, or a .md file with its marks
 * blanked in place (markdownText.ts); text files in UTF-8, UTF-16 with its byte-order mark, or GB18030, the encoding of Chinese
 * Windows' Notepad. Runs in Node and the browser.
 */
import JSZip from "jszip";
import { unusableInput } from "../../core/errors";
import { markdownText } from "./markdownText";
import { unescapeXml } from "./ooxml/xml";
import { checkSignature, DEFAULT_MAX_UNCOMPRESSED_BYTES } from "./zipGuard";

/** The kinds of report file the audit reads, by extension. */
export function reportKind(fileName: string): "docx" | "markdown" | "text" | undefined {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (extension === "docx") return "docx";
  if (["md", "markdown"].includes(extension)) return "markdown";
  if (["txt", "text"].includes(extension)) return "text";
  return undefined;
}

/** Text bytes → string: a BOM says the encoding; otherwise UTF-8 when valid, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The tokens of WordprocessingML that shape the text; everything else is skipped. */
const TOKEN =
  /<w:(p|tbl|tr|tc)\b[^>]*?(\/?)>|<\/w:(p|tbl|tr|tc)>|<w:(t|delText|instrText)\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:\4>)|<w:(tab|br|cr)\b[^>]*\/>/g;

/** document.xml → plain text in reading order. */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  let line = "";
  let depth = 0; // table nesting
  /** The cells of the table row being read; a cell's paragraphs run on (Chinese needs no space). */
  let cellText: string[] = [];
  const endLine = () => {
    lines.push(line);
    line = "";
  };
  for (const match of xml.matchAll(TOKEN)) {
    const [, open, selfClosing, close, textTag, textContent, inline] = match;
    if (open) {
      if (open === "tbl") depth++;
      else if (open === "tr" && depth > 0) cellText = [];
      else if (open === "tc" && depth > 0) cellText.push("");
      else if (open === "p" && selfClosing && depth === 0) endLine();
    } else if (close) {
      if (close === "p" && depth === 0) endLine();
      else if (close === "tr" && depth > 0) {
        lines.push(cellText.join("\t"));
        cellText = [];
      } else if (close === "tbl") depth = Math.max(0, depth - 1);
    } else if (textTag === "t") {
      const text = unescapeXml(textContent ?? "");
      if (depth > 0 && cellText.length > 0) cellText[cellText.length - 1] += text;
      else line += text;
    } else if (inline === "tab") {
      if (depth > 0 && cellText.length > 0) cellText[cellText.length - 1] += " ";
      else line += "\t";
    } else if (inline === "br" || inline === "cr") {
      if (depth > 0 && cellText.length > 0) cellText[cellText.length - 1] += " ";
      else endLine();
    }
  }
  if (line !== "") endLine();
  return lines
    .map((text) => text.replace(/\s+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A report file's plain text. Unreadable files fail as one-line UnusableInputErrors. */
export async function readReportText(bytes: Uint8Array, fileName: string): Promise<string> {
  const kind = reportKind(fileName);
  if (!kind) throw unusableInput("not-report", (t) => t.fileHost.reportType(fileName));
  let text: string;
  if (kind === "text") text = decodeText(bytes);
  else if (kind === "markdown") text = markdownText(decodeText(bytes).replace(/\r\n?/g, "\n"));
  else {
    checkSignature(bytes, fileName);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw unusableInput("corrupt", (t) => t.fileHost.corrupt(fileName));
    }
    const document = zip.file("word/document.xml");
    if (!document) throw unusableInput("not-report", (t) => t.fileHost.notDocx(fileName));
    const declared = (document as unknown as { _data?: { uncompressedSize?: number } })._data
      ?.uncompressedSize;
    if (declared !== undefined && declared > DEFAULT_MAX_UNCOMPRESSED_BYTES) {
      const limitMb = Math.round(DEFAULT_MAX_UNCOMPRESSED_BYTES / (1024 * 1024));
      throw unusableInput("too-large", (t) => t.fileHost.tooLarge(fileName, limitMb));
    }
    text = documentXmlText(await document.async("string"));
  }
  text = text.replace(/\r\n?/g, "\n").replace(/^\ufeff/, "");
  if (text.trim() === "")
    throw unusableInput("empty-workbook", (t) => t.fileHost.emptyReport(fileName));
  return text;
}
