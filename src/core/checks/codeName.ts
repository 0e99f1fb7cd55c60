/**
 * CODE-NAME: a classification code whose label does not match the classification (2012901 must be 行政运行,
 * 30201 办公费) — 警告. Common short forms pass: one name containing the other ("职业年金" for 职业年金缴费,
 * "基本养老保险缴费"), or nearly the same characters in order ("商品服务支出", "对个人和家庭补助").
 */
import { Book, labelPosition } from "../book";
import { classificationName } from "../classification";
import { Finding, Rule } from "../finding";
import { refAt } from "../grid";
import { Options } from "../options";
import { normalizeLabel } from "../text";
import { messages } from "./common";

const CODE_NAME = "CODE-NAME" as const;

/** Share of the shorter name's characters that must appear, in order, in the other. */
const SIMILARITY = 0.75;

function reduce(label: string): string {
  return normalizeLabel(label)
    .replace(/^\d+\s*/, "") // a code typed into the label cell
    .replace(/^(其中|[一二三四五六七八九十]+、|\(\d+\)|\([一二三四五六七八九十]+\)|\d+[.、])/, "")
    .replace(/[()（）[\]【】、,，.。]/g, "")
    .replace(/的/g, "");
}

/** Longest common subsequence length; labels are short, so O(n·m) per label is constant work. */
function commonSubsequence(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i += 1) {
    const current = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j += 1) {
      current[j] =
        x[i - 1] === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    previous = current;
  }
  return previous[y.length];
}

/** True when a label is an acceptable way of writing the classification name. */
export function labelMatchesName(label: string, name: string): boolean {
  const a = reduce(label);
  const b = reduce(name);
  if (a === "" || a === b) return true;
  const shorter = Array.from(a.length <= b.length ? a : b).length;
  if (shorter >= 2 && (a.includes(b) || b.includes(a))) return true;
  if (a.length > 60 || b.length > 60) return false;
  return commonSubsequence(a, b) >= Math.max(2, Math.ceil(SIMILARITY * shorter));
}

export function checkCodeName(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const line of book.lines) {
    const code = line.code?.trim();
    if (!code || line.codeInferred) continue;
    const name = classificationName(code);
    if (!name || labelMatchesName(line.label, name)) continue;
    const ref = refAt(labelPosition(book, line));
    findings.push({
      rule: CODE_NAME,
      severity: "warning",
      message: text.codeName({ label: line.label, cell: ref.address, code, name }),
      ref,
      lineKey: line.key,
    });
  }
  return findings;
}

export const codeNameRule: Rule = {
  id: CODE_NAME,
  severities: ["warning"],
  messages: ["findings.codeName"],
  appliesTo: (book) => book.lines.some((line) => line.code !== undefined),
  check: checkCodeName,
};
