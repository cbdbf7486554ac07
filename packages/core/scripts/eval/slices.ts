import type { PartialGoldCase } from '../../src/schemas/input.ts';
import type { Orientation } from '../../src/schemas/vocabulary.ts';
import { noteTags } from './gold.ts';

/** The note tags the dev set uses, reported even when a file has none of them. */
export const KNOWN_TAGS = ['roles-differ', 'negation', 'short', 'informal', 'segment'] as const;

/** Orientation accuracy on the cases carrying one note tag. */
export interface SliceScore {
  tag: string;
  n: number;
  correct: number;
  /** correct / n, or null when no case carries the tag */
  accuracy: number | null;
}

/**
 * Orientation accuracy per note tag (`[roles-differ]`, `[negation]`, …). The known tags come first
 * in a fixed order, then any other tag found in the file, alphabetically.
 */
export function scoreSlices(
  cases: readonly PartialGoldCase[],
  predicted: readonly Orientation[],
): SliceScore[] {
  const tagsOf = cases.map((c) => noteTags(c.note));
  const extra = [...new Set(tagsOf.flat())]
    .filter((t) => !(KNOWN_TAGS as readonly string[]).includes(t))
    .sort();
  return [...KNOWN_TAGS, ...extra].map((tag) => {
    let n = 0;
    let correct = 0;
    cases.forEach((c, i) => {
      if (!tagsOf[i]?.includes(tag)) return;
      n += 1;
      if (predicted[i] === c.orientation) correct += 1;
    });
    return { tag, n, correct, accuracy: n === 0 ? null : correct / n };
  });
}
