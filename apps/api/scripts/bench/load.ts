/**
 * One autocannon run and its figures.
 *
 * @module
 */
import autocannon from 'autocannon';

/** What a run reports. */
export interface LoadFigures {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Options for one run. */
export interface LoadOptions {
  label: string;
  url: string;
  body: string;
  seconds: number;
  connections: number;
}

/** POSTs `body` as JSON to `url` for `seconds` and returns the figures. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: options.body,
    connections: options.connections,
    duration: options.seconds,
    // Load generation in a worker thread, so it does not share the server's event loop.
    workers: 1,
  });
  return {
    label: options.label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** One line of figures. */
export function formatFigures(f: LoadFigures): string {
  const rps = Math.round(f.requestsPerSecond).toLocaleString('en-US');
  return (
    `${f.label.padEnd(22)} ${rps.padStart(8)} req/s   p50 ${f.p50} ms   p99 ${f.p99} ms   ` +
    `${f.total.toLocaleString('en-US')} requests, ${f.errors} errors, ${f.timeouts} timeouts, ${f.non2xx} non-2xx`
  );
}
