/**
 * Heading numbers are generated, never typed: 一、二、… for sections, （一）（二）… for sub-sections and
 * 1. 2. … for items, counted among siblings, so a section left out leaves no gap.
 */
import type { Block, HeadingLevel, Paragraph, Report, ReportBlock, Section } from "./types";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → "一", 10 → "十", 12 → "十二", 20 → "二十", 99 → "九十九", 100 → "100" (no report gets there). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** The number of the `index`-th (1-based) heading of a level: "三、", "（三）", "3.". */
export function headingNumber(level: HeadingLevel, index: number): string {
  if (level === 1) return `${chineseNumeral(index)}、`;
  if (level === 2) return `（${chineseNumeral(index)}）`;
  return `${index}.`;
}

/** A section without its number yet: compose builds these, `numberSections` numbers them. */
export type DraftSection = Omit<Section, "number" | "blocks"> & { blocks: DraftBlock[] };
export type DraftBlock = Paragraph | DraftSection;

/** Numbers sections among their siblings of the same level, depth first. */
export function numberSections(drafts: DraftSection[]): Section[] {
  const counters = new Map<HeadingLevel, number>();
  return drafts.map((draft) => {
    const index = (counters.get(draft.level) ?? 0) + 1;
    counters.set(draft.level, index);
    return numberSection(draft, index);
  });
}

function numberSection(draft: DraftSection, index: number): Section {
  const counters = new Map<HeadingLevel, number>();
  const blocks: Block[] = draft.blocks.map((block) => {
    if (block.kind !== "section") return block;
    const childIndex = (counters.get(block.level) ?? 0) + 1;
    counters.set(block.level, childIndex);
    return numberSection(block, childIndex);
  });
  return {
    kind: "section",
    level: draft.level,
    title: draft.title,
    number: headingNumber(draft.level, index),
    blocks,
  };
}

/** The report in reading order: title, headings and paragraphs, then the signature lines. */
export function flattenReport(report: Report): ReportBlock[] {
  const out: ReportBlock[] = [
    { kind: "title", level: 0, depth: 0, text: report.title, runs: [{ text: report.title }] },
  ];
  const walk = (section: Section, depth: number): void => {
    const heading = `${section.number}${section.title}`;
    out.push({
      kind: "heading",
      level: section.level,
      depth,
      text: heading,
      runs: [{ text: heading }],
    });
    for (const block of section.blocks) {
      if (block.kind === "section") walk(block, depth + 1);
      else
        out.push({
          kind: "paragraph",
          level: section.level,
          depth,
          text: runsText(block.runs),
          runs: block.runs,
        });
    }
  };
  report.sections.forEach((section) => walk(section, 1));
  for (const runs of [report.signature.unit, report.signature.date]) {
    out.push({ kind: "signature", level: 0, depth: 0, text: runsText(runs), runs });
  }
  return out;
}

export function runsText(runs: readonly { text: string }[]): string {
  return runs.map((r) => r.text).join("");
}
