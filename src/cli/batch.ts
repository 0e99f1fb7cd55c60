/**
 * Batch mode for people who receive many units' workbooks (a finance bureau, a 主管部门):
 *   budget-report check <files or folders…> [--json] [--out summary.xlsx]
 * Every .xlsx is checked on its own, in parallel across CPU cores (worker threads, at most os.cpus().length;
 * in-process when running from TypeScript sources, as under Jest). One line per file; one unreadable file is
 * reported and the rest go on. Exit: 2 when no file could be used, 1 when any file has 错误, else 0.
 */
/* global __filename */
import { readdir, stat } from "node:fs/promises";
import { cpus } from "node:os";
import { basename, extname, join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { isUnusableInputError } from "../core/errors";
import type { Locale } from "../core/options";
import { analyze } from "../core/pipeline";
import { readFile } from "../hosts/file/readFile";
import { writeFileAtomic } from "../hosts/file/writeFile";
import { workbookFromSpecs } from "../hosts/file/writeWorkbook";
import { inBothLanguages, messagesFor } from "../i18n";
import type { SheetSpec } from "../core/sheetSpec";
import { checkJson, type CheckJson } from "./contracts";
import type { Io } from "./io";
import { checkOutputPath } from "./output";

export type BatchEntry =
  | ({ file: string } & Pick<CheckJson, "unit" | "year" | "summary" | "findings">)
  | { file: string; error: string };

export interface BatchJson {
  files: BatchEntry[];
}

export interface BatchOptions {
  json: boolean;
  out?: string;
  /** Overwrite an existing --out file. */
  force?: boolean;
  locale: Locale;
  /** Parallel workers (default: os.cpus().length). */
  concurrency?: number;
}

function isWorkbookName(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return (
    (extension === ".xlsx" || extension === ".xlsm") &&
    !name.startsWith("~$") &&
    !name.startsWith(".")
  );
}

/** True when the arguments ask for batch mode: more than one path, or a folder. */
export async function isBatch(paths: readonly string[]): Promise<boolean> {
  if (paths.length > 1) return true;
  if (paths.length === 0) return false;
  try {
    return (await stat(paths[0])).isDirectory();
  } catch {
    return false;
  }
}

/** Files as given, folders expanded to their .xlsx files (sorted; one level deep). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b));
    files.push(...names.map((name) => join(path, name)));
  }
  return [...new Set(files)];
}

/** Checks one file; never throws. */
async function checkOneFile(file: string, locale: Locale): Promise<BatchEntry> {
  try {
    const analysis = analyze(await readFile(file), { locale });
    const json = checkJson(analysis);
    return {
      file,
      unit: json.unit,
      year: json.year,
      summary: json.summary,
      findings: json.findings,
    };
  } catch (error) {
    if (isUnusableInputError(error))
      return { file, error: locale === "en-US" ? error.en : error.zh };
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

const WORKER_FLAG = "budgetReportBatchWorker";

/** Runs `files` through a pool of workers (or in process), keeping the input order in the result. */
export async function checkFiles(
  files: readonly string[],
  locale: Locale,
  concurrency = cpus().length,
  onResult?: (entry: BatchEntry, index: number) => void
): Promise<BatchEntry[]> {
  const results: BatchEntry[] = new Array(files.length);
  const size = Math.max(1, Math.min(concurrency, files.length));
  let next = 0;
  const useWorkers = __filename.endsWith(".js") && size > 1;
  const record = (index: number, entry: BatchEntry): void => {
    results[index] = entry;
    onResult?.(entry, index);
  };
  if (!useWorkers) {
    const lane = async (): Promise<void> => {
      while (next < files.length) {
        const index = next++;
        record(index, await checkOneFile(files[index], locale));
      }
    };
    await Promise.all(Array.from({ length: size }, lane));
    return results;
  }
  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker | undefined;
      let current = -1;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        const w = worker;
        worker = undefined;
        void w?.terminate();
        resolve();
      };
      const start = (): void => {
        const w = new Worker(__filename, { workerData: { [WORKER_FLAG]: true, locale } });
        worker = w;
        // A file that crashes or stops its worker is reported; a fresh worker takes the rest.
        const lost = (message: string): void => {
          if (worker !== w) return;
          worker = undefined;
          if (current >= 0 && results[current] === undefined)
            record(current, { file: files[current], error: message });
          if (next < files.length) {
            start();
            feed();
          } else finish();
        };
        w.on("message", (entry: BatchEntry) => {
          record(current, entry);
          feed();
        });
        w.on("error", (error) => lost(error.message));
        w.on("exit", (code) => lost(`worker exited (${code})`));
      };
      const feed = (): void => {
        if (next >= files.length) {
          finish();
          return;
        }
        current = next++;
        worker?.postMessage(files[current]);
      };
      start();
      feed();
    });
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown>)?.[WORKER_FLAG]) {
  const port = parentPort;
  const locale = (workerData as { locale: Locale }).locale;
  port.on("message", (file: string) => {
    void checkOneFile(file, locale).then((entry) => port.postMessage(entry));
  });
}

