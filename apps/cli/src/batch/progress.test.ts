import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += String(chunk);
  });
  return { stream, text: () => text };
}

describe('progress bar', () => {
  it('draws bytes read of the total, at most ten times a second, and clears its line', () => {
    const out = capture();
    let now = 1000;
    const progress = createProgress(out.stream, true, 200, 80, () => now);
    now = 1100;
    progress.update(10, 100);
    now = 1150;
    progress.update(15, 150); // too soon: skipped
    progress.done();
    expect(out.text()).toContain('50% 10 records');
    expect(out.text()).not.toContain('15 records');
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('counts one record in the singular', () => {
    const out = capture();
    let now = 1000;
    const progress = createProgress(out.stream, true, undefined, 80, () => now);
    now = 1200;
    progress.update(1, 10);
    expect(out.text()).toContain('1 record,');
  });

  it('writes nothing when disabled', () => {
    const out = capture();
    const progress = createProgress(out.stream, false, 200);
    progress.update(1, 1);
    progress.done();
    expect(out.text()).toBe('');
  });
});
