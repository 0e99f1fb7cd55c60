/**
 * The words (src/i18n) import nothing from the core, so their keyed records are plain string records: this
 * test holds each one to the core's list of what it names, in both languages — a new sheet kind, rule,
 * reason or direction without its words fails here.
 */
import { SHEET_ROLES, SHEET_USE_REASONS, TEXT_KEYS } from "../../src/core/book";
import { DIRECTIONS } from "../../src/core/change";
import { RULE_IDS } from "../../src/core/checks/ruleIds";
import { EVIDENCE_SOURCES, SHEET_KINDS } from "../../src/core/recognize/sheetKinds";
import { STANDARD_TABLE_KINDS } from "../../src/core/recognize/standardTables/types";
import { messagesFor } from "../../src/i18n";

const missing = (record: Record<string, string>, keys: readonly string[]): string[] =>
  keys.filter((key) => typeof record[key] !== "string" || record[key].trim() === "");

describe.each(["zh-CN", "en-US"] as const)("%s", (locale) => {
  const m = messagesFor(locale);
  it.each([
    ["recognition.sheetKinds", m.recognition.sheetKinds, SHEET_KINDS],
    ["recognition.evidence", m.recognition.evidence, EVIDENCE_SOURCES],
    ["recognition.sheetRoles", m.recognition.sheetRoles, SHEET_ROLES],
    ["recognition.sheetReasons", m.recognition.sheetReasons, SHEET_USE_REASONS],
    ["standard.kinds", m.standard.kinds, STANDARD_TABLE_KINDS],
    ["ui.checks.ruleNames", m.ui.checks.ruleNames, RULE_IDS],
    ["ui.changes.direction", m.ui.changes.direction, DIRECTIONS],
    ["ui.report.textLabels", m.ui.report.textLabels, TEXT_KEYS],
    ["findings.texts", m.findings.texts, TEXT_KEYS],
  ] as const)("%s names every one", (_name, record, keys) => {
    expect(missing(record as Record<string, string>, keys)).toEqual([]);
  });
});
