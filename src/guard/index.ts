/**
 * The guard: a tiny script every page loads before its bundle, compiled to ES5 on its own so that it runs
 * where the bundle cannot even be parsed. In Internet Explorer (Trident) and legacy Edge (EdgeHTML) —
 * the webviews of volume-licensed Office 2016/2019 and of retail copies without the WebView2 runtime — and in
 * browsers without BigInt (exact money needs it: Safari before 14), it marks the page unsupported and shows,
 * in Chinese and English, what the user can do, instead of a blank pane. Everything else is left alone.
 *
 * It must stay ES5: no arrow functions, classes, template literals, let/const after compilation (tsc does
 * that), and no library calls newer than ES5 (Object.assign, Array.from, Promise…) — the test parses the
 * built file at ECMAScript 5 and runs it in a Trident-like window.
 */
import { guard as zh } from "../i18n/zh-CN/guard";
import { guard as en } from "../i18n/en-US/guard";
import { UNSUPPORTED_ATTRIBUTE } from "./attribute";

type Words = typeof zh;

/** Why the page cannot run here, or undefined when it can. */
export type Unsupported = "trident" | "edgehtml" | "old-browser";

interface GuardWindow {
  navigator: { userAgent: string };
  document: Document & { documentMode?: number };
  BigInt?: unknown;
  globalThis?: unknown;
  Promise?: { allSettled?: unknown };
  queueMicrotask?: unknown;
}

/**
 * What the bundles need of the engine. BigInt (Edge 79, Chrome 67, Firefox 68, Safari 14) for exact money;
 * String.prototype.replaceAll stands in for the ES2020 syntax the bundles are compiled to (every engine that
 * has it parses `?.` and `??`); the rest are built-ins the UI stack calls.
 */
export function unsupportedReason(win: GuardWindow): Unsupported | undefined {
  const agent = win.navigator.userAgent || "";
  if (win.document.documentMode || /Trident\//.test(agent)) return "trident";
  if (/\bEdge\/\d/.test(agent)) return "edgehtml";
  const features = [
    typeof win.BigInt === "function",
    typeof win.globalThis === "object",
    typeof win.queueMicrotask === "function",
    !!win.Promise && typeof win.Promise.allSettled === "function",
    typeof (String.prototype as { replaceAll?: unknown }).replaceAll === "function",
    typeof (Object as { fromEntries?: unknown }).fromEntries === "function",
    typeof (Array.prototype as { flatMap?: unknown }).flatMap === "function",
  ];
  for (let i = 0; i < features.length; i++) if (!features[i]) return "old-browser";
  return undefined;
}

function paragraph(doc: Document, text: string, bold?: boolean): HTMLElement {
  const p = doc.createElement("p");
  p.style.margin = "0 0 8px 0";
  if (bold) p.style.fontWeight = "bold";
  p.appendChild(doc.createTextNode(text));
  return p;
}

function link(doc: Document, href: string): HTMLElement {
  const a = doc.createElement("a");
  a.href = href;
  a.target = "_blank";
  a.appendChild(doc.createTextNode(href));
  return a;
}

/**
 * One language's notice: the reason, then what can be done — in Office (`webPage` is the web page beside
 * the pane): WebView2 or a newer Office, or the web page; in a browser: a current browser.
 */
function notice(
  doc: Document,
  reason: Unsupported,
  words: Words,
  webPage: string | undefined
): HTMLElement {
  const section = doc.createElement("div");
  section.style.marginBottom = "16px";
  section.appendChild(paragraph(doc, words.title, true));
  section.appendChild(
    paragraph(doc, reason === "old-browser" || !webPage ? words.oldBrowser : words.oldWebview)
  );
  section.appendChild(paragraph(doc, words.whatToDo));
  const list = doc.createElement("ul");
  list.style.margin = "0 0 8px 0";
  list.style.paddingLeft = "20px";
  const item = (text: string, href?: string) => {
    const li = doc.createElement("li");
    li.appendChild(doc.createTextNode(text));
    if (href) {
      li.appendChild(doc.createTextNode(" "));
      li.appendChild(link(doc, href));
    }
    list.appendChild(li);
  };
  if (webPage && reason !== "old-browser") {
    item(words.installWebView2, words.webView2Link);
    item(words.upgradeOffice);
  } else {
    item(words.updateBrowser);
  }
  if (webPage) item(words.useWebPage, webPage);
  section.appendChild(list);
  return section;
}

/** Replaces the page's container with the notice, in Chinese then English. */
export function showNotice(doc: Document, reason: Unsupported, webPage: string | undefined): void {
  let container = doc.getElementById("container");
  if (!container) {
    container = doc.createElement("div");
    doc.body.appendChild(container);
  }
  while (container.firstChild) container.removeChild(container.firstChild);
  const box = doc.createElement("div");
  box.setAttribute("role", "alert");
  box.style.fontFamily = "'Microsoft YaHei', 'PingFang SC', SimSun, sans-serif";
  box.style.fontSize = "14px";
  box.style.lineHeight = "1.5";
  box.style.padding = "12px";
  box.style.border = "1px solid #c19c00";
  box.style.background = "#fff9f5";
  box.appendChild(notice(doc, reason, zh, webPage));
  box.appendChild(notice(doc, reason, en, webPage));
  container.appendChild(box);
}

/** The web page beside the add-in's pages (same folder), or undefined on the web page itself. */
function webPageUrl(doc: Document): string | undefined {
  const here = String(doc.location && doc.location.href ? doc.location.href : "");
  if (!/(taskpane|commands)\.html/i.test(here)) return undefined;
  return here.replace(/(taskpane|commands)\.html.*$/i, "index.html");
}

/** Runs the guard in a window: marks the page and shows the notice when the bundle cannot run. */
export function runGuard(win: GuardWindow): Unsupported | undefined {
  const reason = unsupportedReason(win);
  if (!reason) return undefined;
  const doc = win.document;
  doc.documentElement.setAttribute(UNSUPPORTED_ATTRIBUTE, reason);
  const show = () => showNotice(doc, reason, webPageUrl(doc));
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", show);
  else show();
  return reason;
}

if (typeof window !== "undefined") runGuard(window as unknown as GuardWindow);
