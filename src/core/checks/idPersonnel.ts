/**
 * ID-PERSONNEL: 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费 = 302 商品和服务支出 +
 * 310 资本性支出 — when the economic code rows exist (a code row that is absent counts as 0, as long as
 * one of the two is there).
 */
import { Book, Line, lineByKey } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { basicDetailFooter } from "../recognize/standardTables/query";
import { Identity, checkIdentities, codeIndex, identityApplies } from "./identity";
import { checkTableSum, standardMessages, tablesOf } from "./tableCommon";

const ID_PERSONNEL = "ID-PERSONNEL" as const;

const withCode = (line: Line): string => (line.code ? `${line.code} ${line.label}` : line.label);

function identities(book: Book): Identity[] {
  const codes = codeIndex(book);
  return [
    {
      target: lineByKey(book, "personnel"),
      addends: [codes.get("301"), codes.get("303")],
      require: "any",
      name: withCode,
    },
    {
      target: lineByKey(book, "publicOperating"),
      addends: [codes.get("302"), codes.get("310")],
      require: "any",
      name: withCode,
    },
  ];
}

export function checkIdPersonnel(book: Book, options: Options): Finding[] {
  return checkIdentities(ID_PERSONNEL, book, options, identities(book));
}

/** On the 基本支出明细表's footer: 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310 (+ 307, 309, 399). */
const DETAIL_CLASSES = {
  personnel: ["301", "303"],
  publicOperating: ["302", "307", "309", "310", "399"],
};

function checkDetailFooters(book: Book, options: Options): Finding[] {
  const text = standardMessages(options);
  const findings: Finding[] = [];
  for (const table of tablesOf(book)) {
    if (table.kind !== "basicDetail" || table.empty) continue;
    for (const which of ["personnel", "publicOperating"] as const) {
      const footer = basicDetailFooter(table, which);
      const target = footer?.figures.current ?? footer?.figures.total;
      if (!footer || !target) continue;
      const classes = table.rows.filter(
        (r) => r.code && r.code.length === 3 && DETAIL_CLASSES[which].includes(r.code)
      );
      if (classes.length === 0) continue;
      const finding = checkTableSum({
        rule: ID_PERSONNEL,
        options,
        unit: table.unit,
        label: footer.label,
        column: table.blocks[footer.block]?.columns[0]?.header ?? "决算数",
        relation: text.relationDetail(classes.map((r) => `${r.code} ${r.label}`).join("、")),
        target,
        addends: classes.map((r) => ({ figure: r.figures.current ?? r.figures.total })),
        lineKey: which,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

// When the tables feed the report, the footer rows are the 人员经费 / 公用经费 lines: the lines' check speaks.
const footersBesideDataSheet = (book: Book): boolean =>
  book.source.kind !== "standard-tables" && tablesOf(book).some((t) => t.kind === "basicDetail");

export const idPersonnelRule: Rule = {
  id: ID_PERSONNEL,
  severities: ["error", "info"],
  messages: [
    "findings.sumMismatch",
    "findings.roundingDifference",
    "findings.relationIdentity",
    "standard.relationDetail",
  ],
  appliesTo: (book) => identities(book).some(identityApplies) || footersBesideDataSheet(book),
  check: (book, options) => [
    ...(identities(book).some(identityApplies) ? checkIdPersonnel(book, options) : []),
    ...(footersBesideDataSheet(book) ? checkDetailFooters(book, options) : []),
  ],
};
