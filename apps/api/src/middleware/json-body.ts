/**
 * Reads a JSON request body safely before validation: 415 unless the body is declared JSON,
 * 413 past the byte limit (checked on `Content-Length` and again while streaming, so a chunked
 * body cannot sneak past), 400 for invalid UTF-8 or malformed JSON.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.ts';

// The same media types @hono/zod-openapi's gate accepts: application/json or */*+json, params k=v.
const JSON_MEDIA_TYPE = /^application\/(?:[a-z.-]+\+)?json(?:;\s*[a-z0-9-]+=[^;]+)*$/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading but do not cancel: cancelling destroys the Node socket before the 413 is
      // sent, while the runtimes drain (bounded) what is left and keep the answer deliverable.
      reader.releaseLock();
      return null;
    }
    chunks.push(value);
  }
  const [only] = chunks;
  if (chunks.length === 1 && only !== undefined) return only;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const tooLarge = (c: Context, maxBytes: number): Response =>
  problemResponse(c, 'payload-too-large', `The body is larger than ${maxBytes} bytes.`, {
    limit: maxBytes,
  });

/**
 * Parses the body as JSON within `maxBytes` and hands the value to the route's validator.
 *
 * @example
 * ```ts
 * createRoute({ method: 'post', path: '/v1/classify', middleware: [jsonBody(1_048_576)], ... });
 * ```
 */
export function jsonBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('Content-Type');
    if (type === undefined || !JSON_MEDIA_TYPE.test(type)) {
      const got = type === undefined ? 'no Content-Type' : `Content-Type ${type.slice(0, 100)}`;
      return problemResponse(
        c,
        'unsupported-media-type',
        `Send the body as application/json (got ${got}).`,
        undefined,
        { 'Accept-Post': 'application/json' },
      );
    }
    const declared = c.req.header('Content-Length');
    const length = declared === undefined ? Number.NaN : Number(declared);
    if (length > maxBytes) return tooLarge(c, maxBytes);

    // With a valid Content-Length the runtime stops at that many bytes, so the whole body can be
    // read at once (on Node, without materialising a web stream); otherwise count while streaming.
    const bytes =
      Number.isSafeInteger(length) && length >= 0
        ? new Uint8Array(await c.req.raw.arrayBuffer())
        : await readLimited(c.req.raw, maxBytes);
    if (bytes === null || bytes.byteLength > maxBytes) return tooLarge(c, maxBytes);

    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return problemResponse(c, 'invalid-json', 'The body is not valid UTF-8.');
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'parse error';
      return problemResponse(c, 'invalid-json', `The body is not valid JSON: ${reason}`);
    }
    // The validator reads the body through c.req.json(); hand it the value parsed here so the
    // text is parsed once.
    c.req.json = <T>() => Promise.resolve(value as T);
    return next();
  };
}
