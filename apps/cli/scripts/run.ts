/**
 * Runs the `marketlens` bundle, rebuilding it first when it is missing or older than any
 * source file it was made from (`dist/inputs.json`). A faster launcher than `turbo run build`
 * for one-shot commands: a fresh bundle costs one `stat` per input.
 *
 * @example
 * ```sh
 * node apps/cli/scripts/run.ts classify --json "Cartoon ads to kids; the parents pay."
 * ```
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli.js`;

function isStale(): boolean {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${root}dist/inputs.json`, 'utf8')) as string[];
    return inputs.some((input) => {
      const modified = statSync(`${root}${input}`, { throwIfNoEntry: false })?.mtimeMs;
      return modified === undefined || modified > built;
    });
  } catch {
    return true;
  }
}

if (isStale()) {
  const { buildCli } = await import('./build.ts');
  await buildCli();
}
await import(bundle);
