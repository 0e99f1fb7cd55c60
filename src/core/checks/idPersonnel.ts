/**
 * ID-PERSONNEL: 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; 公用经费 = 302 商品和服务支出 +
 * 310 资本性支出 — when the economic code rows exist (a code row that is absent counts as 0, as long as
 * one of the two is there).
 */
import { Book, Line, lineByKey } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { Identity, checkIdentities, codeIndex, identityApplies } from "./identity";

export const ID_PERSONNEL = "ID-PERSONNEL";

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

export const idPersonnelRule: Rule = {
  id: ID_PERSONNEL,
  appliesTo: (book) => identities(book).some(identityApplies),
  check: checkIdPersonnel,
};
