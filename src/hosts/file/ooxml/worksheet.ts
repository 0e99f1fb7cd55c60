/**
 * A SheetSpec as a worksheet part (SpreadsheetML), written directly: inline strings (so no shared-string
 * table has to be merged), style indexes from the workbook's own styles.xml (styles.ts), merges, a frozen
 * header, A4 print settings.
 *
 * - Text is always stored as text: "=1+1" stays the three characters "=1+1", never a formula.
 * - A link to another cell is the formula =HYPERLINK("#'Sheet'!E12","text") with the text cached: it works in
 *   Excel, WPS and LibreOffice alike, and needs no relationship part.
 * - A merged cell's style reaches every covered cell, so a border goes all round the merged area.
 */
import { columnLetters, formatAddress, formatRef, type CellRef } from "../../../core/grid";
import type { CellStyle, SheetSpec } from "../../../core/sheetSpec";
import { NS, escapeCellText, escapeXml } from "./xml";

/** Style index of a cell format; `isLink` asks for the link look (blue, underlined). */
export type StyleIndex = (style: CellStyle, isLink: boolean) => number;

/** Printable width of A4 at 96 px per inch with 0.7 in side margins. */
const A4_PRINTABLE_PX = { portrait: (8.27 - 1.4) * 96, landscape: (11.69 - 1.4) * 96 };
/**
 * Pixels per character of column width, on the generous side: Excel's Calibri 11 gives 7 px, LibreOffice
 * and WPS lay the same width out wider when Calibri is absent.
 */
const PX_PER_CHAR = 8;

/** The HYPERLINK formula for a link to `ref`, or undefined when the text is too long for it. */
function linkFormula(ref: CellRef, text: string): string | undefined {
  const target = `#${formatRef({ sheet: ref.sheet, address: ref.address })}`;
  if (text.length > 255 || target.length > 255) return undefined;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(target)},${quote(text)})`;
}

function inlineString(address: string, styleAttribute: string, text: string): string {
  return `<c r="${address}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
}

/** Excel's lexical form of a number: shortest round trip, never NaN or Infinity (those are left empty). */
function numberText(value: number): string | undefined {
  return Number.isFinite(value) ? String(value) : undefined;
}

/**
 * Print settings as the spec asks: A4, its orientation, fit to the page width. Excel and WPS honour
 * fit-to-page (fitToWidth 1, height unbounded); LibreOffice only scales a sheet that spans several page
 * columns and clips a single column wider than the page (a report's one wide text column), so such a sheet
 * gets an explicit scale instead, which every program honours.
 */
function printSettings(spec: SheetSpec): { fitToPage: boolean; pageSetup: string } {
  const print = spec.print;
  if (!print) return { fitToPage: false, pageSetup: "" };
  const base = `paperSize="9" orientation="${print.orientation}"`;
  if (!print.fitToWidth) return { fitToPage: false, pageSetup: `<pageSetup ${base}/>` };
  const printable = A4_PRINTABLE_PX[print.orientation];
  const widest = Math.max(0, ...spec.columnWidths.map((w) => w * PX_PER_CHAR + 5));
  if (widest > printable) {
    const scale = Math.max(10, Math.floor((printable / widest) * 100));
    return { fitToPage: false, pageSetup: `<pageSetup ${base} scale="${scale}"/>` };
  }
  return { fitToPage: true, pageSetup: `<pageSetup ${base} fitToWidth="1" fitToHeight="0"/>` };
}

/** The worksheet part for `spec`. */
export function worksheetXml(spec: SheetSpec, styleIndex: StyleIndex): string {
  const rows: string[] = [];
  const merges: string[] = [];
  let lastColumn = Math.max(0, spec.columnWidths.length - 1);
  spec.rows.forEach((rowSpec, r) => {
    const cells: string[] = [];
    let coveredUntil = -1;
    rowSpec.cells.forEach((cellSpec, c) => {
      if (c <= coveredUntil || !cellSpec) return;
      const address = formatAddress(r, c);
      const value = cellSpec.value;
      const link =
        cellSpec.link && value !== null && value !== undefined ? cellSpec.link : undefined;
      const formula = link ? linkFormula(link, String(value)) : undefined;
      const isLink = formula !== undefined;
      const style = cellSpec.style || isLink ? styleIndex(cellSpec.style ?? {}, isLink) : 0;
      const s = style ? ` s="${style}"` : "";
      if (formula) {
        cells.push(
          `<c r="${address}"${s} t="str"><f>${escapeXml(formula)}</f><v>${escapeCellText(String(value))}</v></c>`
        );
      } else if (typeof value === "number") {
        const text = numberText(value);
        cells.push(
          text === undefined
            ? `<c r="${address}"${s}/>`
            : `<c r="${address}"${s}><v>${text}</v></c>`
        );
      } else if (typeof value === "string") {
        cells.push(inlineString(address, s, value));
      } else if (s) {
        cells.push(`<c r="${address}"${s}/>`);
      }
      lastColumn = Math.max(lastColumn, c);
      const across = cellSpec.mergeAcross ?? 0;
      if (across > 0) {
        const coveredStyle = cellSpec.style ? styleIndex(cellSpec.style, false) : 0;
        for (let k = 1; k <= across; k++) {
          const covered = formatAddress(r, c + k);
          cells.push(
            coveredStyle ? `<c r="${covered}" s="${coveredStyle}"/>` : `<c r="${covered}"/>`
          );
        }
        merges.push(`<mergeCell ref="${address}:${formatAddress(r, c + across)}"/>`);
        coveredUntil = c + across;
        lastColumn = Math.max(lastColumn, c + across);
      }
    });
    const height = rowSpec.height ? ` ht="${rowSpec.height}" customHeight="1"` : "";
    if (cells.length === 0 && !height) return;
    rows.push(`<row r="${r + 1}"${height}>${cells.join("")}</row>`);
  });

  const lastRow = Math.max(1, spec.rows.length);
  const dimension = `A1:${columnLetters(lastColumn)}${lastRow}`;
  const freeze = spec.freezeRows && spec.freezeRows > 0 ? spec.freezeRows : 0;
  const sheetView = freeze
    ? `<sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const columns = spec.columnWidths
    .map((width, i) =>
      width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : ""
    )
    .join("");
  const print = printSettings(spec);

  // CT_Worksheet's children in schema order.
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.relationships}">` +
    (print.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${sheetView}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns ? `<cols>${columns}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    print.pageSetup +
    "</worksheet>"
  );
}
