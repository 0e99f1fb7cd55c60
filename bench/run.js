#!/usr/bin/env node
/**
 * `npm run bench`: the docs/design.md §5 budgets, measured in one run (see bench/bench.ts).
 *   node bench/run.js                 everything (builds the web bundle once, into bench/tmp/web-dist)
 *   node bench/run.js --reuse-build   measure the bundle already in bench/tmp/web-dist
 *   node bench/run.js --quick         fewer repetitions (a smoke run)
 * Runs the TypeScript sources through a transpile-only require hook (bench/register.js); the batch
 * measurement uses the compiled CLI in lib/ (npm run bench builds it first), whose workers need .js.
 */
"use strict";
require("./register");

const { main, peakChild } = require("./bench.ts");

const args = process.argv.slice(2);
const run = args[0] === "--peak" ? peakChild(args[1]) : main(args);
run.then(
  (code) => {
    process.exitCode = code ?? 0;
  },
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exitCode = 2;
  }
);
