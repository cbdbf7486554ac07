/**
 * The Glossary screen: the four terms, one open in full.
 *
 * @module
 */
import { definitions } from '@marketlens/core';
import { Box, Text } from 'ink';
import { displayWidth } from '../format/display-width.ts';
import { colorOf } from '../format/vocabulary.ts';
import { usePaint } from './palette.ts';
import { Prose } from './prose.tsx';

/** Props of {@link GlossaryScreen}. */
export type GlossaryScreenProps = { selected: number; columns: number };

/** Terminals at least this wide put the list of terms beside the open one. */
const SIDE_BY_SIDE_COLUMNS = 90;
const GAP = 2;

/** The list of terms with the selected one's meaning and characteristics. */
export function GlossaryScreen({ selected, columns }: GlossaryScreenProps) {
  const paint = usePaint();
  const open = definitions[selected] ?? definitions[0];
  const sideBySide = columns >= SIDE_BY_SIDE_COLUMNS;
  const listWidth = Math.max(...definitions.map((d) => displayWidth(d.term))) + 2;
  const width = sideBySide ? columns - listWidth - GAP : columns;
  return (
    <Box flexDirection={sideBySide ? 'row' : 'column'} gap={GAP}>
      <Box flexDirection="column" flexShrink={0}>
        {definitions.map((definition, index) => (
          <Text
            key={definition.id}
            color={paint(colorOf(definition.pole))}
            inverse={index === selected}
          >
            {` ${definition.term} `}
          </Text>
        ))}
      </Box>
      {open !== undefined && (
        <Box flexDirection="column" flexShrink={0} width={width}>
          <Text bold color={paint(colorOf(open.pole))}>
            {open.term}
          </Text>
          <Prose italic text={open.short} width={width} />
          <Box marginY={1} flexShrink={0}>
            <Prose text={open.long} width={width} />
          </Box>
          {open.characteristics.map((characteristic) => (
            <Prose key={characteristic} prefix="• " text={characteristic} width={width} />
          ))}
        </Box>
      )}
    </Box>
  );
}
