/*
 * Office's display language as the custom functions read it (`Office.context.displayLanguage`), faked
 * for a test: Jest has no office.js, so `Office` is absent unless a test installs one.
 */

/** Puts back the `Office` global that was there before (or none). */
type Restore = () => void;

/**
 * Installs an `Office` whose display language is `tag` (or a given stand-in for office.js, such as one
 * without a context); the returned function restores whatever `Office` was there before.
 */
export function setDisplayLanguage(tag: string | { readonly office: unknown }): Restore {
  const g = globalThis as { Office?: unknown };
  const had = Object.prototype.hasOwnProperty.call(g, "Office");
  const before = g.Office;
  g.Office = typeof tag === "string" ? { context: { displayLanguage: tag } } : tag.office;
  return () => {
    if (had) g.Office = before;
    else delete g.Office;
  };
}

/** Runs the tests of the enclosing describe block with Office's display language set to `tag`. */
export function inDisplayLanguage(tag: string): void {
  let restore: Restore | undefined;
  beforeEach(() => {
    restore = setDisplayLanguage(tag);
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
  });
}
