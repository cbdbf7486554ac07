import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../', import.meta.url));

describe('the lexicon index', () => {
  // The first module to import a lexicon file decides where a bundler lays the lexicon out: one
  // import of a file past the index puts its data among code, and the classify bundle grows.
  it('is how the code outside lexicon/ imports the lexicon (all-patterns.ts apart)', () => {
    const direct = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
      .filter((path) => !path.startsWith('lexicon/'))
      .flatMap((path) =>
        [...readFileSync(srcDir + path, 'utf8').matchAll(/from '[./]+\/lexicon\/([\w-]+)\.ts'/g)]
          .map((match) => match[1])
          .filter((file) => file !== 'index' && file !== 'all-patterns')
          .map((file) => `${path} imports lexicon/${file}.ts`),
      );
    expect(direct).toEqual([]);
  });

  // The cues repeat the words of the patterns and word lists, and gzip finds a repeat only in the
  // 32 kB before it: they come last (see index.ts).
  it('lists the cue files after the word lists and patterns', () => {
    const files = [
      ...readFileSync(`${srcDir}lexicon/index.ts`, 'utf8').matchAll(/from '\.\/([\w-]+)\.ts'/g),
    ].map((match) => match[1] ?? '');
    const firstCueFile = files.findIndex((file) => file.includes('cue'));
    expect(files.slice(firstCueFile).filter((file) => !file.includes('cue'))).toEqual([]);
  });
});
