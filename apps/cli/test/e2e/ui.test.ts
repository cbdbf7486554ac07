/**
 * End to end: the built `marketlens` binary in a real terminal (tmux). Types a brief, reads
 * the orientation and the highlighted evidence off the screen, switches screens, quits.
 */
import { classify } from '@marketlens/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orientationTitle } from '../../src/format/vocabulary.ts';
import { highlightsOf } from '../../src/ui/segments.ts';
import { assertBuilt, CLI, NODE } from './built-cli.ts';
import { hasTmux, TmuxSession } from './tmux.ts';

const TMUX = hasTmux();
const BRIEF =
  'Loyalty programme for our top resellers: volume rebates at renewal, a named account manager and early access to new lines.';
const expected = classify(BRIEF);
const evidence = highlightsOf(expected).map((span) => BRIEF.slice(span.start, span.end));
const ESC = String.fromCharCode(27);

/** Whether `word` appears right after a style escape sequence on the captured screen. */
function styledOnScreen(screen: string, word: string): boolean {
  let at = screen.indexOf(word);
  while (at !== -1) {
    if (
      screen
        .slice(0, at)
        .replace(/\[[0-9;]*m$/, '')
        .endsWith(ESC)
    )
      return true;
    at = screen.indexOf(word, at + 1);
  }
  return false;
}

let session: TmuxSession | undefined;
afterEach(() => {
  session?.stop();
  session = undefined;
});

describe.skipIf(!TMUX)(
  `the UI in a real terminal under tmux${TMUX ? '' : ' — SKIPPED: tmux is not installed'}`,
  () => {
    beforeAll(assertBuilt);

    async function startUi(columns = 140, rows = 45) {
      session = new TmuxSession();
      session.start([NODE, CLI], columns, rows, { TERM: 'xterm-256color' });
      await session.waitFor(
        (s) => s.includes('1 Classify') && s.includes('Type or paste'),
        'the UI',
      );
      return session;
    }

    it('classifies a typed brief, switches screens and quits with Esc, exit code 0', async () => {
      const ui = await startUi();
      ui.type(BRIEF.slice(0, 60));
      ui.press('Enter');
      ui.type(BRIEF.slice(60));
      const title = orientationTitle(expected.orientation);
      const screen = await ui.waitFor((s) => s.includes(title), `"${title}"`);
      // The Enter between the two halves is a line break in the text area, not lost.
      expect(screen).toContain(BRIEF.slice(0, 20));
      expect(screen).toMatch(/customer .*●.* consumer/);

      ui.press('Tab');
      await ui.waitFor((s) => s.includes('Question 1 of 7'), 'the questionnaire');
      ui.press('F3');
      await ui.waitFor(
        (s) => s.includes('Customer marketing') && s.includes('Glossary'),
        'the glossary',
      );
      ui.type('4');
      await ui.waitFor((s) => s.includes('Customer (whoever pays)'), 'the comparison');
      ui.type('1');
      await ui.waitFor((s) => s.includes(BRIEF.slice(0, 20)), 'the text kept on Classify');

      ui.press('Escape');
      await ui.waitFor((s) => s.includes('EXIT:0'), 'exit code 0');
    });

    it.skipIf(evidence.length === 0)(
      `highlights the evidence words in the text${evidence.length === 0 ? ' — SKIPPED: the core found no evidence in the brief' : ''}`,
      async () => {
        const ui = await startUi();
        ui.type(BRIEF);
        await ui.waitFor((s) => s.includes(orientationTitle(expected.orientation)), 'the result');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const styled = ui.capture(true);
        for (const word of evidence) expect(styledOnScreen(styled, word), word).toBe(true);
      },
    );

    it.skipIf(evidence.length === 0)(
      'honours NO_COLOR: no colour on screen, the evidence still marked',
      async () => {
        session = new TmuxSession();
        session.start([NODE, CLI], 140, 45, { TERM: 'xterm-256color', NO_COLOR: '1' });
        const ui = session;
        await ui.waitFor((s) => s.includes('Type or paste'), 'the UI');
        ui.type(BRIEF);
        await ui.waitFor((s) => s.includes(orientationTitle(expected.orientation)), 'the result');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const styled = ui.capture(true);
        const colour = new RegExp(
          `${ESC}\\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m`,
        );
        expect(styled).not.toMatch(colour);
        for (const word of evidence) expect(styledOnScreen(styled, word), word).toBe(true);
      },
    );

    it('follows a resize, and quits with q off the text area and with Ctrl-C, exit code 0', async () => {
      const ui = await startUi(140, 45);
      ui.type('Loyalty rebates for resellers');
      await ui.waitFor((s) => /│.*customer .*consumer/.test(s), 'the side-by-side layout');
      ui.resize(70, 45);
      const stacked = await ui.waitFor(
        (s) => !/│.*customer .*consumer/.test(s) && s.includes('Loyalty rebates'),
        'the stacked layout',
      );
      // Redrawn whole: one tab bar, nothing left over from the wider frame.
      expect(stacked.match(/^marketlens /gm)).toHaveLength(1);
      expect(stacked.trimStart().startsWith('marketlens ')).toBe(true);
      ui.press('Tab');
      await ui.waitFor((s) => s.includes('Question 1 of 7'), 'the questionnaire');
      ui.type('q');
      await ui.waitFor((s) => s.includes('EXIT:0'), 'exit code 0 after q');
      ui.stop();

      const again = await startUi();
      again.press('C-c');
      await again.waitFor((s) => s.includes('EXIT:0'), 'exit code 0 after Ctrl-C');
    });
  },
);
