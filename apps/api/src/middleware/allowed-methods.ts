/**
 * What a known path answers under a method it has no route for: `OPTIONS` gets 204 with
 * `Allow` (a question, not a mistake), anything else a 405 problem with `Allow`. Unknown paths
 * are left to the 404 handler.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { problemResponse } from '../problem.ts';

/** Any Hono app, whatever its routes' types: the one whose routes define a known path. */
type RoutedApp = Parameters<typeof methodNotAllowed>[0]['app'];

/** 204 with `Allow` and no body, so no `Content-Type` either (the 404 it replaces had one). */
function allowResponse(c: Context, allow: string): Response {
  const res = c.body(null, 204, { Allow: allow });
  res.headers.delete('Content-Type');
  return res;
}

/**
 * Answers a known path's missing methods; `app` is the app whose routes define "known".
 *
 * @example
 * ```ts
 * app.use(allowedMethods(app));
 * ```
 */
export function allowedMethods(app: RoutedApp): MiddlewareHandler {
  return methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) => {
      const allow = methods.join(', ');
      if (c.req.method === 'OPTIONS') return allowResponse(c, allow);
      return problemResponse(
        c,
        'method-not-allowed',
        `${c.req.method} is not allowed here; use ${allow}.`,
        { allow: methods },
        { Allow: allow },
      );
    },
  });
}
