/**
 * Which labelled sets in `fixtures/` the learned layer is fitted on, and which are only ever
 * measured. The README's "Measure" section says why each set is where it is.
 *
 * @module
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The sets `pnpm train` fits the shipped model on, as absolute paths. */
export const TRAINING_FILES: readonly string[] = [
  'briefs.dev.jsonl',
  'briefs.holdout.jsonl',
  'briefs.tuning-a.jsonl',
  'briefs.tuning-b.jsonl',
  'briefs.tuning-c.jsonl',
  'briefs.tuning-d.jsonl',
  'briefs.tuning-g-segments.jsonl',
  'briefs.tuning-h.jsonl',
  'briefs.tuning-i.jsonl',
  'briefs.tuning-k.jsonl',
  'briefs.tuning-l.jsonl',
  'briefs.tuning-n.jsonl',
  'briefs.tuning-o.jsonl',
  'briefs.tuning-r.jsonl',
].map((name) => `${fixtures}${name}`);

/** The sets by writers never trained or tuned on: blind and every `unseen-*`, as absolute paths. */
export const UNSEEN_FILES: readonly string[] = readdirSync(fixtures)
  .filter((name) => name === 'briefs.blind.jsonl' || /^briefs\.unseen-[a-z]+\.jsonl$/.test(name))
  .sort()
  .map((name) => `${fixtures}${name}`);
