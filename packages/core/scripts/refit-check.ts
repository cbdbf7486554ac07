/**
 * How much of a change in the unseen-set totals is refitting noise. Refits the learned layer on
 * the training sets and on seeded bootstrap samples of them, and counts right orientations on
 * every unseen set. Save a run with --json before a lexicon change and pass it to --compare after:
 * the rounds are paired (same samples), so the mean difference is the change's own effect.
 * Run: `pnpm --filter @marketlens/core refit-check [--rounds K] [--seed N] [--json] [--compare FILE]`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGold } from './eval/gold.ts';
import { comparePaired } from './refit/bootstrap.ts';
import { type RefitReport, runRefitCheck } from './refit/run.ts';
import { TRAINING_FILES, UNSEEN_FILES } from './training-sets.ts';

const USAGE = `usage: refit-check [--rounds K] [--seed N] [--json] [--compare FILE]
  --rounds K      bootstrap refits (default 12)
  --seed N        seed of the samples (default 20261204)
  --json          print the report as JSON (save it to compare a later run with)
  --compare FILE  a --json report from before a change: prints the paired difference`;

let options: { rounds: number; seed: number; json: boolean; compare?: string };
try {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '12' },
      seed: { type: 'string', default: '20261204' },
      json: { type: 'boolean', default: false },
      compare: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  options = {
    rounds: Number(values.rounds),
    seed: Number(values.seed),
    json: values.json,
    ...(values.compare === undefined ? {} : { compare: values.compare }),
  };
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const load = (file: string) => {
  const gold = loadGold(file);
  for (const p of gold.problems) console.error(`${p.file}:${p.line}: ${p.fault} (skipped)`);
  return gold.cases;
};
const training = TRAINING_FILES.flatMap(load);
const sets = UNSEEN_FILES.map((file) => ({
  name: basename(file)
    .replace(/^briefs\./, '')
    .replace(/\.jsonl$/, ''),
  cases: load(file),
}));
const report = runRefitCheck(training, sets, options.rounds, options.seed);

if (options.json) console.log(JSON.stringify(report));
else {
  const per = Object.entries(report.full.perSet)
    .map(([name, right]) => `${name} ${right}`)
    .join(', ');
  console.log(`full fit: ${report.full.total} of ${report.scoredCases} right (${per})`);
  console.log(
    `${report.rounds.length} bootstrap refits: mean ${report.mean.toFixed(1)}, sd ${report.sd.toFixed(1)}, ` +
      `range ${Math.min(...report.rounds.map((r) => r.total))}–${Math.max(...report.rounds.map((r) => r.total))}`,
  );
}
if (options.compare !== undefined) {
  const before = JSON.parse(readFileSync(options.compare, 'utf8')) as RefitReport;
  if (before.seed !== report.seed || before.rounds.length !== report.rounds.length)
    throw new Error(`${options.compare}: another seed or number of rounds; rerun with the same`);
  if (before.sets.join() !== report.sets.join())
    throw new Error(`${options.compare}: scored other sets (${before.sets.join(', ')})`);
  const paired = comparePaired(
    before.rounds.map((r) => r.total),
    report.rounds.map((r) => r.total),
  );
  const out = options.json ? console.error : console.log;
  out(
    `against ${options.compare}: full fit ${report.full.total - before.full.total >= 0 ? '+' : ''}${report.full.total - before.full.total}; ` +
      `paired rounds ${paired.mean >= 0 ? '+' : ''}${paired.mean.toFixed(1)} ± ${paired.sd.toFixed(1)} ` +
      `(better in ${paired.better}, worse in ${paired.worse}, same in ${paired.same})`,
  );
}
