/** The React side of the store: one store per host, engine and language; loads on mount. */
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { Locale } from "../../core/options";
import type { Host } from "../../hosts/host";
import type { Engine } from "./engine";
import { isFileSourceHost } from "../../hosts/fileSource";
import { AssistantState, AssistantStore } from "./store";

export function useAssistant(
  host: Host,
  engine: Engine,
  locale: Locale
): [AssistantState, AssistantStore] {
  const store = useMemo(() => new AssistantStore(host, engine, locale), [host, engine, locale]);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  useEffect(() => {
    // Excel: read the open workbook at once. Web page: wait until the user picks a file.
    if (!isFileSourceHost(host) || host.hasWorkbook()) void store.load();
    return () => store.dispose();
  }, [store, host]);
  return [state, store];
}
