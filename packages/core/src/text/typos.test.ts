import { describe, expect, it } from 'vitest';
import { computeStem } from './normalize.ts';
import { porterStem } from './porter-stemmer.ts';
import { createTypoCorrector } from './typos.ts';

/** A corrector toward `vocabulary`, given its stems as `normalize.ts` gives them. */
const correctorFor = (vocabulary: ReadonlyMap<string, string>, stemOf: (word: string) => string) =>
  createTypoCorrector(vocabulary, stemOf, new Set(vocabulary.values()));

const correct = correctorFor(
  new Map(
    ['awareness', 'customers', 'relationship', 'planning', 'influencer', 'renewal', 'renewals'].map(
      (word) => [word, porterStem(word)] as const,
    ),
  ),
  porterStem,
);

describe('typo corrector', () => {
  it('reads a dropped, doubled or swapped letter inside a long word as the lexicon word', () => {
    expect(correct('awreness')).toBe('awareness');
    expect(correct('customerrs')).toBe('customers');
    expect(correct('relationhsip')).toBe('relationship');
  });

  it('leaves real words, substitutions, edits at either end and short words alone', () => {
    expect(correct('planting')).toBeUndefined(); // a substitution: another real word
    expect(correct('influence')).toBeUndefined(); // an edit at the end
    expect(correct('wawareness')).toBeUndefined(); // an edit at the start
    expect(correct('renewl')).toBeUndefined(); // too short to risk
    expect(correct('customers')).toBeUndefined(); // already known
    expect(correct('a'.repeat(1_000_000))).toBeUndefined(); // not a word: never expanded
  });

  it('accepts several neighbours only when they are one word inflected', () => {
    expect(correct('renewalss')).toBe('renewals'); // a doubled letter
    expect(correct('reneawals')).toBe('renewals');
  });

  it('leaves the verb behind a known agent noun alone', () => {
    const agents = correctorFor(
      new Map(['prescribers', 'subscribers'].map((word) => [word, computeStem(word)] as const)),
      computeStem,
    );
    expect(agents('prescribes')).toBeUndefined(); // "the GP prescribes", not "prescribers"
    expect(agents('subscribes')).toBeUndefined();
    expect(agents('prescibers')).toBe('prescribers'); // a real slip still mends
  });
});
