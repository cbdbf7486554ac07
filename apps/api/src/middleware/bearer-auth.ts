/**
 * Optional bearer-token auth for `/v1/*`: a missing or wrong token gets a 401 problem with a
 * `WWW-Authenticate` challenge. The comparison is constant-time.
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.ts';
import { timingSafeEqual } from './constant-time.ts';

const CHALLENGE = 'Bearer realm="marketlens"';
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** Requires `Authorization: Bearer <token>` on every request it guards, except CORS/OPTIONS. */
export function bearerAuth(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const header = c.req.header('Authorization');
    if (header === undefined) {
      return problemResponse(
        c,
        'unauthorized',
        'This server requires a token: send Authorization: Bearer <token>.',
        undefined,
        { 'WWW-Authenticate': CHALLENGE },
      );
    }
    const given = BEARER.exec(header)?.[1];
    if (given === undefined || !timingSafeEqual(given, token)) {
      return problemResponse(
        c,
        'unauthorized',
        'The Authorization header is not a valid bearer token for this server.',
        undefined,
        { 'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"` },
      );
    }
    return next();
  };
}
