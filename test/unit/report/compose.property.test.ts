/** Any Book composes into a whole report: no holes, no gaps, nothing unprintable. */
import fc from "fast-check";
import JSZip from "jszip";
import { STABLE_KEYS } from "../../../src/core/book";
import { composeReport } from "../../../src/core/report/compose";
import { chineseNumeral, flattenReport } from "../../../src/core/report/numbering";
import type { Section } from "../../../src/core/report/types";
import { renderDocx } from "../../../src/render/docx";
import { LineSpec, makeBook, makeInput } from "../../helpers/report";

const fen = fc.oneof(
  fc.constant(undefined),
  fc.constant(0),
  fc.integer({ min: -1_000_000_000, max: 100_000_000_000 }),
  fc.integer({ min: 1, max: 9_999 })
);
const text = fc.oneof(
  fc.constant(""),
  // Braces are left out of typed text: the property below reads "{name}" in the output as a template slot
  // the wording failed to fill, and a user's own "{0}" would be taken for one — as a user's own "NaN" or
  // "undefined" would be taken for a value that leaked (seed 1908973818 typed "NaN" as the unit's 主要职能).
  fc
    .string({ maxLength: 30 })
    .map((s) => s.replace(/[{}]/g, ""))
    .filter((s) => !/undefined|NaN/.test(s)),
  fc.constantFrom(
    "一、标题\n正文。",
    "（1）甲。（2）乙。",
    "\u0001坏\u000b字符",
    "=SUM(A1)",
    "🎉 emoji",
    "原因。"
  )
);

const lineSpec: fc.Arbitrary<LineSpec> = fc.record({
  key: fc.constantFrom(...STABLE_KEYS),
  current: fen,
  prior: fen,
  budget: fen,
  reason: fc.option(text, { nil: undefined }),
  children: fc.array(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `row:${s}`),
      label: text,
      current: fen,
      prior: fen,
    }),
    { maxLength: 5 }
  ),
});

const bookArb = fc.record({
  specs: fc.uniqueArray(lineSpec, { selector: (l) => l.key, maxLength: STABLE_KEYS.length }),
  unit: text,
  year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
  texts: fc.dictionary(
    fc.constantFrom(
      "functions",
      "organization",
      "keyWork",
      "performance",
      "problems",
      "improvements",
      "resultUse",
      "otherMatters",
      "staffing"
    ),
    text
  ),
  reportDate: fc.option(text, { nil: undefined }),
  includeResultUse: fc.boolean(),
  includeOtherMatters: fc.boolean(),
});

function checkNumbering(sections: Section[], level: number): void {
  const numbers = sections.filter((s) => s.level === level).map((s) => s.number);
  const expected = numbers.map((_, i) =>
    level === 1
      ? `${chineseNumeral(i + 1)}、`
      : level === 2
        ? `（${chineseNumeral(i + 1)}）`
        : `${i + 1}.`
  );
  expect(numbers).toEqual(expected);
  for (const s of sections)
    checkNumbering(
      s.blocks.filter((b): b is Section => b.kind === "section"),
      s.level + 1
    );
}

test("any book: no undefined/NaN/null, no empty slot, control characters gone, numbering without gaps", () => {
  fc.assert(
    fc.property(bookArb, (arb) => {
      // Keys must be unique across the whole book (children included).
      const seen = new Set<string>();
      const specs = arb.specs.map((s) => ({
        ...s,
        children: (s.children ?? []).filter(
          (c) => !seen.has(c.key) && !STABLE_KEYS.includes(c.key as never) && seen.add(c.key)
        ),
      }));
      const book = makeBook(specs, {
        unit: arb.unit,
        year: arb.year,
        texts: arb.texts,
        ...(arb.reportDate !== undefined ? { reportDate: arb.reportDate } : {}),
      });
      const { report } = composeReport(
        makeInput(book, {
          includeResultUse: arb.includeResultUse,
          includeOtherMatters: arb.includeOtherMatters,
        })
      );
      const all = flattenReport(report)
        .map((b) => b.text)
        .join("\n");
      expect(all).not.toMatch(/undefined|NaN|\{\w+\}|【待补充：】/);
      // No sentence with a hole: nothing between a lead-in and its punctuation.
      expect(all).not.toMatch(/主要为[。，、；]|主要原因是[。，；]|[，、；]{2}|其中[：]?[。；]/);
      // eslint-disable-next-line no-control-regex
      expect(all).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(report.sections.length).toBeGreaterThanOrEqual(8);
      checkNumbering(report.sections, 1);
      for (const what of report.placeholders) expect(all).toContain(`【待补充：${what}】`);
    }),
    { numRuns: 300 }
  );
});

test("a report with hostile text still makes a valid .docx", async () => {
  const book = makeBook([{ key: "basic", current: 1, prior: 2, reason: "\u0001<b>&amp;\u000b" }], {
    unit: "A&B <单位>",
    texts: { functions: "\u0002]]><w:p/>" },
  });
  const bytes = await renderDocx(composeReport(makeInput(book)).report);
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  expect(xml).toContain("A&amp;B &lt;单位&gt;");
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c]/);
  expect(xml).not.toContain("<w:p/>]]");
});
