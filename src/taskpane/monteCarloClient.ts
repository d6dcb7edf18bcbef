/* Starts the Monte Carlo worker and turns its messages into a promise with progress and cancel. */
import { ModelError, type ErrorDetail, type ModelErrorCode } from "../core/errors";
import type { MonteCarloOptions, MonteCarloResult } from "../core/risk/monteCarlo";
import type { ModelInputs } from "../core/model/inputs";

export interface MonteCarloRun {
  readonly result: Promise<MonteCarloResult | "cancelled">;
  readonly cancel: () => void;
}

export function runMonteCarloInWorker(inputs: ModelInputs, options: MonteCarloOptions, today: Date, onProgress: (done: number, total: number) => void): MonteCarloRun {
  const worker = new Worker(new URL("./monteCarlo.worker.ts", import.meta.url));
  let settle: (v: MonteCarloResult | "cancelled") => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const result = new Promise<MonteCarloResult | "cancelled">((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (e: MessageEvent) => {
    const m = e.data as { type: string; done?: number; total?: number; result?: MonteCarloResult; message?: string; code?: ModelErrorCode; field?: string; detail?: ErrorDetail };
    if (m.type === "progress") onProgress(m.done ?? 0, m.total ?? 1);
    else if (m.type === "result") {
      worker.terminate();
      settle(m.result as MonteCarloResult);
    } else if (m.type === "cancelled") {
      worker.terminate();
      settle("cancelled");
    } else if (m.type === "error") {
      worker.terminate();
      fail(m.code ? new ModelError(m.code, m.message ?? "", m.field, m.detail) : new Error(m.message));
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    fail(new Error(e.message || "the Monte Carlo worker failed"));
  };
  worker.postMessage({ type: "run", inputs, options, today: today.toISOString() });
  return {
    result,
    cancel: () => {
      worker.postMessage({ type: "cancel" });
      // Stop for sure: a worker in the middle of a chunk is ended at once.
      worker.terminate();
      settle("cancelled");
    },
  };
}
