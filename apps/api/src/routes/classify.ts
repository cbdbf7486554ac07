/**
 * `POST /v1/classify`: one text in, the core's classification out.
 *
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { classify } from '@marketlens/core';
import { jsonBody } from '../middleware/json-body.ts';
import type { ResolvedOptions } from '../options.ts';
import { ClassificationBodySchema, ClassifyRequestSchema } from '../schemas.ts';
import { errorResponses, security, timingHeaders } from './responses.ts';
import { createRouter } from './router.ts';

/** Formats one `Server-Timing` metric. */
export function serverTiming(name: string, started: number): string {
  return `${name};dur=${(performance.now() - started).toFixed(2)}`;
}

/** The `/v1/classify` route group. */
export function classifyRoutes(options: ResolvedOptions) {
  const route = createRoute({
    method: 'post',
    path: '/v1/classify',
    tags: ['classify'],
    summary: 'Classify one text',
    description:
      'Tells whether a marketing text is customer marketing (aimed at whoever pays), consumer ' +
      'marketing (aimed at whoever uses), hybrid, or undetermined — with reasons per dimension, ' +
      `evidence spans, roles and recommendations. Body at most ${options.limits.bodyBytes} bytes.`,
    middleware: [jsonBody(options.limits.bodyBytes)] as const,
    ...security(options.token !== null),
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: ClassifyRequestSchema } },
      },
    },
    responses: {
      200: {
        description: 'The classification',
        headers: timingHeaders,
        content: { 'application/json': { schema: ClassificationBodySchema } },
      },
      ...errorResponses([400, 401, 405, 413, 415, 500]),
    },
  });

  return createRouter().openapi(route, (c) => {
    const { text, options: classifyOptions } = c.req.valid('json');
    const started = performance.now();
    const result = classify(text, classifyOptions);
    c.header('Server-Timing', serverTiming('classify', started));
    return c.json(result, 200);
  });
}
