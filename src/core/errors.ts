/**
 * A workbook (or an argument) the product cannot use at all. Hosts show `message` as one line:
 * the CLI prints it and exits 2, the task pane shows it in a MessageBar. Never a stack trace.
 */
import { type Messages, bothLanguages, messagesFor } from "../i18n";

export type UnusableReason =
  | "no-file"
  | "not-xlsx"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "empty-workbook"
  | "no-table"
  | "bad-arguments"
  | "not-report";

export class UnusableInputError extends Error {
  constructor(
    readonly reason: UnusableReason,
    /** Chinese sentence for the user. */
    readonly zh: string,
    /** The same in English. */
    readonly en: string
  ) {
    super(bothLanguages(zh, en));
    this.name = "UnusableInputError";
  }
}

/**
 * The one way to build an UnusableInputError: the message is written once, as a function of one language's
 * words, and said in both (every host shows "中文 / English" where it cannot know the reader's language).
 */
export function unusableInput(
  reason: UnusableReason,
  say: (words: Messages) => string
): UnusableInputError {
  return new UnusableInputError(reason, say(messagesFor("zh-CN")), say(messagesFor("en-US")));
}

export function isUnusableInputError(error: unknown): error is UnusableInputError {
  return error instanceof UnusableInputError;
}
