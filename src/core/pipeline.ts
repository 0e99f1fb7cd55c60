/**
 * The whole core in one call: grids → Book → findings and changes. Hosts call this and nothing else of
 * the recognition or checks; composeReport (src/core/report) reads what it returns.
 */
import type { Book } from "./book";
import type { Change } from "./change";
import { runChecks } from "./checks";
import { compareBook } from "./compare";
import { UnusableInputError, isUnusableInputError } from "./errors";
import { computeFormulaValues } from "./formula";
import type { Finding } from "./finding";
import type { Grid } from "./grid";
import { Options, withDefaults } from "./options";
import { mergePrior } from "./prior";
import { recognizeBook } from "./recognize";
import { messagesFor } from "../i18n";

export interface Analysis {
  book: Book;
  findings: Finding[];
  changes: Change[];
  options: Options;
}

/**
 * `priorGrids`: last year's workbook (CLI --prior, the task pane's 选择上年工作簿). Its 本年 figures become
 * this year's 上年 (src/core/prior.ts); rows it cannot match and a wrong year are findings.
 */
export function analyze(
  grids: Grid[],
  options: Partial<Options> = {},
  priorGrids?: Grid[]
): Analysis {
  const resolved = withDefaults(options);
  // Formulas the file saved without a value are computed where the cells they read allow.
  let book = recognizeBook(computeFormulaValues(grids), resolved);
  if (priorGrids) {
    const priorBook = recognizePrior(computeFormulaValues(priorGrids), resolved);
    book = mergePrior(book, priorBook).book;
  }
  applyTypedReasons(book, resolved);
  const changes = compareBook(book, resolved);
  const findings = runChecks(book, resolved);
  return { book, findings, changes, options: resolved };
}

/** Last year's Book; an unusable prior workbook says that it is last year's. */
function recognizePrior(grids: Grid[], options: Options): Book {
  try {
    return recognizeBook(grids, withDefaults({ locale: options.locale }));
  } catch (error) {
    if (!isUnusableInputError(error)) throw error;
    // The inner refusal is already in both languages; each is wrapped in its own language's words.
    throw new UnusableInputError(
      error.reason,
      messagesFor("zh-CN").recognition.priorWorkbook(error.zh),
      messagesFor("en-US").recognition.priorWorkbook(error.en)
    );
  }
}

/** Reasons typed in the task pane win over the sheet's reason column, for checks and report alike. */
function applyTypedReasons(book: Book, options: Options): void {
  if (!options.reasons) return;
  for (const line of book.lines) {
    const typed = options.reasons[line.key]?.trim();
    if (typed) line.reason = typed;
  }
}
