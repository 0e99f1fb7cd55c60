/**
 * AUDIT-DIRECTION — 增加 followed by 下降, or a direction the amounts deny: "比上年减少0.04万元，增长0.01%", or
 * 本年 below 上年 with "增加". Rounding cannot turn a direction round, so these are errors.
 */
import { compare, minus, sign } from "../interval";
import type { ItemClaim } from "../claims";
import { findingAt, type AuditContext, type AuditFinding, type AuditRule } from "../types";

function check(item: ItemClaim, context: AuditContext): AuditFinding[] {
  const { words } = context;
  const found: AuditFinding[] = [];
  const { delta, rate, current, prior } = item;
  if (delta && rate && delta.direction !== rate.direction && sign(delta.figure.value) !== 0) {
    const first = `${delta.word.text}${delta.figure.text}`;
    const second = `${rate.word.text}${rate.figure.text}`;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        item.sentence,
        { start: rate.word.start, end: rate.figure.end, text: second },
        words.directionWords(first, second),
        second,
        ""
      )
    );
    return found;
  }
  // "下降-81.75%": a direction word and a minus sign say the direction twice, opposite ways.
  for (const said of [delta, rate]) {
    if (!said || sign(said.figure.value) >= 0) continue;
    const words_ = `${said.word.text}${said.figure.text}`;
    found.push(
      findingAt(
        "AUDIT-DIRECTION",
        "error",
        item.sentence,
        { start: said.word.start, end: said.figure.end, text: words_ },
        words.doubleNegative(words_),
        said.figure.text,
        said.figure.text.replace(/^[-−－]/, "")
      )
    );
  }
  if (found.length > 0) return found;
  const claimed = delta ?? rate;
  if (claimed && current && prior && sign(claimed.figure.value) !== 0) {
    const difference = minus(current.yuan, prior.yuan);
    const denied =
      claimed.direction === 1
        ? compare(difference.hi, { n: 0n, d: 1n }) < 0
        : compare(difference.lo, { n: 0n, d: 1n }) > 0;
    if (denied) {
      const said = `${claimed.word.text}${claimed.figure.text}`;
      found.push(
        findingAt(
          "AUDIT-DIRECTION",
          "error",
          item.sentence,
          { start: claimed.word.start, end: claimed.figure.end, text: said },
          words.directionAmounts(said, current.text, prior.text),
          said,
          ""
        )
      );
    }
  }
  return found;
}

export const auditDirection: AuditRule = {
  id: "AUDIT-DIRECTION",
  severities: ["error"],
  check: (context) => context.claims.items.flatMap((item) => check(item, context)),
};
