// `pnpm eval`: scores the classifier on a labelled JSONL file, with cross-validation and the
// generic baselines side by side. Logic lives in ./eval/*; this file only wires argv and stdout.
import { relative } from 'node:path';
import type { EvalGoldCase } from '../src/schemas/input.ts';
import { parseEvalArgs, USAGE } from './eval/args.ts';
import { formatEval } from './eval/format-eval.ts';
import { formatProblem, type GoldSet, isMarketing, loadEvalGold } from './eval/gold.ts';
import { DEFAULT_SEED, runEval } from './eval/run.ts';

const cwd = process.env.INIT_CWD ?? process.cwd();
let args: ReturnType<typeof parseEvalArgs>;
try {
  args = parseEvalArgs(process.argv.slice(2), cwd, { seed: DEFAULT_SEED });
} catch (error) {
  process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const shown = (file: string) => {
  const fromCwd = relative(cwd, file);
  return fromCwd === '' || fromCwd.startsWith('..') ? file : fromCwd;
};

/**
 * Loads a gold file (labels may be left out, and lines may be labelled not marketing: see
 * `EvalGoldCaseSchema`), printing each skipped line to stderr; exits 2 when it cannot be read.
 */
function load(file: string): GoldSet<EvalGoldCase> {
  let set: GoldSet<EvalGoldCase>;
  try {
    set = loadEvalGold(file);
  } catch (error) {
    process.stderr.write(`eval: cannot read ${shown(file)}: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const problems = set.problems.map((p) => ({ ...p, file: shown(file) }));
  for (const problem of problems) process.stderr.write(`eval: skipped ${formatProblem(problem)}\n`);
  return { file: shown(file), cases: set.cases, problems };
}

const gold = load(args.gold);
const train = args.train === null ? undefined : load(args.train);
// Lines labelled not marketing are never scored as cases nor trained on (see runEval).
const marketing = gold.cases.filter(isMarketing).length;
if (marketing < args.folds) {
  const apart = gold.cases.length - marketing;
  process.stderr.write(
    `eval: ${gold.file} has ${marketing} usable case(s)${apart > 0 ? ` labelled customer, consumer or hybrid (and ${apart} labelled undetermined)` : ''}; ${args.folds}-fold CV needs at least ${args.folds}\n`,
  );
  process.exit(1);
}
if (train !== undefined) {
  const trainable = train.cases.filter(isMarketing).length;
  if (trainable === 0) {
    process.stderr.write(`eval: ${train.file} has no usable case to train on\n`);
    process.exit(1);
  }
  if (trainable < train.cases.length) {
    process.stderr.write(
      `eval: ${train.file}: ${train.cases.length - trainable} line(s) labelled undetermined (not marketing), not trained on\n`,
    );
  }
}

const report = await runEval({
  file: gold.file,
  cases: gold.cases,
  problems: gold.problems,
  folds: args.folds,
  seed: args.seed,
  ...(train === undefined ? {} : { train: { file: train.file, cases: train.cases } }),
});
process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report));
