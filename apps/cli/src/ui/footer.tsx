/**
 * The footer: the keys that work on the current screen, then the ones that work everywhere.
 *
 * @module
 */
import { Box, Text } from 'ink';
import { SCREENS, type ScreenId } from './screens.ts';

/** Props of {@link Footer}. */
export type FooterProps = { screen: ScreenId };

/** The key hints. `q` and the number keys are offered only where no text field has focus. */
export function Footer({ screen }: FooterProps) {
  const info = SCREENS.find((s) => s.id === screen);
  const global =
    screen === 'classify'
      ? 'Tab/F1–F4 screens · Esc/Ctrl-C quit'
      : 'Tab/1–4/F1–F4 screens · q/Esc/Ctrl-C quit';
  return (
    <Box flexWrap="wrap" columnGap={3}>
      {info?.keys ? <Text dimColor>{info.keys}</Text> : null}
      <Text dimColor>{global}</Text>
    </Box>
  );
}
