/**
 * One input record of a batch, checked: either a text to classify (with its id) or a fault
 * that names the line and what is wrong.
 *
 * @module
 */
import { MAX_TEXT_LENGTH } from '@marketlens/core';

/** An id as the input gave it: a string or a number. */
export type RecordId = string | number;

/** A record ready to classify. */
export type GoodRecord = { ok: true; line: number; id: RecordId; text: string };
/** A record that cannot be classified, and why. */
export type BadRecord = { ok: false; line: number; id?: RecordId; error: string };
/** What a reader yields, one per input record, in input order. */
export type InputRecord = GoodRecord | BadRecord;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * An id is a string or a number JSON keeps exactly (a whole number within ±2^53 − 1): a larger
 * one has already been rounded by the parser, and two such ids could come out the same. An
 * empty string or null is no id (the line number stands in). `written` is the id as the input
 * wrote it, for the message.
 */
function checkId(value: unknown, written?: string): { id?: RecordId; error?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') return { id: value };
  if (typeof value === 'number') {
    // Near 2^53 a fraction written out ("9007199254740991.0000001") parses to a whole number: as
    // written, it is none.
    const wholeAsWritten = written === undefined || /^-?\d+$/.test(written);
    if (Number.isSafeInteger(value) && wholeAsWritten) return { id: value };
    const text = written ?? String(value);
    const fault = !Number.isFinite(value)
      ? 'is out of range for a number'
      : !Number.isInteger(value) || !wholeAsWritten
        ? 'is not a whole number'
        : `is too far from 0 to keep exactly as a number (the limit is ±${Number.MAX_SAFE_INTEGER})`;
    return { error: `"id" ${text} ${fault}; write it as a string: "${text}"` };
  }
  return { error: `"id" must be a string or a number, got ${describe(value)}` };
}

/** The top-level `"id"` of the JSON object `source` as written (JSON.parse rounds numbers). */
function idAsWritten(source: string): string | undefined {
  const written = new Map<unknown, string>();
  let id: string | undefined;
  try {
    JSON.parse(
      source,
      function (this: unknown, key: string, value: unknown, context?: { source?: string }) {
        if (key === 'id' && context?.source !== undefined) written.set(this, context.source);
        if (key === '') id = written.get(value);
        return value;
      },
    );
  } catch {
    // parsed once already: cannot fail
  }
  return id;
}

/**
 * Checks the fields of one record (a parsed JSON object or a CSV row) at `line`; `idWritten`
 * is the id as the input wrote it, when that says more than the parsed value.
 */
export function checkFields(
  fields: Record<string, unknown>,
  line: number,
  idWritten?: string,
): InputRecord {
  const { id, error: idError } = checkId(fields.id, idWritten);
  const withId = id === undefined ? {} : { id };
  if (idError !== undefined) return { ok: false, line, error: idError };
  const text = fields.text;
  if (text === undefined) return { ok: false, line, ...withId, error: 'missing "text"' };
  if (typeof text !== 'string') {
    return { ok: false, line, ...withId, error: `"text" must be a string, got ${describe(text)}` };
  }
  if (text.length > MAX_TEXT_LENGTH) {
    const error = `"text" is ${text.length} characters long; the limit is ${MAX_TEXT_LENGTH}`;
    return { ok: false, line, ...withId, error };
  }
  return { ok: true, line, id: id ?? line, text };
}

/** Parses and checks one JSONL line; `line` is its 1-based number. */
export function parseJsonLine(source: string, line: number): InputRecord {
  if (source.trim() === '') {
    return { ok: false, line, error: 'empty line (expected a JSON object with a "text" string)' };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, line, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      line,
      error: `expected a JSON object with a "text" string, got ${describe(value)}`,
    };
  }
  const fields = value as Record<string, unknown>;
  // Numbers from 2^52 on may have been rounded by the parser: read them as written.
  const inexact =
    typeof fields.id === 'number' &&
    (!Number.isSafeInteger(fields.id) || Math.abs(fields.id) >= 2 ** 52);
  return checkFields(fields, line, inexact ? idAsWritten(source) : undefined);
}
