/**
 * The footer's key hints, packed into as few lines as the width allows: the app needs to know
 * the footer's height before it lays out the rest.
 *
 * @module
 */
import { displayWidth } from '../format/display-width.ts';

/** What separates two hints on a line. */
export const HINT_SEPARATOR = ' · ';

/**
 * The hints as lines at most `width` columns wide, in order, never breaking a hint (a hint
 * wider than the line gets a line of its own, which the footer cuts).
 */
export function packHints(hints: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const hint of hints) {
    if (line === '') line = hint;
    else if (displayWidth(`${line}${HINT_SEPARATOR}${hint}`) <= width) {
      line += `${HINT_SEPARATOR}${hint}`;
    } else {
      lines.push(line);
      line = hint;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
