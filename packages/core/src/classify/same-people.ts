/**
 * A role's words as the people they name, whatever their case and leading article or
 * possessive: "The gamers" and "gamers" are the same people, "parents" and "kids" are not.
 * `classify` and `assess` both judge "who pays is not who uses" by comparing these.
 *
 * @module
 */

/** The people `text` names, as a key that two wordings of the same people share. */
export const peopleNamed = (text: string): string =>
  text.toLowerCase().replace(/^(?:the|our|these|those|their|your|its|a|an) /, '');
