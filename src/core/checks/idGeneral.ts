/** ID-GENERAL: 一般公共预算支出 = 基本支出 + 项目支出. */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { checkIdentities, identityApplies, identityByKeys } from "./identity";

const ID_GENERAL = "ID-GENERAL" as const;

const identity = (book: Book) => identityByKeys(book, "generalBudget", ["basic", "project"]);

export function checkIdGeneral(book: Book, options: Options): Finding[] {
  return checkIdentities(ID_GENERAL, book, options, [identity(book)]);
}

export const idGeneralRule: Rule = {
  id: ID_GENERAL,
  severities: ["error", "info"],
  messages: ["findings.sumMismatch", "findings.roundingDifference", "findings.relationIdentity"],
  appliesTo: (book) => identityApplies(identity(book)),
  check: checkIdGeneral,
};
