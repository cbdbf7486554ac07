/**
 * Bundles the CLI into `dist/`: `dist/cli.js` (the `marketlens` binary), `dist/batch-worker.js`
 * (the batch worker thread) and lazily loaded chunks, plus `dist/inputs.json`, the list of
 * source files the bundle was made from (so `scripts/run.ts` can tell when it is stale).
 *
 * Everything is bundled (no runtime `node_modules` needed). Code splitting keeps the one-shot
 * commands lean: Ink, React and the UI live in chunks that only the interactive path imports.
 * `MARKETLENS_NO_MINIFY=1` keeps names readable, for profiling (`node --cpu-prof dist/cli.js …`).
 *
 * @module
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Commander imports `node:child_process` at load for git-style executable subcommands, which
 * `marketlens` does not have; loading it (and `net` behind it) costs every run a few
 * milliseconds. Commander gets a stand-in that fails loudly if it were ever used.
 */
const commanderWithoutChildProcess: Plugin = {
  name: 'commander-without-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`)
        ? { path: 'child-process-stand-in', namespace: 'marketlens' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'marketlens' }, () => ({
      contents:
        "const unused = () => { throw new Error('marketlens has no executable subcommands'); };\n" +
        'export default { spawn: unused };\n',
      loader: 'js',
    }));
  },
};

const BUILTINS = new Set(builtinModules);

/** The names a file imports from `specifier` ("import { a, b as c } from 'node:x'"), or null for "all". */
function importedNames(source: string, specifier: string): string[] | null {
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const names = new Set<string>();
  const statement = new RegExp(`import\\s+([^;]*?)\\s+from\\s*["']${quoted}["']`, 'g');
  for (const [, clause = ''] of source.matchAll(statement)) {
    if (clause.includes('*')) return null;
    const braces = /\{([^}]*)\}/.exec(clause)?.[1];
    for (const part of braces?.split(',') ?? []) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name) names.add(name);
    }
  }
  // Re-exports, require() and import() of the module take the whole of it.
  const other = new RegExp(`(?:export[^;]*from|require\\(|import\\()\\s*["']${quoted}["']`);
  return other.test(source) ? null : [...names].sort();
}

/**
 * Node's built-in modules are loaded with `require`, and only the exports a file names are read.
 * An ESM import of a built-in, like esbuild's CommonJS interop (which asks for every property's
 * descriptor), makes Node load what each lazy export stands for: `node:util` pulls in the argument
 * parser, the diff engine and worker threads, `node:fs` its promises API and with it readline —
 * dozens of internal modules that a one-shot `marketlens classify` never uses.
 */
const builtinsByRequire: Plugin = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?[a-z_/]+$/ }, async (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!BUILTINS.has(name)) return undefined;
      // The stand-in's own require stays a run-time require (the banner defines `require`).
      if (args.namespace === 'builtin') return { path: `node:${name}`, external: true };
      const source = args.importer ? await readFile(args.importer, 'utf8') : '';
      const names = args.kind === 'import-statement' ? importedNames(source, args.path) : null;
      return { path: `${name}?${names?.join(',') ?? '*'}`, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const [name = '', list = '*'] = args.path.split('?');
      if (list === '*')
        return { contents: `module.exports = require('node:${name}');`, loader: 'js' };
      const lines = [`const m = require('node:${name}');`, 'export default m;'];
      for (const key of list.split(',').filter(Boolean))
        lines.push(`export const ${key} = m.${key};`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * Builds `dist/` from scratch. The bundle is written to a temporary directory and swapped in
 * by renames, so that a concurrent run (tests, `pnpm marketlens`) never sees half a bundle.
 */
export async function buildCli(): Promise<void> {
  // Under node_modules: ignored by git and Biome, and on the same file system as dist/.
  const staging = `node_modules/.marketlens-dist-${process.pid}`;
  const retired = `${root}node_modules/.marketlens-dist-old-${process.pid}`;
  await rm(`${root}${staging}`, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.tsx', 'batch-worker': 'src/batch/worker.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    jsx: 'automatic',
    minify: !process.env.MARKETLENS_NO_MINIFY,
    legalComments: 'none',
    metafile: true,
    // Ink only loads react-devtools-core when DEV=true; it is not installed, and never needed.
    external: ['react-devtools-core'],
    plugins: [commanderWithoutChildProcess, builtinsByRequire],
    // Bundled CommonJS (react, commander) may `require` Node built-ins: give ESM a `require`.
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __marketlensCreateRequire } from 'node:module';",
        'const require = __marketlensCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes(':'));
  await writeFile(`${root}${staging}/inputs.json`, `${JSON.stringify(inputs)}\n`);
  await rename(`${root}dist`, retired).catch(() => {});
  await rename(`${root}${staging}`, `${root}dist`);
  await rm(retired, { recursive: true, force: true });
  if (process.env.MARKETLENS_BUILD_VERBOSE) {
    for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
      console.log(`${file} ${(bytes / 1024).toFixed(0)} kB`);
    }
  }
}

if (import.meta.main) await buildCli();
