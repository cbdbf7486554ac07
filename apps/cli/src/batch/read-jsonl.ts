/**
 * Reads JSONL records: one JSON object a line, `{ "id"?: string | number, "text": string }`.
 *
 * @module
 */
import { splitLines, withoutCr } from './lines.ts';
import { type InputRecord, parseJsonLine } from './record.ts';

/**
 * Yields one checked record per line of the input, blank lines included, in order, grouped
 * by the chunk they were read in. A line that is not UTF-8, or too long to keep, is an error
 * record.
 */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes?: number,
): AsyncGenerator<InputRecord[]> {
  let line = 0;
  for await (const sources of splitLines(chunks, maxLineBytes)) {
    yield sources.map((source) => {
      line += 1;
      return typeof source === 'string'
        ? parseJsonLine(withoutCr(source), line)
        : { ok: false, line, error: source.error };
    });
  }
}
