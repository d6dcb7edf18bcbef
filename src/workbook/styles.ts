/*
 * How each plan style looks, for Excel (apply.ts) and the .xlsx file (xlsx.ts) alike.
 */
import type { CellStyle } from "./plan";

/** How each plan style looks (finance convention: inputs in blue on light yellow). */
export const STYLE_FORMATS: Readonly<Record<CellStyle, { fill?: string; color?: string; bold?: boolean; italic?: boolean; size?: number }>> = {
  title: { bold: true, size: 16, color: "#1F3864" },
  notice: { color: "#C00000", italic: true },
  hint: { color: "#595959", italic: true },
  section: { bold: true, size: 12, color: "#1F3864" },
  header: { fill: "#1F4E79", color: "#FFFFFF", bold: true },
  label: {},
  input: { fill: "#FFF2CC", color: "#0000FF" },
  derived: { color: "#000000" },
  output: {},
  unit: { color: "#595959" },
  note: { color: "#595959", italic: true },
};

