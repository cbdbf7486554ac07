/**
 * Word wrapping for plain-text output.
 *
 * @module
 */
import { displayWidth } from './display-width.ts';

/**
 * Wraps `text` to lines of at most `width` columns (wide characters count two; longer words are
 * left whole). No line starts or ends with a space.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === '') line = word;
      else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Wraps and indents every line by `indent` spaces. */
export function wrapIndented(text: string, width: number, indent: number): string {
  const pad = ' '.repeat(indent);
  return wrap(text, Math.max(20, width - indent))
    .map((line) => pad + line)
    .join('\n');
}
