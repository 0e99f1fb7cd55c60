/**
 * The whole core in one call: grids → Book → findings and changes. Hosts call this and nothing else of
 * the recognition or checks; composeReport (src/core/report) reads what it returns.
 */
import type { Book } from "./book";
import type { Change } from "./change";
import { runChecks } from "./checks";
import { compareBook } from "./compare";
import type { Finding } from "./finding";
import type { Grid } from "./grid";
import { Options, withDefaults } from "./options";
import { recognizeBook } from "./recognize";

export interface Analysis {
  book: Book;
  findings: Finding[];
  changes: Change[];
  options: Options;
}

export function analyze(grids: Grid[], options: Partial<Options> = {}): Analysis {
  const resolved = withDefaults(options);
  const book = recognizeBook(grids, resolved);
  applyTypedReasons(book, resolved);
  const changes = compareBook(book, resolved);
  const findings = runChecks(book, resolved);
  return { book, findings, changes, options: resolved };
}

/** Reasons typed in the task pane win over the sheet's reason column, for checks and report alike. */
function applyTypedReasons(book: Book, options: Options): void {
  if (!options.reasons) return;
  for (const line of book.lines) {
    const typed = options.reasons[line.key]?.trim();
    if (typed) line.reason = typed;
  }
}
