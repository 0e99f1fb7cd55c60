#!/usr/bin/env node
// Entry point of the budget-report command. The compiled CLI lives in dist/ (npm run build:cli).
'use strict';
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch {
  process.stderr.write('budget-report 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli first\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
