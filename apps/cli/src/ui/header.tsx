/**
 * The tab bar: the product name and one tab per screen, the current one highlighted.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { usePaint } from './palette.ts';
import { SCREENS, type ScreenId } from './screens.ts';

/** Props of {@link Header}. */
export type HeaderProps = { screen: ScreenId; columns: number };

/** The tab bar. Titles shorten to their number when the terminal is narrow. */
export function Header({ screen, columns }: HeaderProps) {
  const paint = usePaint();
  const compact = columns < 64;
  return (
    <Box>
      <Text bold color={paint('cyan')}>
        marketlens{' '}
      </Text>
      {SCREENS.map((info, index) => (
        <Text key={info.id} inverse={info.id === screen} bold={info.id === screen}>
          {` ${index + 1}${compact && info.id !== screen ? '' : ` ${info.title}`} `}
        </Text>
      ))}
    </Box>
  );
}
