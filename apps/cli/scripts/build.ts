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
import { rename, rm, writeFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { builtinsByRequire } from './builtins-by-require.ts';

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
