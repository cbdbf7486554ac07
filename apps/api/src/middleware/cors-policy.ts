/**
 * CORS for the configured origins. Every request is answered by the app first (an `OPTIONS` with
 * 204 and `Allow` on a known path, 404 on an unknown one) and then given CORS headers here: a
 * preflight's when it is an `OPTIONS` naming an origin and a method on a known path, else those
 * of an actual CORS response. (Hono's `cors()` answers every `OPTIONS` as a preflight, known path
 * or not, so it is not used.)
 *
 * Origins are compared as WHATWG URL origins (`scheme://host[:port]`, host in lower case, default
 * port left out), so a configured `https://Intake.example:443/app/` allows what a browser sends
 * from that page, `https://intake.example`. {@link resolveCorsOrigins} turns the configured entries
 * into that form once, when the app is built.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';

const ALLOW_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];
const ALLOW_HEADERS = ['Authorization', 'Content-Type', 'X-Request-Id'];
const EXPOSE_HEADERS = ['X-Request-Id', 'Server-Timing'];
/** How long a browser may keep a preflight's answer. */
const MAX_AGE_SECONDS = 600;

/**
 * The origin a browser sends for pages at `value`, as `scheme://host[:port]` (WHATWG URL origin:
 * host in lower case and punycode, default port left out, path, query and userinfo dropped), or
 * `null` when `value` is not an http(s) URL. A host with `*` is `null` too: no browser sends one.
 *
 * @example
 * ```ts
 * httpOrigin('https://Intake.example:443/app/'); // 'https://intake.example'
 * httpOrigin('intake.example'); // null (no scheme)
 * httpOrigin('null'); // null
 * ```
 */
export function httpOrigin(value: string): string | null {
  // What sandboxed and file: pages send; answered without the parser's exception (5 µs).
  if (value === 'null') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname.includes('*')) return null;
  return url.origin;
}

/** Why a configured entry allows no origin, for the warning that names it. */
function whyUnusable(entry: string): string {
  if (entry === '*') return '"*" allows any origin only as the whole setting, not in a list';
  if (entry.toLowerCase() === 'null')
    return 'a null origin (sandboxed or file: pages) is never allowed by name';
  if (entry.includes('*')) return 'wildcards are not supported, list each origin';
  const withScheme = entry.includes('://') ? null : httpOrigin(`https://${entry}`);
  if (withScheme !== null) return `it has no scheme, write ${withScheme} (or http://)`;
  return 'it is not an http(s) origin such as https://app.example';
}

/**
 * The configured CORS origins in the form requests are compared in: `'*'` as given, each listed
 * entry through {@link httpOrigin}, duplicates dropped. An entry that is not an http(s) origin
 * would match no request, so it is left out and `warn` is called once with a message naming it.
 *
 * @example
 * ```ts
 * resolveCorsOrigins(['https://Intake.example/', 'intake.example']);
 * // ['https://intake.example'], after one warning about "intake.example"
 * ```
 */
export function resolveCorsOrigins(
  origins: readonly string[] | '*',
  warn: (message: string) => void = console.warn,
): readonly string[] | '*' {
  if (origins === '*') return '*';
  const resolved = new Set<string>();
  // "https://a.example,https://b.example" in one entry is two, as the variable reads it.
  for (const raw of origins.flatMap((entry) => entry.split(','))) {
    const entry = raw.trim();
    if (entry === '') continue;
    const origin = httpOrigin(entry);
    if (origin !== null) {
      resolved.add(origin);
    } else {
      warn(
        `[marketlens-api] CORS origin ${JSON.stringify(entry)} is ignored: ${whyUnusable(entry)}`,
      );
    }
  }
  return [...resolved];
}

/** True for a CORS preflight (Fetch standard): OPTIONS naming an origin and a method. */
const isPreflight = (c: Context): boolean =>
  c.req.method === 'OPTIONS' &&
  c.req.header('Origin') !== undefined &&
  c.req.header('Access-Control-Request-Method') !== undefined;

/**
 * CORS for `origins` (a list as {@link resolveCorsOrigins} gives it, or `'*'` for any). A
 * request's `Origin` is compared in the same form, so `null` or anything that is not an http(s)
 * origin matches no listed entry. Preflights for known paths get 204 with the allowed methods and
 * headers (cached 600 s); every other answer gets `Access-Control-Allow-Origin` for an allowed
 * origin, and the exposed headers.
 *
 * @example
 * ```ts
 * app.use(corsPolicy(['https://intake.example']));
 * ```
 */
export function corsPolicy(origins: readonly string[] | '*'): MiddlewareHandler {
  const allowed = new Set(origins === '*' ? [] : origins);
  const allowOrigin = (origin: string | undefined): string | null => {
    if (origins === '*') return '*';
    if (origin === undefined) return null;
    // A browser sends the serialised origin, so most requests match as they come.
    if (allowed.has(origin)) return origin;
    const normalised = httpOrigin(origin);
    return normalised !== null && allowed.has(normalised) ? normalised : null;
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
