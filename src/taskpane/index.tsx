/**
 * The task pane's entry: waits for Office.js, picks the Excel host, settles the language
 * (Office.context.displayLanguage, else the browser's; zh-CN by default) and renders the pane.
 * Opened outside Excel, or when office.js could not load, it says so instead of failing silently.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../core/options";
import { messagesFor, normalizeLocale } from "../i18n";
import { createExcelHost } from "../hosts/excel";
import { pageUnsupported } from "../guard/attribute";
import { App } from "./App";
import { createWorkerEngine } from "./state/workerEngine";

function container(): HTMLElement {
  let element = document.getElementById("container");
  if (!element) {
    element = document.createElement("div");
    element.id = "container";
    document.body.appendChild(element);
  }
  return element;
}

/** The language Office shows, falling back to the browser's. */
function paneLocale(): Locale {
  const office = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return normalizeLocale(
    office || (typeof navigator !== "undefined" ? navigator.language : undefined)
  );
}

function Notice({ locale, text, webLink }: { locale: Locale; text: string; webLink: boolean }) {
  const messages = messagesFor(locale).addin;
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {text}
          {webLink ? (
            <>
              {" "}
              <Link href="index.html">{messages.useWebPage}</Link>
            </>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

function start(): void {
  const root = createRoot(container());
  if (typeof Office === "undefined") {
    const locale = paneLocale();
    root.render(
      <Notice locale={locale} text={messagesFor(locale).addin.officeJsMissing} webLink />
    );
    return;
  }
  Office.onReady((info) => {
    const locale = paneLocale();
    document.documentElement.lang = locale;
    if (info.host !== Office.HostType.Excel) {
      root.render(<Notice locale={locale} text={messagesFor(locale).addin.notInExcel} webLink />);
      return;
    }
    try {
      root.render(
        <React.StrictMode>
          <App host={createExcelHost({ locale })} locale={locale} engine={createWorkerEngine()} />
        </React.StrictMode>
      );
    } catch (error) {
      const what = error instanceof Error ? error.message : String(error);
      root.render(
        <Notice
          locale={locale}
          text={messagesFor(locale).addin.startFailed(what)}
          webLink={false}
        />
      );
    }
  });
}

// The guard (src/guard/) has already shown what to do where this bundle cannot run.
if (!pageUnsupported()) start();
