/**
 * What a copy of a workbook kept of the original, part by part (issue 13): used by the Node round-trip
 * test and by the web page's end-to-end test, so both hold the copy to one standard.
 */
import JSZip from "jszip";

/** The only parts the package writer may edit, and only by adding to them. */
export const EDITABLE_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "docProps/app.xml",
];

export interface PartComparison {
  /** Every part of the original, by name. */
  originalParts: string[];
  missing: string[];
  /** Parts whose bytes differ (uncompressed). */
  changed: string[];
  added: string[];
  original: JSZip;
  copy: JSZip;
}

async function filesOf(zip: JSZip): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async("uint8array"));
  }
  return parts;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export async function compareParts(
  original: Uint8Array,
  copy: Uint8Array
): Promise<PartComparison> {
  const [zipA, zipB] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(copy)]);
  const [a, b] = await Promise.all([filesOf(zipA), filesOf(zipB)]);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, bytes] of a) {
    const other = b.get(name);
    if (!other) missing.push(name);
    else if (!sameBytes(bytes, other)) changed.push(name);
  }
  const added = [...b.keys()].filter((name) => !a.has(name)).sort();
  // Folder entries are not parts, but a copy should not gain them either.
  const addedFolders = Object.keys(zipB.files).filter((n) => zipB.files[n].dir && !zipA.files[n]);
  return {
    originalParts: [...a.keys()].sort(),
    missing: missing.sort(),
    changed: changed.sort(),
    added: [...added, ...addedFolders].sort(),
    original: zipA,
    copy: zipB,
  };
}

/** An XML text as tokens: each tag, and each run of text between tags. */
function tokens(xml: string): string[] {
  return xml.match(/<[^>]*>|[^<]+/g) ?? [];
}

/** A start tag without its count attribute (collections state how many children they hold). */
function withoutCount(token: string): string {
  return token.replace(/\scount="\d+"/, "");
}

/**
 * The tokens `after` holds beyond `before`, when `after` is `before` with tokens inserted (and count
 * attributes updated); undefined when anything of `before` was removed, changed or moved.
 */
export function insertedTokens(before: string, after: string): string[] | undefined {
  const a = tokens(before).map(withoutCount);
  const b = tokens(after).map(withoutCount);
  const inserted: string[] = [];
  let i = 0;
  for (const token of b) {
    if (i < a.length && token === a[i]) i++;
    else inserted.push(token);
  }
  return i === a.length ? inserted : undefined;
}
