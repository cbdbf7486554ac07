/**
 * Marketlens over HTTP: a Hono app for Cloudflare Workers and Node.
 *
 * @example
 * ```ts
 * import { createApp } from '@marketlens/api';
 * import { serve } from '@hono/node-server';
 *
 * serve({ fetch: createApp({ token: process.env.API_TOKEN }).fetch, port: 8787 });
 * ```
 *
 * @module
 */
export { type AppType, createApp } from './app.ts';
export type { AppOptions, Limits } from './options.ts';
export { DEFAULT_LIMITS, parseCorsOrigins } from './options.ts';
export type { FieldError, Problem, ProblemKind } from './problem.ts';
export { PROBLEM_KINDS, PROBLEM_MEDIA_TYPE, problemType } from './problem.ts';
