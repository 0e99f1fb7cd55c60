/**
 * SUM-CHILDREN: a parent row = Σ its children (outline or code hierarchy), in every figure column;
 * `其中` children are a partial breakdown: Σ ≤ parent. Total rows (合计/小计) are SUM-TOTAL-ROW's.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkSum, messages, partsList, presentColumns } from "./common";

const SUM_CHILDREN = "SUM-CHILDREN" as const;

function moneyChildren(book: Book, line: Line): { sum: Line[]; ofWhich: Line[] } {
  const sum: Line[] = [];
  const ofWhich: Line[] = [];
  for (const index of line.children) {
    const child = book.lines[index];
    if (child.kind !== "money" || child.total) continue;
    (child.ofWhich ? ofWhich : sum).push(child);
  }
  return { sum, ofWhich };
}

/** SUM-CHILDREN for one line, in every present column (none for rows it does not check). */
export function checkLineChildren(book: Book, options: Options, line: Line): Finding[] {
  if (line.children.length === 0 || line.kind !== "money" || line.total) return [];
  const text = messages(options);
  const { sum, ofWhich } = moneyChildren(book, line);
  const labels = (lines: Line[]): string =>
    partsList(
      lines.map((child) => child.label),
      text
    );
  const findings: Finding[] = [];
  for (const column of presentColumns(book)) {
    if (sum.length > 0) {
      const finding = checkSum({
        rule: SUM_CHILDREN,
        book,
        options,
        target: line,
        addends: sum,
        column,
        relation: () => text.relationChildren(labels(sum)),
      });
      if (finding) findings.push(finding);
    }
    if (ofWhich.length > 0) {
      const finding = checkSum({
        rule: SUM_CHILDREN,
        book,
        options,
        target: line,
        addends: ofWhich,
        column,
        relation: () => text.relationChildren(labels(ofWhich)),
        mode: "at-most",
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

export function checkSumChildren(book: Book, options: Options): Finding[] {
  const findings: Finding[] = [];
  for (const line of book.lines) {
    if (line.children.length === 0) continue;
    for (const finding of checkLineChildren(book, options, line)) findings.push(finding);
  }
  return findings;
}

export const sumChildrenRule: Rule = {
  id: SUM_CHILDREN,
  severities: ["error", "info"],
  messages: [
    "findings.sumMismatch",
    "findings.ofWhichExceeds",
    "findings.roundingDifference",
    "findings.relationChildren",
  ],
  appliesTo: (book) => book.lines.some((line) => line.children.length > 0),
  check: checkSumChildren,
};
