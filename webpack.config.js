/**
 * Builds the add-in task pane (dist/taskpane.html), its ribbon function file (dist/commands.html) and the
 * web page (dist/index.html) from one config.
 *
 *   npm run build          production: hashed bundles (the web page and the add-in's pages); manifest.xml
 *                          copied with ADDIN_PRODUCTION_URL, and not written at all without it (never a
 *                          manifest pointing at a placeholder host)
 *   npm run build:addin    the same for deploying the add-in (`--env addin`): refuses to run without
 *                          ADDIN_PRODUCTION_URL
 *   npm run dev-server     https://localhost:3000 with Office dev certificates (webpack serve only)
 *
 * Environment:
 *   ADDIN_PRODUCTION_URL   https base URL the production add-in is served from; replaces
 *                          https://localhost:3000/ in dist/manifest.xml.
 *   OFFICE_JS_LOCAL=1      serve office.js from dist/office-js/ (copied from @microsoft/office-js) instead
 *                          of Microsoft's CDN, for intranets that cannot reach appsforoffice.microsoft.com.
 *
 * ExcelJS and docx are only reached through dynamic import(), so they land in lazy chunks ("exceljs",
 * "docx"); `node scripts/bundle-size.js` reports the first-load and lazy sizes.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  MISSING_ADDIN_URL_MESSAGE,
  MISSING_URL_MESSAGE,
  productionUrl,
  toProductionManifest,
} = require("./scripts/manifest-url");
const { bundleTarget } = require("./scripts/browser-targets");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS_DIR = "office-js";
const DEV_PORT = 3000;

/** Entries; the web page's entry is built only once it exists (it is written in parallel). */
function entries() {
  const all = {
    // Loaded first by every page, compiled to ES5 (see the module rules).
    guard: "./src/guard/index.ts",
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    web: "./src/web/index.tsx",
  };
  const found = {};
  for (const [name, file] of Object.entries(all)) {
    if (fs.existsSync(path.join(__dirname, file))) found[name] = file;
    else console.warn(`webpack: ${file} does not exist yet; the "${name}" page is not built.`);
  }
  return found;
}

/** https options for `webpack serve` from office-addin-dev-certs; plain http (with a warning) without them. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { key: options.key, cert: options.cert, ca: options.ca } };
  } catch (error) {
    console.warn(
      `webpack serve: Office dev certificates are unavailable (${error && error.message}); ` +
        "serving over http. Office only loads https add-ins: run `npx office-addin-dev-certs install`."
    );
    return { type: "http" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJsLocal = process.env.OFFICE_JS_LOCAL === "1";
  const officeJsUrl = officeJsLocal ? `${LOCAL_OFFICE_JS_DIR}/office.js` : CDN_OFFICE_JS;
  const entry = entries();

  const pages = [];
  if (entry.taskpane) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["guard", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl },
      })
    );
  }
  if (entry.commands) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["guard", "commands"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl },
      })
    );
  }
  if (entry.web) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["guard", "web"],
        chunksSortMode: "manual",
      })
    );
  }

  // The add-in's manifest: the dev URLs in development; in production only for a real server.
  const addinUrl = production ? productionUrl() : undefined;
  if (production && env.addin && !addinUrl) {
    // The add-in's own build: nothing to deploy without the server it will be served from.
    throw new Error(MISSING_ADDIN_URL_MESSAGE);
  }
  const copies = [{ from: "assets/*.png", to: "assets/[name][ext]" }];
  if (!production || addinUrl) {
    copies.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform: addinUrl
        ? (content) => toProductionManifest(content.toString("utf8"), addinUrl)
        : undefined,
    });
  } else if (!serving) {
    console.warn(`\n*** ${MISSING_URL_MESSAGE}\n`);
  }
  if (officeJsLocal) {
    // office.js loads its host-specific scripts and strings from its own folder: copy what Excel needs.
    const officeDist = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
    copies.push({
      from: "{office.js,o15apptofilemappingtable.js,excel*.js,zh-cn/office_strings.js,en-us/office_strings.js}",
      context: officeDist,
      to: `${LOCAL_OFFICE_JS_DIR}/[path][name][ext]`,
      globOptions: { ignore: ["**/*.debug.js"] },
    });
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval (no 'unsafe-eval'), in development too.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    // The runtime webpack writes into every chunk is ES5, so the guard's chunk parses in Internet Explorer;
    // the modules themselves are compiled by the loaders below.
    target: ["web", "es5"],
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      alias: {
        // ExcelJS's own browser build (self-contained; needs no Node polyfills).
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          // The guard and its words: ECMAScript 5 (scripts/browser-targets.js).
          test: /\.ts$/,
          include: [
            path.resolve(__dirname, "src/guard"),
            path.resolve(__dirname, "src/i18n/zh-CN/guard.ts"),
            path.resolve(__dirname, "src/i18n/en-US/guard.ts"),
          ],
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              transpileOnly: true,
              instance: "es5",
              compilerOptions: { target: "ES5" },
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: [
            /node_modules/,
            path.resolve(__dirname, "src/guard"),
            path.resolve(__dirname, "src/i18n/zh-CN/guard.ts"),
            path.resolve(__dirname, "src/i18n/en-US/guard.ts"),
          ],
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
        },
        {
          // Libraries ship newer syntax than the bundles' target (tabster: class static blocks, `??=`).
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: "esbuild-loader", options: { target: bundleTarget } },
        },
        {
          test: /\.(png|svg|jpg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
      // The prebuilt ExcelJS bundle is self-contained; parsing it for requires only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
          },
          docx: {
            test: /[\\/]node_modules[\\/]docx[\\/]/,
            name: "docx",
            chunks: "async",
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copies })],
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
