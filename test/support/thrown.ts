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
