import { describe, expect, it, vi } from 'vitest';
import { createTestIo } from '../test-io.ts';
import { runStart } from './start.ts';

describe('marketlens with no command', () => {
  it('starts the UI when stdin and stdout are terminals', async () => {
    const t = createTestIo({ stdinIsTTY: true, stdoutIsTTY: true });
    const launch = vi.fn(async () => 0 as const);
    expect(await runStart(t.io, launch)).toBe(0);
    expect(launch).toHaveBeenCalledOnce();
  });

  it('classifies piped text instead of starting the UI', async () => {
    const t = createTestIo({ stdin: 'Cartoon ads to kids; the parents pay.', stdinIsTTY: false });
    const launch = vi.fn(async () => 0 as const);
    expect(await runStart(t.io, launch)).toBe(0);
    expect(launch).not.toHaveBeenCalled();
    expect(t.stdout()).toContain('Consumer marketing');
  });

  it('explains itself with a worked example when stdin is empty', async () => {
    const t = createTestIo({ stdin: '', stdinIsTTY: false });
    const launch = vi.fn(async () => 0 as const);
    expect(await runStart(t.io, launch)).toBe(0);
    expect(launch).not.toHaveBeenCalled();
    const out = t.stdout();
    expect(out).toContain('CUSTOMER marketing');
    expect(out).toContain('Example:');
    expect(out).toContain('Dimensions');
    expect(out).toContain('marketlens classify');
  });

  it('explains itself when stdout is not a terminal, without reading stdin', async () => {
    const t = createTestIo({ stdinIsTTY: true, stdoutIsTTY: false });
    const launch = vi.fn(async () => 0 as const);
    expect(await runStart(t.io, launch)).toBe(0);
    expect(t.stdout()).toContain('marketlens batch');
  });

  it('refuses piped bytes that are not UTF-8, exit 1', async () => {
    const t = createTestIo({ stdin: Buffer.from('bad \xff bytes', 'latin1'), stdinIsTTY: false });
    expect(await runStart(t.io, vi.fn())).toBe(1);
    expect(t.stderr()).toMatch(/^marketlens: stdin: invalid UTF-8/);
    expect(t.stdout()).toBe('');
  });
});
