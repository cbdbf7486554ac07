import { MAX_TEXT_LENGTH } from '../limits.ts';

/**
 * Thrown by `classify` when the text is longer than {@link MAX_TEXT_LENGTH}. The only error
 * `classify` throws for a string: every shorter one, however odd, gets a result (a value that
 * is no string at all is a `TypeError`).
 */
export class TextTooLongError extends RangeError {
  /** Stable machine-readable code. */
  readonly code = 'TEXT_TOO_LONG';
  /** Length of the rejected text, in UTF-16 code units. */
  readonly length: number;
  /** The limit it exceeded. */
  readonly limit: number;

  constructor(length: number, limit: number = MAX_TEXT_LENGTH) {
    super(`Text is ${length} characters long; the limit is ${limit}.`);
    this.name = 'TextTooLongError';
    this.length = length;
    this.limit = limit;
  }
}
