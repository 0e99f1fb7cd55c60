#!/usr/bin/env node
/**
 * npm run demo: the main job on the bundled sample workbook, as a user would run it.
 * Checks the sample, prints the changes, writes the report in four formats into out/ and prints the
 * 基本支出 paragraph.
 */
"use strict";
const { mkdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { main } = require("../lib/cli/main.js");

const root = join(__dirname, "..");
const sample = join(root, "examples", "常宁市总工会-2023.xlsx");
const outDir = join(root, "out");

async function step(title, argv) {
  process.stdout.write(
    `\n$ budget-report ${argv.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}\n`
  );
  const code = await main(argv);
  if (code === 2) throw new Error(`${title} failed`);
  return code;
}

(async () => {
  mkdirSync(outDir, { recursive: true });
  await step("check", ["check", sample]);
  await step("changes", ["changes", sample]);
  const outputs = ["report.docx", "report.xlsx", "report.md", "report.json"].map((f) =>
    join(outDir, f)
  );
  for (const out of outputs) await step("report", ["report", sample, "--out", out, "--force"]);
  process.stdout.write(`\n已生成 / written:\n${outputs.map((o) => `  ${o}`).join("\n")}\n`);
  const report = JSON.parse(readFileSync(join(outDir, "report.json"), "utf8"));
  const basic = report.blocks.find(
    (b) => b.kind === "paragraph" && b.text.includes("基本支出完成")
  );
  process.stdout.write(`\n基本支出：\n${basic ? basic.text : "(not found)"}\n`);
})().catch((error) => {
  process.stderr.write(`演示失败 / demo failed: ${error.message}\n`);
  process.exit(1);
});
