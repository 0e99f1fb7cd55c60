#!/usr/bin/env node
/**
 * `npm run audit:corpus`: the report audit's precision and recall on the corpus of real published passages
 * (test/fixtures/audit/passages*.json), as a Markdown table; `--details` lists every passage missed or
 * wrongly flagged with the audit's findings; `--file x.json` (repeatable) measures other files instead, such as
 * a new batch before anything is tuned on it. Without `--file`, it also measures the whole published documents of
 * test/fixtures/audit/documents.
 */
"use strict";
require("../bench/register");

const {
  scoreCorpus,
  corpusTable,
  loadPassages,
  figureChangedScore,
  figureChangedLine,
} = require("../test/helpers/auditCorpus.ts");
const {
  scoreDocuments,
  documentsTable,
  mutationScore,
} = require("../test/helpers/auditDocuments.ts");

const files = process.argv.flatMap((arg, i) => (process.argv[i - 1] === "--file" ? [arg] : []));
const score = scoreCorpus(files.length > 0 ? loadPassages(files) : undefined);
console.log(corpusTable(score));
console.log(
  `\n${figureChangedLine(figureChangedScore(files.length > 0 ? loadPassages(files) : undefined))}`
);
if (files.length === 0) {
  // Whole documents, read end to end: every 错误 they deserve was checked by hand (test/fixtures/audit/documents).
  const documents = scoreDocuments();
  const mutations = mutationScore();
  console.log(`\n${documentsTable(documents, mutations)}`);
  if (process.argv.includes("--details"))
    for (const { document, unexpected, lost } of documents) {
      for (const e of unexpected)
        console.log(`\nfalse 错误: ${document.id}: ${e.rule}: ${e.message}`);
      for (const e of lost)
        console.log(`\nno longer given: ${document.id}: ${e.rule} ${e.printed}`);
    }
  if (process.argv.includes("--details"))
    for (const missed of mutations.missed) console.log(`\none % changed, no 错误: ${missed}`);
}
if (process.argv.includes("--details")) {
  for (const r of score.results) {
    const missed = r.passage.label === "wrong" && !r.detected;
    const falseError = r.passage.label !== "wrong" && r.errors.length > 0;
    if (!missed && !falseError) continue;
    console.log(
      `\n${missed ? "missed" : "false 错误"}: ${r.passage.id} (${r.passage.unit}, ${r.passage.source.url})`
    );
    for (const e of r.errors) console.log(`  ${e.rule}: ${e.message}`);
  }
}
