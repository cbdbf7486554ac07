/**
 * Secure response headers. API answers get a deny-everything Content-Security-Policy; the
 * `/docs` page gets one that lets the Scalar reference load from jsDelivr and run its inline
 * bootstrap, and nothing else.
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const apiHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: 'DENY',
});

const docsHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
    styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.scalar.com'],
    fontSrc: ["'self'", 'data:', 'https://cdn.jsdelivr.net', 'https://fonts.scalar.com'],
    imgSrc: ["'self'", 'data:', 'https:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
});

/** Adds the secure headers that fit the route: the docs page, or everything else. */
export function securityHeaders(docsPath: string): MiddlewareHandler {
  return (c, next) => (c.req.path === docsPath ? docsHeaders(c, next) : apiHeaders(c, next));
}
