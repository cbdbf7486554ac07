import { describe, expect, it } from 'vitest';
import { importedNames } from '../../scripts/builtins-by-require.ts';

describe('importedNames', () => {
  it('lists the names a file imports from a built-in, aliases by their exported name', () => {
    const source = [
      "import { readFile, stat as statFile } from 'node:fs/promises';",
      "import process from 'node:process';",
      'import {\n  type Readable,\n  PassThrough,\n} from "node:stream";',
    ].join('\n');
    expect(importedNames(source, 'node:fs/promises')).toEqual(['readFile', 'stat']);
    expect(importedNames(source, 'node:process')).toEqual([]);
    expect(importedNames(source, 'node:stream')).toEqual(['PassThrough', 'Readable']);
  });

  it('takes the whole module for a namespace import, a re-export, require() or import()', () => {
    expect(importedNames("import * as fs from 'node:fs';", 'node:fs')).toBeNull();
    expect(importedNames("export { join } from 'node:path';", 'node:path')).toBeNull();
    expect(importedNames("const fs = require('fs');", 'fs')).toBeNull();
    expect(importedNames("const fs = await import('node:fs');", 'node:fs')).toBeNull();
  });

  it('does not mistake one module for another that shares a prefix', () => {
    const source =
      "import { readFileSync } from 'node:fs';\nimport { readFile } from 'node:fs/promises';";
    expect(importedNames(source, 'node:fs')).toEqual(['readFileSync']);
  });
});
