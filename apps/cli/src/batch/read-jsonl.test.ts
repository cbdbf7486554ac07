import { describe, expect, it } from 'vitest';
import { readJsonl } from './read-jsonl.ts';
import type { InputRecord } from './record.ts';

async function read(chunks: (string | Uint8Array)[], maxLineBytes?: number) {
  const records: InputRecord[] = [];
  const source = (async function* () {
    yield* chunks;
  })();
  for await (const group of readJsonl(source, maxLineBytes)) records.push(...group);
  return records;
}

describe('readJsonl', () => {
  it('numbers lines from 1, reads CRLF, and drops a byte-order mark', async () => {
    const records = await read(['\uFEFF{"text":"a"}\r\n', '\r\n{"id":"b","text":"b"}\r\n']);
    expect(records).toEqual([
      { ok: true, line: 1, id: 1, text: 'a' },
      { ok: false, line: 2, error: expect.stringMatching(/empty line/) },
      { ok: true, line: 3, id: 'b', text: 'b' },
    ]);
  });

  it('makes a line that is not UTF-8 an error record, and goes on', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"text":"bad '),
      Buffer.from([0xff]),
      Buffer.from('"}\n'),
    ]);
    const records = await read([bad, '{"text":"good"}\n']);
    expect(records).toEqual([
      { ok: false, line: 1, error: expect.stringMatching(/^invalid UTF-8/) },
      { ok: true, line: 2, id: 2, text: 'good' },
    ]);
  });

  it('rejects a line past the limit by its length, without reading it, and goes on', async () => {
    const records = await read(['{"text":"', 'x'.repeat(40), '"}\n{"text":"ok"}\n'], 32);
    expect(records).toEqual([
      { ok: false, line: 1, error: 'the line is 51 bytes long; the limit is 32 bytes' },
      { ok: true, line: 2, id: 2, text: 'ok' },
    ]);
  });
});
