/**
 * `pnpm bench` for the CLI: prints
 *  1. one-shot start-up: `marketlens classify --json "…"` wall time beside `node -e 0`
 *     (median of several runs; hyperfine when installed, else a timed loop) — target ≤ 2×;
 *  2. batch throughput over a 10,000-line JSONL file through the built binary, beside the
 *     core's in-process `classify` over the same texts — target ≥ 0.5× — and beside the batch
 *     with the other thread count (`--jobs`), to show the default is the faster choice here.
 * Figures are printed, never asserted.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '@marketlens/core';
import { chooseWorkers } from '../src/commands/batch.ts';
import { devTexts } from '../test/e2e/corpus.ts';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NODE = process.execPath;
const RUNS = 20;
const BRIEF = 'Loyalty programme with volume rebates for our top resellers at renewal.';
const RECORDS = 10_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function timeOnce(argv: string[]): number {
  const start = performance.now();
  const result = spawnSync(argv[0] as string, argv.slice(1), { stdio: 'ignore' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}`);
  return elapsed;
}

/** Median wall time of each command; runs alternate so that machine load hits all alike. */
function timeInterleaved(commands: string[][], runs: number): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs + 2; i += 1) {
    commands.forEach((argv, c) => {
      const elapsed = timeOnce(argv);
      if (i >= 2) times[c]?.push(elapsed); // the first two rounds warm the caches
    });
  }
  return times.map(median);
}

const shellQuote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

function timeWithHyperfine(commands: string[][], dir: string): number[] | undefined {
  if (spawnSync('hyperfine', ['--version']).status !== 0) return undefined;
  const json = join(dir, 'hyperfine.json');
  const args = ['--warmup', '3', '--runs', String(RUNS), '--export-json', json, '-N'];
  const run = spawnSync(
    'hyperfine',
    [...args, ...commands.map((c) => c.map(shellQuote).join(' '))],
    {
      stdio: 'ignore',
    },
  );
  if (run.status !== 0) return undefined;
  const results = JSON.parse(readFileSync(json, 'utf8')).results as { median: number }[];
  return results.map((r) => r.median * 1000);
}

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: run pnpm --filter @marketlens/cli build first`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'marketlens-bench-'));
try {
  // 1. Start-up.
  const commands = [
    [NODE, '-e', '0'],
    [NODE, CLI, 'classify', '--json', BRIEF],
  ];
  const viaHyperfine = timeWithHyperfine(commands, dir);
  const [baseline, oneShot] = viaHyperfine ?? timeInterleaved(commands, RUNS);
  const startRatio = (oneShot as number) / (baseline as number);
  console.log(`start-up (median of ${RUNS} runs, ${viaHyperfine ? 'hyperfine' : 'timed loop'}):`);
  console.log(`  node -e 0                         ${(baseline as number).toFixed(1)} ms`);
  console.log(`  marketlens classify --json "…"    ${(oneShot as number).toFixed(1)} ms`);
  console.log(`  ratio ${startRatio.toFixed(2)}× (target ≤ 2×)`);

  // 2. Batch throughput vs the core in process.
  const pool = devTexts();
  const texts = Array.from({ length: RECORDS }, (_, i) => pool[i % pool.length] as string);
  const input = join(dir, 'bench.jsonl');
  writeFileSync(
    input,
    `${texts.map((text, i) => JSON.stringify({ id: i + 1, text })).join('\n')}\n`,
  );
  const batchArgs = ['batch', '--input', input, '--output', join(dir, 'out.jsonl'), '--quiet'];
  for (const text of texts.slice(0, 500)) classify(text); // warm the JIT
  const cpus = availableParallelism();
  const workers = chooseWorkers(undefined, statSync(input).size);
  // The other thread count than the default, for comparison: one worker more, or none.
  const otherJobs = workers > 0 ? 1 : Math.min(cpus, 2);
  const batchTimes: number[] = [];
  const otherTimes: number[] = [];
  const coreTimes: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    // Alternate, so that machine load weighs on all sides alike.
    batchTimes.push(timeOnce([NODE, CLI, ...batchArgs]));
    if (otherJobs > 1 || workers > 0)
      otherTimes.push(timeOnce([NODE, CLI, ...batchArgs, '--jobs', String(otherJobs)]));
    const start = performance.now();
    for (const text of texts) classify(text);
    coreTimes.push(performance.now() - start);
  }
  const batchMs = median(batchTimes);
  const coreMs = median(coreTimes);
  const batchRate = RECORDS / (batchMs / 1000);
  const coreRate = RECORDS / (coreMs / 1000);
  const bytes = readFileSync(input).length;
  console.log(`batch of ${RECORDS} JSONL records (${(bytes / 1024).toFixed(0)} kB, median of 3):`);
  console.log(
    `  marketlens batch (whole process)  ${batchMs.toFixed(0)} ms, ${Math.round(batchRate).toLocaleString('en-US')} records/s`,
  );
  console.log(
    `  core classify in process          ${coreMs.toFixed(0)} ms, ${Math.round(coreRate).toLocaleString('en-US')} records/s`,
  );
  if (otherTimes.length > 0) {
    const otherMs = median(otherTimes);
    console.log(
      `  marketlens batch --jobs ${otherJobs}         ${otherMs.toFixed(0)} ms, ${Math.round(RECORDS / (otherMs / 1000)).toLocaleString('en-US')} records/s (not the default here)`,
    );
  }
  console.log(
    `  ratio ${(batchRate / coreRate).toFixed(2)}× (target ≥ 0.5×; batch classified on the main thread${workers > 0 ? ` and ${workers} worker thread${workers > 1 ? 's' : ''}` : ' alone'}, ${cpus} CPUs)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
