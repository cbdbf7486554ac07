import { type Classification, classify } from '@marketlens/core';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth } from '../format/display-width.ts';
import { App } from './app.tsx';

const tick = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colours is the point
const plain = (frame = '') => frame.replace(/\u001b\[[0-9;]*m/g, '');

/** The core's result plus one evidence span on "loyalty", whatever the classifier finds. */
function withLoyaltyEvidence(text: string): Classification {
  const result = structuredClone(classify(text));
  const start = text.toLowerCase().indexOf('loyalty');
  if (start >= 0) {
    result.dimensions.focus.evidence.push({
      text: text.slice(start, start + 7),
      start,
      end: start + 7,
      pole: 'customer',
      cue: 'test-loyalty',
      reason: 'a loyalty programme keeps buyers',
      weight: 1,
      negated: false,
    });
  }
  return result;
}

const ESC = String.fromCharCode(27);

/** The core's result plus a customer span on "loyalty" and a consumer span on "kids". */
function withBothPoles(text: string): Classification {
  const result = withLoyaltyEvidence(text);
  const start = text.indexOf('kids');
  if (start >= 0) {
    result.dimensions.audience.evidence.push({
      text: 'kids',
      start,
      end: start + 4,
      pole: 'consumer',
      cue: 'test-kids',
      reason: 'children use it',
      weight: 1,
      negated: false,
    });
  }
  return result;
}

/** The SGR codes in force right before `word`'s first appearance in `frame` (from the sequences just before it). */
function stylesBefore(frame: string, word: string): string[] {
  const at = frame.indexOf(word);
  const before = frame.slice(0, at).match(new RegExp(`(?:${ESC}\\[[0-9;]*m)+$`))?.[0] ?? '';
  const codes = before.matchAll(new RegExp(`${ESC}\\[([0-9;]*)m`, 'g'));
  return [...codes].flatMap((m) => (m[1] ?? '').split(';'));
}

/** Any colour: foreground or background, 16, 256 or true colours. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ESC is the point
const COLOUR_SGR = /\u001b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m/;

/** Whether `word` in `frame` starts right after an ANSI style sequence (ESC [ … m). */
function styled(frame: string, word: string): boolean {
  const at = frame.indexOf(word);
  if (at <= 0) return false;
  return frame
    .slice(0, at)
    .replace(/\[[0-9;]*m$/, '')
    .endsWith(ESC);
}

type Instance = ReturnType<typeof render>;

/** The frame as plain text, polled until the assertion holds (renders lag on a busy machine). */
const screen = (app: Instance) =>
  expect.poll(() => plain(app.lastFrame()), { timeout: 5_000, interval: 20 });
/** Polls until `word` is styled in the frame: the result that highlights it has arrived. */
const highlighted = (app: Instance, word: string) =>
  expect.poll(() => styled(app.lastFrame() ?? '', word), { timeout: 5_000 }).toBe(true);
let instance: Instance | undefined;

function start(props: Parameters<typeof App>[0] = {}, columns = 100, rows = 40): Instance {
  instance = render(<App debounceMs={10} {...props} />);
  resize(instance, columns, rows);
  return instance;
}

function resize(target: Instance, columns: number, rows = 40) {
  Object.defineProperty(target.stdout, 'columns', { get: () => columns, configurable: true });
  Object.defineProperty(target.stdout, 'rows', { get: () => rows, configurable: true });
  target.stdout.emit('resize');
}

/**
 * The UI on "Our loyalty club" with its result shown and "loyalty" highlighted; the next result
 * is a minute away, so edits keep the highlights of this one.
 */
async function startOnHighlightedLoyalty(): Promise<Instance> {
  const app = start({
    classifier: withLoyaltyEvidence,
    initialText: 'Our loyalty club',
    debounceMs: 60_000,
  });
  await highlighted(app, 'loyalty');
  return app;
}

async function type(target: Instance, ...chunks: string[]) {
  for (const chunk of chunks) {
    target.stdin.write(chunk);
    await tick(15);
  }
  await tick();
}

/** What is wrong with a frame for a terminal this size: it must have the tab bar on its first row, the footer on its last, and nothing wider. */
function misfits(frame: string, columns: number, rows: number): string[] {
  const lines = frame.split('\n');
  const faults: string[] = [];
  if (lines.length > rows) faults.push(`${lines.length} rows`);
  if (!/^marketlens /.test(lines[0] ?? '')) faults.push(`first row: ${lines[0]}`);
  if (!/quit/.test(lines.at(-1) ?? '')) faults.push(`last row: ${lines.at(-1)}`);
  for (const line of lines) if (displayWidth(line) >= columns) faults.push(`too wide: ${line}`);
  return faults;
}

/** Waits for the frame to fit a terminal this size (the size takes a render to apply). */
async function expectFits(app: Instance, columns: number, rows: number) {
  await expect
    .poll(() => misfits(plain(app.lastFrame()), columns, rows), { timeout: 5_000, interval: 20 })
    .toEqual([]);
}

const TWO_LINE_BRIEF =
  'Loyalty programme for our top resellers: volume rebates at renewal and a named account manager.\nEarly access to new lines for every reseller that renews, and a quarterly business review.';

afterEach(() => {
  instance?.unmount();
  instance = undefined;
});

describe('App: Classify screen', () => {
  it('opens on Classify with the text area focused and the keys in the footer', async () => {
    const app = start();
    await screen(app).toContain('Type or paste a brief');
    const frame = plain(app.lastFrame());
    expect(frame).toContain('Esc/Ctrl-C quit');
    expect(frame).toMatch(/1 Classify/);
  });

  it('shows typed text and the result once typing pauses', async () => {
    const app = start();
    await type(app, ...'Loyalty programme with volume rebates for our top resellers at renewal.');
    await screen(app).toContain('Customer marketing');
    const frame = plain(app.lastFrame());
    expect(frame).toContain('Loyalty programme with volume');
    expect(frame).toContain('Customer marketing');
    expect(frame).toMatch(/customer .*●.* consumer/);
    expect(frame).toContain('Who pays');
    for (const name of ['Scope & perspective', 'Target audience', 'Typical market']) {
      expect(frame).toContain(name);
    }
  });

  it('marks a role it only infers', async () => {
    const app = start();
    await type(app, 'Toddler scooter that makes the school run an adventure.');
    await screen(app).toMatch(/Who uses\s+Toddler \(inferred\)/);
  });

  it('keeps the Enter of "a\\r" arriving in one read', async () => {
    const app = start();
    await type(app, 'a\r', 'b');
    await screen(app).toMatch(/│ a\s*│\n│ b/);
  });

  it('takes a pasted paragraph with new lines whole', async () => {
    const app = start();
    await type(app, '\u001b[200~First line of the brief.\r\nSecond line.\u001b[201~');
    await screen(app).toContain('Second line.');
    const frame = plain(app.lastFrame());
    expect(frame).toMatch(/First line of the brief\.\s*│\n│ Second line\./);
  });

  it('takes a multi-character chunk with new lines whole, as a terminal without bracketed paste sends it', async () => {
    const app = start();
    await type(app, 'one\rtwo\r\nthree');
    await screen(app).toMatch(/one\s*│\n│ two\s*│\n│ three/);
  });

  it('treats q and number keys as text, never as commands', async () => {
    const app = start();
    await type(app, 'q', '2', '3', 'q');
    await screen(app).toContain('q23q');
    const frame = plain(app.lastFrame());
    expect(frame).toContain('q23q');
    expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0);
  });

  it('edits with backspace, arrows and Ctrl-U', async () => {
    const app = start();
    await type(app, 'abd', '\u001b[D', 'c', '\u007f', 'c');
    await screen(app).toContain('abcd');
    await type(app, '\u0015');
    await screen(app).toContain('Type or paste a brief');
  });

  it('moves over and deletes an emoji as one character', async () => {
    const app = start();
    await type(app, 'ab👍cd', '\u001b[D', '\u001b[D', '\u001b[D');
    await screen(app).toContain('ab👍cd');
    expect(plain(app.lastFrame())).not.toContain('\ufffd');
    await type(app, '\u007f');
    await screen(app).toContain('a👍cd');
    await type(app, '\u001b[C', '\u007f');
    await screen(app).toContain('│ acd');
  });

  it('moves up and down by screen rows in a paragraph that wraps', async () => {
    const app = start({}, 40);
    // Wraps at 40 columns as "Loyalty programme for our top " / "resellers at renewal time."
    await type(app, 'Loyalty programme for our top resellers at renewal time.', '\u001b[A', 'X');
    await screen(app).toContain('our Xtop');
    await type(app, '\u001b[H', '\u001b[B', 'Y');
    await screen(app).toContain('│ Yresellers at');
  });

  it('highlights the evidence in the text once the result belongs to it', async () => {
    const app = start({ classifier: withLoyaltyEvidence });
    await type(app, 'Our loyalty club');
    await highlighted(app, 'loyalty');
    const frame = app.lastFrame() ?? '';
    // The evidence word is styled (an escape sequence ends right before it), its neighbours not.
    expect(styled(frame, 'loyalty')).toBe(true);
    expect(frame).toContain('Our');
    expect(styled(frame, 'Our')).toBe(false);
    expect(styled(frame, 'club')).toBe(false);
  });

  it('gives the text box its share of a wide terminal, the text clear of the border', async () => {
    const brief =
      'Loyalty programme for our top resellers: volume rebates at renewal, a named account manager and early access to new lines for every reseller.';
    const app = start({ initialText: brief }, 120);
    await screen(app).toMatch(/│.*customer .*consumer/);
    const rows = plain(app.lastFrame())
      .split('\n')
      .filter((line) => line.startsWith('│ ') && line[2] !== ' ');
    expect(rows.length).toBe(3);
    for (const row of rows) {
      // 45% of the 119 usable columns: the box's right border is its 53rd column.
      expect(row.indexOf('│', 1)).toBe(52);
      expect(row[51]).toBe(' ');
    }
  });

  it('keeps the highlights on screen while typing, until the next result', async () => {
    const app = await startOnHighlightedLoyalty();
    await type(app, ' f', 'o', 'r');
    await screen(app).toContain('Our loyalty club for');
    expect(styled(app.lastFrame() ?? '', 'loyalty')).toBe(true);
    await type(app, '\u001b[H', 'Hi! ');
    await screen(app).toContain('Hi! Our loyalty club for');
    expect(styled(app.lastFrame() ?? '', 'loyalty')).toBe(true);
    expect(styled(app.lastFrame() ?? '', 'Hi!')).toBe(false);
  });

  it("shows the result's highlights again when an edit is undone before the next result", async () => {
    const app = await startOnHighlightedLoyalty();
    // Into the middle of "loyalty", a letter typed (the span it touches goes) and deleted.
    await type(app, ...Array<string>(9).fill('\u001b[D'), 'x');
    await screen(app).toContain('Our loyxalty club');
    // Deleted again, and the cursor taken to the end, out of the word.
    await type(app, '\u007f', '\u001b[F');
    await screen(app).toContain('Our loyalty club');
    await highlighted(app, 'loyalty');
  });

  it('follows the terminal width: side by side when wide, stacked when narrow', async () => {
    const app = start({ initialText: 'Loyalty programme for resellers.' }, 140);
    await screen(app).toMatch(/│.*customer .*consumer/);
    const sideBySide = (frame: string) =>
      frame.split('\n').some((line) => /│.*customer .*consumer/.test(line));
    expect(sideBySide(plain(app.lastFrame()))).toBe(true);
    resize(app, 70);
    await expect.poll(() => sideBySide(plain(app.lastFrame())), { timeout: 5_000 }).toBe(false);
    const narrow = plain(app.lastFrame());
    expect(sideBySide(narrow)).toBe(false);
    expect(Math.max(...narrow.split('\n').map((line) => line.length))).toBeLessThanOrEqual(70);
  });
});

describe('App: the terminal’s height', () => {
  it('keeps the tab bar, the text and the footer on an 80×24 screen after a pasted brief', async () => {
    const app = start({}, 80, 24);
    await type(app, `\u001b[200~${TWO_LINE_BRIEF}\u001b[201~`);
    await screen(app).toContain('Customer marketing');
    await screen(app).toMatch(/rows below · PgUp\/PgDn/);
    await expectFits(app, 80, 24);
    const frame = plain(app.lastFrame());
    expect(frame).toContain('Loyalty programme for our top resellers');
    expect(frame).toContain('business review.');
    expect(frame).toContain('PgUp/PgDn scroll');
  });

  it('scrolls the result with PgDn and PgUp', async () => {
    const app = start({ initialText: TWO_LINE_BRIEF }, 80, 24);
    await screen(app).toMatch(/↓ \d+ rows below/);
    expect(plain(app.lastFrame())).not.toContain('Who uses');
    await type(app, '\u001b[6~', '\u001b[6~');
    await screen(app).toContain('Who uses');
    expect(plain(app.lastFrame())).toMatch(/↑ \d+ rows above/);
    await expectFits(app, 80, 24);
    await type(app, '\u001b[5~', '\u001b[5~');
    await screen(app).toContain('customer ●');
  });

  it('fits 100×15 with an empty text', async () => {
    const app = start({}, 100, 15);
    await screen(app).toContain('Type or paste a brief');
    await screen(app).toMatch(/rows below/);
    await expectFits(app, 100, 15);
  });

  it('keeps a text box for a single line of thousands of characters within the screen', async () => {
    const long = 'Loyalty rebates for resellers at renewal. '.repeat(102);
    const app = start({ initialText: long }, 80, 24);
    await screen(app).toMatch(/↑ \d+ rows above/);
    await expectFits(app, 80, 24);
    const frame = plain(app.lastFrame());
    expect(frame.split('\n').filter((line) => line.startsWith('│')).length).toBeLessThan(10);
  });

  it('fits the Compare, Glossary and questionnaire result screens, the back hint kept', async () => {
    const app = start({ initialScreen: 'compare' }, 80, 24);
    await screen(app).toMatch(/rows below/);
    await expectFits(app, 80, 24);
    await type(app, '3');
    await screen(app).toContain('Glossary');
    await expectFits(app, 80, 24);
    await type(app, '2', '\r\r\r\r\r\r\r');
    await screen(app).toContain('All 7 answered');
    await expectFits(app, 80, 24);
    expect(plain(app.lastFrame())).toContain('to change an answer');
  });

  it('keeps the selected option of a question in view on a short terminal', async () => {
    const app = start({ initialScreen: 'questionnaire' }, 50, 15);
    await screen(app).toContain('❯ 1 Our own buyers');
    await type(app, '\u001b[B', '\u001b[B', '\u001b[B');
    await screen(app).toContain('❯ 4 Not sure, or it does not apply');
    await expectFits(app, 50, 15);
    await type(app, '\u001b[B');
    await screen(app).toContain('❯ 1 Our own buyers');
    await expectFits(app, 50, 15);
  });

  it('shows a short notice below the smallest size it lays out, and redraws when it grows', async () => {
    const app = start({}, 20, 8);
    await screen(app).toContain('Terminal too small');
    const frame = plain(app.lastFrame());
    expect(frame).toContain('40×12');
    expect(frame.split('\n').length).toBeLessThanOrEqual(8);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThan(20);
    await type(app, 'x'); // nothing on screen to type into
    resize(app, 80, 24);
    await screen(app).toContain('Type or paste a brief');
    await expectFits(app, 80, 24);
  });
});

describe('App: colour', () => {
  it('tells the poles apart without colour: customer words underlined, consumer words bold', async () => {
    const app = start({ classifier: withBothPoles, initialText: 'Our loyalty club for kids' });
    await expect
      .poll(() => stylesBefore(app.lastFrame() ?? '', 'loyalty'), { timeout: 5_000 })
      .toContain('4');
    const frame = app.lastFrame() ?? '';
    expect(stylesBefore(frame, 'kids')).toContain('1');
    expect(stylesBefore(frame, 'kids')).not.toContain('4');
    expect(stylesBefore(frame, 'loyalty')).not.toContain('1');
  });

  it('draws no colour at all with colour off (NO_COLOR), keeping the cursor and the pole marks', async () => {
    const app = start({
      classifier: withBothPoles,
      initialText: 'Our loyalty club for kids',
      color: false,
    });
    await screen(app).toContain('Who pays');
    await expect
      .poll(() => stylesBefore(app.lastFrame() ?? '', 'loyalty'), { timeout: 5_000 })
      .toContain('4');
    const frame = app.lastFrame() ?? '';
    expect(frame).not.toMatch(COLOUR_SGR);
    expect(stylesBefore(frame, 'kids')).toContain('1');
    expect(frame).toContain(`${ESC}[7m`); // the cursor, in inverse video
  });
});

describe('App: navigation and quitting', () => {
  it('moves between screens with Tab, Shift-Tab, F-keys and number keys', async () => {
    const app = start();
    await type(app, '\t');
    await screen(app).toContain('Question 1 of 7');
    await type(app, '\u001b[Z');
    await screen(app).toContain('Type or paste a brief');
    await type(app, '\u001bOR');
    await screen(app).toContain('The people or organisations that buy');
    await type(app, '4');
    await screen(app).toContain('Customer (whoever pays)');
    await type(app, '\u001b[11~');
    await screen(app).toContain('Type or paste a brief');
  });

  it('takes Tab presses arriving in one read as that many presses, on every screen', async () => {
    const app = start();
    await type(app, 'brief');
    await type(app, '\t\t');
    await screen(app).toContain('The people or organisations that buy');
    await type(app, '\t\t\t');
    await screen(app).toContain('Question 1 of 7');
    await type(app, '\t\t\t');
    await screen(app).toContain('│ brief');
    // No spaces came from the tabs: the paste lands right after "brief".
    await type(app, '\u001b[200~a\tb\u001b[201~');
    await screen(app).toContain('briefa  b');
  });

  it('keeps the text when leaving the Classify screen and coming back', async () => {
    const app = start();
    await type(app, 'kept text', '\t', '\u001bOP');
    await screen(app).toContain('kept text');
  });

  it('quits with q where no text field has focus', async () => {
    const app = start();
    await type(app, '\t');
    expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0);
    await type(app, 'q');
    await expect.poll(() => app.stdin.listenerCount('readable'), { timeout: 5_000 }).toBe(0);
  });

  it('quits with Esc from the text area', async () => {
    const app = start();
    await type(app, 'abc', '\u001b');
    await expect.poll(() => app.stdin.listenerCount('readable'), { timeout: 5_000 }).toBe(0);
  });
});

