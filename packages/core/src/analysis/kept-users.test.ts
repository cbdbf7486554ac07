import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { KEEPING_CUES } from '../lexicon/people.ts';
import { analyse } from './analyse.ts';

const keepsBuyers = (text: string) =>
  analyse(text).hits.some((hit) => KEEPING_CUES.has(hit.cue.id));

describe('dropKeptUsers', () => {
  it('reads a product keeping its user comfortable as a benefit, not a relationship', () => {
    expect(keepsBuyers('Merino base layer that keeps you warm on the coldest ridge.')).toBe(false);
    expect(keepsBuyers('A sleep sack that keeps baby warm through every nap.')).toBe(false);
    expect(keepsBuyers('Plenty of snacks to keep the kids happy on long drives.')).toBe(false);
    expect(classify('A sleep sack that keeps baby warm through every nap.').orientation).toBe(
      'consumer',
    );
  });

  it('keeps the cue when the kept words name buyers, an organisation or no one', () => {
    expect(keepsBuyers('We keep restaurant clients happy with a named rep.')).toBe(true);
    expect(keepsBuyers('Keep your accounts warm with quarterly reviews.')).toBe(true);
    expect(keepsBuyers('A loyalty card to keep the regulars happy.')).toBe(true);
    expect(keepsBuyers('Rebates keep them sweet.')).toBe(true);
  });
});
