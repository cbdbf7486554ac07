import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD, parseEvalArgs } from '../../scripts/eval/args.ts';

const defaults = { seed: 9 };

describe('parseEvalArgs', () => {
  it('defaults to the dev set, text output, 5 folds and the given seed', () => {
    expect(parseEvalArgs([], '/w', defaults)).toEqual({
      gold: DEFAULT_GOLD,
      train: null,
      json: false,
      folds: 5,
      seed: 9,
      help: false,
    });
  });

  it('resolves a relative --gold against the directory pnpm was run from', () => {
    const a = parseEvalArgs(['--gold', 'data/x.jsonl', '--json', '--folds', '10'], '/w', defaults);
    expect(a).toMatchObject({ gold: '/w/data/x.jsonl', json: true, folds: 10 });
    expect(parseEvalArgs(['--gold=/abs/y.jsonl'], '/w', defaults).gold).toBe('/abs/y.jsonl');
    expect(parseEvalArgs(['--train', 'dev.jsonl'], '/w', defaults).train).toBe('/w/dev.jsonl');
  });

  it('rejects unknown flags and bad numbers with a readable message', () => {
    expect(() => parseEvalArgs(['--nope'], '/w', defaults)).toThrow(/Unknown option '--nope'/);
    expect(() => parseEvalArgs(['--folds', 'five'], '/w', defaults)).toThrow(/whole number/);
    expect(() => parseEvalArgs(['--folds', '1'], '/w', defaults)).toThrow(/at least 2/);
  });
});
