/**
 * XT-DATA-SHEET: a workbook with both a 基础数据表 and the standard tables reports from the 基础数据表;
 * its 本年 figures must agree with the tables' (基本支出, 人员经费, 公用经费, 项目支出, 政府性基金,
 * 国有资本经营, the "三公" parts, 30108–30112). Also ID-THREE-PUBLIC on the tables' "三公" table (预算数
 * and 决算数), which no line covers in that case.
 */
import type { Book } from "../book";
import { STABLE_KEYS, lineByKey } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { linesFromTables, tableOf } from "../recognize/standardTables/buildBook";
import { THREE_PUBLIC_LABELS } from "../recognize/standardTables/threePublic";
import { checkCross, checkTableSum, coarser, standardMessages, tablesOf } from "./tableCommon";

export const XT_DATA_SHEET = "XT-DATA-SHEET";
export const ID_THREE_PUBLIC = "ID-THREE-PUBLIC";

/** Every money item the report needs (the stable keys, less the head counts). */
const COMPARED: readonly string[] = STABLE_KEYS.filter((key) => !key.startsWith("staff"));

export function checkDataSheetAgreement(book: Book, options: Options): Finding[] {
  const tables = tablesOf(book);
  const fromTables = linesFromTables(tables);
  if (!fromTables) return [];
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const key of COMPARED) {
    const ours = lineByKey(book, key);
    const theirs = fromTables.lines.find((l) => l.key === key);
    if (!ours?.current || !theirs?.current) continue;
    const table = tables.find((t) => t.sheet === theirs.current?.sheet);
    const finding = checkCross({
      rule: XT_DATA_SHEET,
      options,
      unit: coarser(book.currencyUnit, table?.unit ?? "元"),
      left: { name: `${book.source.sheet}“${ours.label}”`, figure: ours.current },
      right: {
        name: `${table ? text.kinds[table.kind] : theirs.current.sheet}“${theirs.label}”`,
        figure: theirs.current,
      },
      wording: "data-sheet",
    });
    if (finding) findings.push({ ...finding, lineKey: key });
  }
  return findings;
}

export function checkTableThreePublic(book: Book, options: Options): Finding[] {
  const table = tableOf(tablesOf(book), "threePublic");
  const built = table ? linesFromTables([table]) : undefined;
  if (!table || !built) return [];
  const text = standardMessages(options);
  const line = (key: string) => built.lines.find((l) => l.key === key);
  const findings: Finding[] = [];
  const identities: [string, string[]][] = [
    ["threePublic", ["abroad", "vehicle", "reception"]],
    ["vehicle", ["vehiclePurchase", "vehicleOperation"]],
  ];
  for (const [target, parts] of identities) {
    const t = line(target);
    const ps = parts.map(line);
    if (!t || ps.some((p) => !p)) continue;
    for (const column of ["budget", "current"] as const) {
      const figure = t[column];
      if (!figure) continue;
      const finding = checkTableSum({
        rule: ID_THREE_PUBLIC,
        options,
        unit: table.unit,
        label: t.label,
        column: text.columnNames[column],
        relation: parts.map((p) => THREE_PUBLIC_LABELS[p]).join("+"),
        target: figure,
        addends: ps.map((p) => ({ figure: p?.[column] })),
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

export const dataSheetAgreementRule: Rule = {
  id: XT_DATA_SHEET,
  appliesTo: (book) => book.source.kind === "basic-data-sheet" && tablesOf(book).length > 0,
  check: checkDataSheetAgreement,
};

/** ID-THREE-PUBLIC on the table itself when the report's lines come from a 基础数据表. */
export const tableThreePublicRule: Rule = {
  id: ID_THREE_PUBLIC,
  appliesTo: (book) =>
    book.source.kind === "basic-data-sheet" && tableOf(tablesOf(book), "threePublic") !== undefined,
  check: checkTableThreePublic,
};
