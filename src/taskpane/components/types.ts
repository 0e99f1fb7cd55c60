import type { ButtonProps } from "@fluentui/react-components";
import type { messagesFor } from "../../i18n";
import type { AssistantState, AssistantStore } from "../state/store";

export type UiMessages = ReturnType<typeof messagesFor>["ui"];

/** What every tab receives: the state to show, the store to act on, the strings to say it with. */
export interface TabProps {
  state: AssistantState;
  store: AssistantStore;
  t: UiMessages;
}

/** A button that opens the file chooser (FileButton.tsx). */
export interface FileButtonProps {
  label: string;
  /** The input's accept list: extensions and MIME types. */
  accept: string;
  /** Called with the file chosen. */
  onFile(chosen: File): void;
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
  size?: ButtonProps["size"];
  /** data-testid of the input, for tests that set its files. */
  testId: string;
}
