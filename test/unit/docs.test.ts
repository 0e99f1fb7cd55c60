/**
 * The spec lives in the repository (issue 12): the code cites docs/domain.md and docs/design.md by section,
 * and every citation must name a section that exists, so a reader following one lands somewhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CITING_FOLDERS = ["src", "test", "bench", "scripts"];
const CITING_FILES = ["README.md", "eslint.config.mjs", "webpack.config.js"];

function textFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : textFiles(full);
    return /\.(ts|tsx|js|mjs|md)$/.test(entry.name) ? [full] : [];
  });
}

/** The section numbers of a doc: "## 3. Inputs" → "3", "### 3.1 The …" → "3.1". */
function sectionsOf(doc: string): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, "docs", doc), "utf8");
  return new Set([...text.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]));
}

const citingFiles = [
  ...CITING_FOLDERS.flatMap((folder) => textFiles(path.join(ROOT, folder))),
  ...CITING_FILES.map((file) => path.join(ROOT, file)).filter((file) => fs.existsSync(file)),
];

describe("the project's own spec", () => {
  const sections = { "domain.md": sectionsOf("domain.md"), "design.md": sectionsOf("design.md") };

  it("numbers its sections as the code cites them", () => {
    expect([...sections["domain.md"]]).toEqual(
      expect.arrayContaining(["1", "2", "3", "3.1", "3.2", "3.3", "4", "5", "6", "7"])
    );
    expect([...sections["design.md"]]).toEqual(
      expect.arrayContaining(["1", "2", "3", "4", "5", "6", "7"])
    );
  });

  it("is cited only by sections that exist", () => {
    const citations = citingFiles.flatMap((file) =>
      [
        ...fs.readFileSync(file, "utf8").matchAll(/docs\/(domain|design)\.md §\s?(\d+(?:\.\d+)*)/g),
      ].map((m) => ({
        file: path.relative(ROOT, file),
        doc: `${m[1]}.md` as keyof typeof sections,
        section: m[2],
      }))
    );
    expect(citations.length).toBeGreaterThan(50);
    expect(citations.filter((c) => !sections[c.doc].has(c.section))).toEqual([]);
  });

  it("is not cited outside the repository", () => {
    const outside = citingFiles.filter((file) =>
      /\bDOMAIN §|\bDESIGN §|DOMAIN\.md|DESIGN\.md|\.\.\/shared\//.test(
        fs.readFileSync(file, "utf8")
      )
    );
    expect(outside.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
