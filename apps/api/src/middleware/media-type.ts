/**
 * A `Content-Type` parser that follows RFC 9110 §8.3.1: `type "/" subtype *( OWS ";" OWS
 * [ name "=" ( token / quoted-string ) ] )`. Type, subtype and parameter names are
 * case-insensitive and come back in lower case; parameter values keep their case, unquoted.
 *
 * @module
 */

/** A parsed media type. */
export interface MediaType {
  /** The top-level type, lower case, e.g. `application`. */
  type: string;
  /** The subtype, lower case, e.g. `json` or `ld+json`. */
  subtype: string;
  /** The parameters in order, names in lower case, quoted values unescaped. */
  parameters: readonly (readonly [name: string, value: string])[];
}

// tchar (RFC 9110 §5.6.2) and quoted-string (§5.6.4), as sticky patterns for a scanner.
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const ESSENCE = new RegExp(`(${TOKEN})/(${TOKEN})`, 'y');
const SEPARATOR = /[ \t]*;[ \t]*/y;
const PARAMETER = new RegExp(
  `(${TOKEN})=(?:(${TOKEN})|"((?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t \\x21-\\x7e\\x80-\\xff])*)")`,
  'y',
);
const TRAILING_SPACE = /[ \t]*$/y;

/** Matches `pattern` at `offset` in `value`, or returns null. */
function matchAt(pattern: RegExp, value: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(value);
}

/**
 * Parses a `Content-Type` value, or returns `null` when it does not follow the grammar.
 *
 * @example
 * ```ts
 * parseMediaType('Application/JSON ; charset="UTF-8"');
 * // { type: 'application', subtype: 'json', parameters: [['charset', 'UTF-8']] }
 * parseMediaType('application/json; charset'); // null (a parameter needs "=")
 * ```
 */
export function parseMediaType(value: string): MediaType | null {
  const essence = matchAt(ESSENCE, value, 0);
  if (essence === null) return null;
  const parameters: (readonly [string, string])[] = [];
  let offset = ESSENCE.lastIndex;
  for (;;) {
    if (matchAt(SEPARATOR, value, offset) === null) break;
    offset = SEPARATOR.lastIndex;
    const parameter = matchAt(PARAMETER, value, offset);
    if (parameter === null) continue; // an empty parameter, as in "application/json;"
    offset = PARAMETER.lastIndex;
    const [, name = '', token, quoted] = parameter;
    parameters.push([name.toLowerCase(), token ?? (quoted ?? '').replace(/\\(.)/gs, '$1')]);
  }
  if (matchAt(TRAILING_SPACE, value, offset) === null) return null;
  const [, type = '', subtype = ''] = essence;
  return { type: type.toLowerCase(), subtype: subtype.toLowerCase(), parameters };
}
