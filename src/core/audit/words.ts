/**
 * The words before a figure that say what it is: a change (增加 / 减少 and their kin), its rate (增长 / 下降,
 * 增幅 / 减幅), a share (占…的). Shared by the sentence reader (proseReader.ts) and the 分别 reader (respectively.ts).
 */
import type { Direction } from "./items";

export const INCREASE = "增加|增长|上升|提高|增多|增收|增支|多收|多支|增|多";
export const DECREASE = "减少|下降|降低|减收|减支|少收|少支|减|少|节约|节省|压减|缩减";
/** "增加", "减少了", "（减少）", "减少支出" (the change, then what changed): the word before a change. */
export const CHANGE_WORD = new RegExp(
  `[（(]?(${INCREASE}|${DECREASE})[）)]?(?:支出|收入)?(?:了|为|达到?)?$`
);
/** "增长", "下降了", "增幅为", "增幅高达", "负增长": the word before a rate. */
export const RATE_WORD =
  /(负增长|增长率|下降率|减少率|增加率|增幅|减幅|降幅|增长|下降|上升|降低|提高|增加|减少|增|减)(?:了|为|达到?|高达|幅度为?)?$/;
/** "占基本支出的", "占…比例为": the word before a share, and the whole it names. */
export const SHARE_OF = /占(.*?)(?:的)?(?:比例|比重)?(?:为|是|达)?$/;

/** The direction a change or rate word says. */
export function directionOf(word: string): Direction {
  return new RegExp(`^(?:${DECREASE}|负增长|下降率|减少率|减幅|降幅)`).test(word) ? -1 : 1;
}
