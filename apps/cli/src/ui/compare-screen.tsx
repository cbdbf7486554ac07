/**
 * The Compare screen: customer and consumer side by side, aspect by aspect; stacked when the
 * terminal is too narrow for three columns.
 *
 * @module
 */
import { comparison } from '@marketlens/core';
import { Box, Text } from 'ink';
import { usePoleLook } from './palette.ts';
import { Prose } from './prose.tsx';

/** Props of {@link CompareScreen}. */
export type CompareScreenProps = { columns: number };

const ASPECT_WIDTH = 24;

/** The comparison table. */
export function CompareScreen({ columns }: CompareScreenProps) {
  const look = usePoleLook();
  const columnWidth = Math.floor((columns - ASPECT_WIDTH - 2) / 2);
  if (columnWidth < 20) {
    return (
      <Box flexDirection="column">
        {comparison.rows.map((row) => (
          <Box key={row.aspect} flexDirection="column" marginBottom={1} flexShrink={0}>
            <Text bold>{row.aspect}</Text>
            <Prose {...look('customer')} prefix="customer: " text={row.customer} width={columns} />
            <Prose {...look('consumer')} prefix="consumer: " text={row.consumer} width={columns} />
          </Box>
        ))}
      </Box>
    );
  }
  // Each cell keeps its last column empty, so neighbouring cells never touch.
  const cell = columnWidth - 1;
  return (
    <Box flexDirection="column">
      <Box flexShrink={0}>
        <Box width={ASPECT_WIDTH} flexShrink={0} />
        <Box width={columnWidth} flexShrink={0}>
          <Prose {...look('customer')} text={comparison.columns.customer} width={cell} />
        </Box>
        <Box width={columnWidth} flexShrink={0}>
          <Prose {...look('consumer')} text={comparison.columns.consumer} width={cell} />
        </Box>
      </Box>
      {comparison.rows.map((row) => (
        <Box key={row.aspect} flexShrink={0}>
          <Box width={ASPECT_WIDTH} flexShrink={0}>
            <Prose bold text={row.aspect} width={ASPECT_WIDTH - 1} />
          </Box>
          <Box width={columnWidth} flexShrink={0}>
            <Prose text={row.customer} width={cell} />
          </Box>
          <Box width={columnWidth} flexShrink={0}>
            <Prose text={row.consumer} width={cell} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}
