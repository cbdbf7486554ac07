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

  // The bundler lays the lexicon out in the order the index reaches its files (see index.ts): the
  // index lists every file, so that its order alone decides the layout.
  it('lists every lexicon file', () => {
    const files = [
      ...readFileSync(`${srcDir}lexicon/index.ts`, 'utf8').matchAll(/from '\.\/([\w-]+)\.ts'/g),
    ].map((match) => match[1] ?? '');
    const lexiconFiles = readdirSync(`${srcDir}lexicon`)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((file) => file !== 'index' && file !== 'all-patterns');
    expect([...files].sort()).toEqual(lexiconFiles.sort());
  });
});
