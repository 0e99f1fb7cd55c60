/** The web page: the same pane as the add-in, over a workbook opened from disk. Nothing is uploaded. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { pageUnsupported } from "../guard/attribute";
import { messagesFor, normalizeLocale } from "../i18n";
import { App } from "../taskpane/App";
import { WebHost } from "../hosts/web/webHost";
import { createWorkerEngine } from "../taskpane/state/workerEngine";

// The guard (src/guard/) has already shown what to do where this bundle cannot run.
if (!pageUnsupported()) start();

function start(): void {
  const locale = normalizeLocale(
    new URLSearchParams(location.search).get("lang") ?? navigator.language
  );
  const host = new WebHost();
  // Recognition, checks and the report run in a worker: large workbooks never freeze the page.
  const engine = createWorkerEngine();
  document.documentElement.lang = locale;
  document.title = messagesFor(locale).ui.appTitle;

  let container = document.getElementById("container");
  if (!container) {
    container = document.createElement("div");
    container.id = "container";
    document.body.appendChild(container);
  }
  createRoot(container).render(
    <React.StrictMode>
      <App host={host} locale={locale} engine={engine} />
    </React.StrictMode>
  );
}
