/**
 * Where the time of one classify request goes, measured in process (no sockets): the core's
 * `classify`, serialising its result, and whole requests through `app.fetch` for both routes.
 *
 * @module
 */
import { classify } from '@marketlens/core';

const ITERATIONS = 3000;

/** Anything with a fetch handler: a Hono app. */
export interface Fetcher {
  fetch: (request: Request) => Response | Promise<Response>;
}

async function perCall(fn: () => unknown | Promise<unknown>): Promise<number> {
  // Long warm-up: the classifier needs a few thousand calls before the JIT settles.
  for (let i = 0; i < 3000; i++) await fn();
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) await fn();
  return ((performance.now() - started) / ITERATIONS) * 1000;
}

const post = (app: Fetcher, path: string, body: string) => async () => {
  const res = await app.fetch(
    new Request(`http://bench${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
  await res.arrayBuffer();
};

/** Microseconds per operation, in process. */
export async function breakdown(
  api: Fetcher,
  bare: Fetcher,
  body: string,
): Promise<Record<string, number>> {
  const { text } = JSON.parse(body) as { text: string };
  const result = classify(text);
  return {
    'classify() alone': await perCall(() => classify(text)),
    'JSON.stringify(result)': await perCall(() => JSON.stringify(result)),
    'bare route via app.fetch': await perCall(post(bare, '/bare', body)),
    '/v1/classify via app.fetch': await perCall(post(api, '/v1/classify', body)),
  };
}
