// `node scripts/lexicon-order.ts`: looks for the order of `src/lexicon/index.ts` in which gzip
// packs the classify bundle tightest. The bundler lays the lexicon's files out in the order the
// index reaches them, and gzip finds a repeated word only in the 32 kB before it, so a cue file
// is cheaper right after the patterns and word lists whose words it repeats. Moves one file at a
// time to every other place and keeps any move that saves a byte, until none does; prints the
// best order found. The index itself is not written: copy the order into it by hand.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { ENTRIES, measureBundle } from './bench/bundle-size.ts';

const indexPath = fileURLToPath(new URL('../src/lexicon/index.ts', import.meta.url));
const source = await import('node:fs').then((fs) => fs.readFileSync(indexPath, 'utf8'));
const start = [...source.matchAll(/^export \* from '\.\/([\w-]+)\.ts';$/gm)].map((m) => m[1] ?? '');

const resolveDir = fileURLToPath(new URL('.', import.meta.url));
const classifyOnly = ENTRIES[0] as (typeof ENTRIES)[number];

/** The classify bundle's gzipped bytes with the index listing `order`. */
async function gzipBytes(order: readonly string[]): Promise<number> {
  const contents = order.map((file) => `export * from './${file}.ts';`).join('\n');
  const index: Plugin = {
    name: 'lexicon-index',
    setup(build) {
      build.onLoad({ filter: /lexicon[\\/]index\.ts$/ }, () => ({ contents, loader: 'ts' }));
    },
  };
  const size = await measureBundle(classifyOnly.name, classifyOnly.entry, resolveDir, [index]);
  return size.gzipBytes;
}

let best = start;
let bestBytes = await gzipBytes(best);
console.log(`as listed: ${bestBytes} bytes`);
for (let improved = true; improved; ) {
  improved = false;
  for (const file of start) {
    const rest = best.filter((f) => f !== file);
    for (let at = 0; at <= rest.length; at++) {
      const order = [...rest.slice(0, at), file, ...rest.slice(at)];
      const bytes = await gzipBytes(order);
      if (bytes < bestBytes) {
        best = order;
        bestBytes = bytes;
        improved = true;
        console.log(`${bytes} bytes: ${file} to place ${at + 1}`);
      }
    }
  }
}
console.log(`best: ${bestBytes} bytes\n${best.join('\n')}`);
