#!/usr/bin/env node
/**
 * Generates the workbooks described by the readable specs in test/fixtures/specs:
 *   the sample            → examples/常宁市总工会-2023.xlsx   (committed; the demo uses it)
 *   every other fixture   → test-output/fixtures/<name>.xlsx (tests build them in memory anyway)
 *   the blank template    → examples/基础数据表模板.xlsx
 * The specs are TypeScript; they are transpiled on the fly with the project's own `typescript` (no build
 * step, no extra tool). Generation recomputes every total in integer 分 and fails if a spec is inconsistent.
 * Output is byte-for-byte reproducible (fixed document and zip-entry dates): regenerating changes nothing.
 *
 *   node scripts/make-fixtures.js            write all
 *   node scripts/make-fixtures.js --check    regenerate in memory and compare the committed sample's
 *                                            figures cell by cell (exit 1 on any difference)
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.resolve(__dirname, "..");

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  module._compile(outputText, filename);
};

async function main() {
  const check = process.argv.includes("--check");
  const { fixtures } = require(path.join(root, "test/fixtures/specs/index.ts"));
  const { buildWorkbook, normalizeZip } = require(path.join(root, "test/fixtures/workbook.ts"));
  const { readWorkbook } = require(path.join(root, "src/hosts/file/readWorkbook.ts"));
  const { workbookFromSpecs } = require(path.join(root, "src/hosts/file/writeWorkbook.ts"));
  const { blankTemplate } = require(path.join(root, "src/core/template.ts"));

  if (check) {
    let differences = 0;
    for (const entry of fixtures.filter((f) => f.committedPath)) {
      const committed = await readWorkbook(fs.readFileSync(path.join(root, entry.committedPath)));
      const fresh = await readWorkbook(await buildWorkbook(entry.build()));
      const a = JSON.stringify(committed);
      const b = JSON.stringify(fresh);
      if (a !== b) {
        differences++;
        console.error(`${entry.committedPath}: differs from its spec; run npm run fixtures`);
      } else {
        console.log(`${entry.committedPath}: same cells as its spec`);
      }
    }
    process.exit(differences ? 1 : 0);
  }

  const outDir = path.join(root, "test-output/fixtures");
  fs.mkdirSync(outDir, { recursive: true });
  for (const entry of fixtures) {
    const bytes = await buildWorkbook(entry.build());
    const target = entry.committedPath
      ? path.join(root, entry.committedPath)
      : path.join(outDir, `${entry.name}.xlsx`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
    console.log(`${path.relative(root, target)}  ${bytes.length} bytes`);
  }
  const template = await normalizeZip(
    await workbookFromSpecs(blankTemplate(), { date: new Date(Date.UTC(2024, 4, 16)) })
  );
  const templatePath = path.join(root, "examples/基础数据表模板.xlsx");
  fs.writeFileSync(templatePath, template);
  console.log(`${path.relative(root, templatePath)}  ${template.length} bytes`);
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
