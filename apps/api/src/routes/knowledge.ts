/**
 * The reference data: `GET /v1/definitions`, `GET /v1/definitions/{term}`, `GET /v1/dimensions`
 * and `GET /v1/compare`. Read-only and identical for every caller, so cacheable.
 *
 * @module
 */
import { createRoute, z } from '@hono/zod-openapi';
import { comparison, definitions, dimensions, findDefinition } from '@marketlens/core';
import { TermIdSchema } from '@marketlens/core/schemas';
import type { ResolvedOptions } from '../options.ts';
import { problemResponse } from '../problem.ts';
import {
  ComparisonBodySchema,
  DefinitionBodySchema,
  DefinitionListSchema,
  DimensionListSchema,
} from '../schemas.ts';
import { errorResponses, requestIdHeader, security } from './responses.ts';
import { createRouter } from './router.ts';

const CACHE = 'public, max-age=3600';
const TERMS = TermIdSchema.options;

const TermParamsSchema = z.object({
  term: z.string().openapi({
    param: { name: 'term', in: 'path' },
    enum: [...TERMS],
    example: 'customer-marketing',
    description: 'one of the four term ids (case, spaces and underscores do not matter)',
  }),
});

/** The reference-data route group. */
export function knowledgeRoutes(options: ResolvedOptions) {
  const secured = security(options.token !== null);
  const ok = <S extends z.ZodType>(description: string, schema: S) => ({
    description,
    headers: requestIdHeader,
    content: { 'application/json': { schema } },
  });

  const listDefinitions = createRoute({
    method: 'get',
    path: '/v1/definitions',
    tags: ['reference'],
    summary: 'The four terms',
    description: 'Customer market, consumer market, customer marketing, consumer marketing.',
    ...secured,
    responses: {
      200: ok('All four definitions', DefinitionListSchema),
      ...errorResponses([401, 405, 500]),
    },
  });
  const getDefinition = createRoute({
    method: 'get',
    path: '/v1/definitions/{term}',
    tags: ['reference'],
    summary: 'One term',
    ...secured,
    request: { params: TermParamsSchema },
    responses: {
      200: ok('The definition', DefinitionBodySchema),
      ...errorResponses([401, 404, 405, 500]),
    },
  });
  const listDimensions = createRoute({
    method: 'get',
    path: '/v1/dimensions',
    tags: ['reference'],
    summary: 'The seven dimensions',
    description: 'Each with its question, both poles, their implications and KPIs.',
    ...secured,
    responses: {
      200: ok('All seven dimensions, in display order', DimensionListSchema),
      ...errorResponses([401, 405, 500]),
    },
  });
  const compare = createRoute({
    method: 'get',
    path: '/v1/compare',
    tags: ['reference'],
    summary: 'Customer vs consumer, side by side',
    ...secured,
    responses: {
      200: ok('The comparison table', ComparisonBodySchema),
      ...errorResponses([401, 405, 500]),
    },
  });

  return createRouter()
    .openapi(listDefinitions, (c) => {
      c.header('Cache-Control', CACHE);
      return c.json({ definitions: [...definitions] }, 200);
    })
    .openapi(getDefinition, (c) => {
      const { term } = c.req.valid('param');
      // As `marketlens define` reads it: "customer marketing" and "Customer_Marketing" name one term.
      const definition = findDefinition(
        term
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, '-'),
      );
      if (definition === undefined) {
        return problemResponse(
          c,
          'not-found',
          `No term "${term.slice(0, 100)}". Known terms: ${TERMS.join(', ')}.`,
        );
      }
      c.header('Cache-Control', CACHE);
      return c.json(definition, 200);
    })
    .openapi(listDimensions, (c) => {
      c.header('Cache-Control', CACHE);
      return c.json({ dimensions: [...dimensions] }, 200);
    })
    .openapi(compare, (c) => {
      c.header('Cache-Control', CACHE);
      return c.json(comparison, 200);
    });
}
