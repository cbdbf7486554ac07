/**
 * Where the built binary is, and how to run it with the Node that runs the tests.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `dist/cli.js`, built by `pnpm build` (turbo builds it before `test`). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Node 24, as pnpm provides it to vitest. */
export const NODE = process.execPath;

/** Fails loudly when the binary was not built, instead of testing something stale or nothing. */
export function assertBuilt(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run \`pnpm --filter @marketlens/cli build\` first`);
  }
}

/** The environment for the binary: the test runner's, without the colour forcing it sets. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.FORCE_COLOR;
  return env;
}
