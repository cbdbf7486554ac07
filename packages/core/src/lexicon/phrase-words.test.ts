import { describe, expect, it } from 'vitest';
import { stemsOf } from '../match/pattern.ts';
import { wordKey } from '../text/normalize.ts';
import { PERSON_HEADS } from './people.ts';
import { STAFF_NOUNS } from './phrase-words.ts';

describe('the staff nouns', () => {
  // Read on head nouns only (`noun-phrase.ts`, `roles.ts`): a noun no person head names is
  // never a head, and would ship for nothing.
  it('are each a word of the person heads', () => {
    const headStems = new Set(
      PERSON_HEADS.flatMap((pattern) => pattern.split(' '))
        .flatMap((slot) => slot.replace(/\?$/, '').split('|'))
        .flatMap(stemsOf),
    );
    const never = [...STAFF_NOUNS].filter((noun) => !headStems.has(wordKey(noun).stem));
    expect(never).toEqual([]);
  });
});
