/**
 * A second chance for workbooks Excel opens but ExcelJS 4.4 cannot load. Known causes in real files:
 * drawings, charts and pictures whose parts ExcelJS does not resolve ("reading 'anchors'", exceljs#2591,
 * #2949), tables and pivot caches, and SpreadsheetML written with a namespace prefix (`<x:workbook>`, as
 * the .NET Open XML SDK writes it; exceljs#962). The figures live in the cells, so the salvage copy keeps
 * the workbook, sheets, shared strings and styles, drops everything else, and strips the prefix.
 *
 * Only used after a failed load, on bytes the zip guard has already checked (sizes bounded).
 */

/** Parts dropped from the salvage copy: nothing the Grid reads lives in them. */
const DROPPED_PARTS = [
  /^xl\/(drawings|charts|chartsheets|media|tables|pivotTables|pivotCache|threadedComments|persons|externalLinks|printerSettings|ctrlProps|activeX|embeddings|slicers|slicerCaches|timelines|timelineCaches|queryTables|model|richData)\//i,
  /^xl\/worksheets\/_rels\//i,
  /^xl\/comments\d*\.xml$/i,
  /^xl\/calcChain\.xml$/i,
  /^xl\/vbaProject\.bin$/i,
  /^customXml\//i,
];

/** Worksheet elements that point into dropped parts (or are not needed for cells), removed whole. */
const DROPPED_SHEET_ELEMENTS = [
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "tableParts",
  "oleObjects",
  "controls",
  "hyperlinks",
  "extLst",
  "dataValidations",
  "conditionalFormatting",
];

/** Workbook elements that point into dropped parts. */
const DROPPED_WORKBOOK_ELEMENTS = ["pivotCaches", "externalReferences", "definedNames", "extLst"];

/** Relationship types of the workbook that point into dropped parts. */
const DROPPED_RELATIONSHIP =
  /\/(chartsheet|externalLink|pivotCacheDefinition|calcChain|vbaProject|customXml|slicerCache|timelineCache|sheetMetadata)"/i;

function removeElements(xml: string, names: readonly string[]): string {
  let out = xml;
  for (const name of names) {
    out = out
      .replace(new RegExp(`<${name}\\b[^>]*/>`, "g"), "")
      .replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, "g"), "");
  }
  return out;
}

/** `<x:worksheet …>` → `<worksheet …>`: the root element's prefix removed from every tag of the part. */
export function stripRootPrefix(xml: string): string {
  const root = /<([A-Za-z][\w.-]*):(workbook|worksheet|sst|styleSheet)[\s>]/.exec(xml);
  if (!root) return xml;
  const prefix = root[1];
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${prefix}=`), "xmlns=");
}

type JSZipType = typeof import("jszip");

async function loadJSZip(): Promise<JSZipType> {
  const mod = (await import("jszip")) as unknown as JSZipType & { default?: JSZipType };
  return mod.default ?? mod;
}

/** The salvage copy of an .xlsx, or undefined when even that cannot be made. */
export async function salvageXlsx(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const JSZip = await loadJSZip();
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    // Chart sheets are listed in workbook.xml through a relationship: drop those <sheet> entries too.
    const droppedIds: string[] = [];
    const relsPath = "xl/_rels/workbook.xml.rels";
    const rels = zip.file(relsPath);
    if (rels) {
      const xml = await rels.async("string");
      const kept = xml.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
        if (!DROPPED_RELATIONSHIP.test(rel)) return rel;
        const id = /\bId="([^"]+)"/.exec(rel);
        if (id) droppedIds.push(id[1]);
        return "";
      });
      zip.file(relsPath, kept);
    }
    for (const name of names) {
      if (zip.files[name].dir) continue;
      if (DROPPED_PARTS.some((pattern) => pattern.test(name))) {
        zip.remove(name);
        continue;
      }
      if (!/^xl\/.*\.xml$/i.test(name)) continue;
      let xml = stripRootPrefix(await zip.file(name)!.async("string"));
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name))
        xml = removeElements(xml, DROPPED_SHEET_ELEMENTS);
      if (name.toLowerCase() === "xl/workbook.xml") {
        xml = removeElements(xml, DROPPED_WORKBOOK_ELEMENTS);
        for (const id of droppedIds) {
          xml = xml.replace(new RegExp(`<sheet\\b[^>]*r:id="${id}"[^>]*/>`, "g"), "");
        }
      }
      zip.file(name, xml);
    }
    return await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  } catch {
    return undefined;
  }
}
