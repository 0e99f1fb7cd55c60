/**
 * The shape of the code, as its imports draw it (issue 12): no import circles (type-only imports count), and
 * no arrow from a lower layer to a higher one. The layers, lowest first: i18n (the words) → core (pure
 * TypeScript) → render (the report as files) → hosts (Office.js, files, the browser) → the programs: taskpane,
 * web, cli.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../../src");
const LAYERS: [string, number][] = [
  ["i18n", 0],
  ["core", 1],
  ["render", 2],
  ["hosts", 3],
  ["taskpane", 4],
  ["web", 4],
  ["cli", 4],
  ["commands", 4],
  ["guard", 4],
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every relative import of a file (static, type-only, re-exports, dynamic import()), resolved to a file. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g),
    ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) => {
      const base = path.resolve(path.dirname(file), s);
      for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
        if (fs.existsSync(candidate)) return candidate;
      return undefined;
    })
    .filter((f): f is string => f !== undefined);
}

function layerOf(file: string): [string, number] {
  const top = path.relative(SRC, file).split(path.sep)[0];
  const layer = LAYERS.find(([name]) => name === top);
  if (!layer) throw new Error(`${file} is in no layer`);
  return layer;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const rel = (f: string) => path.relative(SRC, f);

test("no import runs from a lower layer up to a higher one", () => {
  const upward: string[] = [];
  for (const [file, imports] of graph) {
    const [name, rank] = layerOf(file);
    for (const target of imports) {
      const [targetName, targetRank] = layerOf(target);
      if (targetRank > rank || (targetRank === rank && targetName !== name && rank < 4))
        upward.push(`${rel(file)} → ${rel(target)}`);
    }
  }
  expect(upward).toEqual([]);
});

test("no import circles", () => {
  // Tarjan's strongly connected components: any with more than one file is a circle.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string): void => {
    indices.set(file, index);
    low.set(file, index);
    index++;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, indices.get(next)!));
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(rel(member));
      } while (member !== file);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file)) visit(file);
  expect(circles).toEqual([]);
});

test("the walk sees the code: every layer has files and the core imports the words", () => {
  for (const [name] of LAYERS)
    expect([name, files.some((f) => layerOf(f)[0] === name)]).toEqual([name, true]);
  expect([...graph.values()].flat().some((f) => layerOf(f)[0] === "i18n")).toBe(true);
});
