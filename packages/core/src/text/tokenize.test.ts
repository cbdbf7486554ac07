import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenPatternFor } from './tokenize.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Win-back emails: 15% off, isn’t it?';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    }
    expect(tokenize(text).map((t) => t.norm)).toEqual([
      'win',
      'back',
      'emails',
      ':',
      '15%',
      'off',
      ',',
      'is',
      'not',
      'it',
      '?',
    ]);
  });

  it('expands shorthand and unifies spelling before stemming', () => {
    const [a, b] = tokenize('personalised personalized');
    expect(a?.stem).toBe(b?.stem);
    expect(tokenize('accts')[0]?.norm).toBe('accounts');
    expect(tokenize('dont')[0]?.norm).toBe('not');
    expect(tokenize('tryed')[0]?.norm).toBe('tried');
    expect(tokenize('behaviour')[0]?.stem).toBe(tokenize('behavior')[0]?.stem);
    // British and American spellings meet, by the variant table or by the stemmer alone.
    for (const [british, american] of [
      ['programmes', 'programs'],
      ['travellers', 'travelers'],
      ['travelling', 'traveling'],
      ['enrolment', 'enrollment'],
      ['enrolments', 'enrollments'],
      ['advertisements', 'ads'],
      ['centres', 'centers'],
    ] as const)
      expect(tokenize(british)[0]?.stem).toBe(tokenize(american)[0]?.stem);
  });

  it('marks clause breaks', () => {
    expect(tokenize('a; b. c - d').map((t) => t.kind)).toEqual([
      'word',
      'break',
      'word',
      'break',
      'word',
      'break',
      'word',
    ]);
  });

  it('reads a note\'s "=" as the colon of a label', () => {
    expect(tokenize('Payer = the account holder').map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'payer'],
      ['break', ':'],
      ['word', 'the'],
      ['word', 'account'],
      ['word', 'holder'],
    ]);
  });

  it('reads list bullets as breaks, like the line breaks they stand for', () => {
    const kinds = tokenize('• Retailer rebates • Sampling for shoppers · TV ▪ radio').map((t) => [
      t.norm,
      t.kind,
    ]);
    expect(kinds).toEqual([
      ['retailer', 'word'],
      ['rebates', 'word'],
      ['•', 'break'],
      ['sampling', 'word'],
      ['for', 'word'],
      ['shoppers', 'word'],
      ['·', 'break'],
      ['television', 'word'],
      ['▪', 'break'],
      ['radio', 'word'],
    ]);
  });

  it('reads an en dash between numbers as a range, elsewhere as a break', () => {
    expect(tokenize('8–11s – fun').map((t) => t.kind)).toEqual([
      'number',
      'number',
      'word',
      'break',
      'word',
    ]);
  });
});

describe('tokenize on words that name object properties', () => {
  it('reads an arrow as a break: what follows is the next step', () => {
    for (const arrow of ['->', '-->', '=>', '→']) {
      const tokens = tokenize(`lapsed members ${arrow} send a gift`);
      expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'break', 'word', 'word', 'word']);
      expect(tokens[2]?.norm).toBe(arrow);
    }
  });

  it('reads two letters joined by "&" as one word ("H&S", "R&D"), longer words apart', () => {
    const words = (text: string) => tokenize(text).map((t) => t.norm);
    expect(words('H&S managers')).toEqual(['h&s', 'managers']);
    expect(words('the L&D team and R&D')).toEqual(['the', 'l&d', 'team', 'and', 'r&d']);
    // "HR&IT" is two departments, not one initialism; a lone "&" or "+" reads as "and".
    expect(words('HR&IT buy it')).toEqual(['hr', 'and', 'it', 'buy', 'it']);
    expect(words('rock&roll fans')).toEqual(['rock', 'and', 'roll', 'fans']);
    expect(words('CRM push + TV launch, 50+ stores')).toEqual([
      'crm',
      'push',
      'and',
      'television',
      'launch',
      ',',
      '50+',
      'stores',
    ]);
  });

  it('reads "either/or" as one word, other words joined by "/" apart', () => {
    const words = (text: string) => tokenize(text).map((t) => t.norm);
    expect(words("It isn't either/or.")).toEqual(['it', 'is', 'not', 'either/or', '.']);
    expect(words('parents/kids')).toEqual(['parents', '/', 'kids']);
  });

  it("starts a word at a letter, never at a mark such as an emoji's variation selector", () => {
    const text = '✔️Renewals for ❤️ kids';
    const words = tokenize(text).filter((t) => t.kind === 'word');
    expect(words.map((t) => t.norm)).toEqual(['renewals', 'for', 'kids']);
    expect(words.map((t) => text.slice(t.start, t.end))).toEqual(['Renewals', 'for', 'kids']);
    // A mark inside a word stays part of it.
    expect(tokenize('cafe\u0301 owners')[0]?.end).toBe(5);
  });

  it('gives every word a string norm and stem ("constructor", "__proto__", "toString")', () => {
    for (const token of tokenize('constructor __proto__ toString hasOwnProperty valueOf')) {
      expect(typeof token.norm).toBe('string');
      expect(typeof token.stem).toBe('string');
    }
    expect(tokenize('Constructor')[0]?.norm).toBe('constructor');
  });

  describe('the ASCII token pattern', () => {
    const matches = (pattern: RegExp, text: string) =>
      [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => [m.index, m[0]]);
    const ascii = tokenPatternFor('plain text');
    const unicode = tokenPatternFor('café');

    it('is used only for texts it reads as the Unicode pattern does', () => {
      expect(ascii).not.toBe(unicode);
      expect(tokenPatternFor('Loyalty — for 5–6 kids • “now” €5 → go')).toBe(ascii);
      for (const text of ['naïve', 'ſ', '\u212A', '½', '٣', '🎉', 'a\u0301'])
        expect(tokenPatternFor(text)).toBe(unicode);
    });

    it('finds the same tokens as the Unicode pattern on any text it is used for', () => {
      const alphabet =
        'aZkmbnNtT\'’‘“”…\u00A0sSlLvVdD09 \t\n.,;:!?-–—>=•·→€£()[]{}/&+#@$%_*"'.split('');
      const text = fc
        .array(fc.constantFrom(...alphabet), { maxLength: 60 })
        .map((cs) => cs.join(''));
      fc.assert(
        fc.property(text, (t) => {
          expect(tokenPatternFor(t)).toBe(ascii);
          expect(matches(ascii, t)).toEqual(matches(unicode, t));
        }),
        { numRuns: 3000 },
      );
      fc.assert(
        fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (t) => {
          expect(matches(ascii, t)).toEqual(matches(unicode, t));
        }),
        { numRuns: 3000 },
      );
    });
  });
});
