import { describe, expect, it } from 'vitest';
import { CliError } from '../commands/errors.ts';
import { readCsv } from './read-csv.ts';
import type { InputRecord } from './record.ts';

async function read(text: string) {
  const records: InputRecord[] = [];
  for await (const record of readCsv(
    (async function* () {
      yield text;
    })(),
  ))
    records.push(...record);
  return records;
}

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

  it('refuses a header without a text column', async () => {
    await expect(read('id,body\n1,x\n')).rejects.toThrow(CliError);
    await expect(read('id,body\n1,x\n')).rejects.toThrow(/no "text" column/);
  });
});
