import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { loadGold, noteTags, parseGold } from '../../scripts/eval/gold.ts';

const good = (id: string) =>
  JSON.stringify({
    id,
    text: 'Loyalty rebates for our top resellers.',
    orientation: 'customer',
    dimensions: {
      scope: 'customer',
      audience: 'customer',
      focus: 'customer',
      relationship: 'unknown',
      emphasis: 'customer',
      insight: 'unknown',
      market: 'customer',
    },
    purchaser: 'top resellers',
    endUser: null,
    note: '[short] trade loyalty',
  });

describe('parseGold', () => {
  it('keeps good lines, and reports each bad one with file:line and the fault', () => {
    const text = [
      good('a'),
      '{oops',
      '',
      good('b').replace('"customer"', '"buyer"'),
      good('a'),
      good('c'),
    ].join('\n');
    const set = parseGold(text, 'x.jsonl');
    expect(set.cases.map((c) => c.id)).toEqual(['a', 'c']);
    expect(set.problems.map((p) => [p.file, p.line])).toEqual([
      ['x.jsonl', 2],
      ['x.jsonl', 4],
      ['x.jsonl', 5],
    ]);
    expect(set.problems[0]?.fault).toMatch(/invalid JSON/);
    expect(set.problems[1]?.fault).toMatch(/^orientation: /);
    expect(set.problems[2]?.fault).toMatch(/duplicate id "a" \(first on line 1\)/);
  });

  it('reads the shared dev set whole: 200 cases, no problems', () => {
    const set = loadGold(DEFAULT_GOLD);
    expect(set.problems).toEqual([]);
    expect(set.cases).toHaveLength(200);
  });
});

describe('noteTags', () => {
  it('extracts bracketed tags', () => {
    expect(noteTags('[segment][roles-differ] pharma')).toEqual(['segment', 'roles-differ']);
    expect(noteTags('no tags here')).toEqual([]);
    expect(noteTags(undefined)).toEqual([]);
  });
});
