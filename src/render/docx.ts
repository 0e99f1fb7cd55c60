/**
 * The report as a Word file laid out by GB/T 9704-2012 (docs/domain.md §5): A4, margins 37/35/28/26 mm, 22 lines of
 * 28 characters (exact 28.95 pt line pitch, 三号 body), title 二号 方正小标宋简体 centred, body 仿宋_GB2312 with
 * a two-character first-line indent, headings 一、 黑体 and （一） 楷体_GB2312, page numbers "— n —" 四号 宋体
 * right on odd pages and left on even pages, each one character in from the edge; the sign-off right-aligned
 * with the unit and date offsets of GB/T 9704 7.3.5.2.
 *
 * Fonts are set for each script ({ ascii, hAnsi, eastAsia }): a plain font name would also replace the
 * Latin font. When the GB2312 fonts are absent (most Windows machines since Windows 10 have 仿宋/楷体 but not
 * 仿宋_GB2312/楷体_GB2312, and 方正小标宋简体 only comes with 方正's font pack) pass `fonts: WINDOWS_FONTS`,
 * which names fonts every Chinese Windows has. Word also substitutes a missing font by itself, keeping the
 * layout; LibreOffice does too (scripts/render-docx.js maps them explicitly).
 *
 * Browser-safe: no Node API here; `docx` is loaded on demand so the task pane's first bundle stays small.
 */
import type * as Docx from "docx";
import type { Report, Run } from "../core/report/types";
import { flattenReport } from "../core/report/numbering";

export interface DocxFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  pageNumber: string;
  /** Latin letters and digits in the text. */
  latin: string;
}

/** The fonts GB/T 9704 names. */
export const GB_FONTS: DocxFonts = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
};

/** Fonts every Chinese Windows has (仿宋, 楷体, 黑体, 宋体; the title in bold 宋体). */
export const WINDOWS_FONTS: DocxFonts = {
  title: "宋体",
  body: "仿宋",
  heading1: "黑体",
  heading2: "楷体",
  pageNumber: "宋体",
  latin: "Times New Roman",
};

/** Page geometry and type sizes, in the units Word stores (twips, half-points). */
export const GB_LAYOUT = {
  pageWidth: 11906,
  pageHeight: 16838,
  marginTop: 2098,
  marginBottom: 1984,
  marginLeft: 1587,
  marginRight: 1474,
  /** Header and footer distances from the page edge: the page number sits 7 mm below the type area. */
  header: 851,
  footer: 1304,
  /** 二号 = 22 pt, 三号 = 16 pt, 四号 = 14 pt. */
  titleSize: 44,
  bodySize: 32,
  pageNumberSize: 28,
  /** Exact line pitch: 22 lines in the 225 mm type area = 28.95 pt. */
  line: 579,
  /** Two 三号 characters. */
  firstLineIndent: 640,
  /** A title line holds 20 二号 characters (8845 / 440 twips). */
  titleCharsPerLine: 20,
  /** One 四号 character: the page number's distance from the edge of the type area. */
  pageNumberIndent: 280,
  /** One 三号 character, the unit of the sign-off's indents. */
  bodyChar: 320,
} as const;

export interface DocxOptions {
  fonts?: DocxFonts;
  /** Mark placeholders 【待补充：…】 with a yellow highlight (text stays black). Default true. */
  highlightPlaceholders?: boolean;
}

/** Width in 二号 characters: CJK and full-width count 1, Latin letters and digits ½. */
function titleWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.5;
  return width;
}

/** The title as it is set: one line when it fits, else broken where the report says it may be. */
export function titleLines(report: Report): string[] {
  if (titleWidth(report.title) <= GB_LAYOUT.titleCharsPerLine || report.titleLines.length < 2) {
    return [report.title];
  }
  return report.titleLines;
}

/**
 * Width in 三号 characters as Word sets it: CJK and full-width count 1, Latin letters and digits ½, and
 * each change between the two adds about ¼ (Word's automatic space between Asian text and numbers).
 */
function bodyWidth(text: string): number {
  let width = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    const cjk = /[\u2e80-\uffff]/.test(ch);
    width += cjk ? 1 : 0.5;
    if (previous !== undefined && previous !== cjk && ch.trim() !== "") width += 0.25;
    previous = cjk;
  }
  return width;
}

/**
 * Right indents (twips) of the sign-off, GB/T 9704-2012 7.3.5.2: the unit two characters in from the
 * right, the date on the next line starting two characters right of the unit's first character; when the
 * date is the longer, the date stands two characters in and the unit moves left to keep the offset.
 */
export function signatureIndents(unit: string, date: string): { unit: number; date: number } {
  const char = GB_LAYOUT.bodyChar;
  const unitWidth = bodyWidth(unit);
  const dateWidth = bodyWidth(date);
  let unitRight = 2;
  let dateRight = unitRight + unitWidth - 2 - dateWidth;
  if (dateRight < 2) {
    dateRight = 2;
    unitRight = dateRight + dateWidth + 2 - unitWidth;
  }
  return { unit: Math.round(unitRight * char), date: Math.round(dateRight * char) };
}

