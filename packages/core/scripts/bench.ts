// `pnpm bench`: throughput of classify vs the two generic baselines on the dev texts, one core,
// in-process; how one long text's time grows with its length; and what importing the core costs
// a bundle. Logic lives in ./bench/*.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classify } from '../src/index.ts';
import { ENTRIES, measureBundle } from './bench/bundle-size.ts';
import { formatBundles, formatThroughput } from './bench/format-bench.ts';
import { formatLongTexts, measureLongTexts } from './bench/long-texts.ts';
import { measureThroughput } from './bench/throughput.ts';
import { DEFAULT_GOLD } from './eval/args.ts';
import { loadGold } from './eval/gold.ts';
import { BASELINES } from './eval/run.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const log = (line: string) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

const { cases } = loadGold(DEFAULT_GOLD);
const texts = cases.map((c) => c.text);
const examples = cases.map((c) => ({ text: c.text, label: c.orientation }));
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
log(
  `Marketlens bench — ${texts.length} dev texts (${(megabytes * 1000).toFixed(1)} kB), Node ${process.version}, one core, in-process`,
);
log(
  'Baselines trained on the full dev set; each system: 0.5 s warm-up, then 5 rounds of ≥ 0.5 s.\n',
);

const ours = measureThroughput('Marketlens classify', texts, (text) => classify(text));
const baselines = BASELINES.map((baseline) => {
  const predict = baseline.train(examples);
  return measureThroughput(baseline.name, texts, predict);
});
log('== Throughput ==');
log(formatThroughput(ours, baselines));

const longTexts = measureLongTexts(texts, (text) => classify(text));
log('\n== Long texts (one classification each; linear growth is about ×4) ==');
log(formatLongTexts(longTexts));

const resolveDir = fileURLToPath(new URL('.', import.meta.url));
const bundles = [];
for (const { name, entry } of ENTRIES) bundles.push(await measureBundle(name, entry, resolveDir));
log('\n== Bundle size (esbuild, ESM, platform neutral, minified; gzip level 9) ==');
log(formatBundles(bundles));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ texts: texts.length, megabytes, throughput: { ours, baselines }, longTexts, bundles }, null, 2)}\n`,
  );
}
