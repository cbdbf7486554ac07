import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Baseline, Example } from '../../scripts/baselines/baseline.ts';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { formatEval } from '../../scripts/eval/format-eval.ts';
import {
  isMarketing,
  loadEvalGold,
  loadGold,
  parseEvalGold,
  parsePartialGold,
} from '../../scripts/eval/gold.ts';
import type { LearnedLoad } from '../../scripts/eval/learned.ts';
import { formatNotMarketing, scoreNotMarketing } from '../../scripts/eval/not-marketing.ts';
import { type EvalInput, runEval } from '../../scripts/eval/run.ts';
import { classify } from '../../src/index.ts';
import {
  type EvalGoldCase,
  GoldCaseSchema,
  PartialGoldCaseSchema,
} from '../../src/schemas/input.ts';
import type { Orientation } from '../../src/schemas/vocabulary.ts';

const MIX = fileURLToPath(new URL('../../fixtures/texts.month-mix.jsonl', import.meta.url));
const mix = loadEvalGold(MIX).cases;
const marketing = mix.filter(isMarketing);
const apart = mix.filter((c) => !isMarketing(c));

/** A baseline that records every text it is trained on and always answers customer. */
function spyBaseline(seen: Example[]): Baseline {
  return {
    name: 'spy',
    description: 'records its training examples',
    train: (examples) => {
      seen.push(...examples);
      return () => 'customer';
    },
  };
}

/** A learned layer that records the texts it is fitted on and classifies as shipped. */
function spyLearned(seen: string[]): LearnedLoad {
  return {
    ok: true,
    api: {
      fitModel: (train) => {
        seen.push(...train.map((c) => c.text));
        return null;
      },
      createClassifier: () => classify,
    },
  };
}

const run = (cases: readonly EvalGoldCase[], extra: Partial<EvalInput> = {}) =>
  runEval({ file: 'f', cases, problems: [], folds: 5, seed: 1, baselines: [], ...extra });

describe('gold lines labelled undetermined (not marketing)', () => {
  const line = (orientation: string) =>
    JSON.stringify({
      id: orientation,
      text: 'Invoice 42: 3 pallets, due in 30 days.',
      orientation,
    });

  it('are read by the eval, and still refused by the partial and strict schemas', () => {
    const text = ['customer', 'undetermined', 'unknown'].map(line).join('\n');
    const set = parseEvalGold(text, 'x.jsonl');
    expect(set.cases.map((c) => c.orientation)).toEqual(['customer', 'undetermined']);
    expect(set.problems.map((p) => [p.line, p.fault.split(':')[0]])).toEqual([[3, 'orientation']]);
    expect(parsePartialGold(text, 'x.jsonl').cases.map((c) => c.id)).toEqual(['customer']);
    const undetermined = JSON.parse(line('undetermined'));
    expect(PartialGoldCaseSchema.safeParse(undetermined).success).toBe(false);
    expect(GoldCaseSchema.safeParse({ ...undetermined, dimensions: {} }).success).toBe(false);
  });

  it('the month mix holds 135 marketing lines and 15 labelled not marketing', () => {
    expect(loadEvalGold(MIX).problems).toEqual([]);
    expect([marketing.length, apart.length]).toEqual([135, 15]);
  });
});

