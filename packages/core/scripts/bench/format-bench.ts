import { table } from '../eval/table.ts';
import type { BundleSize } from './bundle-size.ts';
import type { Throughput } from './throughput.ts';

/** Size budget of what importing only `classify` costs, minified + gzipped (50 KB = 51,200 B). */
export const CLASSIFY_BUDGET_BYTES = 50 * 1024;
/** Throughput target: this many times the faster baseline. */
export const THROUGHPUT_TARGET_RATIO = 40;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const int = (x: number) => Math.round(x).toLocaleString('en-US');

/** The throughput table and the ours / faster-baseline ratio. */
export function formatThroughput(ours: Throughput, baselines: readonly Throughput[]): string {
  const rows = [ours, ...baselines].map((t) => [
    t.name,
    int(t.docsPerSecond),
    t.mbPerSecond.toFixed(3),
    t.rounds.map(int).join(' / '),
    `${(t.measuredMs / 1000).toFixed(1)} s`,
  ]);
  const lines = [
    table([['system', 'docs/s (median)', 'MB/s', 'rounds (docs/s)', 'measured'], ...rows]),
  ];
  const fastest = [...baselines].sort((a, b) => b.docsPerSecond - a.docsPerSecond)[0];
  if (fastest !== undefined) {
    const ratio = ours.docsPerSecond / fastest.docsPerSecond;
    const verdict = ratio >= THROUGHPUT_TARGET_RATIO ? 'meets' : 'below';
    lines.push(
      '',
      `ours / faster baseline (${fastest.name}): ${ratio.toFixed(1)}× — ${verdict} the ≥ ${THROUGHPUT_TARGET_RATIO}× target`,
    );
  }
  return lines.join('\n');
}

/** The bundle-size table, the zod check and the classify budget verdict. */
export function formatBundles(bundles: readonly BundleSize[]): string {
  const lines = [
    table([
      ['import', 'minified', 'min+gzip', 'zod inside', 'npm packages inside'],
      ...bundles.map((b) => [
        b.name,
        kb(b.minifiedBytes),
        kb(b.gzipBytes),
        b.includesZod ? 'yes' : 'no',
        b.packages.join(', ') || 'none',
      ]),
    ]),
  ];
  const classify = bundles[0];
  if (classify !== undefined) {
    const within = classify.gzipBytes <= CLASSIFY_BUDGET_BYTES;
    lines.push(
      '',
      `${classify.name}: ${kb(classify.gzipBytes)} min+gzip — ${within ? 'within' : 'OVER'} the ${kb(CLASSIFY_BUDGET_BYTES)} budget; zod ${classify.includesZod ? 'IS' : 'is not'} in the classify bundle`,
      `largest inputs of the ${classify.name} bundle: ${classify.largestInputs.map((i) => `${i.path.replace(/^.*?src\//, 'src/')} ${kb(i.bytes)}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}
