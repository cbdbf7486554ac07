import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { parseGold, parsePartialGold } from '../../scripts/eval/gold.ts';

/** A line labelled the quickest way: orientation and roles, no dimensions. */
const rolesOnly = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    text: 'Loyalty rebates for our top resellers.',
    orientation: 'customer',
    purchaser: 'top resellers',
    endUser: null,
    ...extra,
  });

describe('parsePartialGold', () => {
  it('keeps lines without dimensions, and lines without role keys', () => {
    const text = [
      rolesOnly('a'),
      JSON.stringify({ id: 'b', text: 'Toys for kids.', orientation: 'consumer' }),
      rolesOnly('c', { dimensions: { audience: 'customer', market: 'unknown' } }),
    ].join('\n');
    const set = parsePartialGold(text, 'x.jsonl');
    expect(set.problems).toEqual([]);
    expect(set.cases.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(set.cases[0]?.dimensions).toBeUndefined();
    expect(set.cases[2]?.dimensions).toEqual({ audience: 'customer', market: 'unknown' });
  });

  it('tells an absent role (not labelled) from a null one (the text names no one)', () => {
    const set = parsePartialGold(
      [rolesOnly('a'), JSON.stringify({ id: 'b', text: 'x', orientation: 'hybrid' })].join('\n'),
      'x.jsonl',
    );
    expect(set.cases[0]).toHaveProperty('endUser', null);
    expect(set.cases[1]).not.toHaveProperty('endUser');
    expect(set.cases[1]).not.toHaveProperty('purchaser');
  });

  it('still reports truly bad lines as file:line faults and keeps the rest', () => {
    const text = [
      rolesOnly('a'),
      '{oops',
      JSON.stringify({ id: 'b', orientation: 'customer' }),
      rolesOnly('c', { orientation: 'buyer' }),
      rolesOnly('d', { dimensions: { audiense: 'customer' } }),
      rolesOnly('e', { dimensions: { audience: 'both' } }),
      rolesOnly('f', { endUser: 3 }),
      rolesOnly('a'),
      rolesOnly('g'),
    ].join('\n');
    const set = parsePartialGold(text, 'x.jsonl');
    expect(set.cases.map((c) => c.id)).toEqual(['a', 'g']);
    expect(set.problems.map((p) => [p.line, p.fault.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'text'],
      [4, 'orientation'],
      [5, 'dimensions'],
      [6, 'dimensions.audience'],
      [7, 'endUser'],
      [8, 'duplicate id "a" (first on line 1)'],
    ]);
  });

  it('reads a full-format file exactly as the strict parser does', () => {
    const text = readFileSync(DEFAULT_GOLD, 'utf8');
    expect(parsePartialGold(text, 'dev')).toEqual(parseGold(text, 'dev'));
  });
});

describe('parseGold (strict, for training)', () => {
  it('still skips a line without dimensions', () => {
    const set = parseGold(rolesOnly('a'), 'x.jsonl');
    expect(set.cases).toEqual([]);
    expect(set.problems[0]?.fault).toMatch(/^dimensions: /);
  });
});
