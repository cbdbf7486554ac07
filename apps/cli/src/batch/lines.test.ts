import { describe, expect, it } from 'vitest';
import { type Line, splitLines } from './lines.ts';

async function collect(chunks: (string | Uint8Array)[], maxLineBytes?: number) {
  const lines: Line[] = [];
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const group of splitLines(source, maxLineBytes)) lines.push(...group);
  return lines;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('splitLines', () => {
  it('joins lines split across chunks and splits on LF, leaving a CR before it to the reader', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n', 'g'])).toEqual(['abc\r', 'def', 'g']);
  });

  it('does not invent a line after a final newline, but keeps blank lines', async () => {
    expect(await collect(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });

  it('decodes a multi-byte character split between byte chunks', async () => {
    const encoded = bytes('café ☕\n');
    expect(
      await collect([encoded.subarray(0, 4), encoded.subarray(4, 8), encoded.subarray(8)]),
    ).toEqual(['café ☕']);
  });

  it('drops a byte-order mark at the start of the input only, and reads a lone mark as empty', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(await collect([bom.subarray(0, 1), bom.subarray(1), bytes('a\n\uFEFFb\n')])).toEqual([
      'a',
      '\uFEFFb',
    ]);
    expect(await collect([bom])).toEqual([]);
  });

  it('turns a line that is not UTF-8 into a fault for that line alone, with a lossy text', async () => {
    const bad = new Uint8Array([...bytes('{"text":"bad '), 0xff, ...bytes(' bytes"}\n')]);
    const lines = await collect([bytes('{"text":"one"}\n'), bad, bytes('{"text":"two"}\n')]);
    expect(lines).toEqual([
      '{"text":"one"}',
      { error: expect.stringMatching(/^invalid UTF-8/), text: '{"text":"bad \uFFFD bytes"}' },
      '{"text":"two"}',
    ]);
  });

  it('finds a bad line among good ones in one chunk, and at the end without a newline', async () => {
    const chunk = new Uint8Array([...bytes('a\nb'), 0xc3, ...bytes('\nc\nd'), 0xe2, 0x82]);
    const lines = await collect([chunk]);
    expect(lines[0]).toBe('a');
    expect(lines[1]).toMatchObject({ error: expect.stringMatching(/^invalid UTF-8/) });
    expect(lines[2]).toBe('c');
    expect(lines[3]).toMatchObject({ error: expect.stringMatching(/^invalid UTF-8/) });
    expect(lines).toHaveLength(4);
  });

  it('drops the text of a line past the limit and reports its length at its newline', async () => {
    const long = ['{"text":"', 'x'.repeat(8), 'y'.repeat(8), 'z"}\nnext\n'];
    expect(await collect(long, 16)).toEqual([
      { error: 'the line is 28 bytes long; the limit is 16 bytes' },
      'next',
    ]);
    // within one chunk, and as the last line of the input
    expect(await collect(['short\n0123456789abcdefgh\nok\n0123456789abcdefgh'], 16)).toEqual([
      'short',
      { error: 'the line is 18 bytes long; the limit is 16 bytes' },
      'ok',
      { error: 'the line is 18 bytes long; the limit is 16 bytes' },
    ]);
  });
});
