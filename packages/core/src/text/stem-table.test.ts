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

  it('writes each stem as the edit from its word', () => {
    expect(encodeStemTable(pairs)).toBe(
      'a accounts:1 advocacy:1i buyers:3~ advisor:~ abandoning:3',
    );
  });

  it('reads back exactly what it wrote', () => {
    expect([...decodeStemTable(encodeStemTable(pairs))]).toEqual(pairs);
  });

  it('reads cuts of two digits and an edit on the last entry', () => {
    const long: [string, string][] = [
      ['internationalisation', 'internation'],
      ['retailers', 'retail~'],
    ];
    expect(encodeStemTable(long)).toBe('internationalisation:9 retailers:3~');
    expect([...decodeStemTable('customerisations:12 retailers:3~')]).toEqual([
      ['customerisations', 'cust'],
      ['retailers', 'retail~'],
    ]);
  });

  it('reads an empty table as empty', () => {
    expect(decodeStemTable('').size).toBe(0);
  });
});
