// `node scripts/lexicon-order.ts [--write]`: looks for the layout of the lexicon in which gzip packs
// the classify bundle tightest. The bundler lays the lexicon's files out in the order
// `src/lexicon/index.ts` reaches them, and each file's declarations in the order they are written;
// gzip finds a repeated word only in the 32 kB before it, so a list is cheaper right after the
// lists whose words it repeats. Moves one file of the index, then one declaration of a file, at a
// time to every other place, and keeps any move that saves a byte, until none does. A declaration
// never moves above one it reads. Prints each saving; `--write` writes the index and the files.
// Neither order changes what the lexicon holds: the files are data, and every list is read whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Plugin } from 'esbuild';
import { ENTRIES, measureBundle } from './bench/bundle-size.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const lexiconDir = fileURLToPath(new URL('../src/lexicon/', import.meta.url));
const resolveDir = fileURLToPath(new URL('.', import.meta.url));
const classifyOnly = ENTRIES[0] as (typeof ENTRIES)[number];

/** The files whose declarations may move: the word lists and patterns (a cue file is one list). */
const FILES_OF_LISTS = [
  'clause-words',
  'excluded-forms',
  'hybrid',
  'market-cues',
  'negation',
  'people',
  'phrase-words',
  'roles',
  'sellers',
];

/**
 * A file as its imports and module comment (kept first) and its top-level declarations, each
 * with its comment: the parts between blank lines.
 */
interface SplitFile {
  readonly head: string;
  readonly declarations: readonly string[];
}

function split(source: string): SplitFile {
  const parts = source.trimEnd().split('\n\n');
  const inHead = (part: string) =>
    part.includes('@module') || (/^import /m.test(part) && !/^export /m.test(part));
  const headParts = parts.findIndex((part) => !inHead(part));
  return { head: parts.slice(0, headParts).join('\n\n'), declarations: parts.slice(headParts) };
}

const joined = (file: SplitFile) => `${[file.head, ...file.declarations].join('\n\n')}\n`;

const declaredNames = (declaration: string) =>
  [...declaration.matchAll(/^(?:export )?(?:const|function) (\w+)/gm)].map((m) => m[1] ?? '');

/** True when no declaration reads a name declared below it (comments aside). */
function inReadingOrder(declarations: readonly string[]): boolean {
  const below = new Set(declarations.flatMap(declaredNames));
  for (const declaration of declarations) {
    for (const name of declaredNames(declaration)) below.delete(name);
    const code = declaration.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const name of below) if (new RegExp(`\\b${name}\\b`).test(code)) return false;
  }
  return true;
}

const indexSource = readFileSync(`${lexiconDir}index.ts`, 'utf8');
/** The index up to its first `export` line: its comment and the directive above the list. */
const indexHead = indexSource.slice(0, indexSource.search(/^export /m));
let index = [...indexSource.matchAll(/^export \* from '\.\/([\w-]+)\.ts';$/gm)].map(
  (m) => m[1] ?? '',
);
const files = new Map(
  FILES_OF_LISTS.map((name) => [name, split(readFileSync(`${lexiconDir}${name}.ts`, 'utf8'))]),
);

/** The classify bundle's gzipped bytes with the lexicon laid out as `index` and `files` say. */
async function gzipBytes(): Promise<number> {
  const layout: Plugin = {
    name: 'lexicon-layout',
    setup(build) {
      build.onLoad({ filter: /lexicon[\\/][\w-]+\.ts$/ }, (args) => {
        const name = /([\w-]+)\.ts$/.exec(args.path)?.[1] ?? '';
        if (name === 'index')
          return {
            contents: index.map((f) => `export * from './${f}.ts';`).join('\n'),
            loader: 'ts',
          };
        const file = files.get(name);
        return file === undefined ? undefined : { contents: joined(file), loader: 'ts' };
      });
    },
  };
  return (await measureBundle(classifyOnly.name, classifyOnly.entry, resolveDir, [layout]))
    .gzipBytes;
}

/** Every order of `items` with one of them moved elsewhere. */
function* moves<T>(items: readonly T[]): Generator<T[]> {
  for (let from = 0; from < items.length; from++) {
    const rest = items.filter((_, i) => i !== from);
    for (let to = 0; to <= rest.length; to++)
      if (to !== from) yield [...rest.slice(0, to), items[from] as T, ...rest.slice(to)];
  }
}

let best = await gzipBytes();
console.log(`as written: ${best} bytes`);
for (let improved = true; improved; ) {
  improved = false;
  const kept = index;
  for (const order of moves(kept)) {
    index = order;
    const bytes = await gzipBytes();
    if (bytes < best) [best, improved] = [bytes, true];
    else index = kept;
    if (improved) break;
  }
  if (improved) {
    console.log(`${best} bytes: index ${index.join(' ')}`);
    continue;
  }
  for (const [name, file] of files) {
    for (const order of moves(file.declarations)) {
      if (!inReadingOrder(order)) continue;
      files.set(name, { head: file.head, declarations: order });
      const bytes = await gzipBytes();
      if (bytes < best) {
        [best, improved] = [bytes, true];
        console.log(`${best} bytes: a declaration of ${name}.ts moved`);
        break;
      }
      files.set(name, file);
    }
  }
}
console.log(`best: ${best} bytes`);
if (values.write) {
  const list = index.map((f) => `export * from './${f}.ts';`).join('\n');
  writeFileSync(`${lexiconDir}index.ts`, `${indexHead}${list}\n`);
  for (const [name, file] of files) writeFileSync(`${lexiconDir}${name}.ts`, joined(file));
}
