import { build } from 'esbuild';

await build({
  absWorkingDir: '/work/main/apps/cli',
  entryPoints: { core: '../../packages/core/src/index.ts' },
  outdir: '/tmp/corebundle',
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
