import { ModelError } from "../../src/core/errors";

/** The ModelError that `f` throws; fails the test when it throws nothing or something else. */
export function thrown(f: () => unknown): ModelError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a ModelError");
}

/** What `f` throws, or undefined when it returns (for properties over inputs that may be valid). */
export function caught(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}
