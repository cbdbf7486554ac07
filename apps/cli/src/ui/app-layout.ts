/**
 * The app's rows: the tab bar, a blank row, the screen, a blank row, the footer. The screen
 * gets what the others leave, and below a minimum size the app shows a notice instead.
 *
 * @module
 */

/** The smallest terminal the app lays out in; below it, a notice. */
export const MIN_COLUMNS = 40;
/** See {@link MIN_COLUMNS}. */
export const MIN_ROWS = 12;

/** Rows of the tab bar and the blank rows around the screen. */
const CHROME_ROWS = 3;

/** Whether a terminal this size can show the app. */
export function fitsTerminal(columns: number, rows: number): boolean {
  return columns >= MIN_COLUMNS && rows >= MIN_ROWS;
}

/** The rows left for the screen in a terminal `rows` high with a footer of `footerLines`. */
export function screenHeight(rows: number, footerLines: number): number {
  return Math.max(1, rows - CHROME_ROWS - footerLines);
}
