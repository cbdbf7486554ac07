/**
 * HTTP benchmark on loopback: `/v1/classify` beside a bare Hono POST route that only parses the
 * same JSON body (same server, same process, same run), then a long run at 200 connections,
 * then the Worker bundle size. Prints figures; asserts nothing.
 *
 * Run: `pnpm --filter @marketlens/api bench` (BENCH_SECONDS, BENCH_LONG_SECONDS to shorten).
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import { breakdown } from './bench/breakdown.ts';
import { measureWorkerBundle } from './bench/bundle.ts';
import { formatFigures, type LoadFigures, load } from './bench/load.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LONG_SECONDS = Number(process.env.BENCH_LONG_SECONDS ?? 60);
const CONNECTIONS = 50;
const BODY = JSON.stringify({
  text:
    'Spring launch: a national brand-awareness push on TikTok and YouTube aimed at the students ' +
    'who use the app, while account managers offer renewal discounts and a loyalty tier to the ' +
    'universities that pay for the site licences.',
});

// The baseline: parse the same JSON body, answer a tiny JSON. Not part of the shipped app.
const bare = new Hono().post('/bare', async (c) => c.json({ ok: (await c.req.json()) !== null }));
const api = createApp();
const server = serve({
  fetch: (request) => (request.url.endsWith('/bare') ? bare.fetch(request) : api.fetch(request)),
  hostname: '127.0.0.1',
  port: 0,
});
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;

const sample = await api.request('/v1/classify', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: BODY,
});
const answerBytes = (await sample.arrayBuffer()).byteLength;
console.log(
  `marketlens-api bench on ${base} (Node ${process.version}; request body ${BODY.length} bytes, ` +
    `classify answer ${answerBytes} bytes)`,
);
const run = (label: string, path: string, seconds: number, connections = CONNECTIONS) =>
  load({ label, url: `${base}${path}`, body: BODY, seconds, connections });

await run('warm-up bare', '/bare', 3);
await run('warm-up classify', '/v1/classify', 3);

// Alternate the two routes twice so drift (thermal, GC, neighbours) hits both alike.
const rounds: { bare: LoadFigures; classify: LoadFigures }[] = [];
for (let round = 1; round <= 2; round++) {
  const bareFigures = await run(`bare POST #${round}`, '/bare', SECONDS);
  const classifyFigures = await run(`/v1/classify #${round}`, '/v1/classify', SECONDS);
  console.log(formatFigures(bareFigures));
  console.log(formatFigures(classifyFigures));
  rounds.push({ bare: bareFigures, classify: classifyFigures });
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const bareRps = mean(rounds.map((r) => r.bare.requestsPerSecond));
const classifyRps = mean(rounds.map((r) => r.classify.requestsPerSecond));
const ratio = classifyRps / bareRps;
console.log(
  `\n${CONNECTIONS} connections, ${SECONDS} s per run: bare ${Math.round(bareRps)} req/s, ` +
    `classify ${Math.round(classifyRps)} req/s, ratio ${ratio.toFixed(3)} ` +
    `(target ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'NOT met'})`,
);

console.log('\nIn process, µs per operation (no sockets):');
for (const [what, micros] of Object.entries(await breakdown(api, bare, BODY))) {
  console.log(`  ${what.padEnd(28)} ${micros.toFixed(1).padStart(8)} µs`);
}

const long = await run('/v1/classify long', '/v1/classify', LONG_SECONDS, 200);
console.log(`\n${LONG_SECONDS} s at 200 connections:\n${formatFigures(long)}`);
const failures = long.errors + long.non2xx;
console.log(`errors (connection errors + timeouts + non-2xx): ${failures}`);

server.close();

console.log('\nWorker bundle (wrangler deploy --dry-run):');
const bundle = measureWorkerBundle(fileURLToPath(new URL('..', import.meta.url)));
if (bundle.ok) {
  for (const file of bundle.files) {
    console.log(
      `  ${file.name}: ${(file.bytes / 1024).toFixed(1)} KiB, gzip ${(file.gzipBytes / 1024).toFixed(1)} KiB`,
    );
  }
  console.log(`  wrangler: ${bundle.wranglerSays}`);
} else {
  console.log(`  not measured: ${bundle.reason}`);
}
