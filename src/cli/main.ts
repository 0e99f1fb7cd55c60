/**
 * budget-report: the command line over the same core as the add-in. Thin: parse arguments, read files
 * with the file host, call analyze / composeReport, print or write. Exit 0 / 1 / 2 as docs/design.md §2 says, and
 * never a stack trace (set BUDGET_REPORT_DEBUG=1 to see one).
 */
import { isUnusableInputError } from "../core/errors";
import type { Locale } from "../core/options";
import { analyze, Analysis } from "../core/pipeline";
import { formatRef } from "../core/grid";
import { formatAmount, formatBasisPoints } from "../core/money";
import { templateSheets } from "../core/template";
import { readFile } from "../hosts/file/readFile";
import { writeFileAtomic } from "../hosts/file/writeFile";
import { workbookFromSpecs } from "../hosts/file/writeWorkbook";
import { inBothLanguages, messagesFor, normalizeLocale } from "../i18n";
import { CliArgs, parseArgs } from "./args";
import { auditJson, changesJson, checkJson, summarize } from "./contracts";
import { auditText, type AuditResult } from "../core/audit";
import { readReportFile } from "../hosts/file/readFile";
import { basename } from "node:path";
import { reportOutputFormat, writeReport } from "./report";
import { renderTable } from "./table";
import { isBatch, runBatch } from "./batch";
import { argumentError } from "./errors";
import { type Io, processIo } from "./io";
import { checkOutputPath } from "./output";

export type { Io };

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok && parsed.problem === "no-command") {
    io.err(messagesFor(normalizeLocale(process.env.BUDGET_REPORT_LANG ?? "zh-CN")).cli.usage);
    return 2;
  }
  if (!parsed.ok) {
    const { problem, detail } = parsed;
    io.err(
      argumentError((t) =>
        t.badArguments(
          problem === "unknown-command"
            ? t.unknownCommand(detail)
            : problem === "unknown-option"
              ? t.unknownOption(detail)
              : t.optionNeedsValue(detail)
        )
      ).message
    );
    return 2;
  }
  const args = parsed.args;
  const locale = normalizeLocale(args.lang ?? process.env.BUDGET_REPORT_LANG ?? "zh-CN");
  try {
    return await run(args, locale, io);
  } catch (error) {
    if (isUnusableInputError(error)) {
      io.err(error.message);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(inBothLanguages((words) => words.cli.internalError(detail)));
    if (process.env.BUDGET_REPORT_DEBUG)
      io.err(error instanceof Error && error.stack ? error.stack : detail);
    return 2;
  }
}

async function run(args: CliArgs, locale: Locale, io: Io): Promise<number> {
  const t = messagesFor(locale).cli;
  switch (args.command) {
    case "help":
      io.out(t.usage);
      return 0;
    case "template": {
      if (!args.out) throw argumentError((t) => t.badArguments(t.missingOut));
      await checkOutputPath(args.out, [], args.force);
      await writeFileAtomic(args.out, await workbookFromSpecs(templateSheets()));
      io.out(t.templateWritten(args.out));
      return 0;
    }
    case "audit":
      return runAudit(args, locale, io);
    default:
      break;
  }
  if (args.files.length === 0) throw argumentError((t) => t.badArguments(t.missingWorkbook));
  if (args.command === "report" && !args.out)
    throw argumentError((t) => t.badArguments(t.missingOut));
  if (args.out) {
    const inputs = args.prior ? [...args.files, args.prior] : args.files;
    await checkOutputPath(args.out, inputs, args.force);
    if (args.command === "report") reportOutputFormat(args.out);
  }
  if (args.command === "check" && (await isBatch(args.files)))
    return runBatch(args.files, { json: args.json, out: args.out, force: args.force, locale }, io);
  const analysis = await analyzeFile(args.files[0], args.prior, locale);
  switch (args.command) {
    case "check":
      printCheck(analysis, args.json, locale, io);
      return analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
    case "changes":
      printChanges(analysis, args.json, locale, io);
      return 0;
    case "report":
      printSource(analysis, locale, io);
      await writeReport(analysis, args.files[0], args.out as string, locale, io);
      return 0;
    default:
      return 0;
  }
}

/** `audit`: the report's figures against each other and, with --workbook, against the workbook's. */
async function runAudit(args: CliArgs, locale: Locale, io: Io): Promise<number> {
  const [reportPath] = args.files;
  if (!reportPath) throw argumentError((t) => t.badArguments(t.missingReport));
  if (args.prior && !args.workbook)
    throw argumentError((t) => t.badArguments(t.priorNeedsWorkbook));
  const text = await readReportFile(reportPath);
  const workbook = args.workbook ? await analyzeFile(args.workbook, args.prior, locale) : undefined;
  const result = auditText(text, {
    locale,
    workbook: workbook ? { changes: workbook.changes } : undefined,
  });
  if (args.json) io.out(JSON.stringify(auditJson(reportPath, result), null, 2));
  else printAudit(reportPath, args.workbook, result, locale, io);
  return result.summary.error > 0 ? 1 : 0;
}

