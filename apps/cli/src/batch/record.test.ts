import { describe, expect, it } from 'vitest';
import { checkFields, parseJsonLine } from './record.ts';

describe('parseJsonLine', () => {
  it('accepts {id, text} and keeps the id as given', () => {
    expect(parseJsonLine('{"id":"a-1","text":"hi"}', 3)).toEqual({
      ok: true,
      line: 3,
      id: 'a-1',
      text: 'hi',
    });
    expect(parseJsonLine('{"id":7,"text":"hi"}', 3)).toMatchObject({ ok: true, id: 7 });
  });

  it('uses the line number when there is no id', () => {
    expect(parseJsonLine('{"text":"hi"}', 12)).toMatchObject({ ok: true, id: 12, line: 12 });
    expect(parseJsonLine('{"id":null,"text":"hi"}', 4)).toMatchObject({ ok: true, id: 4 });
  });

  it.each([
    ['', /empty line/],
    ['   ', /empty line/],
    ['{"text": "unterminated', /^invalid JSON: /],
    ['[1,2]', /got an array/],
    ['"just a string"', /got a string/],
    ['null', /got null/],
    ['{"id":"x"}', /missing "text"/],
    ['{"text":42}', /"text" must be a string, got a number/],
    ['{"text":null}', /"text" must be a string, got null/],
    ['{"id":{},"text":"hi"}', /"id" must be a string or a number, got an object/],
  ])('reports %j as a bad record naming the fault', (line, error) => {
    const record = parseJsonLine(line, 9);
    expect(record.ok).toBe(false);
    expect(record).toMatchObject({ line: 9, error: expect.stringMatching(error) });
  });

  it('keeps a valid id on a bad record', () => {
    expect(parseJsonLine('{"id":"k","text":1}', 2)).toMatchObject({ ok: false, id: 'k' });
  });

  it('rejects a text over the core limit', () => {
    const record = checkFields({ text: 'x'.repeat(2_000_001) }, 1);
    expect(record).toMatchObject({ ok: false, error: expect.stringMatching(/limit is 2000000/) });
  });

  it('refuses a number id it cannot keep exactly, shows it as written, and says to quote it', () => {
    expect(parseJsonLine('{"id":12345678901234567891,"text":"hi"}', 2)).toEqual({
      ok: false,
      line: 2,
      error:
        '"id" 12345678901234567891 is too far from 0 to keep exactly as a number (the limit is ±9007199254740991); write it as a string: "12345678901234567891"',
    });
    expect(parseJsonLine('{"id":1.5e400,"text":"hi"}', 3)).toEqual({
      ok: false,
      line: 3,
      error: '"id" 1.5e400 is out of range for a number; write it as a string: "1.5e400"',
    });
    expect(parseJsonLine('{"id":2.5,"text":"hi"}', 4)).toEqual({
      ok: false,
      line: 4,
      error: '"id" 2.5 is not a whole number; write it as a string: "2.5"',
    });
    // The id at the top, not one nested in another field.
    expect(parseJsonLine('{"meta":{"id":1},"id":9007199254740993,"text":"hi"}', 5)).toMatchObject({
      error: expect.stringMatching(/^"id" 9007199254740993 is too far from 0/),
    });
    // A fraction near 2^53 that the parser rounds to a whole number is none as written.
    for (const written of ['9007199254740991.0000001', '90071992547409911e-1'])
      expect(parseJsonLine(`{"id":${written},"text":"hi"}`, 6)).toMatchObject({
        ok: false,
        error: `"id" ${written} is not a whole number; write it as a string: "${written}"`,
      });
    expect(parseJsonLine('{"id":-9007199254740992,"text":"hi"}', 7)).toMatchObject({
      error: expect.stringMatching(/too far from 0 .*limit is ±9007199254740991/),
    });
  });

  it('keeps whole number ids up to the largest exact one, either sign', () => {
    expect(parseJsonLine('{"id":9007199254740991,"text":"hi"}', 1)).toMatchObject({
      ok: true,
      id: 9007199254740991,
    });
    expect(parseJsonLine('{"id":-3,"text":"hi"}', 1)).toMatchObject({ ok: true, id: -3 });
  });

  it('takes an empty id as none: the line number stands in', () => {
    expect(parseJsonLine('{"id":"","text":"hi"}', 6)).toMatchObject({ ok: true, id: 6 });
  });
});
