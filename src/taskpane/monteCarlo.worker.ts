/*
 * Web Worker: runs the core's Monte Carlo off the pane's thread, in chunks, reporting progress and
 * stopping when cancelled.
 */
import { ModelError } from "../core/errors";
import { createSimulation, type MonteCarloOptions } from "../core/risk/monteCarlo";
import type { ModelInputs } from "../core/model/inputs";

export type WorkerRequest =
  | { readonly type: "run"; readonly inputs: ModelInputs; readonly options: MonteCarloOptions; readonly today: string }
  | { readonly type: "cancel" };

const CHUNK = 250;
const scope = self as unknown as { postMessage: (m: unknown) => void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
let cancelled = false;

scope.onmessage = (e) => {
  if (e.data.type === "cancel") {
    cancelled = true;
    return;
  }
  void run(e.data);
};

async function run(request: Extract<WorkerRequest, { type: "run" }>): Promise<void> {
  try {
    const sim = createSimulation(request.inputs, request.options, new Date(request.today));
    while (!sim.step(CHUNK)) {
      scope.postMessage({ type: "progress", done: sim.done, total: sim.total });
      await new Promise((resolve) => setTimeout(resolve, 0)); // let a cancel message in
      if (cancelled) {
        scope.postMessage({ type: "cancelled", done: sim.done });
        return;
      }
    }
    scope.postMessage({ type: "result", result: sim.result() });
  } catch (e) {
    // A core error travels with its code, field and details, so the pane can say it in its language.
    scope.postMessage(e instanceof ModelError ? { type: "error", message: e.message, code: e.code, field: e.field, detail: e.detail } : { type: "error", message: e instanceof Error ? e.message : String(e) });
  }
}
