/**
 * RFC 9457 problem details: every error this API sends is `application/problem+json` with a
 * stable `type`, a `title`, the `status`, a `detail` a person can act on, and the request id.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';

/** The media type of every error body. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Every kind of problem the API reports, with its HTTP status and fixed title. */
export const PROBLEM_KINDS = {
  'bad-request': { status: 400, title: 'Bad request' },
  'invalid-json': { status: 400, title: 'Malformed JSON body' },
  'validation-failed': { status: 400, title: 'Request does not match the schema' },
  unauthorized: { status: 401, title: 'Missing or invalid bearer token' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'request-timeout': { status: 408, title: 'Request timeout' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'text-too-long': { status: 413, title: 'Text too long' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'headers-too-large': { status: 431, title: 'Request header fields too large' },
  'internal-error': { status: 500, title: 'Internal error' },
} as const;

/** The identifier of one problem kind, e.g. `'validation-failed'`. */
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** A status code some problem kind uses. */
export type ProblemStatus = (typeof PROBLEM_KINDS)[ProblemKind]['status'];

/** The stable `type` URI of a problem kind: `urn:marketlens:problem:<kind>`. */
export function problemType(kind: ProblemKind): string {
  return `urn:marketlens:problem:${kind}`;
}

/** One failing field of a validation problem. */
export const FieldErrorSchema = z
  .object({
    location: z.enum(['body', 'path', 'query', 'header']).describe('which part of the request'),
    pointer: z.string().describe('JSON Pointer (RFC 6901) to the field; "" is the whole body'),
    path: z.array(z.union([z.string(), z.number()])).describe('the same location as segments'),
    code: z.string().describe('machine-readable reason, e.g. invalid_type, too_big'),
    message: z.string(),
  })
  .openapi('FieldError');
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The body of every error response. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('stable identifier of the problem kind (urn:marketlens:problem:…)'),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    requestId: z.string().optional().describe('the X-Request-Id of the failed request'),
    errors: z.array(FieldErrorSchema).optional().describe('failing fields, for validation'),
    allow: z.array(z.string()).optional().describe('allowed methods, for 405'),
    limit: z.int().optional().describe('the limit that was exceeded, for 413'),
  })
  .openapi('Problem', {
    example: {
      type: 'urn:marketlens:problem:validation-failed',
      title: 'Request does not match the schema',
      status: 400,
      detail: '1 field is invalid: /text (Invalid input: expected string, received undefined)',
      requestId: '6f1c2a9e-8d55-4d0b-9a53-0d7d0c9f2b61',
      errors: [
        {
          location: 'body',
          pointer: '/text',
          path: ['text'],
          code: 'invalid_type',
          message: 'Invalid input: expected string, received undefined',
        },
      ],
    },
  });
export type Problem = z.infer<typeof ProblemSchema>;

/** Extra members a problem may carry. */
export type ProblemExtras = Pick<Problem, 'errors' | 'allow' | 'limit'>;

/** Builds a problem object (not yet a response). */
export function createProblem(kind: ProblemKind, detail: string, extras?: ProblemExtras): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return { type: problemType(kind), title, status, detail, ...extras };
}

/** The typed response of a problem of kind `K`, as `hono/client` sees it. */
export type ProblemResponse<K extends ProblemKind = ProblemKind> = Response &
  TypedResponse<Problem, (typeof PROBLEM_KINDS)[K]['status'], 'json'>;

/**
 * Answers with a problem, stamped with the request id, as `application/problem+json`.
 * Built through the context so the headers set by earlier middleware are kept.
 */
export function problemResponse<K extends ProblemKind>(
  c: Context,
  kind: K,
  detail: string,
  extras?: ProblemExtras,
  headers?: Record<string, string>,
): ProblemResponse<K> {
  const problem = createProblem(kind, detail, extras);
  const requestId: unknown = c.get('requestId');
  if (typeof requestId === 'string') problem.requestId = requestId;
  const status = PROBLEM_KINDS[kind].status as (typeof PROBLEM_KINDS)[K]['status'];
  // c.json only sets Content-Type when none is given, so the problem media type wins.
  return c.json(problem, status, {
    ...headers,
    'Content-Type': PROBLEM_MEDIA_TYPE,
  }) as ProblemResponse<K>;
}

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function fieldError(
  location: FieldError['location'],
  path: FieldError['path'],
  code: string,
  message: string,
): FieldError {
  const pointer = path.map((p) => `/${escapePointer(String(p))}`).join('');
  return { location, pointer, path, code, message };
}

/**
 * Turns zod issues into field errors with JSON Pointers. An `unrecognized_keys` issue, which zod
 * reports on the enclosing object, becomes one error per unknown key, pointing at that key.
 */
export function toFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  location: FieldError['location'],
  prefix: readonly (string | number)[] = [],
): FieldError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code !== 'unrecognized_keys') {
      return [fieldError(location, path, issue.code, issue.message)];
    }
    return issue.keys.map((key) =>
      fieldError(location, [...path, key], issue.code, `Unrecognized key: ${JSON.stringify(key)}`),
    );
  });
}

/** One line naming the failing fields, for `detail`. */
export function summarizeFieldErrors(errors: readonly FieldError[]): string {
  const shown = errors
    .slice(0, 5)
    .map((e) => `${e.pointer || '(body)'} (${e.message})`)
    .join('; ');
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  const noun = errors.length === 1 ? 'field is' : 'fields are';
  return `${errors.length} ${noun} invalid: ${shown}${more}`;
}
