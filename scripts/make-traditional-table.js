/**
 * Writes src/core/audit/traditional.ts: every traditional character that OpenCC (opencc-js, its "t" → "cn"
 * dictionaries) writes as one simplified character the audit's own words or its corpus of published passages use.
 * Reports copied from mirror sites come in traditional characters ("財政撥款決算數"); the audit reads them in
 * simplified, character for character, so every offset stays the report's own. Run after the vocabulary grows:
 * `node scripts/make-traditional-table.js`.
 */
const fs = require("fs");
const path = require("path");
const OpenCC = require("opencc-js");

const root = path.join(__dirname, "..");
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

function filesUnder(dir, test) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, test);
    return test(entry.name) ? [full] : [];
  });
}

const vocabulary = new Set();
const sources = [
  ...filesUnder(path.join(root, "src/core"), (name) => name.endsWith(".ts")),
  ...filesUnder(path.join(root, "src/i18n/zh-CN"), (name) => name.endsWith(".ts")),
  ...filesUnder(path.join(root, "test/fixtures/audit"), (name) => name.endsWith(".json")),
].filter((file) => !file.endsWith("traditional.ts"));
for (const file of sources)
  for (const ch of fs.readFileSync(file, "utf8")) if (/[\u4e00-\u9fff]/.test(ch)) vocabulary.add(ch);

const pairs = [];
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const traditional = String.fromCharCode(code);
  const simplified = toSimplified(traditional);
  if (simplified.length === 1 && simplified !== traditional && vocabulary.has(simplified))
    pairs.push(traditional + simplified);
}

const table = pairs.join("");
const lines = [];
for (let i = 0; i < table.length; i += 80) lines.push(`  "${table.slice(i, i + 80)}"`);
const out = `/**
 * Traditional characters and the simplified one each is read as, in pairs ("財财撥拨…"): written by
 * scripts/make-traditional-table.js from OpenCC's dictionaries (opencc-js), for the characters the audit reads.
 * Do not edit by hand.
 */
export const TRADITIONAL_PAIRS =
${lines.join(" +\n")};
`;
fs.writeFileSync(path.join(root, "src/core/audit/traditional.ts"), out);
console.log(`${pairs.length} characters, from a vocabulary of ${vocabulary.size}`);
