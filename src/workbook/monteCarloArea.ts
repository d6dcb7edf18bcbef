/*
 * The size of the area the plan keeps free for Monte Carlo results (defined once, for the plan, the
 * block written into it and the check that the area was not resized).
 */

/** Rows the block needs: 12 of results, a header and one row per histogram bin (at most 40 bins). */
export const MONTE_CARLO_ROWS = 54;
/** Columns: a label and six figures. */
export const MONTE_CARLO_COLS = 7;
