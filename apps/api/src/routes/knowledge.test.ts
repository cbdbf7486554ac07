import {
  ComparisonSchema,
  DefinitionSchema,
  DimensionSchema,
  TermIdSchema,
} from '@marketlens/core/schemas';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../../test/helpers.ts';
import { createApp } from '../app.ts';

const app = createApp();

describe('reference routes', () => {
  it('GET /v1/definitions lists the four terms, cacheable', async () => {
    const res = await app.request('/v1/definitions');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600');
    const { definitions } = (await res.json()) as { definitions: unknown[] };
    const ids = definitions.map((d) => DefinitionSchema.parse(d).id);
    expect(ids.sort()).toEqual([...TermIdSchema.options].sort());
  });

  it('GET /v1/definitions/{term} answers each term, case-insensitively', async () => {
    for (const term of TermIdSchema.options) {
      const res = await app.request(`/v1/definitions/${term.toUpperCase()}`);
      expect(res.status).toBe(200);
      expect(DefinitionSchema.parse(await res.json()).id).toBe(term);
    }
  });

  it('GET /v1/definitions/{term} reads spaces and underscores as hyphens, as the CLI does', async () => {
    for (const path of [
      'customer%20marketing',
      'Customer_Marketing',
      '%20consumer%20%20market%20',
    ]) {
      const res = await app.request(`/v1/definitions/${path}`);
      expect(res.status, path).toBe(200);
      expect(DefinitionSchema.parse(await res.json()).id, path).toMatch(
        /^(customer-marketing|consumer-market)$/,
      );
    }
  });

  it('GET /v1/definitions/{term} answers 404 for an unknown term, listing the known ones', async () => {
    const problem = await expectProblem(
      await app.request('/v1/definitions/brand-marketing'),
      'not-found',
    );
    expect(problem.detail).toContain('customer-marketing');
    await expectProblem(await app.request('/v1/definitions/%E0%A4%A'), 'not-found');
  });

  it('GET /v1/dimensions lists the seven dimensions in order', async () => {
    const res = await app.request('/v1/dimensions');
    const { dimensions } = (await res.json()) as { dimensions: unknown[] };
    expect(dimensions.map((d) => DimensionSchema.parse(d).id)).toEqual([
      'scope',
      'audience',
      'focus',
      'relationship',
      'emphasis',
      'insight',
      'market',
    ]);
  });

  it('GET /v1/compare answers the comparison table', async () => {
    const res = await app.request('/v1/compare');
    expect(res.status).toBe(200);
    expect(ComparisonSchema.parse(await res.json()).rows.length).toBeGreaterThan(0);
  });
});
