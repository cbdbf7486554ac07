/**
 * A multi-line text area that shows the cursor and highlights the words that decided the
 * classification, coloured by the pole they support.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { colorOf } from '../format/vocabulary.ts';
import { type Highlight, segmentText, visibleRange } from './segments.ts';

/** Props of {@link TextArea}. */
export type TextAreaProps = {
  value: string;
  cursor: number;
  highlights: readonly Highlight[];
  focused: boolean;
  /** Columns, or a share of the parent (`'45%'`), so a stale size never overflows. */
  width: number | string;
  maxLines: number;
  placeholder: string;
};

/** Renders the text with its highlights; scrolls to keep the cursor's line in view. */
export function TextArea(props: TextAreaProps) {
  const { value, cursor, highlights, focused, width, maxLines, placeholder } = props;
  const range = visibleRange(value, cursor, maxLines);
  const segments = segmentText(
    value,
    highlights,
    focused ? cursor : undefined,
    range.from,
    range.to,
  );
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      borderColor={focused ? 'cyan' : 'gray'}
      paddingX={1}
      width={width}
    >
      {range.hiddenAbove > 0 && <Text dimColor>↑ {range.hiddenAbove} more lines</Text>}
      {value === '' ? (
        <Text>
          {focused && <Text inverse> </Text>}
          <Text dimColor>{placeholder}</Text>
        </Text>
      ) : (
        <Text>
          {segments.map((segment, index) => (
            <Text
              // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their position
              key={index}
              inverse={segment.cursor === true}
              bold={segment.pole !== undefined}
              underline={segment.pole !== undefined}
              color={segment.pole ? colorOf(segment.pole) : undefined}
            >
              {segment.text}
            </Text>
          ))}
        </Text>
      )}
      {range.hiddenBelow > 0 && <Text dimColor>↓ {range.hiddenBelow} more lines</Text>}
    </Box>
  );
}
