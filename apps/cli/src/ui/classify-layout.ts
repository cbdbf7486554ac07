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

/** Rows the stacked layout keeps for the result at least: its headline and a row saying what is below. */
export const RESULT_MIN_ROWS = 2;

/** The most of the screen's height the text takes in the stacked layout. */
const TEXT_SHARE = 0.4;

/** Heights of the Classify screen's parts, in rows. */
export type ClassifyHeights = {
  /** Rows of text the text box may show inside its border. */
  textMaxRows: number;
  /** Rows of the result panel. */
  result: number;
};

/**
 * The heights for a screen `height` rows high whose text wraps into `textRows` rows. Side by side
 * both take the whole height; stacked, the text takes what it needs up to a share, and the
 * result (below a blank row) what is left.
 */
export function classifyHeights(height: number, wide: boolean, textRows: number): ClassifyHeights {
  if (wide) return { textMaxRows: Math.max(1, height - 2), result: height };
  const room = height - 2 - 1 - RESULT_MIN_ROWS;
  const textMaxRows = Math.max(1, Math.min(Math.floor(height * TEXT_SHARE), room));
  const shown = Math.max(1, Math.min(textRows, textMaxRows));
  return { textMaxRows, result: Math.max(1, height - shown - 2 - 1) };
}
