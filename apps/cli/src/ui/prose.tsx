/**
 * A paragraph wrapped between words at a width, one `<Text>` per line. Ink's own wrapping keeps
 * the space it breaks at, so a line that exactly fills its width pushes the next one a column
 * right; wrapping here never starts a line with a space.
 *
 * @module
 */
import { Box, Text, type TextProps } from 'ink';
import { displayWidth } from '../format/display-width.ts';
import { wrap } from '../format/wrap.ts';

/** Props of {@link Prose}: the text, its width, a first-line prefix, and the style of every line. */
export type ProseProps = Omit<TextProps, 'children' | 'wrap'> & {
  text: string;
  /** Columns, the prefix included. */
  width: number;
  /** Put before the first line ("• ", "❯ "); the other lines are indented as far. */
  prefix?: string;
};

/** The lines {@link Prose} shows for `text` at `width` with `prefix`. */
export function proseLines(text: string, width: number, prefix = ''): string[] {
  const indent = ' '.repeat(displayWidth(prefix));
  return wrap(text, Math.max(1, width - indent.length)).map(
    (line, index) => `${index === 0 ? prefix : indent}${line}`,
  );
}

/** The paragraph. */
export function Prose({ text, width, prefix, ...style }: ProseProps) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      {proseLines(text, width, prefix).map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one paragraph, in order
        <Text key={index} {...style}>
          {line}
        </Text>
      ))}
    </Box>
  );
}
