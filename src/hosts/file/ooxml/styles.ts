/**
 * The styles of new sheets, appended to a workbook's styles.xml: one cell format (xf) per distinct
 * CellStyle, built on the workbook's own default font, and nothing of the existing styles moved or changed
 * — every existing style index keeps its meaning.
 */
import type { CellStyle } from "../../../core/sheetSpec";
import {
  NS,
  appendChildren,
  attributesOf,
  childTags,
  escapeXml,
  findElement,
  prefixFor,
  type ElementSpan,
} from "./xml";

/** Excel's built-in number formats a spec may name (ECMA-376 §18.8.30); others become custom formats. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The first id of a custom number format. */
const FIRST_CUSTOM_FORMAT = 164;

/** The style sheet's collections in schema order (CT_Stylesheet); new ones are created in this order. */
const COLLECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Collection = (typeof COLLECTIONS)[number];

const CHILD: Partial<Record<Collection, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

/** A styles.xml that a workbook without one gets: the two fills Excel requires, one font, one format. */
export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** The element text of the workbook's default font (font 0), kept to build the new fonts on. */
function defaultFontParts(
  xml: string,
  prefix: string
): { size?: string; name?: string; extra: string } {
  const fonts = findElement(xml, `${prefix}fonts`);
  if (!fonts || fonts.selfClosing) return { extra: "" };
  const first = findElement(xml, `${prefix}font`, fonts.startTagEnd);
  if (!first || first.start >= fonts.contentEnd) return { extra: "" };
  const body = first.selfClosing ? "" : xml.slice(first.startTagEnd, first.contentEnd);
  const valueOf = (name: string) => {
    const tag = new RegExp(`<${prefix}${name}(?=[\\s/>])[^>]*>`).exec(body);
    return tag ? attributesOf(tag[0]).val : undefined;
  };
  const family = valueOf("family");
  const charset = valueOf("charset");
  const extra =
    (family ? `<family val="${escapeXml(family)}"/>` : "") +
    (charset ? `<charset val="${escapeXml(charset)}"/>` : "");
  return { size: valueOf("sz"), name: valueOf("name"), extra };
}

