/**
 * The Compare screen: customer and consumer side by side, aspect by aspect; stacked when the
 * terminal is too narrow for three columns.
 *
 * @module
 */
import { comparison } from '@marketlens/core';
import { Box, Text } from 'ink';

/** Props of {@link CompareScreen}. */
export type CompareScreenProps = { columns: number };

const ASPECT_WIDTH = 24;

/** The comparison table. */
export function CompareScreen({ columns }: CompareScreenProps) {
  const columnWidth = Math.floor((columns - ASPECT_WIDTH - 2) / 2);
  if (columnWidth < 20) {
    return (
      <Box flexDirection="column">
        {comparison.rows.map((row) => (
          <Box key={row.aspect} flexDirection="column" marginBottom={1}>
            <Text bold>{row.aspect}</Text>
            <Text color="blue">customer: {row.customer}</Text>
            <Text color="magenta">consumer: {row.consumer}</Text>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Box>
        <Box width={ASPECT_WIDTH} />
        <Box width={columnWidth}>
          <Text bold color="blue">
            {comparison.columns.customer}
          </Text>
        </Box>
        <Box width={columnWidth}>
          <Text bold color="magenta">
            {comparison.columns.consumer}
          </Text>
        </Box>
      </Box>
      {comparison.rows.map((row) => (
        <Box key={row.aspect}>
          <Box width={ASPECT_WIDTH} flexShrink={0}>
            <Text bold>{row.aspect}</Text>
          </Box>
          <Box width={columnWidth} paddingRight={1}>
            <Text>{row.customer}</Text>
          </Box>
          <Box width={columnWidth}>
            <Text>{row.consumer}</Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
