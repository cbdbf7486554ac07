import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRIES, measureBundle } from '../../scripts/bench/bundle-size.ts';
import { CLASSIFY_BUDGET_BYTES } from '../../scripts/bench/format-bench.ts';

const scriptsDir = fileURLToPath(new URL('../../scripts/', import.meta.url));
const entry = (name: string) => {
  const found = ENTRIES.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no entry ${name}`);
  return found.entry;
};

describe('bundle size (the figures `pnpm bench` prints, as sizes not timings)', () => {
  it('importing only classify stays under 50 KB min+gzip and pulls no zod', {
    timeout: 30_000,
  }, async () => {
    const size = await measureBundle('classify only', entry('classify only'), scriptsDir);
    expect(size.includesZod).toBe(false);
    expect(size.gzipBytes).toBeLessThanOrEqual(CLASSIFY_BUDGET_BYTES);
    expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
  });

  it('the root entry pulls no zod either (schemas have their own entry)', {
    timeout: 30_000,
  }, async () => {
    const size = await measureBundle('root', entry('root entry (everything)'), scriptsDir);
    expect(size.includesZod).toBe(false);
    // nor any other package: the baselines (natural, wink-*) are dev-only
    expect(size.packages).toEqual([]);
  });

  it('detects zod where it is (the schemas entry), so the check above can fail', {
    timeout: 30_000,
  }, async () => {
    const size = await measureBundle('schemas', entry('schemas entry'), scriptsDir);
    expect(size.includesZod).toBe(true);
    expect(size.packages).toEqual(['zod']);
  });
});