describe('App: Questionnaire, Glossary, Compare', () => {
  it('answers the seven questions with the arrows, shows the result, and goes back', async () => {
    const app = start({ initialScreen: 'questionnaire' });
    await tick();
    await type(app, '\u001b[B', '\r');
    await screen(app).toContain('Question 2 of 7');
    for (let i = 0; i < 6; i += 1) await type(app, '\r');
    await screen(app).toContain('All 7 answered');
    const result = plain(app.lastFrame());
    expect(result).toContain('All 7 answered');
    expect(result).toMatch(/marketing|Undetermined/);
    await type(app, '\u001b[D');
    await screen(app).toContain('Question 7 of 7');
    await type(app, 'r');
    await screen(app).toContain('Question 1 of 7');
  });

  it('answers with 1–4 on a question, instead of switching screens, and says so in the footer', async () => {
    const app = start({ initialScreen: 'questionnaire' });
    await screen(app).toContain('1 Our own buyers');
    const footer = plain(app.lastFrame()).split('\n').slice(-2).join(' ');
    expect(footer).toContain('1–4 answer');
    expect(footer).not.toContain('1–4/F1–F4 screens');
    // "2" answered the first question (it moved on) instead of opening screen 2, the Questionnaire's
    // own tab: a screen switch would have left it on question 1.
    await type(app, '2');
    await screen(app).toContain('Question 2 of 7');
  });

  it('offers the result page’s own keys, and returns to the result after changing an answer', async () => {
    const app = start({ initialScreen: 'questionnaire' });
    await tick();
    await type(app, '\r\r\r\r\r\r\r');
    await screen(app).toContain('All 7 answered');
    const footer = plain(app.lastFrame()).split('\n').slice(-2).join(' ');
    expect(footer).not.toContain('↑↓ choose');
    expect(footer).not.toContain('Enter/→');
    expect(footer).toContain('1–7 change an answer');
    await type(app, '3');
    await screen(app).toContain('Question 3 of 7');
    await type(app, '2');
    await screen(app).toContain('All 7 answered');
    await type(app, '\u001b[D', '\u001b[D', '\u001b[D');
    await screen(app).toContain('Question 5 of 7');
    await type(app, '\r');
    await screen(app).toContain('All 7 answered');
  });

  it('takes every Enter of several arriving in one read', async () => {
    const app = start({ initialScreen: 'questionnaire' });
    await tick();
    await type(app, '\r\r\r');
    await screen(app).toContain('Question 4 of 7');
  });

  it('opens the next term in the Glossary with the down arrow', async () => {
    const app = start({ initialScreen: 'glossary' });
    await tick();
    await type(app, '\u001b[B');
    await screen(app).toContain('The broad market of individuals and households');
  });

  it('wraps the comparison table with no cell starting with a space', async () => {
    const app = start({ initialScreen: 'compare' }, 80, 60);
    await screen(app).toContain('and retaining buyers');
    // 79 usable columns: the aspect takes 24, each pole's cell 26 (its last one kept empty).
    for (const line of plain(app.lastFrame()).split('\n')) {
      for (const at of [24, 50]) {
        const leadingSpace = line[at] === ' ' && line[at + 1] !== undefined && line[at + 1] !== ' ';
        expect(leadingSpace, line).toBe(false);
      }
    }
  });

  it('stacks the comparison on a narrow terminal, no line starting with a space', async () => {
    const narrow = start({ initialScreen: 'compare' }, 40, 80);
    await screen(narrow).toContain('Building the relationship');
    expect(plain(narrow.lastFrame())).not.toMatch(/^ \S/m);
    narrow.unmount();
  });

  it('stacks the comparison on a narrow terminal', async () => {
    const app = start({ initialScreen: 'compare' }, 50);
    await screen(app).toContain('customer: Purchasers');
    const frame = plain(app.lastFrame());
    expect(frame).toContain('customer: Purchasers, individuals or businesses');
  });
});
