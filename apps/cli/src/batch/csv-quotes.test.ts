import { describe, expect, it } from 'vitest';
import { QuoteState, scanQuotes } from './csv-quotes.ts';

const { fieldStart, unquoted, quoted, afterQuote } = QuoteState;

describe('scanQuotes', () => {
  it.each([
    ['1,plain text', fieldStart, unquoted],
    ['1,', fieldStart, fieldStart],
    ['1,"open', fieldStart, quoted],
    ['1,"closed"', fieldStart, afterQuote],
    ['1,"x"y', fieldStart, unquoted],
    ['1,a"b', fieldStart, unquoted],
    ['1,"a ""quoted"" word', fieldStart, quoted],
    ['still inside', quoted, quoted],
    ['ends here",', quoted, fieldStart],
    ['two ""quotes"" inside', quoted, quoted],
  ] as const)('%j from %i ends in %i', (text, from, to) => {
    expect(scanQuotes(text, from)).toBe(to);
  });
});
