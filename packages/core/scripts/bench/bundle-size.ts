import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** What importing one part of the core costs a user's bundle. */
export interface BundleSize {
  name: string;
  /** the entry's source, as bundled */
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
  /** whether any zod module made it into the bundle (from esbuild's metafile) */
  includesZod: boolean;
  /** every npm package with code in the bundle, sorted */
  packages: string[];
  /** the largest inputs by bytes in the output */
  largestInputs: { path: string; bytes: number }[];
}

/** A zod module's path in esbuild's metafile (flat or pnpm layout). */
const ZOD_PATH = /(^|\/)node_modules\/zod\//;

/** The three ways to import the core that the bench sizes. */
export const ENTRIES: readonly { name: string; entry: string }[] = [
  {
    name: 'classify only',
    entry:
      "import { classify } from '../src/index.ts';\nexport const run = (text: string) => classify(text);\n",
  },
  { name: 'root entry (everything)', entry: "export * from '../src/index.ts';\n" },
  { name: 'schemas entry', entry: "export * from '../src/schemas/index.ts';\n" },
];

/**
 * Bundles `entry` with esbuild (ESM, platform neutral, minified, tree-shaken, as a user's bundler
 * would) and measures the output, minified and gzipped (node:zlib, level 9). `resolveDir` is the
 * directory the entry's relative imports start from; `plugins` let a tool bundle a variant of the
 * sources (`scripts/lexicon-order.ts`).
 */
export async function measureBundle(
  name: string,
  entry: string,
  resolveDir: string,
  plugins: Plugin[] = [],
): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error(`esbuild produced no output for ${name}`);
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {}).map(([path, info]) => ({
    path,
    bytes: info.bytesInOutput,
  }));
  return {
    name,
    entry,
    minifiedBytes: file.contents.byteLength,
    gzipBytes: gzipSync(file.contents, { level: 9 }).byteLength,
    includesZod: inputs.some((i) => i.bytes > 0 && ZOD_PATH.test(i.path)),
    packages: [
      ...new Set(
        inputs
          .filter((i) => i.bytes > 0)
          .map((i) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i.path)?.[1])
          .filter((name): name is string => name !== undefined),
      ),
    ].sort(),
    largestInputs: inputs.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}
