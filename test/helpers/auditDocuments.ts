/**
 * The audit measured on whole published documents (test/fixtures/audit/documents): ordinary text, read end to
 * end, whose every 错误 has been checked by hand. A 错误 the fixture does not list is a false one; a listed one
 * no longer given is a loss. Shared by test/unit/audit/documents.test.ts and `npm run audit:corpus`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { auditText, type AuditFinding } from "../../src/core/audit";
import { markdownText } from "../../src/hosts/file/markdownText";

export interface PublishedDocument {
  id: string;
  file: string;
  unit: string;
  year: number;
  kind: string;
  source: { url: string; title: string; publisher: string };
  /** Figure sentences the audit examined when the document was added. */
  figureSentences: number;
  /** Every 错误 the document deserves, as far as hand checking found: each true, with its working. */
  errors: { rule: string; printed: string; sentence: string; why: string }[];
}

export interface DocumentResult {
  document: PublishedDocument;
  sentences: number;
  /** 错误 given that the fixture does not list. */
  unexpected: AuditFinding[];
  /** 错误 the fixture lists that were not given. */
  lost: PublishedDocument["errors"];
}

const DIRECTORY = resolve(__dirname, "../fixtures/audit/documents");

/** A document's plain text, as the audit's file host reads it: a .md with its marks blanked, a .txt as it is. */
function documentText(document: PublishedDocument): string {
  const text = readFileSync(resolve(DIRECTORY, document.file), "utf8");
  return document.file.endsWith(".md") ? markdownText(text) : text;
}

export function loadDocuments(): PublishedDocument[] {
  const index = JSON.parse(readFileSync(resolve(DIRECTORY, "documents.json"), "utf8")) as {
    documents: PublishedDocument[];
  };
  return index.documents;
}

/** One 错误, as the fixture lists it: its rule, what it quotes as printed, and how its sentence starts. */
const keyOf = (error: { rule: string; printed: string; sentence: string }) =>
  `${error.rule}|${error.printed}|${error.sentence}`;

export function scoreDocuments(documents = loadDocuments()): DocumentResult[] {
  return documents.map((document) => {
    const text = documentText(document);
    const result = auditText(text);
    const given = result.findings.filter((finding) => finding.severity === "error");
    const listed = new Map<string, number>();
    for (const error of document.errors)
      listed.set(keyOf(error), (listed.get(keyOf(error)) ?? 0) + 1);
    const unexpected = given.filter((finding) => {
      const key = keyOf({ ...finding, sentence: finding.excerpt.slice(0, 80) });
      const left = listed.get(key) ?? 0;
      listed.set(key, left - 1);
      return left <= 0;
    });
    const lost = document.errors.filter((error) => {
      const key = keyOf(error);
      const left = listed.get(key) ?? 0;
      if (left <= 0) return false;
      listed.set(key, left - 1);
      return true;
    });
    return { document, sentences: result.sentences, unexpected, lost };
  });
}

/** The table `npm run audit:corpus` prints for the documents (with the mutation score when measured). */
export function documentsTable(
  results: readonly DocumentResult[],
  mutations?: MutationScore
): string {
  const sum = (f: (r: DocumentResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const listed = sum((r) => r.document.errors.length);
  const changed = mutations
    ? ` ${mutations.caught} / ${mutations.changed} (${((100 * mutations.caught) / mutations.changed).toFixed(1)}%) |`
    : "";
  return [
    `| whole documents | units | figure sentences | 错误 checked true, given | false 错误 |${mutations ? " one % changed: a 错误 |" : ""}`,
    `| --- | --- | --- | --- | --- |${mutations ? " --- |" : ""}`,
    `| ${results.length} | ${new Set(results.map((r) => r.document.unit)).size} | ${sum((r) => r.sentences)} | ${listed - sum((r) => r.lost.length)} / ${listed} | ${sum((r) => r.unexpected.length)} |${changed}`,
  ].join("\n");
}

/** How many percentages of the documents, each changed alone by a clear amount, the audit then says is wrong. */
export interface MutationScore {
  changed: number;
  caught: number;
  /** The sentences whose changed percentage gave no new 错误, for reading. */
  missed: string[];
}

/**
 * Recall on ordinary text, where no one labelled anything: every percentage of a document (but 0% and 100%) is
 * changed alone — by 7.3 points above 20%, by 37% of itself plus 0.9 below — and the audit must then give a 错误
 * it did not give before. Some percentages can be checked against nothing the text prints; the misses say which.
 */
export function mutationScore(documents = loadDocuments()): MutationScore {
  const score: MutationScore = { changed: 0, caught: 0, missed: [] };
  for (const document of documents) {
    const text = documentText(document);
    const errorsOf = (audited: string) =>
      auditText(audited)
        .findings.filter((finding) => finding.severity === "error")
        .map((finding) => `${finding.rule}|${finding.excerpt}|${finding.printed}`);
    const before = new Set(errorsOf(text));
    for (const match of text.matchAll(/(?<![0-9.])([0-9]+(?:\.[0-9]+)?)(?=\s*[%％])/g)) {
      const digits = match[1];
      const value = Number(digits);
      if (value === 0 || value === 100) continue;
      const decimals = digits.split(".")[1]?.length ?? 0;
      const changed = (value > 20 ? value + 7.3 : value * 1.37 + 0.9).toFixed(decimals);
      const start = match.index ?? 0;
      const mutated = text.slice(0, start) + changed + text.slice(start + digits.length);
      score.changed++;
      if (errorsOf(mutated).some((error) => !before.has(error))) score.caught++;
      else
        score.missed.push(
          `${document.id}: …${text.slice(Math.max(0, start - 60), start)}【${digits}→${changed}】`
        );
    }
  }
  return score;
}
