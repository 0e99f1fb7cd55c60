/**
 * The JavaScript the built pages are written in, shared by webpack.config.js and the test that parses every
 * emitted chunk (test/unit/bundleSyntax.test.ts).
 *
 * - The bundles: ECMAScript 2020. Exact money needs BigInt (Edge 79, Chrome 67, Firefox 68, Safari 14; never
 *   Internet Explorer or legacy Edge), so no older syntax level would win a webview that can run the core; the
 *   guard lets through only engines with BigInt and String.prototype.replaceAll (Chromium 85, Firefox 77,
 *   Safari 14), all of which parse ES2020. Our TypeScript compiles to it
 *   (tsconfig "target": "ES2020"); node_modules (Fluent UI's tabster uses ES2022 class static blocks and
 *   `??=`) are lowered to it by esbuild.
 * - The guard (src/guard/): ECMAScript 5, so it runs in Internet Explorer's Trident and says what to do.
 */
"use strict";

module.exports = {
  /** acorn's ecmaVersion for the bundles. */
  bundleEcmaVersion: 2020,
  /** esbuild's target for the bundles. */
  bundleTarget: "es2020",
  /** acorn's ecmaVersion for the guard. */
  guardEcmaVersion: 5,
};
