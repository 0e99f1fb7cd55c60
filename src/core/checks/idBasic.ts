/** ID-BASIC: 基本支出 = 人员经费 + 公用经费. */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkIdentities, identityApplies, identityByKeys } from "./identity";

const ID_BASIC = "ID-BASIC" as const;

const identity = (book: Book) => identityByKeys(book, "basic", ["personnel", "publicOperating"]);

export function checkIdBasic(book: Book, options: Options): Finding[] {
  return checkIdentities(ID_BASIC, book, options, [identity(book)]);
}

export const idBasicRule: Rule = {
  id: ID_BASIC,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "findings.relationIdentity"],
  appliesTo: (book) => identityApplies(identity(book)),
  check: checkIdBasic,
};
