/**
 * The footer: the keys that work on the current screen, then the ones that work everywhere,
 * packed into lines (see `packHints`).
 *
 * @module
 */
import { Box, Text } from 'ink';
import { SCREENS, type ScreenId } from './screens.ts';

/** The hint for scrolling, shown while the screen has more than fits. */
export const SCROLL_HINT = 'PgUp/PgDn scroll';

/**
 * The hints for `screen`, in footer order. `q` and the number keys are offered only where no
 * text field has focus; the scroll keys only when there is something to scroll.
 */
export function footerHints(screen: ScreenId, scrollable: boolean): string[] {
  const info = SCREENS.find((s) => s.id === screen);
  const global =
    screen === 'classify'
      ? ['Tab/F1–F4 screens', 'Esc/Ctrl-C quit']
      : ['Tab/1–4/F1–F4 screens', 'q/Esc/Ctrl-C quit'];
  return [...(info?.keys ?? []), ...(scrollable ? [SCROLL_HINT] : []), ...global];
}

/** Props of {@link Footer}. */
export type FooterProps = { lines: readonly string[] };

/** The key hints, one packed line each. */
export function Footer({ lines }: FooterProps) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line) => (
        <Text key={line} dimColor wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
