import { describe, expect, it, vi } from 'vitest';
import { expectProblem, postJson } from '../test/helpers.ts';
import { createApp } from './app.ts';

// A real bug inside the core: classify throws something that is not a client error.
vi.mock('@marketlens/core', async (importOriginal) => {
  const original = await importOriginal<typeof import('@marketlens/core')>();
  return {
    ...original,
    classify: (text: string) => {
      if (text === 'boom') throw new TypeError('secret internal detail at /srv/core.ts:42');
      if (text === 'too long') throw new original.TextTooLongError(3_000_000);
      return original.classify(text);
    },
  };
});

describe('an unexpected fault', () => {
  it('answers a generic 500 problem without internals, and reports the fault', async () => {
    const onFault = vi.fn();
    const app = createApp({ onFault });
    const res = await postJson(app, '/v1/classify', { text: 'boom' });
    const problem = await expectProblem(res, 'internal-error');
    const raw = JSON.stringify(problem);
    expect(raw).not.toContain('secret');
    expect(raw).not.toContain('TypeError');
    expect(raw).not.toContain('/srv');
    expect(onFault).toHaveBeenCalledOnce();
    expect(onFault.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
  });

  it('fails a whole batch with a 500 rather than hiding a bug as a client error', async () => {
    const onFault = vi.fn();
    const app = createApp({ onFault });
    const res = await postJson(app, '/v1/classify/batch', {
      items: [{ text: 'ok' }, { text: 'boom' }],
    });
    await expectProblem(res, 'internal-error');
    expect(onFault).toHaveBeenCalledOnce();
  });

  it('maps a TextTooLongError that reaches the app to a 413, not a fault', async () => {
    const onFault = vi.fn();
    const app = createApp({ onFault });
    const problem = await expectProblem(
      await postJson(app, '/v1/classify', { text: 'too long' }),
      'text-too-long',
    );
    expect(problem.limit).toBe(2_000_000);
    expect(onFault).not.toHaveBeenCalled();
  });

  it('keeps serving after a fault', async () => {
    const app = createApp({ onFault: () => {} });
    await postJson(app, '/v1/classify', { text: 'boom' });
    expect((await postJson(app, '/v1/classify', { text: 'renewals' })).status).toBe(200);
  });
});