function printAudit(
  source: string,
  workbook: string | undefined,
  result: AuditResult,
  locale: Locale,
  io: Io
): void {
  const t = messagesFor(locale).cli;
  const severityName = messagesFor(locale).recognition.severity;
  const { error, warning, info } = result.summary;
  const against = workbook ? ` ${t.auditAgainst(basename(workbook))}` : "";
  io.out(`${t.auditSummary(basename(source), result.sentences, error, warning, info)}${against}`);
  if (result.findings.length === 0) {
    io.out(t.auditClean);
    return;
  }
  for (const finding of result.findings) {
    io.out("");
    io.out(
      `[${severityName[finding.severity]}] ${finding.rule} @${finding.offset}  ${finding.message}`
    );
    io.out(`  ${finding.excerpt}`);
  }
}

async function analyzeFile(
  path: string,
  prior: string | undefined,
  locale: Locale
): Promise<Analysis> {
  const grids = await readFile(path);
  const priorGrids = prior !== undefined ? await readFile(prior) : undefined;
  return analyze(grids, { locale }, priorGrids);
}

function printCheck(analysis: Analysis, json: boolean, locale: Locale, io: Io): void {
  if (json) {
    io.out(JSON.stringify(checkJson(analysis), null, 2));
    return;
  }
  const t = messagesFor(locale).cli;
  const severityName = messagesFor(locale).recognition.severity;
  const { book, findings } = analysis;
  const summary = summarize(findings);
  io.out(
    t.summary(
      book.unit,
      book.year ? `${book.year}` : "",
      summary.error,
      summary.warning,
      summary.info
    )
  );
  printSource(analysis, locale, io);
  if (findings.length === 0) {
    io.out(t.allPassed);
    return;
  }
  const rows = findings.map((f) => [severityName[f.severity], formatRef(f.ref), f.rule, f.message]);
  io.out(renderTable(t.findingsHeader, rows));
}

/**
 * The source on the first lines: which sheet (or tables) the figures come from and in which unit, where last
 * year's come from, and the sheets left unused with their kind — so a wrong choice shows at once.
 */
function printSource(analysis: Analysis, locale: Locale, io: Io): void {
  const t = messagesFor(locale).cli;
  const words = messagesFor(locale).recognition;
  const { book } = analysis;
  const sources = book.source.sheets.filter(
    (s) => s.role === "source" && s.reason !== "report-texts" && s.reason !== "staff-counts"
  );
  if (book.source.kind === "standard-tables")
    io.out(t.sourceTables(sources.map((s) => s.sheet).join("、"), book.currencyUnit));
  else io.out(t.source(book.source.sheet, book.source.range, book.currencyUnit));
  if (book.priorSource)
    io.out(
      book.priorSource.sameWorkbook
        ? t.priorSheet(book.priorSource.sheet)
        : t.priorWorkbook(book.priorSource.sheet, book.priorSource.year)
    );
  const unused = book.source.sheets.filter((s) => s.role === "unused" && s.kind !== "blank");
  if (unused.length > 0)
    io.out(
      t.unusedSheets(unused.map((s) => `${s.sheet}（${words.sheetKinds[s.kind]}）`).join("、"))
    );
}

function printChanges(analysis: Analysis, json: boolean, locale: Locale, io: Io): void {
  if (json) {
    io.out(JSON.stringify(changesJson(analysis), null, 2));
    return;
  }
  const t = messagesFor(locale).cli;
  const { book, changes } = analysis;
  const unit = book.currencyUnit;
  printSource(analysis, locale, io);
  const amount = (kind: string, v: number | undefined): string =>
    v === undefined ? "" : kind === "count" ? String(v) : formatAmount(v, unit);
  const rows = changes.map((c) => [
    `${"  ".repeat(c.depth)}${c.label}`,
    amount(c.kind, c.prior),
    amount(c.kind, c.current),
    amount(c.kind, c.delta),
    c.percent === undefined ? "" : `${formatBasisPoints(c.percent)}%`,
    c.needsExplanation
      ? t.needsReason
      : c.direction === "new"
        ? t.newItem
        : c.direction === "stopped"
          ? t.stoppedItem
          : c.direction === "unknown"
            ? t.unknownItem
            : "",
  ]);
  io.out(renderTable(t.changesHeader, rows, ["left", "right", "right", "right", "right", "left"]));
}
