/**
 * The Glossary screen: the four terms, one open in full.
 *
 * @module
 */
import { definitions } from '@marketlens/core';
import { Box, Text } from 'ink';
import { colorOf } from '../format/vocabulary.ts';

/** Props of {@link GlossaryScreen}. */
export type GlossaryScreenProps = { selected: number; columns: number };

/** The list of terms with the selected one's meaning and characteristics. */
export function GlossaryScreen({ selected, columns }: GlossaryScreenProps) {
  const open = definitions[selected] ?? definitions[0];
  return (
    <Box flexDirection={columns >= 90 ? 'row' : 'column'} gap={2}>
      <Box flexDirection="column" flexShrink={0}>
        {definitions.map((definition, index) => (
          <Text key={definition.id} color={colorOf(definition.pole)} inverse={index === selected}>
            {` ${definition.term} `}
          </Text>
        ))}
      </Box>
      {open !== undefined && (
        <Box flexDirection="column" flexShrink={1}>
          <Text bold color={colorOf(open.pole)}>
            {open.term}
          </Text>
          <Text italic>{open.short}</Text>
          <Box marginY={1}>
            <Text>{open.long}</Text>
          </Box>
          {open.characteristics.map((characteristic) => (
            <Text key={characteristic}>• {characteristic}</Text>
          ))}
        </Box>
      )}
    </Box>
  );
}
