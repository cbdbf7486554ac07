import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { createPatternIndex } from './pattern-index.ts';

const index = createPatternIndex(
  [
    { id: 'loyalty', pattern: 'loyal|loyalty program|scheme?' },
    { id: 'win-back', pattern: 'win_back|winback|lapsed' },
    { id: 'gap', pattern: 'keep * happy' },
    { id: 'size', pattern: '# households' },
    { id: 'free', pattern: 'two|three|# months free' },
    { id: 'quiet', pattern: 'not ordered in a|#|two days' },
  ],
  (entry) => entry.pattern,
);
const ids = (text: string) =>
  index.findAll(tokenize(text)).map((m) => `${m.entry.id}:${m.from}-${m.to}`);

describe('pattern index', () => {
  it('matches inflections, optional slots and multi-word alternatives', () => {
    expect(ids('Loyalty programmes')).toEqual(['loyalty:0-2']);
    expect(ids('loyal')).toEqual(['loyalty:0-1']);
    expect(ids('a win-back email')).toEqual(['win-back:1-3']);
    expect(ids('14m households')).toEqual(['size:0-2']);
  });

  it('reads # among alternatives as any number, first slot or not', () => {
    expect(ids('get 2 months free')).toEqual(['free:1-4']);
    expect(ids('get three months free')).toEqual(['free:1-4']);
    expect(ids('not ordered in 90 days')).toEqual(['quiet:0-5']);
    expect(ids('not ordered in two days')).toEqual(['quiet:0-5']);
    expect(ids('get many months free')).toEqual([]);
  });

  it('skips up to two words in a gap, never across punctuation', () => {
    expect(ids('keep the accounts happy')).toEqual(['gap:0-4']);
    expect(ids('keep them, happy')).toEqual([]);
    expect(ids('keep a b c happy')).toEqual([]);
  });

  it('matches tokens made before a pattern with new stems was compiled', () => {
    const tokens = tokenize('the zorblaxes frobnicate 12 quuxes');
    const late = createPatternIndex(['zorblax', 'frobnicate # quux'], (p) => p);
    expect(late.findAll(tokens).map((m) => `${m.entry}:${m.from}-${m.to}`)).toEqual([
      'zorblax:1-2',
      'frobnicate # quux:2-5',
    ]);
  });
});
