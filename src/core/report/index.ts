/** The report: compose (Book → Report), its model, numbering and wording helpers. */
export { composeReport } from "./compose";
export type { ComposeInput } from "./compose";
export { flattenReport, runsText, chineseNumeral, headingNumber } from "./numbering";
export type {
  Block,
  ComposedReport,
  HeadingLevel,
  Paragraph,
  Report,
  ReportBlock,
  Run,
  Section,
  Signature,
} from "./types";
