/**
 * The production build copies manifest.xml to dist/ with the dev URLs (https://localhost:3000/) replaced
 * by the production URL (ADDIN_PRODUCTION_URL). Without it no manifest is written: a manifest pointing at a
 * placeholder host installs an add-in that opens a blank pane. Shared by webpack.config.js and
 * test/unit/manifest.test.ts.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
/** What the build says when it writes no manifest. */
const MISSING_URL_MESSAGE =
  "ADDIN_PRODUCTION_URL is not set, so dist/manifest.xml was not written (a manifest pointing at no " +
  "server installs a blank add-in). Build the add-in for your server with " +
  "ADDIN_PRODUCTION_URL=https://your.server/budget-report/ npm run build:addin; the web page and the " +
  "command line in dist/ and lib/ are built all the same.";
/** What `npm run build:addin` says when it refuses to run. */
const MISSING_ADDIN_URL_MESSAGE =
  "npm run build:addin builds the add-in for the server it will be served from, and needs that " +
  "server's https address: ADDIN_PRODUCTION_URL=https://your.server/budget-report/ npm run build:addin " +
  "(for a local try-out use npm start, which serves https://localhost:3000/).";

/**
 * The production base URL from ADDIN_PRODUCTION_URL (https only), always with a trailing slash; undefined
 * when it is not set.
 */
function productionUrl(env = process.env) {
  const raw = (env.ADDIN_PRODUCTION_URL || "").trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PRODUCTION_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PRODUCTION_URL must use https (Office requires it): ${raw}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml text with every dev URL (and the dev AppDomain) pointing at `baseUrl`. */
function toProductionManifest(xml, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const origin = new URL(base).origin;
  const devOrigin = DEV_URL.slice(0, -1);
  return xml
    .split(DEV_URL)
    .join(base)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = {
  DEV_URL,
  MISSING_ADDIN_URL_MESSAGE,
  MISSING_URL_MESSAGE,
  productionUrl,
  toProductionManifest,
};
