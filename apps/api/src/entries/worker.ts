/**
 * Cloudflare Workers entry. Reads `API_TOKEN` (a secret; trimmed, blank means no auth) and
 * `CORS_ORIGINS` (a var) from the bindings; the app is built at the first request and rebuilt
 * only if those values change. A token with whitespace inside makes every request throw: a
 * deploy bug, reported in the Worker's logs.
 *
 * @module
 */
// First: the core's stem tables, before the classifier loads.
import './fast-start.ts';
import { type AppType, createApp } from '../app.ts';
import { parseCorsOrigins } from '../options.ts';

/** The bindings this Worker reads. */
export interface WorkerEnv {
  API_TOKEN?: string;
  CORS_ORIGINS?: string;
}

let cached: { key: string; app: AppType } | undefined;

function appFor(env: WorkerEnv): AppType {
  const key = `${env.API_TOKEN ?? ''}\u0000${env.CORS_ORIGINS ?? ''}`;
  if (cached?.key !== key) {
    cached = {
      key,
      app: createApp({ token: env.API_TOKEN, corsOrigins: parseCorsOrigins(env.CORS_ORIGINS) }),
    };
  }
  return cached.app;
}

export default {
  fetch(request: Request, env: WorkerEnv = {}, ctx?: unknown): Response | Promise<Response> {
    return appFor(env).fetch(request, env, ctx as never);
  },
};
