/**
 * The Classify screen: the text area and the live result, side by side on a wide terminal,
 * stacked on a narrow one. The text area always shows; the result gets the rows left and
 * scrolls when it needs more.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { classifyHeights, classifyWidths, PANEL_GAP } from './classify-layout.ts';
import { usePaint } from './palette.ts';
import { ResultView } from './result-view.tsx';
import { ScrollView } from './scroll-view.tsx';
import { TextArea, textAreaRows } from './text-area.tsx';
import type { TextBuffer } from './text-buffer.ts';
import { layoutRows } from './text-layout.ts';
import { useCarriedHighlights } from './use-carried-highlights.ts';
import type { ClassificationState } from './use-classification.ts';

/** Props of {@link ClassifyScreen}. */
export type ClassifyScreenProps = {
  buffer: TextBuffer;
  classification: ClassificationState;
  columns: number;
  /** Rows the screen may take. */
  height: number;
  /** Told whether the result is taller than its panel. */
  onOverflowChange?: (overflowing: boolean) => void;
};

const PLACEHOLDER = 'Type or paste a brief, a campaign, a segment or a strategy…';

/**
 * The screen. While a newer text waits for its result, the last result's highlights stay on
 * the words the edit left alone.
 */
export function ClassifyScreen({
  buffer,
  classification,
  columns,
  height,
  onOverflowChange,
}: ClassifyScreenProps) {
  const paint = usePaint();
  const widths = classifyWidths(columns);
  const heights = classifyHeights(
    height,
    widths.wide,
    layoutRows(buffer.value, widths.wrap).length,
  );
  const { result, error } = classification;
  const highlights = useCarriedHighlights(result, classification.text, buffer.value);
  const area = (
    <TextArea
      value={buffer.value}
      cursor={buffer.cursor}
      highlights={highlights}
      focused
      width={widths.textBox}
      wrapWidth={widths.wrap}
      maxRows={heights.textMaxRows}
      placeholder={PLACEHOLDER}
    />
  );
  const panel = (
    <ScrollView height={heights.result} width={widths.result} onOverflowChange={onOverflowChange}>
      {error !== undefined ? (
        <Text color={paint('red')}>{error}</Text>
      ) : result !== undefined ? (
        <ResultView
          result={result}
          width={widths.result}
          pending={classification.pending}
          maxRecommendations={widths.wide ? 6 : 3}
        />
      ) : null}
    </ScrollView>
  );
  if (widths.wide) {
    return (
      <Box flexDirection="row" gap={PANEL_GAP} height={height} alignItems="flex-start">
        {area}
        {panel}
      </Box>
    );
  }
  const textHeight = textAreaRows(buffer.value, widths.wrap, heights.textMaxRows) + 2;
  return (
    <Box flexDirection="column" height={height}>
      <Box height={textHeight} flexShrink={0}>
        {area}
      </Box>
      <Box marginTop={1} flexShrink={0}>
        {panel}
      </Box>
    </Box>
  );
}
