#!/usr/bin/env node
// Entry point of the budget-report command. The compiled CLI lives in lib/ (npm run build:cli; webpack's dist/ is
// emptied by each web build and never holds it).
'use strict';
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch {
  process.stderr.write('budget-report 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n');
  process.exit(2);
}
// A reader that stops early (`budget-report changes x.xlsx | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of dying with a stack trace.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
