/**
 * OpenAPI response entries shared by the routes: every error a route can answer, documented as
 * a problem with the headers it carries, plus the `Server-Timing` and `X-Request-Id` headers.
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
  415:
    'The body is not declared as application/json in UTF-8 (see Accept-Post), or is sent with ' +
    'a Content-Encoding other than identity (see Accept-Encoding)',
  500: 'An unexpected fault on the server (no internals are exposed)',
} as const;

/** A status an error response can have. */
export type ErrorStatus = keyof typeof DESCRIPTIONS;

/** A documented response header: a string, always sent when `required`. */
type HeaderSpec = {
  description: string;
  required: boolean;
  schema: { type: 'string' };
};

const header = (description: string, required: boolean): HeaderSpec => ({
  description,
  required,
  schema: { type: 'string' },
});

/** Headers documented on successful answers. */
export const requestIdHeader = {
  'X-Request-Id': header('identifier of this request (yours if you sent a valid one)', true),
};

/** `Server-Timing` header, documented on the classification answers. */
export const timingHeaders = {
  ...requestIdHeader,
  'Server-Timing': header('time spent classifying, e.g. `classify;dur=0.42`', true),
};

/** The headers each error status carries besides `X-Request-Id`. */
const ERROR_HEADERS: Partial<Record<ErrorStatus, Record<string, HeaderSpec>>> = {
  401: {
    'WWW-Authenticate': header(
      'the bearer challenge: `Bearer realm="marketlens"`, plus `error="invalid_token"` for a wrong token',
      true,
    ),
  },
  405: { Allow: header('the methods this path answers, e.g. `GET, HEAD`', true) },
  415: {
    'Accept-Post': header('`application/json`, when the Content-Type is refused', false),
    'Accept-Encoding': header('`identity`, when the Content-Encoding is refused', false),
  },
};

const problemContent = { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } };

/** Response entries for the given error statuses, each with the headers it carries. */
export function errorResponses<const S extends ErrorStatus>(statuses: readonly S[]) {
  const entries = statuses.map((status) => [
    status,
    {
      description: DESCRIPTIONS[status],
      headers: { ...requestIdHeader, ...ERROR_HEADERS[status] },
      content: problemContent,
    },
  ]);
  return Object.fromEntries(entries) as {
    [K in S]: {
      description: string;
      headers: Record<string, HeaderSpec>;
      content: typeof problemContent;
    };
  };
}

/** The security requirement of `/v1/*` when a token is configured. */
export function security(tokenRequired: boolean): { security?: { bearerAuth: string[] }[] } {
  return tokenRequired ? { security: [{ bearerAuth: [] }] } : {};
}
