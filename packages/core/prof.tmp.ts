import { readFileSync } from 'node:fs';
import { classify } from './src/index.ts';
const texts = readFileSync('fixtures/briefs.dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string);
for (let r = 0; r < 20; r++) for (const t of texts) classify(t);
const t0 = performance.now(); let n = 0;
for (let r = 0; r < 100; r++) for (const t of texts) { classify(t); n++; }
console.log((n / ((performance.now() - t0) / 1000)).toFixed(0), 'docs/s');
