/**
 * Reads JSONL records: one JSON object a line, `{ "id"?: string | number, "text": string }`.
 *
 * @module
 */
import { splitLines } from './lines.ts';
import { type InputRecord, parseJsonLine } from './record.ts';

/**
 * Yields one checked record per line of the input, blank lines included, in order, grouped
 * by the chunk they were read in.
 */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<InputRecord[]> {
  let line = 0;
  for await (const sources of splitLines(chunks)) {
    yield sources.map((source) => {
      line += 1;
      // A BOM at the very start is an encoding mark, not part of the first record.
      return parseJsonLine(line === 1 ? source.replace(/^\uFEFF/, '') : source, line);
    });
  }
}
