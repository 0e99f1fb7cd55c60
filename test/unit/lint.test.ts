/**
 * The guard rail that keeps the core pure (eslint.config.mjs): files placed anywhere under src/core that
 * import a host, the UI, the CLI, a renderer, Node or Office — or touch a browser or Node global — fail the
 * lint; the same imports from a host pass. Linted as text at a path inside src/core, so no file is written.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface Probe {
  file: string;
  code: string;
}

/**
 * Lints every probe in one child process: ESLint loads the project's eslint.config.mjs with a dynamic
 * import, which Jest's module sandbox cannot do.
 */
function lintAll(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("node:path");
    const probes = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of probes) {
        const [result] = await eslint.lintText(p.code, { filePath: path.join(process.cwd(), p.file) });
        out.push(result.messages.map((m) => m.ruleId || m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[][];
}

const probes: Probe[] = [];
const results = new Map<Probe, string[]>();
function probe(file: string, code: string): Probe {
  const entry = { file, code };
  probes.push(entry);
  return entry;
}
const ruleIds = (entry: Probe): string[] => results.get(entry) ?? [];

const IMPORTS: [string, string][] = [
  ["src/core/checks/probe.ts", 'import { readFile } from "../../hosts/file/readFile";'],
  ["src/core/recognize/standardTables/probe.ts", 'import { App } from "../../../taskpane/App";'],
  ["src/core/probe.ts", 'import { renderMarkdown } from "../render/markdown";'],
  ["src/core/report/probe.ts", 'import { main } from "../../cli/main";'],
  ["src/core/checks/probe.ts", 'import { webHost } from "../../hosts/web/webHost";'],
  ["src/core/report/probe.ts", 'import * as fs from "node:fs";'],
  ["src/core/probe.ts", 'import { join } from "path";'],
  ["src/core/recognize/probe.ts", 'import ExcelJS from "exceljs";'],
  ["src/core/probe.ts", 'import * as React from "react";'],
  ["src/core/checks/probe.ts", 'import { Button } from "@fluentui/react-components";'],
];
const GLOBALS = [
  "document.title",
  "window.name",
  "Excel.run",
  "localStorage.length",
  "process.env",
];
const importProbes = IMPORTS.map(([file, code]) =>
  probe(file, `${code}\nexport const probe = 1;\n`)
);
const globalProbes = GLOBALS.map((expression) =>
  probe("src/core/checks/probe.ts", `export const probe = () => ${expression};\n`)
);
const outside = probe(
  "src/cli/probe.ts",
  'import { readFile } from "../hosts/file/readFile";\nexport const probe = readFile;\n'
);
const ownImport = probe(
  "src/core/checks/probe.ts",
  'import { lineByKey } from "../book";\nexport const probe = lineByKey;\n'
);

beforeAll(() => {
  lintAll(probes).forEach((ids, i) => results.set(probes[i], ids));
}, 120_000);

describe("the core-purity rule holds at any depth", () => {
  it.each(IMPORTS.map(([file, code], i) => [file, code, i] as const))("%s: %s", (_f, _c, i) => {
    expect(ruleIds(importProbes[i])).toContain("no-restricted-imports");
  });

  it.each(GLOBALS.map((expression, i) => [expression, i] as const))("the global %s", (_e, i) => {
    expect(ruleIds(globalProbes[i])).toContain("no-restricted-globals");
  });

  it("the same imports are allowed outside the core", () => {
    expect(ruleIds(outside)).not.toContain("no-restricted-imports");
  });

  it("the core's own imports pass", () => {
    expect(ruleIds(ownImport)).toEqual([]);
  });
});
