/**
 * Whatever bytes arrive, the file host either reads grids or refuses with UnusableInputError — never
 * another exception, never a hang. Random bytes, and the sample with random bytes overwritten or cut.
 */
import fc from "fast-check";
import { UnusableInputError } from "../../src/core/errors";
import { readWorkbook } from "../../src/hosts/file/readWorkbook";
import { fixtureBytes } from "../helpers/fixtures";

async function outcome(bytes: Uint8Array): Promise<"grids" | "refused"> {
  try {
    const grids = await readWorkbook(bytes, { fileName: "fuzz.xlsx" });
    expect(Array.isArray(grids)).toBe(true);
    return "grids";
  } catch (error) {
    if (error instanceof UnusableInputError) return "refused";
    throw error;
  }
}

test("random bytes are refused", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      expect(await outcome(bytes)).toBe("refused");
    }),
    { numRuns: 200 }
  );
});

test("the sample with bytes overwritten or cut off: grids or a refusal, nothing else", async () => {
  const sample = await fixtureBytes("changning-2023");
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record({
          at: fc.nat({ max: sample.length - 1 }),
          value: fc.integer({ min: 0, max: 255 }),
        }),
        {
          minLength: 1,
          maxLength: 8,
        }
      ),
      fc.option(fc.nat({ max: sample.length }), { nil: undefined }),
      async (edits, cut) => {
        const bytes = sample.slice(0, cut ?? sample.length);
        for (const { at, value } of edits) if (at < bytes.length) bytes[at] = value;
        await outcome(bytes);
      }
    ),
    { numRuns: 60 }
  );
});
