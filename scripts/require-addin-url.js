#!/usr/bin/env node
/**
 * `npm run build:addin` runs this first: the add-in is built for the server it will be served from, so
 * without ADDIN_PRODUCTION_URL (or with one that is not https) it stops here with one clear line and exit
 * code 1, before anything is built. webpack.config.js refuses the same build (`--env addin`) on its own.
 */
"use strict";
const { MISSING_ADDIN_URL_MESSAGE, productionUrl } = require("./manifest-url");

try {
  if (!productionUrl()) {
    console.error(MISSING_ADDIN_URL_MESSAGE);
    process.exit(1);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
