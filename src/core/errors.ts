/**
 * A workbook (or an argument) the product cannot use at all. Hosts show `message` as one line:
 * the CLI prints it and exits 2, the task pane shows it in a MessageBar. Never a stack trace.
 */
export type UnusableReason =
  | "no-file"
  | "not-xlsx"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "empty-workbook"
  | "no-table"
  | "bad-arguments";

export class UnusableInputError extends Error {
  constructor(
    readonly reason: UnusableReason,
    /** Chinese sentence for the user. */
    readonly zh: string,
    /** The same in English. */
    readonly en: string
  ) {
    super(`${zh} / ${en}`);
    this.name = "UnusableInputError";
  }
}

export function isUnusableInputError(error: unknown): error is UnusableInputError {
  return error instanceof UnusableInputError;
}
