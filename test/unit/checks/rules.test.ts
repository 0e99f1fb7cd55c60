/**
 * One rule id, one module (issue 12): RULES holds each id of the closed RuleId list once; each rule lives in
 * src/core/checks/<id in camelCase>.ts, the only source file of the core that names its id; it declares the
 * severities and messages it can produce, and those messages exist in both languages; and each id is tested.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RULES } from "../../../src/core/checks";
import { RULE_IDS } from "../../../src/core/checks/ruleIds";
import { messagesFor } from "../../../src/i18n";

const ROOT = path.resolve(__dirname, "../../..");
const CHECKS = path.join(ROOT, "src/core/checks");

/** "XT-DATA-SHEET" → "xtDataSheet". */
const moduleName = (id: string): string =>
  id.toLowerCase().replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function filesUnder(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, ext) : ext.test(entry.name) ? [full] : [];
  });
}

describe("the rules", () => {
  it("RULES holds every id of RuleId once, and nothing else", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s lives in its own module, the only core file that names it",
    async (id, rule) => {
      const file = path.join(CHECKS, `${moduleName(id)}.ts`);
      expect(fs.existsSync(file)).toBe(true);
      const module = (await import(file)) as Record<string, unknown>;
      expect(Object.values(module)).toContain(rule);
      const naming = filesUnder(path.join(ROOT, "src/core"), /\.ts$/)
        .filter((f) => !f.endsWith("ruleIds.ts"))
        .filter((f) => fs.readFileSync(f, "utf8").includes(`"${id}"`));
      expect(naming.map((f) => path.relative(ROOT, f))).toEqual([path.relative(ROOT, file)]);
    }
  );

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s declares its severities and messages, worded in both languages",
    (_id, rule) => {
      expect(rule.severities.length).toBeGreaterThan(0);
      expect(rule.messages.length).toBeGreaterThan(0);
      for (const locale of ["zh-CN", "en-US"] as const) {
        const messages = messagesFor(locale) as unknown as Record<string, Record<string, unknown>>;
        for (const key of rule.messages) {
          const [area, name] = key.split(".");
          expect([key, messages[area]?.[name] !== undefined]).toEqual([key, true]);
        }
      }
    }
  );

  it("every id is named in a test under test/", () => {
    const tests = filesUnder(path.join(ROOT, "test"), /\.test\.tsx?$/).map((f) =>
      fs.readFileSync(f, "utf8")
    );
    const untested = RULE_IDS.filter(
      (id) => !tests.some((text) => text.includes(`"${id}"`) || text.includes(`${id}`))
    );
    expect(untested).toEqual([]);
  });
});
