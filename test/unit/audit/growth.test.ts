/**
 * The audit grows with its text, not with its square: a text four times as long takes about four times as long
 * to audit. (A rule that looked at every item of the text for each list it checked once made the corpus ×16 take
 * 121 times as long as the corpus once; `npm run bench` measures that ratio, this test keeps it from coming back on
 * a text small enough for the suite.)
 */
import { auditText } from "../../../src/core/audit";
import { loadPassages } from "../../helpers/auditCorpus";

/** CPU time of `run`, in ms: the least of two runs (the other is noise on a shared machine). */
function cpuTime(run: () => void): number {
  const times = [0, 1].map(() => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
  return Math.min(...times);
}

test("auditing the corpus four times over takes well under six times as long as once", () => {
  const corpus = loadPassages()
    .map((passage) => passage.text)
    .join("\n\n");
  const fourTimes = Array(4).fill(corpus).join("\n\n");
  auditText(corpus); // the patterns compiled once
  const once = cpuTime(() => auditText(corpus));
  const overFour = cpuTime(() => auditText(fourTimes));
  expect(overFour / once).toBeLessThan(6);
}, 60_000);
