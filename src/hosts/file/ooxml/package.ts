/**
 * Sheets added to an .xlsx at the package level: the user's workbook comes back whole. The new worksheet
 * parts are added, and only four parts are edited, each by inserting text: the workbook part (one <sheet>
 * per new sheet), its relationships (one per sheet), [Content_Types].xml (one Override per sheet) and
 * styles.xml (the new sheets' formats, appended). Every other part — charts, drawings, pictures, pivot
 * tables and caches, tables, comments, external links, the VBA project, custom XML, whatever a future Excel
 * adds — is copied byte for byte, because it is never parsed. Runs in Node and in browsers (JSZip).
 */
import { freeSheetName, type SheetSpec } from "../../../core/sheetSpec";
import { MINIMAL_STYLES, StyleSheetEditor } from "./styles";
import { worksheetXml } from "./worksheet";
import {
  CONTENT_TYPE,
  NS,
  RELATIONSHIP_TYPE,
  appendChildren,
  attributesOf,
  childTags,
  escapeXml,
  findElement,
  prefixFor,
} from "./xml";

type JSZip = import("jszip");

async function loadJSZip(): Promise<typeof import("jszip")> {
  const mod = (await import(
    /* webpackChunkName: "xlsx" */ "jszip"
  )) as unknown as typeof import("jszip") & {
    default?: typeof import("jszip");
  };
  return mod.default ?? mod;
}

/** A valid sheet name: no []:*?/\ , not blank, not starting/ending with ', at most 31 characters. */
export function cleanSheetName(name: string): string {
  let clean = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (!clean) clean = "Sheet";
  return Array.from(clean).slice(0, 31).join("");
}

/** "xl/workbook.xml" + "worksheets/sheet4.xml" → "xl/worksheets/sheet4.xml"; "/xl/…" is from the root. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's path in the zip as written (zip names may differ in case from the relationship target). */
function findPart(zip: JSZip, path: string): string | undefined {
  if (zip.file(path)) return path;
  const lower = path.toLowerCase();
  return Object.keys(zip.files).find(
    (name) => name.toLowerCase() === lower && !zip.files[name].dir
  );
}

/** Writes a part; an existing part keeps its zip date, and no folder entries are added. */
function putPart(zip: JSZip, path: string, text: string, date: Date): void {
  zip.file(path, text, { date: zip.file(path)?.date ?? date, createFolders: false });
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationshipsOf(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributesOf(m[0]);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

/** Inserts `text` before the closing tag of the root element named `localName` (any prefix). */
function insertBeforeRootEnd(xml: string, localName: string, text: string): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${localName}>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + text + xml.slice(close.index);
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${localName})\\b([^>]*)/>\\s*$`).exec(xml);
  if (!selfClosing) throw new Error(`no ${localName} root element`);
  return `${xml.slice(0, selfClosing.index)}<${selfClosing[1]}${selfClosing[2]}>${text}</${selfClosing[1]}>`;
}

export interface AppendResult {
  bytes: Uint8Array;
  /** What the new sheets were called (free names among the workbook's own). */
  names: string[];
  /** The workbook holds macros (its workbook part is macro-enabled): the file must be named .xlsm. */
  macroEnabled: boolean;
}

const MACRO_ENABLED_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

export interface AppendOptions {
  /** The zip date of the added parts (for reproducible output); now by default. */
  date?: Date;
}

/**
 * Adds one worksheet per spec to the package in `zip` (loaded by the caller), editing only the workbook
 * part, its relationships, [Content_Types].xml and styles.xml.
 */
async function appendSheets(
  zip: JSZip,
  specs: readonly SheetSpec[],
  date: Date
): Promise<string[]> {
  const rootRelationships = relationshipsOf(await readText(zip, "_rels/.rels"));
  const office = rootRelationships.find((r) => r.type === RELATIONSHIP_TYPE.officeDocument);
  const workbookPart =
    findPart(zip, resolvePart("", office?.target ?? "xl/workbook.xml")) ?? "xl/workbook.xml";
  const workbookRelsPart =
    findPart(zip, relationshipsPart(workbookPart)) ?? relationshipsPart(workbookPart);

  let workbook = await readText(zip, workbookPart);
  let workbookRels = zip.file(workbookRelsPart)
    ? await readText(zip, workbookRelsPart)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  let contentTypes = await readText(zip, "[Content_Types].xml");

  const main = prefixFor(workbook, NS.main) ?? "";
  const relationshipPrefix = prefixFor(workbook, NS.relationships);
  const sheetsElement = findElement(workbook, `${main}sheets`);
  if (!sheetsElement) throw new Error("workbook part has no sheets element");
  const existingSheets = childTags(workbook, sheetsElement, `${main}sheet`).map(attributesOf);
  const existingNames = existingSheets.map((a) => a.name ?? "");
  let nextSheetId = Math.max(0, ...existingSheets.map((a) => Number(a.sheetId) || 0)) + 1;

  const relationships = relationshipsOf(workbookRels);
  const usedIds = new Set(relationships.map((r) => r.id));
  const newRelationshipId = () => {
    let n = 1;
    while (usedIds.has(`rIdBudgetReport${n}`)) n++;
    usedIds.add(`rIdBudgetReport${n}`);
    return `rIdBudgetReport${n}`;
  };

  // styles.xml: the workbook's own, or a minimal one added with its relationship and content type.
  const stylesRelationship = relationships.find((r) => r.type === RELATIONSHIP_TYPE.styles);
  let stylesPart = stylesRelationship
    ? findPart(zip, resolvePart(workbookPart, stylesRelationship.target))
    : undefined;
  let stylesXml: string;
  if (stylesPart) {
    stylesXml = await readText(zip, stylesPart);
  } else {
    stylesPart = resolvePart(workbookPart, "styles.xml");
    stylesXml = MINIMAL_STYLES;
    const id = newRelationshipId();
    workbookRels = insertBeforeRootEnd(
      workbookRels,
      "Relationships",
      `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE.styles}" Target="${escapeXml(relativeTarget(workbookPart, stylesPart))}"/>`
    );
    contentTypes = insertBeforeRootEnd(
      contentTypes,
      "Types",
      `<Override PartName="/${escapeXml(stylesPart)}" ContentType="${CONTENT_TYPE.styles}"/>`
    );
  }
  const styles = new StyleSheetEditor(stylesXml);

  const partNames = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  const worksheetFolder = resolvePart(workbookPart, "worksheets/x").replace(/x$/, "");
  let sheetNumber = 1;
  const names: string[] = [];
  let sheetEntries = "";
  for (const spec of specs) {
    const name = freeSheetName(cleanSheetName(spec.name), [...existingNames, ...names]);
    names.push(name);
    while (partNames.has(`${worksheetFolder}sheet${sheetNumber}.xml`.toLowerCase())) sheetNumber++;
    const part = `${worksheetFolder}sheet${sheetNumber}.xml`;
    partNames.add(part.toLowerCase());
    const sheetXml = worksheetXml(spec, (style, isLink) => styles.indexOf(style, isLink));
    putPart(zip, part, sheetXml, date);

    const id = newRelationshipId();
    workbookRels = insertBeforeRootEnd(
      workbookRels,
      "Relationships",
      `<Relationship Id="${id}" Type="${RELATIONSHIP_TYPE.worksheet}" Target="${escapeXml(relativeTarget(workbookPart, part))}"/>`
    );
    contentTypes = insertBeforeRootEnd(
      contentTypes,
      "Types",
      `<Override PartName="/${escapeXml(part)}" ContentType="${CONTENT_TYPE.worksheet}"/>`
    );
    // r:id with the workbook's own prefix for the relationships namespace, or declared on the element.
    const rid =
      relationshipPrefix !== undefined && relationshipPrefix !== ""
        ? `${relationshipPrefix}id="${id}"`
        : `r:id="${id}" xmlns:r="${NS.relationships}"`;
    sheetEntries += `<${main}sheet name="${escapeXml(name)}" sheetId="${nextSheetId++}" ${rid}/>`;
  }
  workbook = appendChildren(
    workbook,
    findElement(workbook, `${main}sheets`)!,
    `${main}sheets`,
    sheetEntries
  );

  putPart(zip, workbookPart, workbook, date);
  putPart(zip, workbookRelsPart, workbookRels, date);
  putPart(zip, "[Content_Types].xml", contentTypes, date);
  putPart(zip, stylesPart, styles.toXml(), date);
  return names;
}

