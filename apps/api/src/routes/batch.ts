/**
 * `POST /v1/classify/batch`: many texts in one request. Each item is checked and classified on
 * its own, so a bad item becomes an error entry in its place and the others still succeed.
 *
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { type ClassifyOptions, classify, TextTooLongError } from '@marketlens/core';
import { jsonBody } from '../middleware/json-body.ts';
import type { ResolvedOptions } from '../options.ts';
import { createProblem, summarizeFieldErrors, toFieldErrors } from '../problem.ts';
import {
  BatchItemSchema,
  BatchResponseSchema,
  type BatchResult,
  createBatchRequestSchema,
} from '../schemas.ts';
import { serverTiming } from './classify.ts';
import { errorResponses, security, timingHeaders } from './responses.ts';
import { createRouter } from './router.ts';

function echoId(raw: unknown): string | number | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return (typeof id === 'string' && id.length <= 256) || Number.isSafeInteger(id)
    ? (id as string | number)
    : null;
}

/** Classifies one raw item, or describes why it cannot be. */
export function runBatchItem(raw: unknown, index: number, options?: ClassifyOptions): BatchResult {
  const parsed = BatchItemSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error.issues, 'body', ['items', index]);
    const error = createProblem('validation-failed', summarizeFieldErrors(errors), { errors });
    return { index, id: echoId(raw), ok: false, error };
  }
  const id = parsed.data.id ?? null;
  try {
    return { index, id, ok: true, result: classify(parsed.data.text, options) };
  } catch (fault) {
    if (!(fault instanceof TextTooLongError)) throw fault;
    const error = createProblem('text-too-long', fault.message, { limit: fault.limit });
    return { index, id, ok: false, error };
  }
}

/** The `/v1/classify/batch` route group. */
export function batchRoutes(options: ResolvedOptions) {
  const { batchItems, batchBytes } = options.limits;
  const route = createRoute({
    method: 'post',
    path: '/v1/classify/batch',
    tags: ['classify'],
    summary: 'Classify many texts',
    description:
      `Up to ${batchItems} items and ${batchBytes} bytes per request. Results come back in ` +
      'input order, each with its index and your id; an item that fails validation gets an ' +
      'error entry (a problem object) in its place while the others are classified.',
    middleware: [jsonBody(batchBytes)] as const,
    ...security(options.token !== null),
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: createBatchRequestSchema(batchItems, batchBytes) },
        },
      },
    },
    responses: {
      200: {
        description: 'One result or error per item, in input order',
        headers: timingHeaders,
        content: { 'application/json': { schema: BatchResponseSchema } },
      },
      ...errorResponses([400, 401, 405, 413, 415, 500]),
    },
  });

  const router = createRouter();
  // Items are validated one by one, so the schema is only referenced: register it explicitly.
  router.openAPIRegistry.register('BatchItem', BatchItemSchema);
  return router.openapi(route, (c) => {
    const { items, options: classifyOptions } = c.req.valid('json');
    const started = performance.now();
    const results = items.map((raw, index) => runBatchItem(raw, index, classifyOptions));
    c.header('Server-Timing', serverTiming('classify', started));
    const succeeded = results.filter((r) => r.ok).length;
    return c.json({ results, succeeded, failed: results.length - succeeded }, 200);
  });
}
