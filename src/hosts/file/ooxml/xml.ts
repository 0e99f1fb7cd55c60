/**
 * The few XML facts the package writer needs, for parts written by any producer (Excel, WPS, LibreOffice,
 * the .NET Open XML SDK's `<x:workbook>`, finance software): find an element's children and the prefix a
 * namespace is bound to, and insert text — never re-serialise a part, so whatever this code does not
 * understand is kept exactly as it was.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const RELATIONSHIP_TYPE = {
  officeDocument: `${NS.relationships}/officeDocument`,
  worksheet: `${NS.relationships}/worksheet`,
  styles: `${NS.relationships}/styles`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
} as const;

/** Characters XML 1.0 cannot carry at all (control characters other than tab, LF, CR; lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The text of an attribute value as written in the file, entities resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") {
      const code =
        entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}

/**
 * SpreadsheetML text: besides XML escaping, a literal "_x0041_" in a cell would be read back as "A"
 * (ECMA-376 §22.4.2.4), so its underscore is itself escaped as _x005F_.
 */
export function escapeCellText(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

/** The prefix (with its colon, or "") the element names of `namespace` carry in `xml`. */
export function prefixFor(xml: string, namespace: string): string | undefined {
  const escaped = namespace.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`xmlns(?::([A-Za-z_][\\w.-]*))?\\s*=\\s*["']${escaped}["']`).exec(xml);
  if (!match) return undefined;
  return match[1] ? `${match[1]}:` : "";
}

/** The attributes of one start tag, by name (entities resolved). */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return attributes;
}

/** An element found in a part: where its start tag begins and ends, and where its content ends. */
export interface ElementSpan {
  start: number;
  /** Index just after the start tag's ">". */
  startTagEnd: number;
  /** Index of the end tag "</…>", or startTagEnd for an empty element "<a/>". */
  contentEnd: number;
  /** Index just after the element. */
  end: number;
  startTag: string;
  selfClosing: boolean;
}

function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first element named `qualifiedName` (e.g. "x:sheets") at or after `from`, with its extent. */
export function findElement(xml: string, qualifiedName: string, from = 0): ElementSpan | undefined {
  const name = escapeName(qualifiedName);
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return undefined;
  const start = match.index;
  const startTagEnd = start + match[0].length;
  if (match[0].endsWith("/>")) {
    return {
      start,
      startTagEnd,
      contentEnd: startTagEnd,
      end: startTagEnd,
      startTag: match[0],
      selfClosing: true,
    };
  }
  // Nested elements of the same name do not occur in the parts this code edits (sheets, fonts, cellXfs, …).
  const close = xml.indexOf(`</${qualifiedName}>`, startTagEnd);
  if (close < 0) return undefined;
  return {
    start,
    startTagEnd,
    contentEnd: close,
    end: close + qualifiedName.length + 3,
    startTag: match[0],
    selfClosing: false,
  };
}

/** Every direct child element named `qualifiedName` inside `parent` (start tags only). */
export function childTags(xml: string, parent: ElementSpan, qualifiedName: string): string[] {
  const content = xml.slice(parent.startTagEnd, parent.contentEnd);
  const name = escapeName(qualifiedName);
  return [...content.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g"))].map((m) => m[0]);
}

/** Number of direct children named `qualifiedName` (elements of that name are never nested here). */
export function countChildren(xml: string, parent: ElementSpan, qualifiedName: string): number {
  return childTags(xml, parent, qualifiedName).length;
}

/**
 * Adds `children` at the end of `parent` and sets its count attribute (if it has one or `setCount`) to
 * `count`; an empty element `<a/>` is opened. Returns the new text.
 */
export function appendChildren(
  xml: string,
  parent: ElementSpan,
  qualifiedName: string,
  children: string,
  count?: number
): string {
  let startTag = parent.selfClosing ? parent.startTag.replace(/\s*\/>$/, ">") : parent.startTag;
  if (count !== undefined) {
    startTag = /\scount\s*=\s*["'][^"']*["']/.test(startTag)
      ? startTag.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${count}"`)
      : startTag.replace(/^(<[^\s/>]+)/, `$1 count="${count}"`);
  }
  if (parent.selfClosing) {
    return `${xml.slice(0, parent.start)}${startTag}${children}</${qualifiedName}>${xml.slice(parent.end)}`;
  }
  return (
    xml.slice(0, parent.start) +
    startTag +
    xml.slice(parent.startTagEnd, parent.contentEnd) +
    children +
    xml.slice(parent.contentEnd)
  );
}
