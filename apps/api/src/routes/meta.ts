/**
 * The open routes: `GET /healthz`, `GET /openapi.json` (OpenAPI 3.1) and `GET /docs` (an
 * interactive Scalar reference). They never need a token.
 *
 * @module
 */
import { createRoute, z } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { HealthSchema } from '../schemas.ts';
import { errorResponses, requestIdHeader } from './responses.ts';
import { createRouter } from './router.ts';

/** Name and version reported by `/healthz` and the OpenAPI document. */
export const SERVICE = { name: 'marketlens-api', version: '0.1.0' } as const;

const health = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['meta'],
  summary: 'Liveness check',
  responses: {
    200: {
      description: 'The service is up',
      headers: requestIdHeader,
      content: { 'application/json': { schema: HealthSchema } },
    },
    ...errorResponses([405, 500]),
  },
});

const openapi = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This OpenAPI 3.1 document',
  responses: {
    200: {
      description: 'The OpenAPI document',
      headers: requestIdHeader,
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...errorResponses([405, 500]),
  },
});

const docs = createRoute({
  method: 'get',
  path: '/docs',
  tags: ['meta'],
  summary: 'Interactive API reference (Scalar)',
  responses: {
    200: {
      description: 'An HTML page',
      headers: requestIdHeader,
      content: { 'text/html': { schema: z.string() } },
    },
    ...errorResponses([405, 500]),
  },
});

/** The meta route group; `document` builds the OpenAPI document (once, then cached). */
export function metaRoutes(document: () => object) {
  const router = createRouter();
  // Scalar is plain middleware, so /docs is registered by hand and documented through the registry.
  router.openAPIRegistry.registerPath(docs);
  router.get(docs.path, Scalar({ url: '/openapi.json', pageTitle: 'Marketlens API' }));
  return router
    .openapi(health, (c) =>
      c.json({ status: 'ok' as const, service: SERVICE.name, version: SERVICE.version }, 200),
    )
    .openapi(openapi, (c) => c.json(document() as Record<string, unknown>, 200));
}
