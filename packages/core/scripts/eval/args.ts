import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The shared dev set, used when no --gold is given. */
export const DEFAULT_GOLD = fileURLToPath(
  new URL('../../fixtures/briefs.dev.jsonl', import.meta.url),
);

/** Parsed command line of `pnpm eval`. */
export interface EvalArgs {
  gold: string;
  /** optional training file: systems are also trained on it whole and scored on --gold */
  train: string | null;
  json: boolean;
  folds: number;
  seed: number;
  help: boolean;
}

/** Usage text for --help and for mistakes. */
export const USAGE = `usage: pnpm eval [--gold FILE] [--train FILE] [--json] [--folds K] [--seed N]
  --gold FILE  labelled JSONL (packages/core/README.md, "Measure"; dimensions and roles may be left out;
               lines labelled "undetermined", not marketing, are counted apart from every figure);
               default: packages/core/fixtures/briefs.dev.jsonl
  --train FILE also train the learned layer and the baselines on FILE whole and score them on
               --gold (e.g. --gold packages/core/fixtures/briefs.holdout.jsonl --train …dev.jsonl)
  --json       print one JSON object instead of tables
  --folds K    stratified cross-validation folds, K ≥ 2 (default 5)
  --seed N     seed of the fold split (default 20261123)`;

/**
 * Parses eval flags. A relative --gold path is resolved against the directory the user ran
 * `pnpm` from (INIT_CWD), since pnpm runs the script inside packages/core. Throws an Error with a
 * readable message on anything unknown or malformed.
 */
export function parseEvalArgs(
  argv: readonly string[],
  cwd: string,
  defaults: { seed: number },
): EvalArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      gold: { type: 'string' },
      train: { type: 'string' },
      json: { type: 'boolean', default: false },
      folds: { type: 'string', default: '5' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const folds = integer('--folds', values.folds);
  if (folds < 2) throw new Error(`--folds must be at least 2, got ${folds}`);
  const seed = values.seed === undefined ? defaults.seed : integer('--seed', values.seed);
  const path = (file: string) => (isAbsolute(file) ? file : resolve(cwd, file));
  return {
    gold: values.gold === undefined ? DEFAULT_GOLD : path(values.gold),
    train: values.train === undefined ? null : path(values.train),
    json: values.json,
    folds,
    seed,
    help: values.help,
  };
}

function integer(flag: string, raw: string): number {
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`${flag} needs a whole number, got "${raw}"`);
  return Number.parseInt(raw, 10);
}
