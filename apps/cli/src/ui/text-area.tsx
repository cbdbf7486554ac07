/**
 * A multi-line text area that shows the cursor and highlights the words that decided the
 * classification, coloured by the pole they support. It draws the text's screen rows (see
 * {@link layoutRows}) itself, so it knows its height and never leaves a space at a row's start.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { usePaint, usePoleLook } from './palette.ts';
import { hiddenRowsNote } from './scroll-view.tsx';
import { type Highlight, segmentText } from './segments.ts';
import { layoutRows, rowIndexOf, visibleRows } from './text-layout.ts';

/** Props of {@link TextArea}. */
export type TextAreaProps = {
  value: string;
  cursor: number;
  highlights: readonly Highlight[];
  focused: boolean;
  /** Columns of the box, border included. */
  width: number;
  /** Columns the text wraps at (see `classifyWidths`). */
  wrapWidth: number;
  /** Rows inside the border: at most this many, fewer when the text is short. */
  maxRows: number;
  placeholder: string;
};

/** Rows inside the border the text area takes for `value`: its rows, at most `maxRows`. */
export function textAreaRows(value: string, wrapWidth: number, maxRows: number): number {
  return Math.max(1, Math.min(layoutRows(value, wrapWidth).length, maxRows));
}

/** Renders the text with its highlights; scrolls to keep the cursor's row in view. */
export function TextArea(props: TextAreaProps) {
  const { value, cursor, highlights, focused, width, wrapWidth, maxRows, placeholder } = props;
  const paint = usePaint();
  const look = usePoleLook();
  const rows = layoutRows(value, wrapWidth);
  const cursorRow = rowIndexOf(rows, cursor);
  const window = visibleRows(rows.length, cursorRow, Math.max(1, maxRows));
  const hidden = window.hiddenAbove + window.hiddenBelow > 0 && maxRows > 1;
  return (
    <Box
      flexDirection="column"
      flexShrink={0}
      borderStyle="round"
      borderColor={paint(focused ? 'cyan' : 'gray')}
      paddingLeft={1}
      width={width}
    >
      {value === '' ? (
        <Text wrap="truncate-end">
          {focused && <Text inverse> </Text>}
          <Text dimColor>{placeholder}</Text>
        </Text>
      ) : (
        rows.slice(window.first, window.last).map((row, index) => {
          const at = window.first + index;
          const segments = segmentText(
            value,
            highlights,
            focused && at === cursorRow ? cursor : undefined,
            row.start,
            row.end,
          );
          return (
            <Text key={at} wrap="truncate-end">
              {segments.length === 0 ? ' ' : null}
              {segments.map((segment, i) => (
                <Text
                  // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their position
                  key={i}
                  inverse={segment.cursor === true}
                  {...(segment.pole ? look(segment.pole) : {})}
                >
                  {segment.text}
                </Text>
              ))}
            </Text>
          );
        })
      )}
      {hidden && (
        <Text dimColor wrap="truncate-end">
          {hiddenRowsNote(window.hiddenAbove, window.hiddenBelow)}
        </Text>
      )}
    </Box>
  );
}