/** Adds cell formats to a styles.xml and returns the index of each. */
export class StyleSheetEditor {
  private xml: string;
  private readonly prefix: string;
  private readonly baseFont: { size?: string; name?: string; extra: string };
  private readonly counts: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", number>;
  private readonly added: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", string[]> =
    {
      numFmts: [],
      fonts: [],
      fills: [],
      borders: [],
      cellXfs: [],
    };
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly byKey = new Map<string, number>();
  private readonly partIndex = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
    this.prefix = prefixFor(xml, NS.main) ?? "";
    this.baseFont = defaultFontParts(xml, this.prefix);
    const count = (collection: keyof typeof this.counts) => {
      const span = this.find(collection);
      return span ? childTags(xml, span, this.prefix + (CHILD[collection] as string)).length : 0;
    };
    this.counts = {
      numFmts: count("numFmts"),
      fonts: count("fonts"),
      fills: count("fills"),
      borders: count("borders"),
      cellXfs: count("cellXfs"),
    };
    let maxCustom = FIRST_CUSTOM_FORMAT - 1;
    const numFmts = this.find("numFmts");
    if (numFmts) {
      for (const tag of childTags(xml, numFmts, `${this.prefix}numFmt`)) {
        const { numFmtId, formatCode } = attributesOf(tag);
        const id = Number(numFmtId);
        if (Number.isInteger(id)) {
          maxCustom = Math.max(maxCustom, id);
          if (formatCode !== undefined && !this.formatIds.has(formatCode))
            this.formatIds.set(formatCode, id);
        }
      }
    }
    this.nextFormatId = maxCustom + 1;
  }

  private find(collection: Collection): ElementSpan | undefined {
    return findElement(this.xml, this.prefix + collection);
  }

  /** The cell format index for a style; the same style always gets the same index. */
  indexOf(style: CellStyle, isLink = false): number {
    const key = JSON.stringify([style, isLink]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numberFormat(style.numberFormat);
    const fontId = this.font(style, isLink);
    const fillId = style.fill ? this.part("fills", fillXml(style.fill)) : 0;
    const borderId = style.border ? this.part("borders", THIN_BORDER) : 0;
    const alignment = alignmentXml(style);
    const applied =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "");
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}` +
      (alignment ? `>${alignment}</xf>` : "/>");
    const index = this.counts.cellXfs + this.added.cellXfs.length;
    this.added.cellXfs.push(xf);
    this.byKey.set(key, index);
    return index;
  }

  private numberFormat(code: string | undefined): number {
    if (!code) return 0;
    if (BUILT_IN_FORMATS[code] !== undefined) return BUILT_IN_FORMATS[code];
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private font(style: CellStyle, isLink: boolean): number {
    const color = style.color ?? (isLink ? "#0563C1" : undefined);
    if (!style.bold && !style.italic && !style.fontSize && !style.fontName && !color && !isLink)
      return 0;
    const size = style.fontSize !== undefined ? String(style.fontSize) : this.baseFont.size;
    const name = style.fontName ?? this.baseFont.name;
    // CT_Font's children in schema order: b, i, …, u, vertAlign, sz, color, name, family, charset, scheme.
    const xml =
      "<font>" +
      (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      (isLink ? "<u/>" : "") +
      (size ? `<sz val="${escapeXml(size)}"/>` : "") +
      (color ? `<color rgb="${argb(color)}"/>` : "") +
      (name ? `<name val="${escapeXml(name)}"/>` : "") +
      (style.fontName ? "" : this.baseFont.extra) +
      "</font>";
    return this.part("fonts", xml);
  }

  /** Index of an added font, fill or border, each distinct one added once. */
  private part(collection: "fonts" | "fills" | "borders", xml: string): number {
    const key = `${collection}:${xml}`;
    const known = this.partIndex.get(key);
    if (known !== undefined) return known;
    const index = this.counts[collection] + this.added[collection].length;
    this.added[collection].push(xml);
    this.partIndex.set(key, index);
    return index;
  }

  /** The styles.xml with every added format: the new entries appended, the counts updated. */
  toXml(): string {
    let xml = this.xml;
    for (const collection of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const) {
      const children = this.added[collection];
      if (children.length === 0) continue;
      const text = children.map((child) => withPrefix(child, this.prefix)).join("");
      const total = this.counts[collection] + children.length;
      const span = findElement(xml, this.prefix + collection);
      if (span) {
        xml = appendChildren(xml, span, this.prefix + collection, text, total);
      } else {
        xml = insertCollection(
          xml,
          this.prefix,
          collection,
          `<${this.prefix}${collection} count="${total}">${text}</${this.prefix}${collection}>`
        );
      }
    }
    return xml;
  }
}

const THIN_BORDER =
  '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right>' +
  '<top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>';

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function alignmentXml(style: CellStyle): string {
  const vertical = style.vertical === "middle" ? "center" : style.vertical;
  const attributes =
    (style.horizontal ? ` horizontal="${style.horizontal}"` : "") +
    (vertical ? ` vertical="${vertical}"` : "") +
    (style.wrap ? ' wrapText="1"' : "");
  return attributes ? `<alignment${attributes}/>` : "";
}

/** Our unprefixed element text in a part whose SpreadsheetML elements carry `prefix` ("x:"). */
function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : xml;
}

/** Inserts a missing collection element where the schema puts it: after the last collection before it. */
function insertCollection(
  xml: string,
  prefix: string,
  collection: Collection,
  element: string
): string {
  const order = COLLECTIONS.indexOf(collection);
  for (let i = order - 1; i >= 0; i--) {
    const before = findElement(xml, prefix + COLLECTIONS[i]);
    if (before) return xml.slice(0, before.end) + element + xml.slice(before.end);
  }
  const root = findElement(xml, `${prefix}styleSheet`);
  if (!root) throw new Error("styles.xml has no styleSheet element");
  if (root.selfClosing) return appendChildren(xml, root, `${prefix}styleSheet`, element);
  return xml.slice(0, root.startTagEnd) + element + xml.slice(root.startTagEnd);
}
