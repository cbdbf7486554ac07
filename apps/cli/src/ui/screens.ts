/**
 * The UI's screens, in tab order, with their number keys and footer hints.
 *
 * @module
 */

/** A screen id. */
export type ScreenId = 'classify' | 'questionnaire' | 'glossary' | 'compare';

/** A screen's title and the keys that work on it, as footer hints. */
export type ScreenInfo = { id: ScreenId; title: string; keys: readonly string[] };

/** The screens in order: number key n (or F-n) opens the n-th. */
export const SCREENS: readonly ScreenInfo[] = [
  {
    id: 'classify',
    title: 'Classify',
    keys: ['Enter new line', '←↑↓→ move', 'Ctrl-U clear'],
  },
  {
    id: 'questionnaire',
    title: 'Questionnaire',
    keys: ['↑↓ choose', 'Enter/→/1–4 answer', '←/Backspace back', 'r restart'],
  },
  { id: 'glossary', title: 'Glossary', keys: ['↑↓ term'] },
  { id: 'compare', title: 'Compare', keys: [] },
];

/** The Questionnaire's keys once all seven are answered and the result shows. */
export const QUESTIONNAIRE_RESULT_KEYS: readonly string[] = [
  '1–7 change an answer',
  '←/Backspace back',
  'r restart',
];

/** Whether the number keys 1–4 open screens on `screen`: not where they type or answer. */
export function numbersOpenScreens(screen: ScreenId): boolean {
  return screen !== 'classify' && screen !== 'questionnaire';
}

/** The screen `step` screens after `current` (before it when negative), wrapping round. */
export function cycleScreen(current: ScreenId, step: number): ScreenId {
  const index = SCREENS.findIndex((screen) => screen.id === current);
  const next = (((index + step) % SCREENS.length) + SCREENS.length) % SCREENS.length;
  return (SCREENS[next] as ScreenInfo).id;
}

/**
 * How many Tab presses an input chunk is: a terminal sends Tabs pressed in quick succession in
 * one read ("\t\t"), which is two presses, not text. Anything else is none.
 */
export function tabPresses(input: string): number {
  return /^\t+$/.test(input) ? input.length : 0;
}

/** The screen number `n` (1-based) opens, if any. */
export function screenByNumber(n: number): ScreenId | undefined {
  return SCREENS[n - 1]?.id;
}
