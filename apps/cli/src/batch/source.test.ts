import { describe, expect, it } from 'vitest';
import { formatFromExtension, peekFormat, sniffFormat } from './source.ts';

describe('input format', () => {
  it('follows the extension when it names a format', () => {
    expect(formatFromExtension('a/b.JSONL')).toBe('jsonl');
    expect(formatFromExtension('b.ndjson')).toBe('jsonl');
    expect(formatFromExtension('b.csv')).toBe('csv');
    expect(formatFromExtension('b.txt')).toBeUndefined();
    expect(formatFromExtension('-')).toBeUndefined();
  });

  it('sniffs CSV from a header naming a text column, JSONL from a line that starts like JSON', () => {
    expect(sniffFormat('\uFEFF  {"text":"a"}')).toBe('jsonl');
    for (const line of ['42', '[1,2]', '"just a string"', '-1', 'true', 'false', 'null']) {
      expect(sniffFormat(`${line}\n{"text":"a"}\n`), line).toBe('jsonl');
    }
    for (const header of [
      'id,text\n',
      '"id","text"\r\n',
      '"text"\n',
      'Text\n',
      '42,text\n',
      'body\n',
    ]) {
      expect(sniffFormat(header), header).toBe('csv');
    }
    // A whole JSON value is JSONL, whatever words it holds between commas.
    expect(sniffFormat('{"text":"Ads, text, and video to kids"}\n')).toBe('jsonl');
    expect(sniffFormat('"id,text"\n')).toBe('jsonl');
  });

  it('reads an empty input as JSONL: no records either way', () => {
    expect(sniffFormat('')).toBe('jsonl');
    expect(sniffFormat('\uFEFF')).toBe('jsonl');
  });

  it('peeks past a first chunk too short to tell', async () => {
    const { format } = await peekFormat(
      (async function* () {
        yield '';
        yield 'id,te';
        yield 'xt\n1,hi\n';
      })(),
    );
    expect(format).toBe('csv');
  });

  it('peeks without losing the first chunk', async () => {
    const { format, chunks } = await peekFormat(
      (async function* () {
        yield '{"text":"a"}\n';
        yield '{"text":"b"}\n';
      })(),
    );
    const seen: string[] = [];
    for await (const chunk of chunks) seen.push(String(chunk));
    expect(format).toBe('jsonl');
    expect(seen.join('')).toBe('{"text":"a"}\n{"text":"b"}\n');
  });
});
