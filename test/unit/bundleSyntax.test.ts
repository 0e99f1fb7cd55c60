/**
 * The built pages run where the add-in is really opened (issue 14): every chunk of the production build
 * parses at the bundles' declared ECMAScript version, the guard at ECMAScript 5, and every page loads the
 * guard before its bundle — so Internet Explorer (Trident) and legacy Edge (EdgeHTML), the webviews of
 * volume-licensed Office 2016/2019 and of retail copies without WebView2, show what to do instead of a blank
 * pane. The guard itself runs here in a window that looks like Trident, and in one like today's browsers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as acorn from "acorn";
import { JSDOM } from "jsdom";
import { unsupportedReason } from "../../src/guard";
import { UNSUPPORTED_ATTRIBUTE } from "../../src/guard/attribute";
import { messagesFor } from "../../src/i18n";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output/bundle-syntax");
const targets = require(path.join(ROOT, "scripts/browser-targets.js")) as {
  bundleEcmaVersion: acorn.ecmaVersion;
  guardEcmaVersion: acorn.ecmaVersion;
};

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE18 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

beforeAll(async () => {
  const webpack = require("webpack") as typeof import("webpack");
  const configure = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<import("webpack").Configuration>;
  const config = await configure({}, { mode: "production" });
  config.output = { ...config.output, path: OUT, clean: true };
  config.devtool = false;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
}, 600_000);

function chunks(): string[] {
  return fs.readdirSync(OUT).filter((name) => name.endsWith(".js"));
}

function parseError(file: string, ecmaVersion: acorn.ecmaVersion): string | undefined {
  const text = fs.readFileSync(path.join(OUT, file), "utf8");
  try {
    acorn.parse(text, { ecmaVersion, sourceType: "script" });
    return undefined;
  } catch (error) {
    const pos = (error as { pos?: number }).pos ?? 0;
    return `${file}: ${(error as Error).message} near ${JSON.stringify(text.slice(Math.max(0, pos - 40), pos + 20))}`;
  }
}

describe("the production build", () => {
  test(`every bundle chunk parses as ECMAScript ${String(targets.bundleEcmaVersion)}`, () => {
    const bundles = chunks().filter((name) => !name.startsWith("guard."));
    expect(bundles.length).toBeGreaterThanOrEqual(8); // pages, worker, ExcelJS, docx, JSZip, render…
    expect(
      bundles.map((file) => parseError(file, targets.bundleEcmaVersion)).filter(Boolean)
    ).toEqual([]);
  });

  test(`the guard parses as ECMAScript ${String(targets.guardEcmaVersion)}`, () => {
    const guard = chunks().filter((name) => name.startsWith("guard."));
    expect(guard).toHaveLength(1);
    expect(parseError(guard[0], targets.guardEcmaVersion)).toBeUndefined();
  });

  test.each(["taskpane.html", "commands.html", "index.html"])(
    "%s loads the guard before its bundle",
    (page) => {
      const html = fs.readFileSync(path.join(OUT, page), "utf8");
      const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
      const guard = scripts.findIndex((src) => /^guard\./.test(src));
      expect(guard).toBeGreaterThanOrEqual(0);
      const bundle = scripts.findIndex((src) => /^(taskpane|commands|web)\./.test(src));
      expect(guard).toBeLessThan(bundle);
    }
  );
});

describe("the guard, run", () => {
  async function pageWith(userAgent: string, strip: string[] = []): Promise<Document> {
    const dom = new JSDOM(
      '<!doctype html><html><head></head><body><div id="container">…</div></body></html>',
      {
        url: "https://addin.example.gov.cn/taskpane.html?_host_Info=Excel",
        runScripts: "outside-only",
      }
    );
    const window = dom.window as unknown as Window & { eval(code: string): unknown };
    Object.defineProperty(window.navigator, "userAgent", { value: userAgent });
    for (const name of strip) (window as unknown as Record<string, unknown>)[name] = undefined;
    const guard = chunks().find((name) => name.startsWith("guard."))!;
    window.eval(fs.readFileSync(path.join(OUT, guard), "utf8"));
    // The guard shows its notice once the document is parsed (as a script in <head> must).
    if (window.document.readyState === "loading")
      await new Promise((resolve) => window.document.addEventListener("DOMContentLoaded", resolve));
    return window.document;
  }

  test("in Internet Explorer's Trident: the page is marked, and says what to do in Chinese and English", async () => {
    const doc = await pageWith(IE11);
    expect(doc.documentElement.getAttribute(UNSUPPORTED_ATTRIBUTE)).toBe("trident");
    const text = doc.getElementById("container")!.textContent ?? "";
    const zh = messagesFor("zh-CN").guard;
    const en = messagesFor("en-US").guard;
    for (const words of [zh.title, zh.installWebView2, zh.upgradeOffice, en.title, en.useWebPage]) {
      expect(text).toContain(words);
    }
    // The web page beside the task pane, to open in a current browser.
    expect(text).toContain("https://addin.example.gov.cn/index.html");
    expect(text).not.toContain("…");
  });

  test("in legacy Edge (EdgeHTML) the same; in a browser without BigInt, 'update the browser'", async () => {
    expect((await pageWith(EDGE18)).documentElement.getAttribute(UNSUPPORTED_ATTRIBUTE)).toBe(
      "edgehtml"
    );
    const old = await pageWith(
      "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/13.1 Safari/605.1.15",
      ["BigInt"]
    );
    expect(old.documentElement.getAttribute(UNSUPPORTED_ATTRIBUTE)).toBe("old-browser");
    expect(old.body.textContent).toContain(messagesFor("zh-CN").guard.updateBrowser);
  });

  test("in a current browser it does nothing", async () => {
    const doc = await pageWith(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"
    );
    expect(doc.documentElement.hasAttribute(UNSUPPORTED_ATTRIBUTE)).toBe(false);
    expect(doc.getElementById("container")!.textContent).toBe("…");
  });
});

describe("what the guard relies on, from the browser data (caniuse-lite)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lite = require("caniuse-lite") as {
    feature(data: unknown): { stats: Record<string, Record<string, string>> };
  };
  const bigint = lite.feature(require("caniuse-lite/data/features/bigint.js")).stats;
  const supported = (browser: string, version: string) =>
    (bigint[browser]?.[version] ?? "n").startsWith("y");

  test("BigInt, which exact money needs, is missing from IE 11 and EdgeHTML 18, present from Safari 14 and Edge 79", () => {
    expect(supported("ie", "11")).toBe(false);
    expect(supported("edge", "18")).toBe(false);
    expect(supported("safari", "13.1")).toBe(false);
    expect(supported("safari", "14")).toBe(true);
    expect(supported("edge", "79")).toBe(true);
  });

  test("unsupportedReason agrees on stubs of each engine", () => {
    const modern = {
      BigInt: () => 0,
      globalThis: {},
      queueMicrotask: () => undefined,
      Promise: { allSettled: () => undefined },
    };
    const win = (userAgent: string, extra: object = {}) =>
      ({ navigator: { userAgent }, document: {} as Document, ...modern, ...extra }) as never;
    expect(unsupportedReason(win(IE11))).toBe("trident");
    expect(unsupportedReason(win("x", { document: { documentMode: 11 } }))).toBe("trident");
    expect(unsupportedReason(win(EDGE18))).toBe("edgehtml");
    expect(unsupportedReason(win("Safari", { BigInt: undefined }))).toBe("old-browser");
    expect(unsupportedReason(win("Chrome/120 Edg/120"))).toBeUndefined();
  });
});
