import { ClassificationSchema } from '@marketlens/core/schemas';
import { describe, expect, it, vi } from 'vitest';
import { createTestIo } from '../test-io.ts';
import { answersFromFlags, runAssess } from './assess.ts';

describe('assess command', () => {
  it('scores answers given as flags', async () => {
    const t = createTestIo({ stdinIsTTY: false });
    const code = await runAssess(t.io, { scope: 'customer', audience: 'customer', json: true });
    expect(code).toBe(0);
    expect(() => ClassificationSchema.parse(JSON.parse(t.stdout()))).not.toThrow();
  });

  it('says a lean came from the answer, not "judged from the whole text": there is no text', async () => {
    const t = createTestIo({ stdinIsTTY: false });
    const code = await runAssess(t.io, { scope: 'both', audience: 'unsure', focus: 'customer' });
    expect(code).toBe(0);
    const rows = t.stdout();
    expect(rows).not.toContain('whole text');
    expect(rows).toMatch(/Scope & perspective +mixed +your answer\n/);
    expect(rows).toMatch(/Primary focus +customer +your answer\n/);
    expect(rows).toMatch(/Target audience +—\n/);
  });

  it('collects only the flags that answer something', () => {
    expect(answersFromFlags({ json: true })).toBeUndefined();
    expect(answersFromFlags({ market: 'both', endUser: 'kids' })).toEqual({
      market: 'both',
      endUser: 'kids',
    });
  });

  it('asks interactively when there are no flags and the terminal is interactive', async () => {
    const t = createTestIo({ stdinIsTTY: true, stdoutIsTTY: true });
    const ask = vi.fn(async () => ({ focus: 'consumer' as const }));
    expect(await runAssess(t.io, {}, ask)).toBe(0);
    expect(ask).toHaveBeenCalledOnce();
    expect(t.stdout()).toContain('Dimensions');
  });

  it('prints nothing when the user cancels the questionnaire', async () => {
    const t = createTestIo({ stdinIsTTY: true, stdoutIsTTY: true });
    expect(await runAssess(t.io, {}, async () => undefined)).toBe(0);
    expect(t.stdout()).toBe('');
  });

  it('is a usage error without flags off a terminal, and never starts the UI', async () => {
    const t = createTestIo({ stdin: '', stdinIsTTY: false });
    const ask = vi.fn(async () => ({}));
    expect(await runAssess(t.io, {}, ask)).toBe(2);
    expect(ask).not.toHaveBeenCalled();
    expect(t.stderr()).toContain('--scope customer');
  });

  it('rejects an over-long role with exit 2', async () => {
    const t = createTestIo();
    expect(await runAssess(t.io, { purchaser: 'x'.repeat(501) })).toBe(2);
    expect(t.stderr()).toContain('--purchaser');
  });
});
