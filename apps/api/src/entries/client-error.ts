/**
 * What the Node server answers to a request refused before the app sees it: by Node's HTTP
 * parser (a control character in the path, headers over Node's 16 KB, a request that never
 * finishes arriving) or by the adapter that turns it into a `Request` (a raw backslash in the
 * path, an invalid Host). A problem+json body like every other error of the API, where Node and
 * the adapter alone send a bare status line.
 *
 * @module
 */
import type { Duplex } from 'node:stream';
import { createProblem, PROBLEM_MEDIA_TYPE, type ProblemKind } from '../problem.ts';

/** The problem for a parser's error code, and what the client can do about it. */
function refusal(code: string | undefined): { kind: ProblemKind; detail: string } {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      kind: 'headers-too-large',
      detail: 'The request line and headers are over the server’s limit (16 KB): send less.',
    };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      kind: 'request-timeout',
      detail: 'The request did not arrive in time: send it again.',
    };
  return {
    kind: 'bad-request',
    detail:
      'The request is not valid HTTP: a path must be percent-encoded, without raw spaces, backslashes or control characters.',
  };
}

/** Answers a parser error on `socket` with a problem, and closes the connection. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { kind, detail } = refusal(error.code);
  const problem = createProblem(kind, detail);
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_MEDIA_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The adapter's answer to a request whose URL it cannot read ("Backslash in request path",
 * "Invalid host header"): a `bad-request` problem that names the fault.
 */
export function refusedRequest(error: unknown): Response {
  const fault = error instanceof Error ? `${error.message}. ` : '';
  const problem = createProblem(
    'bad-request',
    `${fault}The request's URL or Host header cannot be read: percent-encode the path.`,
  );
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE },
  });
}
