import { describe, expect, it } from 'vitest';
import { decodeStemTable, encodeStemTable } from './stem-table.ts';

describe('stem table encoding', () => {
  const pairs: [string, string][] = [
    ['a', 'a'],
    ['accounts', 'account'],
    ['advocacy', 'advocaci'],
    ['buyers', 'buy~'],
    ['advisor', 'advisor~'],
    ['abandoning', 'abandon'],
  ];

  it('writes each stem as the edit from its word, each word after what it shares with the last', () => {
    expect(encodeStemTable(pairs)).toBe('0a 1ccounts 1dvocacy 0buyers:3 0advisor 1bandoning');
  });

  it('shares at most nine letters, and a word may be all prefix', () => {
    const shared: [string, string][] = [
      ['internationally', 'internation'],
      ['internationals', 'internation'],
      ['intern', 'intern'],
    ];
    expect(encodeStemTable(shared)).toBe('0internationally:4 9onals:3 6');
    expect([...decodeStemTable(encodeStemTable(shared))]).toEqual(shared);
  });

  it('reads back exactly what it wrote', () => {
    expect([...decodeStemTable(encodeStemTable(pairs))]).toEqual(pairs);
  });

  it('reads cuts of two digits and an edit on the last entry', () => {
    const long: [string, string][] = [
      ['internationalisation', 'internation'],
      ['retailers', 'retail~'],
    ];
    expect(encodeStemTable(long)).toBe('0internationalisation:9 0retailers:3');
    expect([...decodeStemTable('0customerisations:12 0retailers:3')]).toEqual([
      ['customerisations', 'cust'],
      ['retailers', 'retail~'],
    ]);
  });

  it('writes an edit only where the common endings guess the stem wrong, ":" when it is the word', () => {
    const pairs: [string, string][] = [
      ['news', 'news'],
      ['policies', 'polici'],
      ['renewed', 'renew'],
      ['retention', 'retent'],
      ['sizing', 'size'],
    ];
    expect(encodeStemTable(pairs)).toBe('0news: 0policies 0renewed 2tention:3 0sizing:3e');
    expect([...decodeStemTable(encodeStemTable(pairs))]).toEqual(pairs);
  });

  it("leaves an agent noun's mark implied, and refuses such a stem without it", () => {
    expect(decodeStemTable('0buyers:3 0sellers').get('sellers')).toBe('seller~');
    expect(() => encodeStemTable([['buyers', 'buy']])).toThrow(/agent mark/);
  });

  it('reads an empty table as empty', () => {
    expect(decodeStemTable('').size).toBe(0);
  });
});
