/**
 * The well-formedness of a pattern source, checked apart from compiling it: the classifier
 * trusts the lexicon's patterns (they are data), so these messages stay out of its bundle, and a
 * lexicon test holds every pattern to them instead.
 *
 * @module
 */
import { stemsOf } from './pattern.ts';

/**
 * Throws unless `source` is a well-formed pattern (see `CueDefinition.pattern`): a match must be
 * able to start (some required slot, and no gap before it), and every slot of words must have
 * a word to match.
 */
export function checkPattern(source: string): void {
  const slots = source.trim().split(/\s+/);
  // Gaps are never optional: the first required slot is the first gap, if it comes first.
  const start = slots.find((slot) => !slot.endsWith('?'));
  if (start === undefined) throw new Error('A pattern needs at least one required slot');
  if (start === '*' || start === '**') throw new Error('A pattern cannot start with a gap');
  for (const slot of slots) {
    if (slot === '*' || slot === '**') continue;
    const words = slot
      .replace(/\?$/, '')
      .split('|')
      .filter((word) => word !== '#');
    // A slot of `#` alone matches a number.
    if (words.length > 0 && words.every((word) => stemsOf(word).length === 0))
      throw new Error(`Empty slot "${slot}"`);
  }
}
