/**
 * The Classify screen: the text area and the live result, side by side on a wide terminal,
 * stacked on a narrow one.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { classifyWidths, PANEL_GAP } from './classify-layout.ts';
import { ResultView } from './result-view.tsx';
import { highlightsOf } from './segments.ts';
import { TextArea } from './text-area.tsx';
import type { TextBuffer } from './text-buffer.ts';
import type { ClassificationState } from './use-classification.ts';

/** Props of {@link ClassifyScreen}. */
export type ClassifyScreenProps = {
  buffer: TextBuffer;
  classification: ClassificationState;
  columns: number;
  rows: number;
};

const PLACEHOLDER = 'Type or paste a brief, a campaign, a segment or a strategy…';

/** The screen; highlights appear once the result belongs to the text on screen. */
export function ClassifyScreen({ buffer, classification, columns, rows }: ClassifyScreenProps) {
  const { wide, textBox, wrap, result: resultWidth } = classifyWidths(columns);
  const { result, error } = classification;
  const current = classification.text === buffer.value;
  const highlights = result !== undefined && current ? highlightsOf(result) : [];
  const area = (
    <TextArea
      value={buffer.value}
      cursor={buffer.cursor}
      highlights={highlights}
      focused
      width={textBox}
      wrapWidth={wrap}
      maxRows={wide ? Math.max(4, rows - 8) : Math.max(3, Math.min(8, Math.floor(rows / 3)))}
      placeholder={PLACEHOLDER}
    />
  );
  const panel =
    error !== undefined ? (
      <Text color="red">{error}</Text>
    ) : result !== undefined ? (
      <ResultView
        result={result}
        width={resultWidth}
        pending={classification.pending}
        maxRecommendations={wide ? 6 : 3}
      />
    ) : null;
  return wide ? (
    <Box flexDirection="row" gap={PANEL_GAP}>
      {area}
      {panel}
    </Box>
  ) : (
    <Box flexDirection="column">
      {area}
      {panel}
    </Box>
  );
}
