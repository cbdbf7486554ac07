/**
 * CORS for the configured origins. Every request is answered by the app first (an `OPTIONS` with
 * 204 and `Allow` on a known path, 404 on an unknown one) and then given CORS headers here: a
 * preflight's when it is an `OPTIONS` naming an origin and a method on a known path, else those
 * of an actual CORS response. (Hono's `cors()` answers every `OPTIONS` as a preflight, known path
 * or not, so it is not used.)
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';

const ALLOW_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'X-Request-Id'];
const EXPOSE_HEADERS = ['X-Request-Id', 'Server-Timing'];
/** How long a browser may keep a preflight's answer. */
const MAX_AGE_SECONDS = 600;

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
  const allowOrigin = (origin: string | undefined): string | null => {
    if (origins === '*') return '*';
    return origin !== undefined && origins.includes(origin) ? origin : null;
  };

  return async (c, next) => {
    // The rest of the app decides first: an OPTIONS gets 204 with Allow on a known path, 404 on
    // an unknown one.
    await next();
    const headers = c.res.headers;
    const origin = allowOrigin(c.req.header('Origin'));
    if (origin !== null) headers.set('Access-Control-Allow-Origin', origin);
    if (origins !== '*') headers.append('Vary', 'Origin');
    if (isPreflight(c) && c.res.ok) {
      // A preflight for a known path: what a request from that origin may carry.
      if (origin === null) return;
      headers.set('Access-Control-Allow-Methods', ALLOW_METHODS.join(','));
      headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS.join(','));
      headers.set('Access-Control-Max-Age', String(MAX_AGE_SECONDS));
      return;
    }
    // Not a preflight (or one for nothing): the headers of an actual CORS response.
    headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS.join(','));
  };
}
