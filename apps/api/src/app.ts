/**
 * Builds the Marketlens HTTP API. Runtime-free: no `node:*`, no `process`, no listening — the
 * entry files for Workers and Node do that.
 *
 * @module
 */
import { TextTooLongError } from '@marketlens/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { allowedMethods } from './middleware/allowed-methods.ts';
import { bearerAuth } from './middleware/bearer-auth.ts';
import { corsPolicy } from './middleware/cors-policy.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { type AppOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import { PROBLEM_KINDS, type ProblemKind, problemResponse } from './problem.ts';
import { assessRoutes } from './routes/assess.ts';
import { batchRoutes } from './routes/batch.ts';
import { classifyRoutes } from './routes/classify.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { metaRoutes, SERVICE } from './routes/meta.ts';
import { createRouter } from './routes/router.ts';

const DESCRIPTION = `Tells whether a marketing text is customer marketing, consumer marketing, or hybrid — and why.

Every error is \`application/problem+json\` (RFC 9457) with a stable \`type\`
(\`urn:marketlens:problem:<kind>\`), \`title\`, \`status\`, \`detail\` and \`requestId\`; validation
errors list the failing fields as JSON Pointers. Any path answers 404 when unknown and 405 (with
\`Allow\`) when it exists under other methods; OPTIONS answers 204 with \`Allow\`. A request
body must be JSON in UTF-8 without a content coding (415 otherwise, with \`Accept-Post\` or
\`Accept-Encoding\`). Every response carries \`X-Request-Id\`.`;

const STATUS_KINDS: Partial<Record<number, ProblemKind>> = {
  400: 'bad-request',
  401: 'unauthorized',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

function onError(options: ResolvedOptions) {
  return (error: Error, c: Context): Response => {
    if (error instanceof TextTooLongError) {
      return problemResponse(c, 'text-too-long', error.message, { limit: error.limit });
    }
    if (error instanceof HTTPException && error.status < 500) {
      const kind = STATUS_KINDS[error.status] ?? 'bad-request';
      return problemResponse(c, kind, error.message || PROBLEM_KINDS[kind].title);
    }
    options.onFault(error, c.req.raw);
    return problemResponse(c, 'internal-error', 'Something went wrong on our side.');
  };
}

/**
 * Creates the API app. It never listens: hand `app.fetch` to a runtime, or call `app.request`.
 *
 * @example
 * ```ts
 * import { createApp } from '@marketlens/api';
 *
 * const app = createApp({ token: 's3cret', corsOrigins: ['https://intake.example'] });
 * const res = await app.request('/v1/classify', {
 *   method: 'POST',
 *   headers: { 'Content-Type': 'application/json', Authorization: 'Bearer s3cret' },
 *   body: JSON.stringify({ text: 'Cartoon ads to kids; the parents pay.' }),
 * });
 * (await res.json()).orientation; // 'consumer'
 * ```
 */
export function createApp(appOptions: AppOptions = {}) {
  const options = resolveOptions(appOptions);
  const app = createRouter();

  app.use(requestId());
  app.use(securityHeaders('/docs'));
  if (options.corsOrigins === '*' || options.corsOrigins.length > 0) {
    app.use(corsPolicy(options.corsOrigins));
  }
  app.use(allowedMethods(app));
  if (options.token !== null) app.use('/v1/*', bearerAuth(options.token));
  app.notFound((c) => problemResponse(c, 'not-found', `Nothing at ${c.req.path.slice(0, 200)}.`));
  app.onError(onError(options));

  if (options.token !== null) {
    app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
      type: 'http',
      scheme: 'bearer',
      description: 'The value of API_TOKEN on the server',
    });
  }
  let document: object | undefined;
  const getDocument = () => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Marketlens API', version: SERVICE.version, description: DESCRIPTION },
      tags: [
        { name: 'classify', description: 'Customer, consumer or hybrid?' },
        { name: 'reference', description: 'Definitions, dimensions and the comparison' },
        { name: 'meta', description: 'Health and documentation' },
      ],
    });
    return document;
  };

  return app
    .route('/', classifyRoutes(options))
    .route('/', batchRoutes(options))
    .route('/', assessRoutes(options))
    .route('/', knowledgeRoutes(options))
    .route('/', metaRoutes(getDocument));
}

/** The app's type, for a typed client: `hc<AppType>(baseUrl)` from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
