/**
 * Office.js errors as the user should read them. Microsoft's `error.message` is not meant for end users,
 * so every error the Excel host can meet is mapped by its code to a sentence that says what to do, in both
 * languages (the pane picks one), with the code kept at the end for support.
 */
import { messagesFor } from "../../i18n";

/** An Excel host failure the pane can show as it is: `zh` / `en` like UnusableInputError. */
export class HostError extends Error {
  constructor(
    /** The Office.js error code, or this host's own ("ReadOnly", "WorkbookProtected", …). */
    readonly code: string,
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh} / ${en}`);
    this.name = "HostError";
  }
}

/** The Office.js error code of anything thrown (OfficeExtension.Error has `code` and `debugInfo.code`). */
export function officeErrorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; debugInfo?: { code?: unknown } } | undefined;
  const code = e?.code ?? e?.debugInfo?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** True for the errors Office.js raises when a request or response is too large. */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  const text = `${officeErrorCode(error) ?? ""} ${e?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|ResponsePayload|RequestPayload|InsufficientResources|ExceedsLimit|too large|5MB/i.test(
    text
  );
}

type OfficeWords = ReturnType<typeof messagesFor>["addin"]["officeError"];
type Known = Exclude<keyof OfficeWords, "code" | "other">;

const API_NOT_SUPPORTED = new Set(["ApiNotFound", "ApiNotAvailable", "NotImplemented"]);

function sentenceKey(error: unknown, code: string): Known | "other" {
  if (isPayloadLimitError(error)) return "payloadTooLarge";
  if (API_NOT_SUPPORTED.has(code)) return "ApiNotSupported";
  if (code === "EditModeCellEditNotAllowed") return "InvalidOperationInCellEditMode";
  const known: Known[] = [
    "InvalidOperationInCellEditMode",
    "AccessDenied",
    "ItemAlreadyExists",
    "ItemNotFound",
    "GeneralException",
    "Conflict",
  ];
  return (known as string[]).includes(code) ? (code as Known) : "other";
}

/**
 * The error to hand to the pane: a HostError as it is, an Office.js error as a HostError with the sentence
 * for its code; anything else (a bug of ours) unchanged.
 */
export function explainOfficeError(error: unknown): unknown {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (!code) return error;
  const key = sentenceKey(error, code);
  const say = (words: OfficeWords) => `${words[key]}${words.code(code)}`;
  return new HostError(
    code,
    say(messagesFor("zh-CN").addin.officeError),
    say(messagesFor("en-US").addin.officeError)
  );
}

/** A HostError of this host's own, in both languages. */
export function hostError(
  code: string,
  say: (words: ReturnType<typeof messagesFor>["addin"]) => string
): HostError {
  return new HostError(code, say(messagesFor("zh-CN").addin), say(messagesFor("en-US").addin));
}
