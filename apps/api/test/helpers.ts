/**
 * Shared test helpers: requests through `app.request` and assertions on problem responses.
 *
 * @module
 */
import { expect } from 'vitest';
import type { AppType } from '../src/app.ts';
import {
  PROBLEM_KINDS,
  type Problem,
  type ProblemKind,
  ProblemSchema,
  problemType,
} from '../src/problem.ts';

/** POSTs a JSON value (or a raw string) with `Content-Type: application/json`. */
export function postJson(
  app: AppType,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Asserts a well-formed RFC 9457 problem of the given kind and returns it. */
export async function expectProblem(res: Response, kind: ProblemKind): Promise<Problem> {
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body: unknown = await res.json();
  const problem = ProblemSchema.parse(body);
  expect(problem.type).toBe(problemType(kind));
  expect(problem.status).toBe(PROBLEM_KINDS[kind].status);
  expect(res.status).toBe(problem.status);
  expect(problem.title).toBe(PROBLEM_KINDS[kind].title);
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(problem.requestId).toBe(res.headers.get('X-Request-Id'));
  return problem;
}
