/* Argument reading: blanks, types and ranges produce messages that name the parameter and range. */
import { readNumber, readRange } from "../../src/functions/params";
import { rangeText, type NumberSpec } from "../../src/core/params";
import { ModelError } from "../../src/core/errors";
import { D } from "../../src/core/decimal";

const POOL: NumberSpec = { name: "pool_fee", what: "a fraction", min: "0", max: "1", maxOpen: true, default: "0" };
const EFF: NumberSpec = { name: "efficiency_j_per_th", what: "an efficiency in J/TH", min: "0", minOpen: true };

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return (e as ModelError).message;
  }
  throw new Error("expected a ModelError");
}

describe("readNumber", () => {
  it("range texts read as users expect", () => {
    expect(rangeText(POOL)).toBe("in [0, 1)");
    expect(rangeText(EFF)).toBe("> 0");
    expect(rangeText({ name: "x", what: "x", min: "1" })).toBe("≥ 1");
    expect(rangeText({ name: "x", what: "x", min: "0", minOpen: true, max: "1" })).toBe("in (0, 1]");
  });

  it("blank → default for optional, an error for required", () => {
    expect(readNumber(POOL, null).eq(0)).toBe(true);
    expect(readNumber(POOL, undefined).eq(0)).toBe(true);
    expect(readNumber(POOL, "").eq(0)).toBe(true);
    expect(messageOf(() => readNumber(EFF, null))).toBe(
      "efficiency_j_per_th is required: an efficiency in J/TH > 0 (the argument is blank)",
    );
  });

  it("rejects text, booleans, ranges and non-finite numbers, saying what it got", () => {
    expect(messageOf(() => readNumber(EFF, "12"))).toBe('efficiency_j_per_th must be an efficiency in J/TH > 0 (got text "12")');
    expect(messageOf(() => readNumber(EFF, true))).toBe("efficiency_j_per_th must be an efficiency in J/TH > 0 (got TRUE)");
    expect(messageOf(() => readNumber(EFF, [[1]]))).toBe("efficiency_j_per_th must be an efficiency in J/TH > 0 (got a range)");
    expect(messageOf(() => readNumber(EFF, NaN))).toBe("efficiency_j_per_th must be an efficiency in J/TH > 0 (got NaN)");
    expect(messageOf(() => readNumber(EFF, -Infinity))).toBe("efficiency_j_per_th must be an efficiency in J/TH > 0 (got -Infinity)");
  });

  it("checks open and closed bounds and whole numbers", () => {
    expect(messageOf(() => readNumber(POOL, 1))).toBe("pool_fee must be a fraction in [0, 1) (got 1)");
    expect(readNumber(POOL, 0.999999).toNumber()).toBe(0.999999);
    expect(messageOf(() => readNumber(EFF, 0))).toMatch(/got 0\)$/);
    const count: NumberSpec = { name: "n", what: "a count", min: "1", integer: true };
    expect(messageOf(() => readNumber(count, 2.5))).toBe("n must be a count (a whole number) ≥ 1 (got 2.5)");
    expect(readNumber(count, D(3)).toNumber()).toBe(3);
  });
});

describe("readRange", () => {
  const SHARE: NumberSpec = { name: "hydro_share_by_month", what: "a fraction", min: "0", max: "1" };
  it("flattens rows, columns and blocks in row-major order", () => {
    expect(readRange(SHARE, [[0.1, 0.2], [0.3, 0.4]], 4).map((d) => d.toNumber())).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(readRange(SHARE, [[0.1], [0.2], [0.3]], 3).map((d) => d.toNumber())).toEqual([0.1, 0.2, 0.3]);
    expect(readRange(SHARE, [0.1, 0.2], 2).map((d) => d.toNumber())).toEqual([0.1, 0.2]);
  });
  it("names the bad cell", () => {
    expect(messageOf(() => readRange(SHARE, [[0.1, null]], 2))).toBe(
      "hydro_share_by_month: cell 2 is blank; every cell must be a fraction in [0, 1]",
    );
    expect(messageOf(() => readRange(SHARE, 0.5, 12))).toBe("hydro_share_by_month must be a range of exactly 12 cells (got 0.5)");
  });
});
