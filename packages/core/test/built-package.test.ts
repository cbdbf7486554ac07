// The publishable build, used the way a plain Node ESM consumer would: no TypeScript tooling,
// no type stripping, imports by path. `dist/` comes from `tsc -p tsconfig.build.json`, which turbo's
// test task runs first (dependsOn build); this test builds nothing itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(packageDir, 'dist');
const built = existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'schemas', 'index.js'));
// Outside the package (so lint running alongside never sees it); dist/ is imported by path and
// resolves zod from the package's own node_modules, as after an install.
const scratch = mkdtempSync(join(tmpdir(), 'marketlens-built-'));
const distFrom = (dir: string) => relative(dir, dist).split(sep).join('/');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The workspace's TypeScript (a root devDependency), to check the emitted .d.ts as a consumer would.
const tsc = join(packageDir, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER = `
import { classify, definitions, MAX_TEXT_LENGTH, TextTooLongError } from '../dist/index.js';
import { ClassificationSchema } from '../dist/schemas/index.js';

const result = classify('Cartoon ads to kids; the parents pay.');
const parsed = ClassificationSchema.safeParse(result);
if (!parsed.success) {
  console.error(JSON.stringify(parsed.error.issues));
  process.exit(3);
}
let tooLong = 'no error';
try {
  classify('x'.repeat(MAX_TEXT_LENGTH + 1));
} catch (error) {
  tooLong = error instanceof TextTooLongError ? error.code : String(error);
}
console.log(JSON.stringify({ orientation: result.orientation, definitions: definitions.length, tooLong }));
`;

const TYPED_CONSUMER = `
import { classify, type Classification, type Orientation } from '../dist/index.js';
import { ClassificationSchema } from '../dist/schemas/index.js';

const result: Classification = ClassificationSchema.parse(classify('Loyalty rebates for resellers.'));
const orientation: Orientation = result.orientation;
// @ts-expect-error: the declarations must carry the literal union, not string
const wrong: 'customer' = result.orientation;
console.log(orientation, wrong);
`;

const TYPED_TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ['consumer.ts'],
};

describe('the built package (dist/)', () => {
  it('exists — run `pnpm --filter @marketlens/core build` (turbo does before test)', () => {
    expect(built, `${dist} is missing: build the package first`).toBe(true);
  });

  it('has a .js and a .d.ts for every publish-time export', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      publishConfig: { exports: Record<string, string | { types: string; default: string }> };
    };
    const targets = Object.values(pkg.publishConfig.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : [target.types, target.default],
    );
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets) expect(existsSync(join(packageDir, target)), target).toBe(true);
  });

  // Generous timeouts: spawning under a busy parallel turbo run is slow; these guard hangs only.
  it.skipIf(!built)(
    'imports and classifies from a plain Node ESM script (no TS tooling)',
    { timeout: 60_000 },
    () => {
      const file = join(scratch, 'consumer.mjs');
      writeFileSync(file, CONSUMER.replaceAll('../dist/', `${distFrom(scratch)}/`));
      const run = spawnSync(process.execPath, ['--no-experimental-strip-types', file], {
        cwd: scratch,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
        timeout: 30_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        orientation: 'consumer',
        definitions: 4,
        tooLong: 'TEXT_TOO_LONG',
      });
    },
  );

  it.skipIf(!built || !existsSync(tsc))(
    'has declarations a strict nodenext TypeScript consumer can use (skips without workspace tsc)',
    { timeout: 120_000 },
    () => {
      const dir = mkdtempSync(join(scratch, 'typed-'));
      writeFileSync(
        join(dir, 'consumer.ts'),
        TYPED_CONSUMER.replaceAll('../dist/', `${distFrom(dir)}/`),
      );
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TYPED_TSCONFIG));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      const run = spawnSync(process.execPath, [tsc, '-p', dir], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stdout + run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
