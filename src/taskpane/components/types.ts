import type { messagesFor } from "../../i18n";
import type { AssistantState, AssistantStore } from "../state/store";

export type UiMessages = ReturnType<typeof messagesFor>["ui"];

/** What every tab receives: the state to show, the store to act on, the strings to say it with. */
export interface TabProps {
  state: AssistantState;
  store: AssistantStore;
  t: UiMessages;
}
