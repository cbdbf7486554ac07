/**
 * The Worker bundle as `wrangler deploy --dry-run` builds it (no login needed).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bundle files and sizes, or why they could not be measured. */
export type BundleReport =
  | { ok: true; files: { name: string; bytes: number; gzipBytes: number }[]; wranglerSays: string }
  | { ok: false; reason: string };

/** Builds the Worker into a temporary directory and measures what would be uploaded. */
export function measureWorkerBundle(packageDir: string): BundleReport {
  const outdir = mkdtempSync(join(tmpdir(), 'marketlens-worker-'));
  try {
    const run = spawnSync('wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
      cwd: packageDir,
      encoding: 'utf8',
      env: {
        ...process.env,
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_SEND_METRICS: 'false',
        CI: 'true',
      },
    });
    if (run.status !== 0) {
      return {
        ok: false,
        reason: `wrangler exited with ${run.status}: ${run.stderr || run.error}`,
      };
    }
    const files = readdirSync(outdir)
      .filter((name) => statSync(join(outdir, name)).isFile() && !name.endsWith('.map'))
      .map((name) => {
        const bytes = readFileSync(join(outdir, name));
        return { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      });
    const wranglerSays = /Total Upload:[^\n]*/.exec(run.stdout)?.[0] ?? '(no summary line)';
    return { ok: true, files, wranglerSays };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
