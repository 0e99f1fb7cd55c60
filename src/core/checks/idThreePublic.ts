/**
 * ID-THREE-PUBLIC: "三公"经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and
 * 公务用车购置及运行维护费 = 购置费 + 运行维护费 — in the 决算 columns (本年, 上年) and the 预算数 column.
 */
import { Book } from "../book";
import { Finding, Rule } from "../finding";
import { Options } from "../options";
import { Identity, checkIdentities, identityApplies, identityByKeys } from "./identity";

export const ID_THREE_PUBLIC = "ID-THREE-PUBLIC";

const identities = (book: Book): Identity[] => [
  identityByKeys(book, "threePublic", ["abroad", "vehicle", "reception"]),
  identityByKeys(book, "vehicle", ["vehiclePurchase", "vehicleOperation"]),
];

export function checkIdThreePublic(book: Book, options: Options): Finding[] {
  return checkIdentities(ID_THREE_PUBLIC, book, options, identities(book));
}

export const idThreePublicRule: Rule = {
  id: ID_THREE_PUBLIC,
  appliesTo: (book) => identities(book).some(identityApplies),
  check: checkIdThreePublic,
};
