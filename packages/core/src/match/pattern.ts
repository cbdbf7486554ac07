import { memoised } from '../memo.ts';
import { lexiconStem, wordKey } from '../text/normalize.ts';
import { isText, tokenize } from '../text/tokenize.ts';
import { precomputedFirstStems } from './first-stems.ts';
import { type SlotsMatcher, slotsMatcher } from './slot-matchers.ts';
import { internStem, NUMBER_STEM } from './stem-ids.ts';

/** One slot of a compiled pattern; stems are ids (see `stem-ids.ts`). */
export type Slot =
  | {
      readonly kind: 'words';
      readonly alternatives: readonly (readonly number[])[];
      /** The alternatives by their first stem, so a token is compared with its own only. */
      readonly byFirst: ReadonlyMap<number, readonly (readonly number[])[]>;
      /** True when any number is one of the alternatives too ("#|three|two"). */
      readonly numbers: boolean;
      readonly optional: boolean;
    }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'number'; readonly optional: boolean };

/** A pattern compiled to stems, ready to match tokens. */
export interface CompiledPattern {
  readonly slots: readonly Slot[];
  /**
   * When the first slot is one required word (or `#`): the function of the other slots. A start
   * token that carries one of the pattern's first keys (`firstKeysOfSource`, as a pattern index
   * knows) has matched the first slot, so the match ends at `afterFirst(tokens, at + 1)`.
   */
  readonly afterFirst: SlotsMatcher | undefined;
  /** The slots as one function: index just past the longest match from a token, or -1. */
  readonly match: SlotsMatcher;
}

const PLAIN_ALTERNATIVE = /^[a-z]+(?:[_-][a-z]+)*$/;

/** The stem of one plain lowercase word, as the tokenizer would stem it. */
const wordStem = (word: string): string => lexiconStem(word) ?? wordKey(word).stem;

function computeStemsOf(alternative: string): readonly string[] {
  // Most alternatives are plain words: stem them directly.
  if (PLAIN_ALTERNATIVE.test(alternative)) return alternative.split(/[_-]/).map(wordStem);
  return tokenize(alternative.replaceAll('_', ' '))
    .filter(isText)
    .map((token) => token.stem);
}

/**
 * The stems one alternative of a slot matches, in order: "win_back" → ["win", "back"]. Memoised:
 * the lexicon repeats many alternatives across patterns ("customers", "our"), so each is read
 * once, and the memo holds at most the lexicon's alternatives.
 */
export const stemsOf = memoised(computeStemsOf);

function compileSlot(source: string): Slot {
  if (source === '*') return { kind: 'gap', max: 2 };
  if (source === '**') return { kind: 'gap', max: 4 };
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  if (body === '#') return { kind: 'number', optional };
  const sources = body.split('|');
  const numbers = sources.includes('#');
  const alternatives = sources
    .filter((alternative) => alternative !== '#')
    .map(stemsOf)
    .filter((stems) => stems.length > 0)
    .map((stems) => stems.map(internStem));
  const byFirst = new Map<number, (readonly number[])[]>();
  for (const alternative of alternatives) {
    const first = alternative[0] as number;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [alternative]);
    else list.push(alternative);
  }
  return { kind: 'words', alternatives, byFirst, numbers, optional };
}

// The first word of a plain alternative: "win_back" → "win".
const FIRST_WORD = /^[a-z]+/;

/** The stem an alternative starts with, without compiling the rest of it; '' when none. */
function computeFirstStemOf(alternative: string): string {
  if (!PLAIN_ALTERNATIVE.test(alternative)) return stemsOf(alternative)[0] ?? '';
  return wordStem((FIRST_WORD.exec(alternative) as RegExpExecArray)[0]);
}

/** The stem an alternative starts with, memoised as `stemsOf` is. */
const firstStemOf = memoised(computeFirstStemOf);

/**
 * The stems (`#` for a number) a match of the pattern can start with, read from its leading
 * slots alone, up to the first required one, so that a pattern index can file a pattern without
 * compiling it.
 */
export function firstStemsOfSource(source: string): readonly string[] {
  const stems = new Set<string>();
  for (const slot of source.trim().split(/\s+/)) {
    const optional = slot.endsWith('?');
    const body = optional ? slot.slice(0, -1) : slot;
    for (const alternative of body.split('|')) {
      const first = alternative === '#' ? NUMBER_STEM : firstStemOf(alternative);
      if (first !== '') stems.add(first);
    }
    if (!optional) break;
  }
  return [...stems];
}

/**
 * The stem ids (`NUMBER_KEY` for a number) a match of the pattern can start with: precomputed
 * when a fast start supplied them (see `first-stems.ts`), else read from the pattern.
 */
export function firstKeysOfSource(source: string): readonly number[] {
  return (precomputedFirstStems(source) ?? firstStemsOfSource(source)).map(internStem);
}

/**
 * Compiles the cue pattern language (see `CueDefinition.pattern`) to stems. The source is
 * trusted: the package's patterns are data, held to `checkPattern` (`pattern-check.ts`) by a
 * lexicon test, so a malformed one fails there rather than matching nothing here.
 */
export function compilePattern(source: string): CompiledPattern {
  const slots = source.trim().split(/\s+/).map(compileSlot);
  const first = slots[0] as Slot;
  const oneWord =
    first.kind !== 'gap' &&
    !first.optional &&
    (first.kind === 'number' || first.alternatives.every((stems) => stems.length === 1));
  return {
    slots,
    match: slotsMatcher(slots),
    afterFirst: oneWord ? slotsMatcher(slots.slice(1)) : undefined,
  };
}
