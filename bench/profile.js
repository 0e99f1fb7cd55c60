#!/usr/bin/env node
/**
 * Profiles the core on a generated 100 000-row 基础数据表 (no ExcelJS): run with
 *   node --cpu-prof --cpu-prof-dir=bench/tmp/prof bench/profile.js [rows]
 * and open the .cpuprofile in Chrome DevTools, or read the printed top self-time functions.
 */
"use strict";
require("./register");
const { analyze } = require("../src/core/pipeline.ts");
const { composeReport } = require("../src/core/report/index.ts");
const { largeDataSheet } = require("../test/helpers/largeSheet.ts");

const rows = Number(process.argv[2] ?? 100000);
const grid = largeDataSheet(rows);
analyze([largeDataSheet(2000)]); // warm-up
const phases = {};
const time = (name, work) => {
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  phases[name] = Math.round((used.user + used.system) / 1000);
  return value;
};
const { recognizeBook } = require("../src/core/recognize/index.ts");
const { compareBook } = require("../src/core/compare.ts");
const { runChecks } = require("../src/core/checks/index.ts");
const { withDefaults } = require("../src/core/options.ts");
const options = withDefaults({});
const book = time("recognize", () => recognizeBook([grid], options));
const changes = time("compare", () => compareBook(book, options));
const findings = time("checks", () => runChecks(book, options));
time("compose", () => composeReport({ book, changes, findings, options }));
time("analyze+compose", () => composeReport(analyze([grid])));
console.log(JSON.stringify(phases));
