/**
 * OpenAPI response entries shared by the routes: every error a route can answer, documented as
 * a problem, plus the `Server-Timing` and `X-Request-Id` headers.
 *
 * @module
 */
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../problem.ts';

const DESCRIPTIONS = {
  400: 'Malformed JSON, invalid UTF-8, or a schema violation (the failing fields are listed)',
  401: 'A token is required (the server has API_TOKEN set) and is missing or wrong',
  404: 'No such resource',
  405: 'The path exists but not with this method; see the Allow header',
  413: 'The body is larger than the documented limit',
  415: 'The body is not declared as application/json in UTF-8, or is sent with a Content-Encoding',
  500: 'An unexpected fault on the server (no internals are exposed)',
} as const;

/** A status an error response can have. */
export type ErrorStatus = keyof typeof DESCRIPTIONS;

const problemContent = { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } };

/** Response entries for the given error statuses. */
export function errorResponses<const S extends ErrorStatus>(statuses: readonly S[]) {
  const entries = statuses.map((status) => [
    status,
    { description: DESCRIPTIONS[status], content: problemContent },
  ]);
  return Object.fromEntries(entries) as {
    [K in S]: { description: string; content: typeof problemContent };
  };
}

/** Headers documented on successful answers. */
export const requestIdHeader = {
  'X-Request-Id': {
    description: 'identifier of this request (yours if you sent a valid one)',
    schema: { type: 'string' as const },
  },
};

/** `Server-Timing` header, documented on the classification answers. */
export const timingHeaders = {
  ...requestIdHeader,
  'Server-Timing': {
    description: 'time spent classifying, e.g. `classify;dur=0.42`',
    schema: { type: 'string' as const },
  },
};

/** The security requirement of `/v1/*` when a token is configured. */
export function security(tokenRequired: boolean): { security?: { bearerAuth: string[] }[] } {
  return tokenRequired ? { security: [{ bearerAuth: [] }] } : {};
}
