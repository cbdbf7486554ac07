/**
 * "Used to" as a habit given up ("regulars who used to come in"): no use of a product, though
 * "used" stems as "use" does.
 *
 * @module
 */
import { normAt, type Token } from '../text/tokenize.ts';

/** True when the word at `at` is the "used" of "used to". */
export const isUsedTo = (tokens: readonly Token[], at: number): boolean =>
  normAt(tokens, at) === 'used' && normAt(tokens, at + 1) === 'to';
