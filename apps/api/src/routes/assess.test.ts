import { ClassificationSchema } from '@marketlens/core/schemas';
import { describe, expect, it } from 'vitest';
import { expectProblem, postJson } from '../../test/helpers.ts';
import { createApp } from '../app.ts';

const app = createApp();

describe('POST /v1/assess', () => {
  it('turns answers into the classification shape', async () => {
    const res = await postJson(app, '/v1/assess', {
      audience: 'customer',
      focus: 'customer',
      relationship: 'customer',
      purchaser: 'retail partners',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Server-Timing')).toMatch(/^assess;dur=/);
    ClassificationSchema.parse(await res.json());
  });

  it('accepts no answers at all', async () => {
    const res = await postJson(app, '/v1/assess', {});
    expect(res.status).toBe(200);
    ClassificationSchema.parse(await res.json());
  });

  it('names each invalid answer and unknown question', async () => {
    const res = await postJson(app, '/v1/assess', { audience: 'everyone', budget: 'big' });
    const problem = await expectProblem(res, 'validation-failed');
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/audience', '/budget']);
    expect(problem.errors?.find((e) => e.pointer === '/budget')?.message).toContain('budget');
  });

  it('rejects over-long role descriptions', async () => {
    const res = await postJson(app, '/v1/assess', { purchaser: 'p'.repeat(501) });
    const problem = await expectProblem(res, 'validation-failed');
    expect(problem.errors?.[0]).toMatchObject({ pointer: '/purchaser', code: 'too_big' });
  });
});
