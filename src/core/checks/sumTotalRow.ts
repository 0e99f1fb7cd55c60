/**
 * SUM-TOTAL-ROW: a 合计/总计/小计 row = Σ the rows it totals — its children when it has any, otherwise
 * the sibling rows of its block: those since the previous total row at the same level (a 合计 ignores
 * the 小计 rows and sums the items themselves), or, for a total at the top of its block, those after it.
 * Memo rows ("三公"经费, which is part of 一般公共预算支出), `其中` rows and head counts are not added.
 */
import { Book, Line } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkSum, messages, partsList, presentColumns, siblingGroups } from "./common";

export const SUM_TOTAL_ROW = "SUM-TOTAL-ROW";

/** Keys of rows that restate part of another row (a memo), never a further addend of a total. */
const MEMO_KEYS = new Set(["threePublic", "staffAuthorized", "staffActual"]);

function isAddend(line: Line): boolean {
  return !line.total && !line.ofWhich && line.kind === "money" && !MEMO_KEYS.has(line.key);
}

/** For each total line of a sibling group, the lines it totals. Linear in the group's size. */
function totalledLines(group: Line[]): Map<Line, Line[]> {
  const result = new Map<Line, Line[]>();
  let sinceSubtotal: Line[] = [];
  let sinceTotal: Line[] = [];
  const pendingAtTop: number[] = [];
  group.forEach((line, position) => {
    if (line.total) {
      const block = line.total === "subtotal" ? sinceSubtotal : sinceTotal;
      if (block.length > 0) result.set(line, block);
      else pendingAtTop.push(position);
      sinceSubtotal = [];
      if (line.total !== "subtotal") sinceTotal = [];
      return;
    }
    if (!isAddend(line)) return;
    sinceSubtotal.push(line);
    sinceTotal.push(line);
  });
  // A total at the top of its block (合计 first, items below) totals the items after it, up to the
  // next total of its kind.
  for (const start of pendingAtTop) {
    const total = group[start];
    const block: Line[] = [];
    for (let i = start + 1; i < group.length; i += 1) {
      const line = group[i];
      if (line.total && (line.total !== "subtotal" || total.total === "subtotal")) break;
      if (isAddend(line)) block.push(line);
    }
    if (block.length > 0) result.set(total, block);
  }
  return result;
}

export function checkSumTotalRow(book: Book, options: Options): Finding[] {
  const text = messages(options);
  const columns = presentColumns(book);
  const findings: Finding[] = [];
  const targets = new Map<Line, Line[]>();
  for (const line of book.lines) {
    if (!line.total || line.kind !== "money" || line.children.length === 0) continue;
    const children = line.children.map((i) => book.lines[i]).filter(isAddend);
    if (children.length > 0) targets.set(line, children);
  }
  if (book.lines.some((line) => line.total && line.children.length === 0)) {
    for (const group of siblingGroups(book)) {
      if (!group.some((line) => line.total)) continue;
      for (const [total, block] of totalledLines(group)) {
        if (total.kind === "money" && total.children.length === 0) targets.set(total, block);
      }
    }
  }
  const ordered = Array.from(targets.keys()).sort((a, b) => a.index - b.index);
  for (const total of ordered) {
    const addends = targets.get(total) ?? [];
    const relation = (): string =>
      text.relationTotal(
        partsList(
          addends.map((line) => line.label),
          text
        )
      );
    for (const column of columns) {
      const finding = checkSum({
        rule: SUM_TOTAL_ROW,
        book,
        options,
        target: total,
        addends,
        column,
        relation,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

export const sumTotalRowRule: Rule = {
  id: SUM_TOTAL_ROW,
  appliesTo: (book) => book.lines.some((line) => line.total !== undefined),
  check: checkSumTotalRow,
};
