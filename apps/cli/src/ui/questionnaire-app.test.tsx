import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionnaireApp } from './questionnaire-app.tsx';

const plain = (frame: string | undefined) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI is the point
  (frame ?? '').replace(/\u001b\[[0-9;]*m/g, '');

let instance: ReturnType<typeof render> | undefined;
afterEach(() => {
  instance?.unmount();
  instance = undefined;
});

function start(columns: number, rows: number) {
  instance = render(<QuestionnaireApp onDone={() => {}} color={false} />);
  Object.defineProperty(instance.stdout, 'columns', { get: () => columns, configurable: true });
  Object.defineProperty(instance.stdout, 'rows', { get: () => rows, configurable: true });
  instance.stdout.emit('resize');
  return instance;
}

describe('QuestionnaireApp (marketlens assess in a terminal)', () => {
  it('fits a short terminal: the question scrolls and the keys stay on the last row', async () => {
    const app = start(60, 10);
    await expect
      .poll(() => plain(app.lastFrame()).split('\n').length, { timeout: 5_000 })
      .toBeLessThanOrEqual(10);
    const lines = plain(app.lastFrame()).split('\n');
    expect(lines.join(' ')).toContain('Question 1 of 7');
    expect(lines.at(-1)).toContain('cancel');
  });
});
