/**
 * A PDF's running header, copied with its pages ("无锡市教育局 2026 年度部门预算公开" at the top of each), lands in
 * the middle of sentences once the pages' lines run on: "…支出 103.44 万元，与无锡市应急管理综合行政执法监督局 2026
 * 年度单位预算公开上年相比增加 30.11 万元…" hides the 与上年相比 the change is read by. Such a header — a unit's
 * name, the year and 部门/单位预算/决算公开, printed three times or more — is blanked (spaces: every offset stays the
 * text's) wherever it stands inside a line; a line of its own (the title) is left as it is.
 */
import { blankPageNumbers } from "./text";

const HEADER =
  /(?<=^|[\n\s0-9０-９，,。；;：:、])[\u4e00-\u9fff（）()]{2,40}\s*20\d\d\s*年度?\s*(?:部门|单位)(?:预算|决算)公开/g;

/** How many times a phrase must be printed to be a page's header. */
const PAGES = 3;

/** A page's number on a line of its own: "- 2 -", "— 4 —", "第 3 页", "第3页 共12页". */
const PAGE_NUMBER_LINE =
  /^[^\S\n]*(?:[-—–－]+[^\S\n]*\d{1,4}[^\S\n]*[-—–－]+|第[^\S\n]*\d{1,4}[^\S\n]*页(?:[^\S\n]*[，,/]?[^\S\n]*共[^\S\n]*\d{1,4}[^\S\n]*页)?)[^\S\n]*$/gm;

/**
 * A PDF's running header, and a page's number on a line of its own, blanked (spaces: every offset stays the text's):
 * a sentence cut by a page's end is read across it.
 */
export function blankRunningHeaders(text: string): string {
  return blankPageNumbers(
    blankHeaders(text).replace(PAGE_NUMBER_LINE, (line) => " ".repeat(line.length))
  );
}

function blankHeaders(text: string): string {
  const candidates = new Set([...text.matchAll(HEADER)].map((match) => match[0].trim()));
  /** Where each header to blank starts, and its length. */
  const blanks: [number, number][] = [];
  for (const header of candidates) {
    const at: number[] = [];
    for (let from = text.indexOf(header); from >= 0; from = text.indexOf(header, from + 1))
      at.push(from);
    if (at.length < PAGES) continue;
    for (const start of at) {
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      const lineEnd = text.indexOf("\n", start + header.length);
      const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
      if (line !== header) blanks.push([start, header.length]);
    }
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  let blanked = "";
  let from = 0;
  for (const [start, length] of blanks) {
    if (start < from) continue;
    blanked += text.slice(from, start) + " ".repeat(length);
    from = start + length;
  }
  return blanked + text.slice(from);
}
