/**
 * The longest text `classify` accepts, in UTF-16 code units. Past it `classify` throws
 * {@link TextTooLongError}; below it any string returns a result in linear time.
 */
export const MAX_TEXT_LENGTH = 2_000_000;