/** The summary workbook: one row per file, then every finding. */
function summarySheets(entries: readonly BatchEntry[], locale: Locale): SheetSpec[] {
  const t = messagesFor(locale).standard.batch;
  const head = (cells: readonly string[]) => ({
    cells: cells.map((value) => ({ value, style: { bold: true, border: true, fill: "#DDEBF7" } })),
  });
  const cell = (value: string | number | null) => ({ value, style: { border: true } });
  const summary: SheetSpec = {
    name: t.summarySheet,
    columnWidths: [40, 28, 8, 8, 8, 8, 40],
    freezeRows: 1,
    rows: [
      head(t.summaryHeader),
      ...entries.map((e) =>
        "error" in e
          ? {
              cells: [
                cell(basename(e.file)),
                cell(""),
                cell(""),
                cell(""),
                cell(""),
                cell(""),
                cell(e.error),
              ],
            }
          : {
              cells: [
                cell(basename(e.file)),
                cell(e.unit),
                cell(e.year),
                cell(e.summary.error),
                cell(e.summary.warning),
                cell(e.summary.info),
                cell(t.ok),
              ],
            }
      ),
    ],
  };
  const findings: SheetSpec = {
    name: t.findingsSheet,
    columnWidths: [36, 24, 8, 18, 28, 10, 80, 16, 16, 16],
    freezeRows: 1,
    rows: [
      head(t.findingsHeader),
      ...entries.flatMap((e) =>
        "error" in e
          ? []
          : e.findings.map((f) => ({
              cells: [
                cell(basename(e.file)),
                cell(e.unit),
                cell(t.severity[f.severity] ?? f.severity),
                cell(f.rule),
                cell(f.sheet),
                cell(f.cell),
                { value: f.message, style: { border: true, wrap: true } },
                cell(f.expected ?? null),
                cell(f.actual ?? null),
                cell(f.difference ?? null),
              ],
            }))
      ),
    ],
  };
  return [summary, findings];
}

export async function runBatch(
  paths: readonly string[],
  options: BatchOptions,
  io: Io
): Promise<number> {
  const t = messagesFor(options.locale).standard.batch;
  const files = await expandInputs(paths);
  if (files.length === 0) {
    io.err(inBothLanguages((words) => words.standard.batch.noFiles));
    return 2;
  }
  // The summary may not land on one of the workbooks it summarises (a folder given with --out inside it).
  if (options.out) await checkOutputPath(options.out, files, options.force ?? false);
  const entries = await checkFiles(files, options.locale, options.concurrency, (entry) => {
    if (options.json) return;
    if ("error" in entry) io.out(t.unreadable(entry.file, entry.error));
    else
      io.out(
        t.line(
          entry.file,
          entry.unit,
          entry.year === null ? "" : String(entry.year),
          entry.summary.error,
          entry.summary.warning,
          entry.summary.info
        )
      );
  });
  const usable = entries.filter((e) => !("error" in e));
  const withErrors = usable.filter((e) => !("error" in e) && e.summary.error > 0).length;
  if (options.json) io.out(JSON.stringify({ files: entries } satisfies BatchJson, null, 2));
  else io.out(t.total(entries.length, usable.length, withErrors));
  if (options.out) {
    await writeFileAtomic(
      options.out,
      await workbookFromSpecs(summarySheets(entries, options.locale))
    );
    if (!options.json) io.out(t.written(options.out));
  }
  if (usable.length === 0) return 2;
  return withErrors > 0 ? 1 : 0;
}
