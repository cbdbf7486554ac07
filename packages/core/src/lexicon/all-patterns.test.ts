import { describe, expect, it } from 'vitest';
import {
  type CompiledPattern,
  compilePattern,
  firstKeysOfSource,
  stemsOf,
} from '../match/pattern.ts';
import { checkPattern } from '../match/pattern-check.ts';
import { NUMBER_KEY } from '../match/stem-ids.ts';
import { normalizeWord } from '../text/normalize.ts';
import { MIN_TYPO_LENGTH } from '../text/typos.ts';
import { ALL_PATTERNS, wordsOfPattern } from './all-patterns.ts';
import { CONSUMER_CUES } from './consumer-cues.ts';
import { CUSTOMER_CUES } from './customer-cues.ts';
import * as hybrid from './hybrid.ts';
import { MARKET_CUES } from './market-cues.ts';
import * as negation from './negation.ts';
import * as people from './people.ts';
import * as roles from './roles.ts';
import * as segment from './segment.ts';

/** The keys a compiled pattern can start with: its leading slots, up to the first required one. */
function compiledFirstKeys({ slots }: CompiledPattern): Set<number> {
  const keys = new Set<number>();
  for (const slot of slots) {
    if (slot.kind === 'number') keys.add(NUMBER_KEY);
    if (slot.kind === 'words') {
      for (const stems of slot.alternatives) keys.add(stems[0] as number);
      if (slot.numbers) keys.add(NUMBER_KEY);
    }
    if (slot.kind === 'gap' || !slot.optional) break;
  }
  return keys;
}

describe('the lexicon patterns', () => {
  // Pattern indexes compile a pattern when a text first offers it a start, and trust it: a
  // malformed pattern must fail here, since in a classification it would silently match nothing.
  it('are well-formed, and their first keys read without compiling agree with the compiled ones', () => {
    expect(ALL_PATTERNS.length).toBeGreaterThan(250);
    for (const source of ALL_PATTERNS) checkPattern(source);
    const disagreeing = ALL_PATTERNS.filter((source) => {
      const compiled = compiledFirstKeys(compilePattern(source));
      const read = new Set(firstKeysOfSource(source));
      return compiled.size !== read.size || [...read].some((key) => !compiled.has(key));
    });
    expect(disagreeing).toEqual([]);
  });

  // Every byte of a pattern ships in the classify bundle: a form whose stems another alternative
  // of its slot has matches nothing new. It stays only when the typo tolerance needs it: a word
  // of typo length that no other pattern has ("personally" for "personaly"), or, in people's
  // heads, a form in -ing or -ed: those forms also tell which words name people (`noun-phrase.ts`).
  // A form the tolerance needs names its stems for the slot ("churning|attrition", no "churn").
  it('list the alternatives of each slot in alphabetical order', () => {
    const unsorted = ALL_PATTERNS.filter((source) =>
      source.split(' ').some((slot) => {
        const alternatives = slot.replace(/\?$/, '').split('|');
        return alternatives.join('|') !== [...alternatives].sort().join('|');
      }),
    );
    expect(unsorted).toEqual([]);
  });

  it('name each stem once per slot, unless the typo tolerance needs the form', () => {
    const wordsOf = (text: string) => wordsOfPattern(text, normalizeWord);
    const uses = new Map<string, number>();
    for (const source of ALL_PATTERNS)
      for (const word of wordsOf(source)) uses.set(word, (uses.get(word) ?? 0) + 1);
    const typoNeeds = (alternative: string) =>
      wordsOf(alternative).some((word) => word.length >= MIN_TYPO_LENGTH && uses.get(word) === 1);
    // A word one letter shorter is a correction too ("packagge" → "package"): a form beside one
    // the tolerance needs goes only when no such word goes with it.
    const correctionNeeds = (alternative: string) =>
      wordsOf(alternative).some(
        (word) => word.length >= MIN_TYPO_LENGTH - 1 && uses.get(word) === 1,
      );
    const heads = new Set(
      Object.values(people).flatMap((value) => (Array.isArray(value) ? value : [])),
    );
    const redundant = ALL_PATTERNS.flatMap((source) =>
      source.split(' ').flatMap((slot) => {
        const seen = new Set<string>();
        const alternatives = slot
          .replace(/\?$/, '')
          .split('|')
          .filter(
            (alternative) => alternative !== '#' && alternative !== '*' && alternative !== '**',
          );
        const stemsOfAlternative = (alternative: string) => stemsOf(alternative).join(' ');
        // The stems that a form the typo tolerance needs already names in this slot.
        const namedByNeededForm = new Set(alternatives.filter(typoNeeds).map(stemsOfAlternative));
        return alternatives
          .filter((alternative) => {
            const stems = stemsOfAlternative(alternative);
            // Beside a form the tolerance needs, a word of seven letters stays wherever it stands.
            const repeated = namedByNeededForm.has(stems)
              ? !correctionNeeds(alternative)
              : seen.has(stems);
            seen.add(stems);
            const namesPeople = heads.has(source) && /(?:ing|ed)(?:$|_)/.test(alternative);
            return repeated && !typoNeeds(alternative) && !namesPeople;
          })
          .map((alternative) => `${alternative} in "${source}"`);
      }),
    );
    expect(redundant).toEqual([]);
  });

  // A fast start hands every pattern index the first stems of ALL_PATTERNS; a list left out is
  // read off its words at every start, and its words are missing from the typo vocabulary.
  it('include every pattern list of the lexicon', () => {
    const listed = new Set(ALL_PATTERNS);
    const missing = [hybrid, negation, people, roles, segment].flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => Array.isArray(value) && value.every((v) => typeof v === 'string'))
        .filter(([, value]) => (value as string[]).some((pattern) => !listed.has(pattern)))
        .map(([name]) => name),
    );
    expect(missing).toEqual([]);
  });

  // A pattern index reports a match per entry and pattern: an entry listed twice in the lists
  // one index reads would be reported twice.
  it('name each pattern, and each cue, once in the lists an index reads together', () => {
    const stringLists = [hybrid, negation, people, roles, segment].flatMap((module) =>
      Object.values(module).filter(
        (value): value is string[] =>
          Array.isArray(value) && value.every((v) => typeof v === 'string'),
      ),
    );
    // `head-match.ts` indexes these two lists as one.
    stringLists.push([...people.ORGANISATION_HEADS, ...people.TRADE_HEADS]);
    const repeated = stringLists.flatMap((list) => list.filter((p, i) => list.indexOf(p) !== i));
    expect(repeated).toEqual([]);
    const cues = [...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES];
    expect(new Set(cues).size).toBe(cues.length);
  });

  it('would reject a malformed one', () => {
    expect(() => checkPattern('* customers')).toThrow(/gap/);
    expect(() => checkPattern('loyal? points?')).toThrow(/required slot/);
    expect(() => checkPattern("keep '")).toThrow(/Empty slot/);
    expect(() => checkPattern('loyal|# points? #?')).not.toThrow();
  });
});
