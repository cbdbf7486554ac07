/**
 * Node entry: `node src/entries/node.ts` (Node ≥ 22.18 runs the TypeScript directly).
 * Environment: PORT (default 8787; 0 picks a free port), HOST (default 127.0.0.1), API_TOKEN
 * (trimmed; blank means no auth; whitespace inside exits with code 2), CORS_ORIGINS. Stops
 * gracefully on SIGINT/SIGTERM: no new connections, in-flight requests finish.
 *
 * @module
 */
// First: the core's stem tables, before the classifier loads.
import './fast-start.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../app.ts';
import { parseCorsOrigins, resolveToken } from '../options.ts';
import { answerClientError, refusedRequest } from './client-error.ts';

const SHUTDOWN_GRACE_MS = 10_000;

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`marketlens-api: PORT must be an integer from 0 to 65535, got "${value}"`);
    process.exit(2);
  }
  return port;
}

/** API_TOKEN as the app reads it: trimmed; blank is no auth (said aloud when it was not empty). */
function readToken(value: string | undefined): string | null {
  try {
    const token = resolveToken(value);
    if (token === null && value) {
      console.warn('marketlens-api: API_TOKEN is blank, so /v1/* needs no token');
    }
    return token;
  } catch (error) {
    console.error(`marketlens-api: API_TOKEN is unusable: ${(error as Error).message}`);
    process.exit(2);
  }
}

const port = parsePort(process.env.PORT);
const hostname = process.env.HOST?.trim() || '127.0.0.1';
const token = readToken(process.env.API_TOKEN);
const app = createApp({
  token: token ?? undefined,
  corsOrigins: parseCorsOrigins(process.env.CORS_ORIGINS),
});

// The adapter's request listener, with an answer of ours for a URL it cannot read.
const server = createServer(
  getRequestListener(app.fetch, { hostname, errorHandler: refusedRequest }),
);
server.listen(port, hostname, () => {
  const info = server.address() as AddressInfo;
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`marketlens-api listening on http://${host}:${info.port}`);
});

// A request the HTTP parser refuses gets a problem too, not Node's bare status line.
server.on('clientError', answerClientError);

server.on('error', (error) => {
  console.error(`marketlens-api: cannot listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`marketlens-api: ${signal}, closing`);
  const force = setTimeout(() => {
    console.error('marketlens-api: requests still open after the grace period, closing them');
    if ('closeAllConnections' in server) server.closeAllConnections();
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  server.close(() => {
    clearTimeout(force);
    process.exit(0);
  });
  // Keep-alive connections with no request in flight would hold close() open.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}

process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
