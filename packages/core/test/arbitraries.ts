// fast-check generators of texts for the property tests: odd strings of every kind, and
// brief-like texts built from domain wording so that cues, negation and roles actually fire.
import fc from 'fast-check';

/** Domain phrases from both poles, with negation, contrast and role wording. */
const PHRASES = [
  'loyalty programme',
  'retention',
  'retaining our top resellers',
  'renewal',
  'volume rebates',
  'key accounts',
  'reorder',
  'bulk discounts',
  'post-purchase support',
  'account manager',
  'existing customers',
  'brand awareness',
  'TikTok ads',
  'national TV launch',
  'kids',
  'the parents pay',
  'end users',
  'households',
  'free trial',
  'consideration',
  'influencers',
  'not a loyalty push',
  'rather than chase new buyers',
  "procurement isn't the target",
  'awareness, not retention',
  'cartoon ads to children',
  'procurement pays; nurses use it',
  'B2B',
  'consumers',
  'payroll software for growing businesses',
  'an app that helps families share photos',
  'gr8 loyalty perks lol',
];

const FILLER = ['the', 'and', 'our', 'campaign', 'we', 'for', 'with', 'new', 'in Q3', 'via email'];
const SEPARATORS = [' ', ', ', '. ', '; ', '\n', ' — ', ': ', '! '];

/** Brief-like ASCII-ish texts made of domain phrases, filler and punctuation. */
export const briefLike: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
        { weight: 2, arbitrary: fc.constantFrom(...FILLER) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

/** Control characters, invisible and line-breaking code points. */
const controls = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(
        '\u007f',
        '\u0085',
        '\u200b',
        '\u200d',
        '\u2028',
        '\u2029',
        '\ufeff',
        '\u00a0',
      ),
    ),
    { maxLength: 20 },
  )
  .map((chars) => chars.join(''));

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

/** Every kind of odd string, plus brief-like texts with odd characters spliced in. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  codeUnits,
  controls,
  briefLike,
  fc
    .tuple(briefLike, fc.oneof(controls, fc.string({ unit: 'grapheme', maxLength: 10 })), briefLike)
    .map(([a, odd, b]) => a + odd + b),
);

/** Surrounding whitespace of the kinds people paste. */
export const whitespace: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\n\n'), { maxLength: 6 })
  .map((parts) => parts.join(''));
