/**
 * Whether two role texts name the same people, whatever their case and leading article or
 * possessive: "The gamers" and "gamers" are the same people, "parents" and "kids" are not.
 * `classify` and `assess` both judge "who pays is not who uses" by it.
 *
 * @module
 */

const people = (text: string) =>
  text.toLowerCase().replace(/^(?:the|our|these|those|their|your|its|a|an) /, '');

/** True when `a` and `b` name the same people (see the module's note). */
export const namesSamePeople = (a: string, b: string): boolean => people(a) === people(b);
