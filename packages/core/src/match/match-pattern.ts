import type { Token } from '../text/tokenize.ts';
import type { CompiledPattern } from './pattern.ts';
import { isMatchable } from './slot-matchers.ts';

/**
 * Matches a compiled pattern at token `at`; returns the index just past the longest match,
 * or -1 when it does not match there.
 */
export function matchPatternAt(
  tokens: readonly Token[],
  pattern: CompiledPattern,
  at: number,
): number {
  if (!isMatchable(tokens[at])) return -1;
  const end = pattern.match(tokens, at);
  return end > at ? end : -1;
}
