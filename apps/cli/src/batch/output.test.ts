import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createOutputWriter } from './output.ts';

/**
 * A stream that finishes each write a turn later. As a file or a pipe (`fd`), it takes the bytes
 * only when it finishes; otherwise it keeps each chunk itself. Either way a writer that reused a
 * buffer too soon would show in the text.
 */
function slowSink(fd: boolean) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!fd) chunks.push(chunk);
      setImmediate(() => {
        if (fd) chunks.push(Buffer.from(chunk));
        done();
      });
    },
  });
  if (fd) Object.assign(stream, { fd: 99 });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('createOutputWriter', () => {
  it.each([true, false])('writes every line once, in order (file descriptor: %s)', async (fd) => {
    const sink = slowSink(fd);
    const writer = createOutputWriter(sink.stream, 'jsonl', 64);
    const lines = Array.from({ length: 200 }, (_, i) => `{"id":${i},"text":"brief ${i} – ok"}\n`);
    for (let i = 0; i < lines.length; i += 7) await writer.writeLines(lines.slice(i, i + 7));
    await writer.end();
    expect(sink.text()).toBe(lines.join(''));
  });

  it.each([true, false])(
    'writes a line longer than a buffer, and bytes encoded elsewhere, in place (file descriptor: %s)',
    async (fd) => {
      const sink = slowSink(fd);
      const writer = createOutputWriter(sink.stream, 'jsonl', 32);
      const long = `${'x'.repeat(100)}\n`;
      await writer.writeLines(['a\n', long, 'b\n']);
      await writer.writeBytes(new TextEncoder().encode('c\nd\n'));
      await writer.writeLines(['e\n']);
      await writer.end();
      expect(sink.text()).toBe(`a\n${long}b\nc\nd\ne\n`);
    },
  );

  it('starts a CSV output with its header row', async () => {
    const sink = slowSink(true);
    const writer = createOutputWriter(sink.stream, 'csv');
    await writer.end();
    expect(sink.text().split('\n')[0]).toMatch(/^id,line,orientation,/);
  });

  it('reports a stream that fails', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('disk full'));
      },
    });
    stream.on('error', () => {});
    const writer = createOutputWriter(stream, 'jsonl', 16);
    await writer.writeLines(['0123456789\n', '0123456789\n']);
    await expect(writer.end()).rejects.toThrow('disk full');
  });
});
