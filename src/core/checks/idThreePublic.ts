/**
 * ID-THREE-PUBLIC: "三公"经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and
 * 公务用车购置及运行维护费 = 购置费 + 运行维护费 — in the 决算 columns (本年, 上年) and the 预算数 column.
 */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { linesFromTables } from "../recognize/standardTables/buildBook";
import { tableOf } from "../recognize/standardTables/query";
import { THREE_PUBLIC_LABELS } from "../recognize/standardTables/threePublic";
import { Identity, checkIdentities, identityApplies, identityByKeys } from "./identity";
import { checkTableSum, standardMessages, tablesOf } from "./tableCommon";

const ID_THREE_PUBLIC = "ID-THREE-PUBLIC" as const;

const identities = (book: Book): Identity[] => [
  identityByKeys(book, "threePublic", ["abroad", "vehicle", "reception"]),
  identityByKeys(book, "vehicle", ["vehiclePurchase", "vehicleOperation"]),
];

export function checkIdThreePublic(book: Book, options: Options): Finding[] {
  return checkIdentities(ID_THREE_PUBLIC, book, options, identities(book));
}

/** The "三公" table beside a 基础数据表 (no line reads it then): the same identities on its own cells. */
function checkTableThreePublic(book: Book, options: Options): Finding[] {
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

const tableBesideDataSheet = (book: Book): boolean =>
  book.source.kind === "basic-data-sheet" && tableOf(tablesOf(book), "threePublic") !== undefined;

export const idThreePublicRule: Rule = {
  id: ID_THREE_PUBLIC,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "findings.relationIdentity"],
  appliesTo: (book) => identities(book).some(identityApplies) || tableBesideDataSheet(book),
  check: (book, options) => [
    ...(identities(book).some(identityApplies) ? checkIdThreePublic(book, options) : []),
    ...(tableBesideDataSheet(book) ? checkTableThreePublic(book, options) : []),
  ],
};
