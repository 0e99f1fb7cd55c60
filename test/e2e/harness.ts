/**
 * What the end-to-end suites share: build the web page with the project's own webpack config, serve it on
 * 127.0.0.1, and start Debian's Chromium headless with the flags this closed network needs.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Builds only the web page into `dist` (a test folder: the project's dist/ is left as it is). */
export async function buildWebPage(dist: string): Promise<void> {
  const webpack = require("webpack") as typeof import("webpack");
  const configure = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object
  ) => Promise<import("webpack").Configuration>;
  const config = await configure({}, { mode: "production" });
  const entry = config.entry as Record<string, string>;
  if (!entry.web) throw new Error("webpack.config.js has no web entry");
  // The guard (src/guard/) loads before the page's bundle.
  config.entry = { guard: entry.guard, web: entry.web };
  config.output = { ...config.output, path: dist, clean: true };
  config.devtool = false;
  // Minifying ExcelJS takes most of a production build; the page behaves the same unminified.
  config.optimization = { ...config.optimization, minimize: false };
  config.plugins = (config.plugins ?? []).filter((plugin) => {
    const options = (plugin as { userOptions?: { filename?: string } }).userOptions;
    return !options?.filename || options.filename === "index.html";
  });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
}

/** Serves `dir` on 127.0.0.1 (a free port); resolves with the server and its origin. */
export function serve(dir: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(
      dir,
      decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)
    );
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    )
  );
}

/** Debian's Chromium, headless; fails (never skips) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}
