/** The attribute the guard (src/guard/index.ts) sets on <html> when the page cannot run here. */
export const UNSUPPORTED_ATTRIBUTE = "data-unsupported";

/** True when the guard found this webview or browser unable to run the bundles: they then do not start. */
export function pageUnsupported(): boolean {
  return (
    typeof document !== "undefined" && document.documentElement.hasAttribute(UNSUPPORTED_ATTRIBUTE)
  );
}
