/**
 * XT-DATA-SHEET: a workbook with both a 基础数据表 and the standard tables reports from the 基础数据表; its 本年
 * figures must agree with the tables' (基本支出, 人员经费, 公用经费, 项目支出, 政府性基金, 国有资本经营, the "三公"
 * parts, 30108–30112).
 */
import type { Book } from "../book";
import { STABLE_KEYS, lineByKey } from "../book";
import type { Finding, Rule } from "../finding";
import type { Options } from "../options";
import { linesFromTables } from "../recognize/standardTables/buildBook";
import { checkCross, coarser, standardMessages, tablesOf } from "./tableCommon";

/** Every money item the report needs (the stable keys, less the head counts). */
const COMPARED: readonly string[] = STABLE_KEYS.filter((key) => !key.startsWith("staff"));

function checkXtDataSheet(book: Book, options: Options): Finding[] {
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
      rule: "XT-DATA-SHEET",
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

export const xtDataSheetRule: Rule = {
  id: "XT-DATA-SHEET",
  severities: ["error", "info"],
  messages: ["standard.dataSheetDisagrees", "standard.crossRounding"],
  appliesTo: (book) => book.source.kind === "basic-data-sheet" && tablesOf(book).length > 0,
  check: checkXtDataSheet,
};
