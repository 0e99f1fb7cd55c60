/**
 * The unit's own texts, shaped for the report: one paragraph per line, inline enumerations
 * ("（1）…。（2）…。") split into paragraphs, and typed top-level headings ("一、加强思想引领") turned into
 * generated sub-headings one level below the section they sit in — numbering is generated, never typed,
 * so a typed 一、 inside 六、 cannot clash with the report's own numbers.
 */

/** A typed top-level heading line: 一、 plus a short title without closing punctuation. */
const TYPED_HEADING = /^([一二三四五六七八九十]{1,3})[、.．]\s*(\S.*)$/;
const MAX_HEADING_LENGTH = 40;

/** Lines of a text, trimmed, blank ones dropped, inline enumerations split. */
export function textLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line !== "")
    .flatMap(splitEnumeration);
}

/**
 * "（1）甲。（2）乙。" → ["（1）甲。", "（2）乙。"]. Only a run that starts with （1） is split, and only before
 * the next number in sequence after a sentence end, so a stray "（2）" inside a sentence stays put.
 */
export function splitEnumeration(line: string): string[] {
  if (!/^[（(]1[）)]/.test(line)) return [line];
  const parts: string[] = [];
  let rest = line;
  for (let n = 2; ; n++) {
    const match = new RegExp(`([。；;！？!?])\\s*([（(]${n}[）)])`).exec(rest);
    if (!match) break;
    const cut = match.index + match[1].length;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  parts.push(rest);
  return parts;
}

/** The title of a typed heading line ("一、加强思想引领" → "加强思想引领"), or undefined for body text. */
export function typedHeading(line: string): string | undefined {
  const match = TYPED_HEADING.exec(line);
  if (!match) return undefined;
  const title = match[2].trim();
  if (title.length > MAX_HEADING_LENGTH || /[。；;！？!?：:]$/.test(title)) return undefined;
  return title;
}

export interface TextGroup {
  /** A typed heading's title (its number dropped), or undefined for the lines before the first one. */
  heading?: string;
  lines: string[];
}

/** Groups lines under typed headings. Without any typed heading: one group of all lines. */
export function groupByTypedHeadings(lines: readonly string[]): TextGroup[] {
  const groups: TextGroup[] = [];
  let current: TextGroup = { lines: [] };
  for (const line of lines) {
    const heading = typedHeading(line);
    if (heading !== undefined) {
      if (current.heading !== undefined || current.lines.length > 0) groups.push(current);
      current = { heading, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  groups.push(current);
  return groups;
}

/**
 * The unit's 人员情况 text without the sentences that restate the head counts the report has already said
 * (编制数 / 实有人数 with the same numbers): the report says each figure once. Sentences with other facts stay.
 */
export function withoutRestatedCounts(
  lines: readonly string[],
  counts: readonly number[]
): string[] {
  if (counts.length === 0) return [...lines];
  const said = new Set(counts);
  return lines
    .map((line) =>
      (line.match(/[^。！？]+[。！？]?/g) ?? [])
        .filter((sentence) => {
          if (!/编制|实有|在编|在职/.test(sentence)) return true;
          const numbers = [...sentence.matchAll(/(\d+)\s*(?:名|人)/g)].map((m) => Number(m[1]));
          return numbers.length === 0 || numbers.some((n) => !said.has(n));
        })
        .join("")
        .trim()
    )
    .filter((line) => line.length > 0);
}
