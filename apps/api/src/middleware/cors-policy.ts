/**
 * CORS for the configured origins, through Hono's `cors()`, which answers every `OPTIONS` as a
 * preflight. Here only an `OPTIONS` with `Origin` and `Access-Control-Request-Method` is one, and
 * only on a path that exists: anything else gets the answer it would get without CORS (204 with
 * `Allow`, or 404), with the headers of an actual CORS response.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const ALLOW_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'X-Request-Id'];
const EXPOSE_HEADERS = ['X-Request-Id', 'Server-Timing'];

/** True for a CORS preflight (Fetch standard): OPTIONS naming an origin and a method. */
const isPreflight = (c: Context): boolean =>
  c.req.method === 'OPTIONS' &&
  c.req.header('Origin') !== undefined &&
  c.req.header('Access-Control-Request-Method') !== undefined;

/**
 * CORS for `origins` (a list, or `'*'` for any). Preflights for known paths get 204 with the
 * allowed methods and headers (cached 600 s); every other answer gets
 * `Access-Control-Allow-Origin` for an allowed origin, and the exposed headers.
 *
 * @example
 * ```ts
 * app.use(corsPolicy(['https://intake.example']));
 * ```
 */
export function corsPolicy(origins: readonly string[] | '*'): MiddlewareHandler {
  const handle = cors({
    origin: origins === '*' ? '*' : [...origins],
    allowMethods: ALLOW_METHODS,
    allowHeaders: ALLOW_HEADERS,
    exposeHeaders: EXPOSE_HEADERS,
    maxAge: 600,
  });
  const allowOrigin = (origin: string | undefined): string | null => {
    if (origins === '*') return '*';
    return origin !== undefined && origins.includes(origin) ? origin : null;
  };

  return async (c, next) => {
    if (c.req.method !== 'OPTIONS') return handle(c, next);
    // The rest of the app decides first: 204 with Allow on a known path, 404 on an unknown one.
    await next();
    if (isPreflight(c) && c.res.ok) return handle(c, () => Promise.resolve());
    // Not a preflight (or one for nothing): the headers of an actual CORS response.
    const headers = c.res.headers;
    const origin = allowOrigin(c.req.header('Origin'));
    if (origin !== null) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS.join(','));
    if (origins !== '*') headers.append('Vary', 'Origin');
  };
}
