// `pnpm eval`: scores the classifier on a labelled JSONL file, with cross-validation and the
// generic baselines side by side. Logic lives in ./eval/*; this file only wires argv and stdout.
import { relative } from 'node:path';
import { parseEvalArgs, USAGE } from './eval/args.ts';
import { formatEval } from './eval/format-eval.ts';
import { formatProblem, loadGold } from './eval/gold.ts';
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

const fromCwd = relative(cwd, args.gold);
const shown = fromCwd === '' || fromCwd.startsWith('..') ? args.gold : fromCwd;
let gold: ReturnType<typeof loadGold>;
try {
  gold = loadGold(args.gold);
} catch (error) {
  process.stderr.write(`eval: cannot read ${shown}: ${(error as Error).message}\n`);
  process.exit(2);
}
for (const problem of gold.problems) {
  process.stderr.write(`eval: skipped ${formatProblem({ ...problem, file: shown })}\n`);
}
if (gold.cases.length < args.folds) {
  process.stderr.write(
    `eval: ${shown} has ${gold.cases.length} usable case(s); ${args.folds}-fold CV needs at least ${args.folds}\n`,
  );
  process.exit(1);
}

const report = await runEval({
  file: shown,
  cases: gold.cases,
  problems: gold.problems.map((p) => ({ ...p, file: shown })),
  folds: args.folds,
  seed: args.seed,
});
process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report));
