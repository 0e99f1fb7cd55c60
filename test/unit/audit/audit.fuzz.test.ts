/**
 * The audit takes any text a user pastes or a PDF gives: lines of real published passages put together in any
 * order, cut anywhere, their figures changed — it never fails, and every finding points at words of that text.
 * (A list whose whole was the only one left to choose from once threw: 任务 PDF 164.)
 */
import fc from "fast-check";
import { auditText } from "../../../src/core/audit";
import { blankRunningHeaders } from "../../../src/core/audit/runningHeaders";
import { loadPassages } from "../../helpers/auditCorpus";

const lines = loadPassages().flatMap((passage) =>
  passage.text.split("\n").filter((line) => line.trim() !== "")
);

/** A line of the corpus, perhaps cut short, perhaps with one digit changed. */
const line = fc
  .record({
    index: fc.nat({ max: lines.length - 1 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
    digit: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })), { nil: undefined }),
  })
  .map(({ index, cut, digit }) => {
    let text = lines[index];
    if (cut !== undefined) text = text.slice(0, cut % (text.length + 1));
    const digits = [...text.matchAll(/\d/g)];
    if (digit && digits.length > 0) {
      const at = digits[digit[0] % digits.length].index as number;
      text = `${text.slice(0, at)}${digit[1]}${text.slice(at + 1)}`;
    }
    return text;
  });

test("any lines of real passages, in any order, cut and changed: audited without failing, findings on the text's words", () => {
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 1, maxLength: 12 }),
      fc.constantFrom("\n", "", "。", "，", "；", "\n\n"),
      (picked, joiner) => {
        const printed = picked.join(joiner);
        const text = blankRunningHeaders(printed);
        const result = auditText(printed);
        for (const finding of result.findings) {
          expect(finding.offset).toBeGreaterThanOrEqual(0);
          expect(text.slice(finding.offset, finding.offset + finding.excerpt.length)).toBe(
            finding.excerpt
          );
          // The marked words are in the text, and in the excerpt quoted for them.
          const { start, end } = finding.mark;
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
          expect(finding.offset <= start && end <= finding.offset + finding.excerpt.length).toBe(
            true
          );
        }
        expect(result.summary.error + result.summary.warning + result.summary.info).toBe(
          result.findings.length
        );
      }
    ),
    { numRuns: 400 }
  );
});
