/**
 * Splits a stream of chunks into lines without holding more than one chunk and one partial
 * line in memory.
 *
 * @module
 */

const trimCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);

/**
 * Yields the lines of the decoded chunks, without their `\n` or `\r\n`, a chunk's worth at a
 * time (one array per chunk read, so the consumer pays one await per chunk, not per line).
 * A final newline ends the last line; it does not start an empty one.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<string[]> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of chunks) {
    const text =
      rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    if (lines.length > 0) yield lines.map(trimCr);
  }
  rest += decoder.decode();
  if (rest !== '') yield [trimCr(rest)];
}
