import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CliError } from '../commands/errors.ts';
import { readCsv } from './read-csv.ts';
import type { InputRecord } from './record.ts';

async function read(text: string | (string | Uint8Array)[], maxRecordBytes?: number) {
  const records: InputRecord[] = [];
  const chunks = (async function* () {
    yield* typeof text === 'string' ? [text] : text;
  })();
  for await (const group of readCsv(chunks, maxRecordBytes)) records.push(...group);
  return records;
}

const CARTOON = 'Cartoon ads to kids';
const LOYALTY = 'Loyalty rebates for resellers';

describe('readCsv', () => {
  it('reads a text column with quoted commas, quotes and new lines; ids from the id column', async () => {
    const records = await read(
      'id,text\nA,"Rebates, renewals and ""loyalty"""\nB,"two\nlines"\n,no id here\n',
    );
    expect(records).toEqual([
      { ok: true, line: 2, id: 'A', text: 'Rebates, renewals and "loyalty"' },
      { ok: true, line: 3, id: 'B', text: 'two\nlines' },
      { ok: true, line: 5, id: 5, text: 'no id here' },
    ]);
  });

  it('finds the columns by name, in any order and case, without an id column', async () => {
    expect(await read('Text,other\nhello,x\n')).toEqual([
      { ok: true, line: 2, id: 2, text: 'hello' },
    ]);
  });

  it('reports rows with the wrong number of fields and empty lines, and goes on', async () => {
    const records = await read('id,text\n1,ok\n2,too,many\n\n3,fine\n');
    expect(records.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(records[1]).toMatchObject({ line: 3, error: 'the row has 3 fields, the header has 2' });
    expect(records[2]).toMatchObject({ line: 4, error: expect.stringMatching(/empty line/) });
    expect(records[3]).toMatchObject({ line: 5, id: '3' });
  });

  it('turns a malformed quote into an error record with its line', async () => {
    const records = await read('id,text\n1,ok\n2,"bad"x\n');
    expect(records[0]).toMatchObject({ ok: true, id: '1' });
    expect(records[1]).toMatchObject({
      ok: false,
      line: 3,
      error: expect.stringMatching(/^invalid CSV/),
    });
  });

  it('reads an empty input (or only a byte-order mark) as no records', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\uFEFF')).toEqual([]);
  });

  it('takes the first line with fields as the header, past blank lines', async () => {
    const records = await read('\n\r\nid,text\n1,Loyalty rebates\n');
    expect(records).toEqual([expect.objectContaining({ ok: true, id: '1', line: 4 })]);
  });

  it('refuses a header without a text column', async () => {
    await expect(read('id,body\n1,x\n')).rejects.toThrow(CliError);
    await expect(read('id,body\n1,x\n')).rejects.toThrow(/no "text" column/);
  });

  it('gives a stray quote after a closing quote one error record and loses no other row', async () => {
    const records = await read(`id,text\n1,"x"y\n2,${CARTOON}\n3,${LOYALTY}\n`);
    expect(records).toEqual([
      { ok: false, line: 2, error: expect.stringMatching(/^invalid CSV: stray quote/) },
      { ok: true, line: 3, id: '2', text: CARTOON },
      { ok: true, line: 4, id: '3', text: LOYALTY },
    ]);
  });

  it('gives a row with several stray quotes one error record', async () => {
    const records = await read('id,text,z\n1,"a "b" c",x\n2,ok,y\n3,a"b,z\n4,fine,z\n');
    expect(records.map((r) => [r.line, r.ok])).toEqual([
      [2, false],
      [3, true],
      [4, false],
      [5, true],
    ]);
    expect(records[2]).toMatchObject({ error: expect.stringMatching(/stray quote in field 2/) });
  });

  it('blames an unterminated quote on the line where its row starts, and reads on from the next', async () => {
    const records = await read('id,text\n1,fine\n2,"unterminated\n3,after\n4,after2\n');
    expect(records).toEqual([
      { ok: true, line: 2, id: '1', text: 'fine' },
      {
        ok: false,
        line: 3,
        error:
          'invalid CSV: unterminated quoted field: the quote opened on this line is never closed',
      },
      { ok: true, line: 4, id: '3', text: 'after' },
      { ok: true, line: 5, id: '4', text: 'after2' },
    ]);
  });

  it('reads on after a quote that a later row seems to close', async () => {
    const records = await read(`id,text\n3,"Kids' shoes\n4,${CARTOON}\n5,"Quoted, ok"\n`);
    expect(records).toEqual([
      {
        ok: false,
        line: 2,
        error: expect.stringMatching(/^invalid CSV: unterminated quoted field/),
      },
      { ok: true, line: 3, id: '4', text: CARTOON },
      { ok: true, line: 4, id: '5', text: 'Quoted, ok' },
    ]);
  });

  it('gives up on an open quote past the record limit, and reads on from the next line', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${i + 3},row ${i + 3}`).join('\n');
    const records = await read(`id,text\n2,"open\n${rows}\n`, 40);
    expect(records[0]).toEqual({
      ok: false,
      line: 2,
      error:
        'invalid CSV: unterminated quoted field: the quote opened on this line is not closed within 40 bytes',
    });
    expect(records.slice(1).map((r) => [r.line, r.ok && r.text])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 3, `row ${i + 3}`]),
    );
  });

  it('reports a line past the record limit by its length', async () => {
    const records = await read(['id,text\n1,', 'x'.repeat(50), '\n2,ok\n'], 40);
    expect(records).toEqual([
      { ok: false, line: 2, error: 'the line is 52 bytes long; the limit is 40 bytes' },
      { ok: true, line: 3, id: '2', text: 'ok' },
    ]);
  });

  it('refuses a header with a stray quote instead of taking a row for the header', async () => {
    await expect(read('id,"te"xt\n1,fine\n')).rejects.toThrow(
      /^line 1: the CSV header is not valid CSV: stray quote in field 2/,
    );
  });

  it('keeps line numbers with CRLF, a byte-order mark and CRLF inside quotes', async () => {
    const records = await read('\uFEFFid,text\r\n1,"two\r\nlines"\r\n\r\n2,x\r\n');
    expect(records).toEqual([
      { ok: true, line: 2, id: '1', text: 'two\r\nlines' },
      { ok: false, line: 4, error: expect.stringMatching(/empty line/) },
      { ok: true, line: 5, id: '2', text: 'x' },
    ]);
  });

  it('reads the same rows whatever the chunks', async () => {
    const text = `id,text\n1,"a ""quoted""\nsecond"\n2,"x"y\n3,"open\n4,${CARTOON}\n`;
    const whole = await read(text);
    expect(whole.map((r) => r.line)).toEqual([2, 4, 5, 6]);
    expect(whole[0]).toMatchObject({ ok: true, text: 'a "quoted"\nsecond' });
    expect(whole[2]).toMatchObject({ ok: false, error: expect.stringMatching(/unterminated/) });
    expect(whole[3]).toMatchObject({ ok: true, text: CARTOON });
    expect(await read([...text])).toEqual(whole);
  });

  it('makes blank lines error records in a one-column CSV too', async () => {
    const records = await read(`text\n\n${CARTOON}\n\n`);
    expect(records).toEqual([
      { ok: false, line: 2, error: expect.stringMatching(/empty line/) },
      { ok: true, line: 3, id: 3, text: CARTOON },
      { ok: false, line: 4, error: expect.stringMatching(/empty line/) },
    ]);
    // A quoted empty field is an empty text, as {"text": ""} is in JSONL.
    expect(await read('text\n""\n')).toEqual([{ ok: true, line: 2, id: 2, text: '' }]);
  });

  it('makes a row that is not UTF-8 an error record at the line where it starts', async () => {
    const bad = Buffer.from('2,"bad \xff\nstill quoted"\n', 'latin1');
    const records = await read(['id,text\n1,ok\n', bad, '3,fine\n']);
    expect(records).toEqual([
      { ok: true, line: 2, id: '1', text: 'ok' },
      { ok: false, line: 3, error: expect.stringMatching(/^invalid UTF-8/) },
      { ok: true, line: 5, id: '3', text: 'fine' },
    ]);
  });

  it('gives each row one record, and keeps every other row, whatever stray quotes one row has', async () => {
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % below;
    };
    const field = () => Array.from({ length: 1 + random(8) }, () => 'ab ,"xé'[random(7)]).join('');
    for (let round = 0; round < 300; round += 1) {
      const rows = [
        ['id', 'text'],
        ...Array.from({ length: 2 + random(5) }, (_, i) => [`i${i}`, field()]),
      ];
      const lines = stringify(rows).slice(0, -1).split('\n');
      const broken = 1 + random(rows.length - 1);
      for (let quotes = 1 + random(3); quotes > 0; quotes -= 1) {
        const at = random((lines[broken] as string).length + 1);
        lines[broken] = `${lines[broken]?.slice(0, at)}"${lines[broken]?.slice(at)}`;
      }
      const records = await read(`${lines.join('\n')}\n`);
      const input = JSON.stringify(lines);
      expect(
        records.map((r) => r.line),
        input,
      ).toEqual(rows.slice(1).map((_, i) => i + 2));
      records.forEach((record, i) => {
        if (i + 1 !== broken)
          expect(record, input).toMatchObject({ ok: true, text: rows[i + 1]?.[1] });
      });
    }
  });
});
