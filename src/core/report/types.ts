/**
 * The report model: what compose produces and every renderer reads. A report is sections → blocks →
 * paragraphs → runs; a run that shows a figure carries the cell it came from.
 */
import type { CellRef } from "../grid";
import type { Finding } from "../finding";

/** A piece of text. Figures carry their source cell; a placeholder run marks a fact still to supply. */
export interface Run {
  text: string;
  ref?: CellRef;
  placeholder?: boolean;
}

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
}

/** 1 = 一、 (section), 2 = （一） (sub-section), 3 = 1. (item). */
export type HeadingLevel = 1 | 2 | 3;

export interface Section {
  kind: "section";
  level: HeadingLevel;
  /** Generated, never typed: "一、", "（二）", "3.". */
  number: string;
  title: string;
  blocks: Block[];
}

export type Block = Paragraph | Section;

export interface Signature {
  unit: Run[];
  date: Run[];
}

export interface Report {
  title: string;
  /** The title in the pieces where it may break when it does not fit one line (unit and year | kind). */
  titleLines: string[];
  unit: string;
  year?: number;
  sections: Section[];
  signature: Signature;
  /** What is still to be supplied, by name ("机构情况", "报告日期"), each shown as 【待补充：…】. */
  placeholders: string[];
}

/** What compose hands to renderers: the report and the findings of the same analysis. */
export interface ComposedReport {
  report: Report;
  findings: Finding[];
}

/** One line of the report in reading order: what the flat renderers (Markdown, text, JSON, sheet) use. */
export interface ReportBlock {
  kind: "title" | "heading" | "paragraph" | "signature";
  /** 0 for title and signature; 1–3 for headings; a paragraph has the level of the heading it sits under. */
  level: number;
  /** Nesting depth: 1 for a section, 2 for what sits in it… (an item 1. directly under 一、 has depth 2). */
  depth: number;
  /** Heading text includes its number ("一、部门（单位）基本情况"). */
  text: string;
  runs: Run[];
}
