/**
 * The footer: the keys that work on the current screen, then the ones that work everywhere,
 * packed into lines (see `packHints`).
 *
 * @module
 */
import { Box, Text } from 'ink';
import {
  numbersOpenScreens,
  QUESTIONNAIRE_RESULT_KEYS,
  SCREENS,
  type ScreenId,
} from './screens.ts';

/** The hint for scrolling, shown while the screen has more than fits. */
export const SCROLL_HINT = 'PgUp/PgDn scroll';

/** What else the footer depends on. */
export type FooterState = {
  /** The screen has rows hidden. */
  scrollable: boolean;
  /** The questionnaire shows its result. */
  questionnaireDone: boolean;
};

/**
 * The hints for `screen`, in footer order. `q` is offered only where no text field has focus,
 * the number keys only where they open screens, the scroll keys only when there is something
 * to scroll.
 */
export function footerHints(screen: ScreenId, state: FooterState): string[] {
  const keys =
    screen === 'questionnaire' && state.questionnaireDone
      ? QUESTIONNAIRE_RESULT_KEYS
      : (SCREENS.find((s) => s.id === screen)?.keys ?? []);
  const screens = numbersOpenScreens(screen) ? 'Tab/1–4/F1–F4 screens' : 'Tab/F1–F4 screens';
  const quit = screen === 'classify' ? 'Esc/Ctrl-C quit' : 'q/Esc/Ctrl-C quit';
  return [...keys, ...(state.scrollable ? [SCROLL_HINT] : []), screens, quit];
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
