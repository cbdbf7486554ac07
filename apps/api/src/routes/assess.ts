/**
 * `POST /v1/assess`: questionnaire answers in, the same result shape as `/v1/classify` out.
 *
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { assess } from '@marketlens/core';
import { jsonBody } from '../middleware/json-body.ts';
import type { ResolvedOptions } from '../options.ts';
import { AssessRequestSchema, ClassificationBodySchema } from '../schemas.ts';
import { serverTiming } from './classify.ts';
import { errorResponses, security, timingHeaders } from './responses.ts';
import { createRouter } from './router.ts';

/** The `/v1/assess` route group. */
export function assessRoutes(options: ResolvedOptions) {
  const route = createRoute({
    method: 'post',
    path: '/v1/assess',
    tags: ['classify'],
    summary: 'Assess from questionnaire answers',
    description:
      'Answer any of the seven dimension questions (customer, consumer, both, unsure) and name ' +
      'who pays and who uses; get the same result shape as /v1/classify. See GET /v1/dimensions ' +
      'for the questions.',
    middleware: [jsonBody(options.limits.bodyBytes)] as const,
    ...security(options.token !== null),
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: AssessRequestSchema } },
      },
    },
    responses: {
      200: {
        description: 'The classification implied by the answers',
        headers: timingHeaders,
        content: { 'application/json': { schema: ClassificationBodySchema } },
      },
      ...errorResponses([400, 401, 405, 413, 415, 500]),
    },
  });

  return createRouter().openapi(route, (c) => {
    const started = performance.now();
    const result = assess(c.req.valid('json'));
    c.header('Server-Timing', serverTiming('assess', started));
    return c.json(result, 200);
  });
}
