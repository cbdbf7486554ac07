import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerClientError } from './client-error.ts';

/** What `answerClientError` writes for a parser error with `code`: the status line and body. */
function answer(code: string): { statusLine: string; headers: string; body: unknown } {
  const socket = new PassThrough();
  let written = '';
  socket.on('data', (chunk) => {
    written += String(chunk);
  });
  answerClientError(Object.assign(new Error('parse error'), { code }), socket);
  const [head = '', body = ''] = written.split('\r\n\r\n');
  const [statusLine = '', ...headers] = head.split('\r\n');
  return { statusLine, headers: headers.join('\n'), body: JSON.parse(body) };
}

describe('answerClientError', () => {
  it('answers a request the parser refuses with a problem, not a bare status line', () => {
    const bad = answer('HPE_INVALID_URL');
    expect(bad.statusLine).toBe('HTTP/1.1 400 Bad request');
    expect(bad.headers).toContain('Content-Type: application/problem+json');
    expect(bad.body).toMatchObject({ type: 'urn:marketlens:problem:bad-request', status: 400 });
    expect(answer('HPE_HEADER_OVERFLOW').body).toMatchObject({
      type: 'urn:marketlens:problem:headers-too-large',
      status: 431,
    });
    expect(answer('ERR_HTTP_REQUEST_TIMEOUT').statusLine).toBe('HTTP/1.1 408 Request timeout');
  });
});
