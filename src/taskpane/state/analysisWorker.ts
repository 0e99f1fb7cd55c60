/**
 * The analysis off the main thread: recognise, check, compare and compose in a Web Worker, so a
 * 100 000-row workbook never freezes the page. Messages are plain data (structured clone).
 */
import { analyze } from "../../core/pipeline";
import { composeReport } from "../../core/report";
import type { Grid } from "../../core/grid";
import type { Options } from "../../core/options";

export interface AnalyzeRequest {
  id: number;
  grids: Grid[];
  options: Partial<Options>;
  priorGrids?: Grid[];
}

export type AnalyzeResponse =
  | {
      id: number;
      ok: true;
      analysis: ReturnType<typeof analyze>;
      composed?: ReturnType<typeof composeReport>;
      composeError?: string;
    }
  | {
      id: number;
      ok: false;
      error: { message: string; reason?: string; zh?: string; en?: string };
    };

const scope = self as unknown as {
  onmessage: ((event: { data: AnalyzeRequest }) => void) | null;
  postMessage(message: AnalyzeResponse): void;
};

scope.onmessage = ({ data }) => {
  let analysis: ReturnType<typeof analyze>;
  try {
    analysis = analyze(data.grids, data.options, data.priorGrids);
  } catch (error) {
    const e = error as { message?: string; reason?: string; zh?: string; en?: string };
    scope.postMessage({
      id: data.id,
      ok: false,
      error: { message: e?.message ?? String(error), reason: e?.reason, zh: e?.zh, en: e?.en },
    });
    return;
  }
  try {
    scope.postMessage({ id: data.id, ok: true, analysis, composed: composeReport(analysis) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: true,
      analysis,
      composeError: (error as Error)?.message ?? String(error),
    });
  }
};
