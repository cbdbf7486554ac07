/**
 * Follows the quotes of CSV text, to tell where a row ends: a newline ends a row unless it is
 * inside a quoted field. The rules are the CSV parser's: a quote opens a field only at its
 * start, `""` inside quotes is a quote, and after a closing quote the field is over whatever
 * follows (a parser error, but not an open quote).
 *
 * @module
 */

/** Where a scan of CSV text stands. */
export const QuoteState = {
  /** At the start of a field (and so of a row). */
  fieldStart: 0,
  /** Inside a field that did not start with a quote; a quote here is stray. */
  unquoted: 1,
  /** Inside a quoted field: a newline here belongs to the field. */
  quoted: 2,
  /** Just after a quote inside a quoted field: closed, unless another quote follows. */
  afterQuote: 3,
} as const;
export type QuoteState = (typeof QuoteState)[keyof typeof QuoteState];

const QUOTE = 0x22;
const COMMA = 0x2c;

/** The state after `text` (one line, without its newline), scanned from `state`. */
export function scanQuotes(text: string, state: QuoteState): QuoteState {
  let current = state;
  for (let i = 0; i < text.length; i += 1) {
    if (current === QuoteState.quoted) {
      const quote = text.indexOf('"', i);
      if (quote === -1) return current;
      i = quote;
      current = QuoteState.afterQuote;
    } else if (current === QuoteState.unquoted) {
      const comma = text.indexOf(',', i);
      if (comma === -1) return current;
      i = comma;
      current = QuoteState.fieldStart;
    } else {
      const code = text.charCodeAt(i);
      if (code === COMMA) current = QuoteState.fieldStart;
      else if (code === QUOTE) current = QuoteState.quoted;
      else current = QuoteState.unquoted;
    }
  }
  return current;
}