describe('runEval on a file with lines labelled not marketing', () => {
  it('scores the marketing lines exactly as a file of them alone, and counts the others apart', async () => {
    const trainedOn: Example[] = [];
    const fittedOn: string[] = [];
    const report = await run(mix, {
      baselines: [spyBaseline(trainedOn)],
      learned: spyLearned(fittedOn),
    });
    const alone = await run(marketing, {
      baselines: [spyBaseline([])],
      learned: spyLearned([]),
    });
    const { notMarketing, ...rest } = report;
    expect(rest).toEqual(alone);
    expect(report.gold.cases).toBe(135);

    // what the shipped classifier answers on each line labelled not marketing
    const answers = apart.map((c) => classify(c.text).orientation);
    const count = (o: string) => answers.filter((a) => a === o).length;
    expect(notMarketing).toEqual({
      lines: 15,
      undetermined: count('undetermined'),
      predicted: {
        customer: count('customer'),
        consumer: count('consumer'),
        hybrid: count('hybrid'),
        undetermined: count('undetermined'),
      },
      calledMarketing: apart
        .map((c, i) => ({ id: c.id, orientation: answers[i] }))
        .filter((c) => c.orientation !== 'undetermined'),
    });

    // nothing was trained on those lines, in any fold
    const apartTexts = new Set(apart.map((c) => c.text));
    expect(trainedOn.length).toBe(4 * 135);
    expect(trainedOn.some((e) => apartTexts.has(e.text))).toBe(false);
    expect(fittedOn.length).toBe(4 * 135);
    expect(fittedOn.some((t) => apartTexts.has(t))).toBe(false);

    // the text is the marketing report, with the headline and one section added
    const text = formatEval(report);
    const before = formatEval(alone);
    expect(text.split('\n')[0]).toBe(
      'Marketlens eval — f: 135 cases, 15 not-marketing line(s) set apart, 0 line(s) skipped',
    );
    const section = [
      '',
      '== Marketlens, as shipped, on the 15 line(s) labelled not marketing (gold "undetermined"; in no other figure) ==',
      formatNotMarketing(notMarketing ?? never()),
    ].join('\n');
    expect(text).toContain(section);
    const restored = text
      .replace(', 15 not-marketing line(s) set apart', '')
      .replace(`\n${section}\n`, '\n');
    expect(restored).toBe(before);
  });

  it('never trains on a training file’s lines labelled not marketing', async () => {
    const trainedOn: Example[] = [];
    const report = await run(marketing, {
      baselines: [spyBaseline(trainedOn)],
      learned: { ok: false, reason: 'off' },
      train: { file: 'mix', cases: mix },
    });
    // 5 folds of the gold, then the training file once: its 135 marketing lines only
    expect(report.trained?.cases).toBe(135);
    expect(trainedOn.slice(4 * 135)).toEqual(
      marketing.map((c) => ({ text: c.text, label: c.orientation })),
    );
    expect(report).not.toHaveProperty('notMarketing');
  });
});

describe('runEval on a file with no line labelled not marketing', () => {
  it('has no notMarketing key and no section, and the headline as before', async () => {
    const report = await run(loadGold(DEFAULT_GOLD).cases, {
      learned: { ok: false, reason: 'off' },
    });
    expect(report).not.toHaveProperty('notMarketing');
    expect(JSON.stringify(report)).not.toMatch(/notMarketing|calledMarketing/);
    const text = formatEval(report);
    expect(text).not.toMatch(/not.marketing/);
    expect(text.split('\n')[0]).toBe('Marketlens eval — f: 200 cases, 0 line(s) skipped');
  });
});

/** n lines labelled not marketing, and classifications answering `answers[i]` on line i. */
function answered(answers: readonly Orientation[]) {
  const shape = classify('Invoice 42: 3 pallets, due in 30 days.');
  return scoreNotMarketing(
    answers.map(
      (_, i): EvalGoldCase => ({ id: `nm-${i}`, text: 'x', orientation: 'undetermined' }),
    ),
    answers.map((orientation) => ({ ...shape, orientation })),
  );
}

describe('formatNotMarketing', () => {
  it('says how many were left undetermined and what the others were called', () => {
    const poles = ['customer', 'consumer', 'hybrid'] as const;
    const score = answered(
      Array.from({ length: 14 }, (_, i) => (i < 2 ? 'undetermined' : (poles[i % 3] ?? 'hybrid'))),
    );
    expect(score?.predicted).toEqual({ customer: 4, consumer: 4, hybrid: 4, undetermined: 2 });
    const text = formatNotMarketing(score ?? never());
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'left undetermined: 2 of 14 (0.143)',
      'called marketing:  12 (customer 4, consumer 4, hybrid 4)',
    ]);
    expect(lines.slice(2)).toEqual([
      '  nm-2 hybrid, nm-3 customer, nm-4 consumer, nm-5 hybrid, nm-6 customer, nm-7 consumer, nm-8 hybrid,',
      '  nm-9 customer, nm-10 consumer, nm-11 hybrid, nm-12 customer, nm-13 consumer',
    ]);
    expect(lines.every((l) => l.length <= 101)).toBe(true);
  });

  it('lists no line when every one was left undetermined, and is null with none', () => {
    const score = answered(['undetermined']);
    expect(formatNotMarketing(score ?? never())).toBe(
      'left undetermined: 1 of 1 (1.000)\ncalled marketing:  0 (customer 0, consumer 0, hybrid 0)',
    );
    expect(scoreNotMarketing([], [])).toBeNull();
  });
});

function never(): never {
  throw new Error('unreachable');
}
