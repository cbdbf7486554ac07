/**
 * What the app shows in a terminal too small to lay it out: the size it needs, and how to leave.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { wrap } from '../format/wrap.ts';
import { MIN_COLUMNS, MIN_ROWS } from './app-layout.ts';

/** Props of {@link TooSmall}. */
export type TooSmallProps = { columns: number; rows: number };

/** The notice, wrapped to the terminal and cut to its height. */
export function TooSmall({ columns, rows }: TooSmallProps) {
  const text = `Terminal too small (need ${MIN_COLUMNS}×${MIN_ROWS}, have ${columns}×${rows}). Enlarge it, or press Esc to quit.`;
  const lines = wrap(text, Math.max(1, columns - 1)).slice(0, Math.max(1, rows));
  return (
    <Box flexDirection="column">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one text, in order
        <Text key={index} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
