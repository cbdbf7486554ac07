/**
 * The Classify screen's geometry in terminal cells: the text box and the result panel side by
 * side on a wide terminal, stacked on a narrow one. Numbers, not shares of the parent, so that
 * the text wraps at exactly the columns the box has and the panel cannot squeeze the box.
 *
 * @module
 */

/** Terminals at least this wide put the result beside the text. */
export const WIDE_LAYOUT_COLUMNS = 110;

/** Columns between the text box and the result panel in the wide layout. */
export const PANEL_GAP = 2;

/** The text box's border and left padding take this many of its columns, and the free column one more. */
const TEXT_BOX_CHROME = 4;

/** Widths of the Classify screen's parts, in columns. */
export type ClassifyWidths = {
  wide: boolean;
  /** The text box, border included. */
  textBox: number;
  /** Where the text wraps: the box less its border, padding and the column kept for the cursor. */
  wrap: number;
  /** The result panel. */
  result: number;
};

/** The widths for a screen `columns` wide (the app's usable width). */
export function classifyWidths(columns: number): ClassifyWidths {
  const wide = columns >= WIDE_LAYOUT_COLUMNS;
  const textBox = wide ? Math.floor(columns * 0.45) : columns;
  const result = wide ? columns - textBox - PANEL_GAP : columns;
  return { wide, textBox, wrap: Math.max(1, textBox - TEXT_BOX_CHROME), result };
}
