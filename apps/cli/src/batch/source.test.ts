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

  it('sniffs JSONL from an opening brace, CSV otherwise', () => {
    expect(sniffFormat('\uFEFF  {"text":"a"}')).toBe('jsonl');
    expect(sniffFormat('id,text\n')).toBe('csv');
    expect(sniffFormat('')).toBe('csv');
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
