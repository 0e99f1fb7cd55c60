#!/usr/bin/env node
/**
 * Reports the gzip sizes of the built pages: the JS each page loads first (the <script> tags webpack put
 * in dist/*.html) and the lazy chunks loaded later with import() (ExcelJS, docx, …).
 *
 *   node scripts/bundle-size.js            a table
 *   node scripts/bundle-size.js --json     JSON (for the bench)
 *   node scripts/bundle-size.js --check    exit 1 when the task pane's first JS exceeds 350 KB gzip,
 *                                          or when the exceljs/docx chunks are loaded up front
 * Run after `npm run build` (reads dist/).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 350 * 1024;
const LAZY_ONLY = ["exceljs", "docx"];

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file)).length;
}

/** Local script sources of one HTML page, in order. */
function pageScripts(html) {
  const scripts = [];
  // Minified HTML drops the quotes: src=taskpane.1234abcd.js
  const tag = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/g;
  let match;
  while ((match = tag.exec(html))) {
    const src = match[1] ?? match[2] ?? match[3];
    if (!/^(https?:)?\/\//.test(src)) scripts.push(src);
  }
  return scripts;
}

/** Chunk name from a file name: "exceljs.1a2b3c4d.js" → "exceljs". */
function chunkName(file) {
  return path.basename(file).replace(/(\.[0-9a-f]{8})?\.js$/, "");
}

/**
 * { pages: { "taskpane.html": { initial: [{file, gzip}], initialGzip } }, lazy: [{file, name, gzip}],
 *   lazyGzip, budget, withinBudget, lazyOnlyUpFront: [] }
 */
function bundleSizes(distDir = path.join(__dirname, "..", "dist")) {
  if (!fs.existsSync(distDir))
    throw new Error(`${distDir} does not exist: run npm run build first`);
  const pages = {};
  const initialFiles = new Set();
  for (const html of fs.readdirSync(distDir).filter((f) => f.endsWith(".html"))) {
    const pageDir = path.dirname(path.join(distDir, html));
    const initial = pageScripts(fs.readFileSync(path.join(distDir, html), "utf8"))
      .map((src) => path.resolve(pageDir, src.split("?")[0]))
      .filter(
        (file) =>
          file.startsWith(distDir) &&
          fs.existsSync(file) &&
          !file.includes(`${path.sep}office-js${path.sep}`)
      )
      .map((file) => {
        initialFiles.add(file);
        return { file: path.relative(distDir, file), gzip: gzipSize(file) };
      });
    pages[html] = { initial, initialGzip: initial.reduce((sum, chunk) => sum + chunk.gzip, 0) };
  }
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(distDir, f))
    .filter((file) => !initialFiles.has(file))
    .map((file) => ({
      file: path.relative(distDir, file),
      name: chunkName(file),
      gzip: gzipSize(file),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const taskpane = pages["taskpane.html"];
  const lazyOnlyUpFront = [...initialFiles]
    .map((file) => chunkName(file))
    .filter((name) => LAZY_ONLY.includes(name));
  return {
    pages,
    lazy,
    lazyGzip: lazy.reduce((sum, chunk) => sum + chunk.gzip, 0),
    budget: BUDGET_BYTES,
    taskpaneInitialGzip: taskpane ? taskpane.initialGzip : undefined,
    withinBudget: taskpane ? taskpane.initialGzip <= BUDGET_BYTES : false,
    lazyChunksPresent: LAZY_ONLY.filter((name) => lazy.some((chunk) => chunk.name === name)),
    lazyOnlyUpFront,
  };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  let report;
  try {
    report = bundleSizes(args.find((a) => !a.startsWith("--")));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (args.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const [page, { initial, initialGzip }] of Object.entries(report.pages)) {
      console.log(`${page}: first JS ${kb(initialGzip)} gzip`);
      for (const chunk of initial) console.log(`  ${chunk.file.padEnd(40)} ${kb(chunk.gzip)}`);
    }
    console.log(`lazy chunks: ${kb(report.lazyGzip)} gzip`);
    for (const chunk of report.lazy) console.log(`  ${chunk.file.padEnd(40)} ${kb(chunk.gzip)}`);
    console.log(
      `task pane first JS: ${report.taskpaneInitialGzip === undefined ? "n/a" : kb(report.taskpaneInitialGzip)} ` +
        `(budget ${kb(report.budget)}) ${report.withinBudget ? "OK" : "OVER BUDGET"}`
    );
  }
  if (args.includes("--check") && (!report.withinBudget || report.lazyOnlyUpFront.length > 0)) {
    if (report.lazyOnlyUpFront.length > 0) {
      console.error(`loaded up front but should be lazy: ${report.lazyOnlyUpFront.join(", ")}`);
    }
    process.exit(1);
  }
}

module.exports = { bundleSizes, pageScripts, BUDGET_BYTES };
