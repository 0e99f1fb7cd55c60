/**
 * The CLI's refusals, in both languages on one line ("中文 / English"): the command may be run by a script
 * whose locale nobody set, so a refusal never depends on --lang. Each message is written once, as a function
 * of one language's words (core/errors.ts `unusableInput`; i18n `inBothLanguages` for a plain line).
 */
import { type UnusableInputError, unusableInput } from "../core/errors";
import type { Messages } from "../i18n";

/** An argument the command cannot use (exit code 2). */
export function argumentError(say: (words: Messages["cli"]) => string): UnusableInputError {
  return unusableInput("bad-arguments", (words) => say(words.cli));
}
