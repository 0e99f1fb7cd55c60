/**
 * An Engine whose analyze + compose run in a Web Worker (webpack bundles the worker as its own chunk).
 * Where a worker cannot start (an old WebView, a policy), it falls back to the in-page engine.
 * Entries pass it to <App engine={createWorkerEngine()} />; tests use the in-page engine (Jest cannot
 * load `import.meta`), so this module is only imported by webpack entries.
 */
import { UnusableInputError, type UnusableReason } from "../../core/errors";
import type { ComposedReport } from "../../core/report/types";
import { defaultEngine, type Analysis, type Engine } from "./engine";
import type { AnalyzeRequest, AnalyzeResponse } from "./analysisWorker";

export function createWorkerEngine(): Engine {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL("./analysisWorker.ts", import.meta.url));
  } catch {
    return defaultEngine;
  }
  let nextId = 0;
  const pending = new Map<number, (response: AnalyzeResponse) => void>();
  /** The report composed in the worker with each analysis, handed out by compose(). */
  const composedFor = new WeakMap<Analysis, ComposedReport | Error>();
  let broken = false;

  worker.onmessage = (event: MessageEvent<AnalyzeResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  worker.onerror = () => {
    // The worker failed to load or crashed: answer what is waiting from the page itself.
    broken = true;
    for (const [id, resolve] of pending)
      resolve({ id, ok: false, error: { message: "worker failed" } });
    pending.clear();
  };

  return {
    ...defaultEngine,
    async analyze(grids, options, priorGrids) {
      if (broken) return defaultEngine.analyze(grids, options, priorGrids);
      const id = ++nextId;
      const request: AnalyzeRequest = { id, grids, options, priorGrids };
      const response = await new Promise<AnalyzeResponse>((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage(request);
      });
      if (response.ok) {
        if (response.composed) composedFor.set(response.analysis, response.composed);
        else if (response.composeError)
          composedFor.set(response.analysis, new Error(response.composeError));
        return response.analysis;
      }
      const { error } = response;
      if (error.message === "worker failed")
        return defaultEngine.analyze(grids, options, priorGrids);
      if (error.zh && error.en && error.reason) {
        throw new UnusableInputError(error.reason as UnusableReason, error.zh, error.en);
      }
      throw new Error(error.message);
    },
    async compose(analysis) {
      const composed = composedFor.get(analysis);
      if (composed instanceof Error) throw composed;
      return composed ?? defaultEngine.compose(analysis);
    },
  };
}