/** The relationship target of `part` seen from `source` ("xl/workbook.xml", "xl/worksheets/sheet4.xml" → "worksheets/sheet4.xml"). */
function relativeTarget(source: string, part: string): string {
  const folder = source.split("/").slice(0, -1).join("/");
  return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
}

async function generate(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/**
 * The workbook `original` (checked .xlsx / .xlsm bytes) with one sheet per spec added after its own sheets.
 * Nothing of the original is rewritten: see the module comment.
 */
export async function appendSheetsToPackage(
  original: Uint8Array,
  specs: readonly SheetSpec[],
  options: AppendOptions = {}
): Promise<AppendResult> {
  const JSZip = await loadJSZip();
  const zip = await JSZip.loadAsync(original);
  const contentTypes = await readText(zip, "[Content_Types].xml");
  const names = await appendSheets(zip, specs, options.date ?? new Date());
  return {
    bytes: await generate(zip),
    names,
    macroEnabled: contentTypes.includes(MACRO_ENABLED_WORKBOOK),
  };
}

/** The smallest package a workbook can be: the sheets are then added as to any workbook. */
function emptyWorkbook(zip: JSZip, date: Date): void {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  putPart(
    zip,
    "[Content_Types].xml",
    `${declaration}<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/><Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/></Types>`,
    date
  );
  putPart(
    zip,
    "_rels/.rels",
    `${declaration}<Relationships xmlns="${NS.packageRelationships}"><Relationship Id="rId1" Type="${RELATIONSHIP_TYPE.officeDocument}" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    date
  );
  putPart(
    zip,
    "docProps/core.xml",
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>budget-report</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
    date
  );
  putPart(
    zip,
    "xl/workbook.xml",
    `${declaration}<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}"><bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
    date
  );
  putPart(
    zip,
    "xl/_rels/workbook.xml.rels",
    `${declaration}<Relationships xmlns="${NS.packageRelationships}"></Relationships>`,
    date
  );
}

/** A new workbook holding the given sheets, as .xlsx bytes. */
export async function workbookFromSpecs(
  specs: readonly SheetSpec[],
  options: { date?: Date } = {}
): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const zip = new JSZip();
  const date = options.date ?? new Date();
  emptyWorkbook(zip, date);
  await appendSheets(zip, specs, date);
  return generate(zip);
}
