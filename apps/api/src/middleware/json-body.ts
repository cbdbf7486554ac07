/**
 * Reads a JSON request body safely before validation: 415 unless the body is declared JSON in
 * UTF-8 and sent without a content coding, 413 past the byte limit (checked on `Content-Length`
 * and again while streaming, so a chunked body cannot sneak past), 400 for invalid UTF-8 or
 * malformed JSON.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problemResponse } from '../problem.ts';
import { type MediaType, parseMediaType } from './media-type.ts';

// application/json, or a structured-syntax +json type with an RFC 6838 restricted name.
const JSON_SUBTYPE = /^(?:[a-z0-9][a-z0-9!#$&^_.+-]*\+)?json$/;
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

const isJson = (media: MediaType | null): media is MediaType =>
  media !== null && media.type === 'application' && JSON_SUBTYPE.test(media.subtype);

/**
 * The names of UTF-8 a client may send: its labels in the WHATWG Encoding Standard, which
 * browsers and `TextDecoder` read as UTF-8 (`utf8`, written without the hyphen, is common).
 */
const UTF8_LABELS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'unicode11utf8',
  'unicode20utf8',
  'x-unicode20utf8',
]);

/** A charset other than UTF-8, if the media type names one. */
const foreignCharset = (media: MediaType): string | undefined =>
  media.parameters.find(
    ([name, value]) => name === 'charset' && !UTF8_LABELS.has(value.toLowerCase()),
  )?.[1];

const unsupported = (c: Context, detail: string): Response =>
  problemResponse(c, 'unsupported-media-type', detail, undefined, {
    'Accept-Post': 'application/json',
  });

/**
 * Accepts the declared media type when it is JSON, in UTF-8 if a charset is named, and answers
 * 415 otherwise. Once accepted, later readers of the header see plain `application/json`:
 * @hono/zod-openapi's gate and Hono's validator match narrower patterns than RFC 9110 allows (no
 * space before `;`, no empty parameter, no quoted `;`, no digit or second "+" in a
 * structured-syntax name), and would refuse what this one has accepted.
 */
function acceptMediaType(c: Context): Response | null {
  const header = c.req.header('Content-Type');
  const media = header === undefined ? null : parseMediaType(header);
  if (!isJson(media)) {
    const got = header === undefined ? 'no Content-Type' : `Content-Type ${header.slice(0, 100)}`;
    return unsupported(c, `Send the body as application/json (got ${got}).`);
  }
  const charset = foreignCharset(media);
  if (charset !== undefined) {
    return unsupported(
      c,
      `Send the body in UTF-8, the only charset of application/json (got charset=${charset.slice(0, 40)}).`,
    );
  }
  const readHeader = c.req.header.bind(c.req);
  c.req.header = ((name?: string) =>
    name?.toLowerCase() === 'content-type'
      ? 'application/json'
      : readHeader(name as string)) as typeof c.req.header;
  return null;
}

/**
 * Refuses a body sent with any content coding but `identity` (RFC 9110 §15.5.16): 415 with
 * `Accept-Encoding: identity`. Decoding is not offered, since a small compressed body can
 * inflate far past the byte limit.
 */
function checkContentEncoding(c: Context): Response | null {
  const header = c.req.header('Content-Encoding');
  if (header === undefined) return null;
  const codings = header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return null;
  return problemResponse(
    c,
    'unsupported-media-type',
    `Send the body uncompressed, without Content-Encoding (got Content-Encoding ${header.slice(0, 100)}).`,
    undefined,
    { 'Accept-Encoding': 'identity' },
  );
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
    const refused = acceptMediaType(c) ?? checkContentEncoding(c);
    if (refused !== null) return refused;
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
