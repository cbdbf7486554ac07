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

  it('says a line over the bar, and draws the bar again below it at the next update', () => {
    const out = capture();
    let now = 1000;
    const progress = createProgress(out.stream, true, 200, 80, () => now);
    now = 1100;
    progress.update(10, 100);
    now = 1120;
    progress.say('marketlens: stopping\n');
    now = 1130; // sooner than the bar's interval, but the bar was cleared: drawn at once
    progress.update(12, 120);
    const clear = '\r\u001b[2K';
    const [bar, said, again] = out.text().split(clear).slice(1);
    expect(bar).toContain('10 records');
    expect(said).toBe('marketlens: stopping\n');
    expect(again).toContain('12 records');
  });

  it('says a line as it is when disabled', () => {
    const out = capture();
    const progress = createProgress(out.stream, false, 200);
    progress.update(1, 1);
    progress.say('marketlens: stopping\n');
    progress.done();
    expect(out.text()).toBe('marketlens: stopping\n');
  });

  it('writes nothing when disabled', () => {
    const out = capture();
    const progress = createProgress(out.stream, false, 200);
    progress.update(1, 1);
    progress.done();
    expect(out.text()).toBe('');
  });
});
