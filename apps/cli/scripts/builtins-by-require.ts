/**
 * An esbuild plugin for the CLI bundle: Node's built-in modules are loaded with `require`, and
 * only the exports a file names are read from them (see {@link builtinsByRequire}).
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const BUILTINS = new Set(builtinModules);

/** The names a file imports from `specifier` ("import { a, b as c } from 'node:x'"), or null for "all". */
export function importedNames(source: string, specifier: string): string[] | null {
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
export const builtinsByRequire: Plugin = {
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
