// The classify-only bundle that `pnpm bench` measures must also classify as the source does: the
// package is marked free of side effects, so a bundler drops any import kept only for its effect.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../../scripts/bench/bundle-size.ts';
import { classify } from '../../src/index.ts';

const scriptsDir = fileURLToPath(new URL('../../scripts/', import.meta.url));
const TEXTS = [
  // Slips that typo tolerance corrects toward the lexicon's words (none of them in its table of
  // common misspellings).
  'Rebates for our top distribbutors and a named account manager at each reneewal.',
  'Cartoon ads to kids; the parents pay.',
  'Loyalty programme with volume rebates for our top resellers at renewal.',
];

describe('the classify-only bundle', () => {
  it('classifies exactly as the source does', { timeout: 30_000 }, async () => {
    const entry = ENTRIES.find((e) => e.name === 'classify only')?.entry ?? '';
    const result = await build({
      stdin: { contents: entry, resolveDir: scriptsDir, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const dir = mkdtempSync(join(tmpdir(), 'marketlens-bundle-'));
    try {
      const file = join(dir, 'classify.mjs');
      writeFileSync(file, result.outputFiles[0]?.text ?? '');
      const bundled = (await import(pathToFileURL(file).href)) as {
        run: (text: string) => unknown;
      };
      for (const text of TEXTS) expect(bundled.run(text)).toEqual(classify(text));
      // Not vacuous: the typo is read as the word it stands for.
      const typo = bundled.run(TEXTS[0] as string) as ReturnType<typeof classify>;
      expect(typo.dimensions.scope.evidence.map((e) => `${e.text}:${e.cue}`)).toContain(
        'reneewal:renewal',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
