import { comparison, definitions, dimensions } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { createTestIo } from '../test-io.ts';
import { normaliseTerm, runCompare, runDefine, runDimensions } from './knowledge.ts';

describe('define', () => {
  it('lists the four terms', async () => {
    const t = createTestIo();
    expect(await runDefine(t.io, undefined, {})).toBe(0);
    for (const definition of definitions) expect(t.stdout()).toContain(definition.id);
  });

  it('shows one term in full, however it is spelled', async () => {
    expect(normaliseTerm(' Customer Marketing ')).toBe('customer-marketing');
    const t = createTestIo();
    expect(await runDefine(t.io, 'consumer market', {})).toBe(0);
    const consumerMarket = definitions.find((d) => d.id === 'consumer-market');
    expect(t.stdout()).toContain(consumerMarket?.characteristics[0]);
  });

  it('prints JSON with --json', async () => {
    const t = createTestIo();
    await runDefine(t.io, 'customer-marketing', { json: true });
    expect(JSON.parse(t.stdout()).id).toBe('customer-marketing');
  });

  it('names the known terms for an unknown one, exit 2', async () => {
    const t = createTestIo();
    expect(await runDefine(t.io, 'brand', {})).toBe(2);
    expect(t.stderr()).toContain('unknown term "brand"');
    expect(t.stderr()).toContain('customer-marketing');
  });
});

describe('dimensions and compare', () => {
  it('lists the seven dimensions with their questions', async () => {
    const t = createTestIo();
    expect(await runDimensions(t.io, {})).toBe(0);
    for (const dimension of dimensions) expect(t.stdout()).toContain(dimension.question);
  });

  it('prints the comparison as a table when wide, stacked when narrow', async () => {
    const wide = createTestIo({ columns: 140 });
    expect(await runCompare(wide.io, {})).toBe(0);
    expect(wide.stdout()).toContain('│');
    const narrow = createTestIo({ columns: 50 });
    await runCompare(narrow.io, {});
    expect(narrow.stdout()).not.toContain('│');
    for (const row of comparison.rows) expect(narrow.stdout()).toContain(row.aspect);
  });

  it('prints JSON with --json', async () => {
    const t = createTestIo();
    await runCompare(t.io, { json: true });
    expect(JSON.parse(t.stdout())).toEqual(comparison);
  });
});
