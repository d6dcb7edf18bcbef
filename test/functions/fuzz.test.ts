/*
 * Hostile-input fuzzing of every JILIN function, called exactly as Excel calls them. Whatever the
 * arguments, a function returns a finite number or an Excel error value (#VALUE! and #N/A with a
 * message, #NUM! without): never a raw exception, NaN, ±Infinity or undefined.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { ADAPTERS, GOLDEN } from "../support/functionTable";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";

const RUNS_PER_FUNCTION = 1500;

const twelve = (x: unknown) => Array.from({ length: 12 }, () => x);

const hostileScalar = fc.oneof(
  fc.constantFrom<unknown>(
    NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, 0, 1, -1, 12, 13, 0.5, 1.5,
    2958465, 2958466, 1e-320, 64 * 210000, null, undefined, "", " ", "abc", "BASE", "high", "NORTHEAST-2023",
    "hydro-lca", "Antminer S21 XP", "price", "2026-03-01", "2026-02-30", "1", "NaN", true, false, {}, [], [[]],
    [[1, 2]], [[0.5]], [twelve(0.5)], [twelve(NaN)], [twelve(null)], [twelve(2)], [[...twelve(0.5), 0.5]],
    twelve([0.5]), [twelve("a")],
  ),
  fc.double(), // every double, including NaN, ±Infinity, subnormals and -0
  fc.double({ min: -10, max: 1e4, noNaN: true }),
  fc.integer({ min: -5, max: 200 }),
  fc.string({ maxLength: 12 }),
  fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 13 }), { maxLength: 13 }),
);

const functions: Record<string, { fn: (...args: unknown[]) => unknown; arity: number }> = Object.fromEntries(
  Object.entries(GOLDEN).map(([id, params]) => [id, { fn: ADAPTERS[id as keyof typeof ADAPTERS], arity: params.length }]),
);

function checkCell(id: string, args: unknown[], result: unknown): void {
  if (typeof result === "number") {
    if (!Number.isFinite(result)) throw new Error(`${id}(${String(args)}) returned ${result}`);
    return;
  }
  if (!(result instanceof CustomFunctionsError)) throw new Error(`${id} returned ${String(result)}`);
  if (!["#VALUE!", "#NUM!", "#N/A"].includes(result.code)) throw new Error(`${id} returned ${result.code}`);
  if (result.code === "#NUM!") {
    if (result.message !== undefined) throw new Error("#NUM! cannot carry a message in Excel");
  } else if (typeof result.message !== "string" || result.message.length === 0) {
    throw new Error(`${id} returned ${result.code} without a message`);
  } else if (result.message.startsWith("unexpected error")) {
    // The adapter's safety net caught something that is not a ModelError: a bug in core.
    throw new Error(`${id}(${String(args)}): ${result.message}`);
  }
}

describe.each(Object.entries(functions))("%s under hostile input", (id, { fn, arity }) => {
  it(`never throws and never returns NaN, ±Infinity or undefined (${RUNS_PER_FUNCTION} argument lists)`, () => {
    let errors = 0;
    let numbers = 0;
    fc.assert(
      fc.property(fc.array(hostileScalar, { minLength: 0, maxLength: arity + 2 }), (args) => {
        let result: unknown;
        try {
          result = fn(...args);
        } catch (e) {
          throw new Error(`${id} threw ${String(e)}`);
        }
        checkCell(id, args, result);
        if (typeof result === "number") numbers++;
        else errors++;
      }),
      { numRuns: RUNS_PER_FUNCTION },
    );
    expect(errors).toBeGreaterThan(0);
    expect(numbers + errors).toBe(RUNS_PER_FUNCTION);
  });

  it("maps overflow past the double range to #NUM!, not Infinity", () => {
    const huge = Array.from({ length: arity }, () => 1e308);
    checkCell(id, huge, fn(...huge));
  });
});

describe("overflow", () => {
  it("a result beyond ±1.8e308 is #NUM!", () => {
    const r = F.breakeven(1e308, 1e308, 1e308);
    expect(r).toBeInstanceOf(CustomFunctionsError);
    expect((r as unknown as CustomFunctionsError).code).toBe("#NUM!");
  });
});
