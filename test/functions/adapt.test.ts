/* The one mapping from core errors to Excel errors (STYLE §4.5): one case per code. */
import { excel, toExcelError, toExcelNumber } from "../../src/functions/adapt";
import { D } from "../../src/core/decimal";
import { ModelError } from "../../src/core/errors";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";

const asError = (x: unknown) => x as unknown as CustomFunctionsError;

describe("adapt", () => {
  it("INVALID_INPUT → #VALUE! with the message", () => {
    const e = asError(toExcelError(new ModelError("INVALID_INPUT", "pue must be a PUE ratio ≥ 1 (got 0.5)")));
    expect(e).toBeInstanceOf(CustomFunctionsError);
    expect([e.code, e.message]).toEqual(["#VALUE!", "pue must be a PUE ratio ≥ 1 (got 0.5)"]);
  });

  it("NO_SOLUTION → #NUM! without a message (Excel shows messages only on #VALUE! and #N/A)", () => {
    const e = asError(toExcelError(new ModelError("NO_SOLUTION", "no sign change")));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBeUndefined();
  });

  it("UNKNOWN_NAME → #N/A with the message", () => {
    const e = asError(toExcelError(new ModelError("UNKNOWN_NAME", "unknown preset")));
    expect([e.code, e.message]).toEqual(["#N/A", "unknown preset"]);
  });

  it("any other exception still reaches the cell as #VALUE!, never escapes", () => {
    const e = asError(excel(() => { throw new TypeError("boom"); }));
    expect([e.code, e.message]).toEqual(["#VALUE!", "unexpected error: boom"]);
  });

  it("non-finite results are #NUM!, -0 is 0", () => {
    expect(asError(toExcelNumber(D("1e400"))).code).toBe("#NUM!");
    expect(asError(toExcelNumber(D("-1e400"))).code).toBe("#NUM!");
    expect(Object.is(toExcelNumber(D("-0")), 0)).toBe(true);
    expect(toExcelNumber(D("1e-400"))).toBe(0);
    expect(excel(() => D("0.1").plus("0.2"))).toBe(0.3);
  });
});
