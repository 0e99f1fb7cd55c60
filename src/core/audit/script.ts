/**
 * A report in traditional characters ("財政撥款決算數為…萬元"), as mirror sites copy mainland pages, read in simplified
 * ones: character for character, so every offset — and every quote a finding makes of the report — stays its own.
 * The pages may also print a word's pinyin after each character ("財(cái)政"): blanked out, to the same length.
 */
import { TRADITIONAL_PAIRS } from "./traditional";

let simplifiedOf: Map<string, string> | undefined;
/** How many traditional characters make a text one in traditional characters. */
const TRADITIONAL_AT_LEAST = 5;
let traditional: RegExp | undefined;

/** Pinyin in brackets right after a character: "(cái)", "(shù)", "（wù）". */
const PINYIN_AFTER = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[)）]/g;

export function inSimplified(text: string): string {
  if (!simplifiedOf || !traditional) {
    const table = new Map<string, string>();
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
      table.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);
    simplifiedOf = table;
    traditional = new RegExp(`[${[...table.keys()].join("")}]`, "g");
  }
  const table = simplifiedOf;
  // (A report in simplified characters may name a place with one of them — 乾安县, 乾县 — and keeps its name: only a
  // text with several is in traditional characters.)
  let found = 0;
  for (traditional.lastIndex = 0; found < TRADITIONAL_AT_LEAST && traditional.exec(text);) found++;
  const read =
    found < TRADITIONAL_AT_LEAST ? text : text.replace(traditional, (ch) => table.get(ch) ?? ch);
  return read.replace(PINYIN_AFTER, (pinyin) => " ".repeat(pinyin.length));
}

/** A full-width digit, or the full-width point between two digits. */
const FULL_WIDTH_FIGURE = /[０-９]|(?<=[0-9０-９])．(?=[0-9０-９])/g;

/**
 * Full-width digits ("增长２９.３７%", as a page set in a full-width font prints them) read as ASCII ones, character for
 * character: every offset stays the report's, and a finding quotes it as printed.
 */
export function inAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_FIGURE, (ch) =>
    ch === "．" ? "." : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  );
}
