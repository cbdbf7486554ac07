import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';

async function collect(chunks: (string | Uint8Array)[]) {
  const lines: string[] = [];
  for await (const group of splitLines(
    (async function* () {
      yield* chunks;
    })(),
  ))
    lines.push(...group);
  return lines;
}

describe('splitLines', () => {
  it('joins lines split across chunks and drops LF and CRLF', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n', 'g'])).toEqual(['abc', 'def', 'g']);
  });

  it('does not invent a line after a final newline, but keeps blank lines', async () => {
    expect(await collect(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('decodes a multi-byte character split between byte chunks', async () => {
    const bytes = new TextEncoder().encode('café ☕\n');
    expect(await collect([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)])).toEqual([
      'café ☕',
    ]);
  });
});
