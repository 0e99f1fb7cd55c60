/**
 * The production build copies manifest.xml to dist/ with the dev URLs (https://localhost:3000/) replaced
 * by the production URL. Shared by webpack.config.js and test/unit/manifest.test.ts.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://budget-report.example.gov.cn/";

/** The production base URL from ADDIN_PRODUCTION_URL (https only), always with a trailing slash. */
function productionUrl(env = process.env) {
  const raw = (env.ADDIN_PRODUCTION_URL || DEFAULT_PRODUCTION_URL).trim();
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

module.exports = { DEV_URL, DEFAULT_PRODUCTION_URL, productionUrl, toProductionManifest };
