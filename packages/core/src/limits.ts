/**
 * The longest text `classify` accepts, in UTF-16 code units. Past it `classify` throws
 * {@link TextTooLongError}; below it any string returns a result in linear time.
 */
export const MAX_TEXT_LENGTH = 2_000_000;

/**
 * The most evidence spans a dimension lists by default (`maxEvidence`, which the API's schema also
 * caps at this): a brief has a handful, and a megabyte of text would otherwise list hundreds of
 * thousands.
 */
export const MAX_EVIDENCE = 100;
