import { describe, expect, it } from 'vitest';
import { DEFAULT_GOLD } from '../../scripts/eval/args.ts';
import { formatEval } from '../../scripts/eval/format-eval.ts';
import { loadGold } from '../../scripts/eval/gold.ts';
import type { LearnedApi, LearnedFitOptions, LearnedLoad } from '../../scripts/eval/learned.ts';
import { fitLearned } from '../../scripts/eval/learned-fit.ts';
import { runEval } from '../../scripts/eval/run.ts';
import { classify } from '../../src/index.ts';
import { fitModel } from '../../src/model/fit.ts';
import type { GoldCase, PartialGoldCase } from '../../src/schemas/input.ts';

const dev = loadGold(DEFAULT_GOLD).cases;

/** The dev set labelled the quickest way: orientation and roles, no dimensions. */
const rolesOnly: PartialGoldCase[] = dev.map(({ dimensions: _, ...rest }) => rest);

/** A learned layer that wraps the shipped classifier and records how it was asked to fit. */
function recordingLearned(calls: (LearnedFitOptions | undefined)[]): LearnedLoad {
  return {
    ok: true,
    api: {
      fitModel: (_train, options) => {
        calls.push(options);
        return null;
      },
      createClassifier: () => classify,
    },
  };
}

const run = (cases: readonly PartialGoldCase[], learned: LearnedLoad) =>
  runEval({ file: 'f', cases, problems: [], folds: 5, seed: 1, learned, baselines: [] });

describe('runEval on lines without dimensions', () => {
  it('scores orientation, roles and calibration on every line and says dimensions are not labelled', async () => {
    const calls: (LearnedFitOptions | undefined)[] = [];
    const report = await run(rolesOnly, recordingLearned(calls));
    expect(report.gold.cases).toBe(200);
    expect(report.gold.labelled).toEqual({ dimensions: 0, purchaser: 200, endUser: 200 });
    expect(report.shipped.orientation.n).toBe(200);
    expect(report.shipped.dimensions).toBeNull();
    expect(report.shipped.calibration.bins.reduce((n, b) => n + b.count, 0)).toBe(200);
    // the roles are scored exactly as on the full-format file
    const full = await run(dev, { ok: false, reason: 'off' });
    expect(report.shipped.roles).toEqual(full.shipped.roles);
    expect(report.shipped.orientation).toEqual(full.shipped.orientation);
    // the CV still runs, with the dimension part left to the rules in every fold
    expect(report.cv.ours?.orientation.n).toBe(200);
    expect(report.cv.ours?.dimensions).toBeNull();
    expect(calls).toEqual(Array(5).fill({ fitDimensions: false }));
    expect(report.cv.dimensionsNotRefitted).toBe(5);
    expect(JSON.parse(JSON.stringify(report)).shipped.dimensions).toBeNull();

    const text = formatEval(report);
    expect(text).toContain('Labels: dimensions not labelled in this file');
    expect(text).toContain('\ndimensions: not labelled in this file\n');
    expect(text).not.toContain('per-dimension accuracy');
  });

  it('scores roles over the lines that label them when some leave the key out', async () => {
    const cases = rolesOnly.map((c, i) => {
      if (i % 4 !== 0) return c;
      const { endUser: _, ...rest } = c;
      return rest;
    });
    const report = await run(cases, { ok: false, reason: 'off' });
    expect(report.gold.labelled).toEqual({ dimensions: 0, purchaser: 200, endUser: 150 });
    expect(report.shipped.roles.endUser?.labelled).toBe(150);
    expect(report.shipped.roles.purchaser).not.toHaveProperty('labelled');
    expect(formatEval(report)).toContain('endUser on 150 of 200 lines');
  });
});

describe('runEval on a mixed file', () => {
  it('scores dimensions over the lines that label them only', async () => {
    const cases: PartialGoldCase[] = dev.map((c, i) =>
      i < 60 ? c : (rolesOnly[i] as PartialGoldCase),
    );
    const calls: (LearnedFitOptions | undefined)[] = [];
    const report = await run(cases, recordingLearned(calls));
    const firstSixty = await run(dev.slice(0, 60), { ok: false, reason: 'off' });
    expect(report.gold.labelled).toEqual({ dimensions: 60, purchaser: 200, endUser: 200 });
    const d = report.shipped.dimensions;
    expect(Object.values(d?.labelled ?? {})).toEqual(Array(7).fill(60));
    expect(d?.perDimension).toEqual(firstSixty.shipped.dimensions?.perDimension);
    expect(d?.mean).toBe(firstSixty.shipped.dimensions?.mean);
    // every training part holds labelled lines, so the dimension part is refitted as usual
    expect(calls).toEqual(Array(5).fill(undefined));
    expect(report.cv).not.toHaveProperty('dimensionsNotRefitted');
    expect(formatEval(report)).toMatch(/audience\s+\d\.\d{3}\s+\d\.\d{3}\s+60\n/);
  });
});

describe('runEval on a full-format file', () => {
  it('adds nothing to the report: no coverage, no line counts', async () => {
    const calls: (LearnedFitOptions | undefined)[] = [];
    const report = await run(dev, recordingLearned(calls));
    const json = JSON.stringify(report);
    expect(json).not.toMatch(/"labelled"|"dimensionsNotRefitted"/);
    expect(calls).toEqual(Array(5).fill(undefined));
    const text = formatEval(report);
    expect(text).not.toContain('Labels:');
    expect(text).not.toContain('not labelled');
    expect(text).toContain('dimension     accuracy  stated-only\n');
  });
});

describe('fitLearned', () => {
  const spy = () => {
    const seen: { cases: readonly GoldCase[]; options: LearnedFitOptions | undefined }[] = [];
    const api: LearnedApi = {
      fitModel: (cases, options) => {
        seen.push({ cases, options });
        return 'model';
      },
      createClassifier: () => classify,
    };
    return { api, seen };
  };

  it('fits full-format cases exactly as before: the same cases, no options', () => {
    const { api, seen } = spy();
    expect(fitLearned(api, dev)).toEqual({ model: 'model', dimensionsRefitted: true });
    expect(seen[0]?.cases).toEqual(dev);
    expect(seen[0]?.options).toBeUndefined();
  });

  it('leaves the dimension part to the rules when a learned dimension has no label', () => {
    const { api, seen } = spy();
    const cases = dev.map((c) => ({ ...c, dimensions: { scope: c.dimensions.scope } }));
    expect(fitLearned(api, cases).dimensionsRefitted).toBe(false);
    expect(seen[0]?.options).toEqual({ fitDimensions: false });
  });

  it('gives the real fitModel a usable model on cases with no dimensions or roles', () => {
    const train = rolesOnly.slice(0, 60).map(({ purchaser: _, endUser: __, ...rest }) => rest);
    const fit = fitLearned({ fitModel, createClassifier: () => classify }, train);
    expect(fit.dimensionsRefitted).toBe(false);
    expect(fit.model).not.toHaveProperty('dimensions');
    expect(JSON.stringify(fit.model)).not.toContain('null');
  });

  it('fits the real dimension part on the lines that label dimensions only', () => {
    const train = [...dev.slice(0, 40), ...rolesOnly.slice(40, 80)];
    const fit = fitLearned({ fitModel, createClassifier: () => classify }, train);
    expect(fit.dimensionsRefitted).toBe(true);
    expect(fit.model).toHaveProperty('dimensions.audience');
    expect(JSON.stringify(fit.model)).not.toContain('null');
  });
});
