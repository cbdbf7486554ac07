/**
 * Word wrapping for plain-text output.
 *
 * @module
 */

/** Wraps `text` to lines of at most `width` characters (longer words are left whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
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