let docxModule: Promise<typeof Docx> | undefined;
function loadDocx(): Promise<typeof Docx> {
  docxModule ??= import("docx");
  return docxModule;
}

/** Renders the report as .docx bytes. */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  const docx = await loadDocx();
  const document = buildDocument(docx, report, options);
  const buffer = await docx.Packer.toArrayBuffer(document);
  return new Uint8Array(buffer);
}

function buildDocument(docx: typeof Docx, report: Report, options: DocxOptions): Docx.Document {
  const {
    AlignmentType,
    Document,
    Footer,
    LineRuleType,
    PageNumber,
    Paragraph,
    TextRun,
    HighlightColor,
  } = docx;
  const fonts = options.fonts ?? GB_FONTS;
  const highlight = options.highlightPlaceholders ?? true;
  const L = GB_LAYOUT;
  // hint "eastAsia": characters both scripts share (“ ” — ……) take the Chinese font, not Times New Roman.
  const font = (eastAsia: string) => ({
    ascii: fonts.latin,
    hAnsi: fonts.latin,
    eastAsia,
    cs: fonts.latin,
    hint: "eastAsia",
  });
  const language = { value: "en-US", eastAsia: "zh-CN" };
  const exact = { line: L.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const bold = fonts === WINDOWS_FONTS;

  const textRuns = (
    runs: readonly Run[],
    eastAsia: string,
    extra: { bold?: boolean; size?: number } = {}
  ) =>
    runs.map(
      (run) =>
        new TextRun({
          text: run.text,
          font: font(eastAsia),
          language,
          size: extra.size ?? L.bodySize,
          color: "000000",
          ...(extra.bold ? { bold: true } : {}),
          ...(run.placeholder && highlight ? { highlight: HighlightColor.YELLOW } : {}),
        })
    );

  const children: Docx.Paragraph[] = [];
  let signatureStarted = false;
  const indents = signatureIndents(
    report.signature.unit.map((r) => r.text).join(""),
    report.signature.date.map((r) => r.text).join("")
  );
  for (const block of flattenReport(report)) {
    switch (block.kind) {
      case "title":
        // A title too long for one line breaks between its unit-and-year and its kind, not mid-word.
        for (const line of titleLines(report)) {
          children.push(
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: exact,
              keepNext: true,
              children: textRuns([{ text: line }], fonts.title, { size: L.titleSize, bold }),
            })
          );
        }
        // One empty line between the title and the text.
        children.push(new Paragraph({ spacing: exact, children: [] }));
        break;
      case "heading": {
        const eastAsia =
          block.level === 1 ? fonts.heading1 : block.level === 2 ? fonts.heading2 : fonts.body;
        children.push(
          new Paragraph({
            spacing: exact,
            indent: { firstLine: L.firstLineIndent },
            keepNext: true,
            children: textRuns(block.runs, eastAsia, { bold: block.level === 3 }),
          })
        );
        break;
      }
      case "paragraph":
        children.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: exact,
            indent: { firstLine: L.firstLineIndent },
            children: textRuns(block.runs, fonts.body),
          })
        );
        break;
      case "signature":
        // One empty line between the text and the sign-off.
        children.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: signatureStarted ? exact : { ...exact, before: L.line },
            indent: { right: signatureStarted ? indents.date : indents.unit },
            keepNext: !signatureStarted,
            children: textRuns(block.runs, fonts.body),
          })
        );
        signatureStarted = true;
        break;
    }
  }

  const pageNumber = (alignment: "right" | "left") =>
    new Footer({
      children: [
        new Paragraph({
          alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent:
            alignment === "right" ? { right: L.pageNumberIndent } : { left: L.pageNumberIndent },
          children: [
            new TextRun({
              children: ["— ", PageNumber.CURRENT, " —"],
              font: {
                ascii: fonts.pageNumber,
                hAnsi: fonts.pageNumber,
                eastAsia: fonts.pageNumber,
              },
              size: L.pageNumberSize,
              color: "000000",
            }),
          ],
        }),
      ],
    });

  return new Document({
    title: report.title,
    creator: report.unit || undefined,
    description: "部门整体支出绩效自评报告",
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(fonts.body), language, size: L.bodySize, color: "000000" },
          paragraph: { spacing: exact },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: L.pageWidth, height: L.pageHeight },
            margin: {
              top: L.marginTop,
              bottom: L.marginBottom,
              left: L.marginLeft,
              right: L.marginRight,
              header: L.header,
              footer: L.footer,
            },
          },
          // The line pitch is recorded, but no grid is switched on: exact spacing alone gives 22 lines,
          // and LibreOffice/WPS snap larger type (the title) to two grid lines when a grid is on.
          grid: { linePitch: L.line },
        },
        footers: { default: pageNumber("right"), even: pageNumber("left") },
        children,
      },
    ],
  });
}
