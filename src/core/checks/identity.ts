/** The shared shape of the ID-* rules: one line (by stable key) = the sum of a few others. */
import { Book, Line, lineByKey } from "../book";
import { Finding, RuleId } from "../finding";
import { Options } from "../options";
import { checkSum, messages, presentColumns } from "./common";

export interface Identity {
  target: Line | undefined;
  addends: (Line | undefined)[];
  /** "all": every addend must exist; "any": missing addends count as 0 while at least one exists. */
  require: "all" | "any";
  /** How to name an addend in the message (default: its label). */
  name?: (line: Line) => string;
}

export function identityByKeys(book: Book, target: string, addends: string[]): Identity {
  return {
    target: lineByKey(book, target),
    addends: addends.map((key) => lineByKey(book, key)),
    require: "all",
  };
}

/** The first money line carrying a code (typed or inferred). */
export function codeIndex(book: Book): Map<string, Line> {
  const index = new Map<string, Line>();
  for (const line of book.lines) {
    const code = line.code?.trim();
    if (code && line.kind === "money" && !index.has(code)) index.set(code, line);
  }
  return index;
}

export function identityApplies(identity: Identity): boolean {
  if (!identity.target) return false;
  const present = identity.addends.filter((line) => line !== undefined).length;
  return identity.require === "all" ? present === identity.addends.length : present > 0;
}

export function checkIdentities(
  rule: RuleId,
  book: Book,
  options: Options,
  identities: Identity[]
): Finding[] {
  const text = messages(options);
  const findings: Finding[] = [];
  for (const identity of identities) {
    if (!identityApplies(identity) || !identity.target) continue;
    const addends = identity.addends.filter((line): line is Line => line !== undefined);
    const name = identity.name ?? ((line: Line) => line.label);
    const relation = text.relationIdentity(addends.map(name));
    for (const column of presentColumns(book)) {
      const finding = checkSum({
        rule,
        book,
        options,
        target: identity.target,
        addends,
        column,
        relation,
      });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
