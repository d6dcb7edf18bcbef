/*
 * A1 addresses: "B7" or "$B$7" to 0-based row and column (the inverse of plan.ts's `a1`).
 */
export function parseA1(cell: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(cell.trim());
  if (!m) throw new Error(`not an A1 cell address: "${cell}"`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
