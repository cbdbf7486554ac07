/**
 * The interactive UI: a tab bar, the current screen, a footer. Screen state lives here so that
 * switching screens and back keeps the text and the answers.
 *
 * @module
 */
import { definitions } from '@marketlens/core';
import { Box, useApp, useInput, useWindowSize } from 'ink';
import { type ReactNode, useReducer, useState } from 'react';
import { fitsTerminal, screenHeight } from './app-layout.ts';
import { classifyWidths } from './classify-layout.ts';
import { ClassifyScreen } from './classify-screen.tsx';
import { CompareScreen } from './compare-screen.tsx';
import { Footer, footerHints } from './footer.tsx';
import { GlossaryScreen } from './glossary-screen.tsx';
import { Header } from './header.tsx';
import { packHints } from './key-hints.ts';
import { ColorContext } from './palette.ts';
import { QuestionnaireScreen } from './questionnaire-screen.tsx';
import {
  initialQuestionnaire,
  QUESTION_COUNT,
  questionnaireReducer,
} from './questionnaire-state.ts';
import {
  cycleScreen,
  numbersOpenScreens,
  type ScreenId,
  screenByNumber,
  tabPresses,
} from './screens.ts';
import { ScrollView } from './scroll-view.tsx';
import { createBuffer, type TextBuffer } from './text-buffer.ts';
import { TooSmall } from './too-small.tsx';
import { type Classifier, useClassification } from './use-classification.ts';
import { useFunctionKeys } from './use-function-keys.ts';
import { useQuestionnaireInput } from './use-questionnaire-input.ts';
import { useTextAreaInput } from './use-text-area-input.ts';

/** Props of {@link App}. */
export type AppProps = {
  /** Text the Classify screen starts with. */
  initialText?: string;
  /** Screen to open on (Classify by default). */
  initialScreen?: ScreenId;
  /** Pause in typing before the result follows, in milliseconds. */
  debounceMs?: number;
  /** The classifier behind the Classify screen (the core's, unless a test injects one). */
  classifier?: Classifier;
  /** Whether to colour (see `shouldColor`: off with `NO_COLOR`); attributes stay either way. */
  color?: boolean;
};

/**
 * The whole UI, exactly as high as the terminal: the tab bar, the screen and the footer always
 * show, and what does not fit on the screen scrolls. Esc and Ctrl-C quit everywhere; `q` where no
 * text field has focus; 1–4 open screens where they neither type nor answer.
 */
export function App({
  initialText = '',
  initialScreen = 'classify',
  debounceMs = 150,
  classifier,
  color = true,
}: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useWindowSize();
  const [screen, setScreen] = useState<ScreenId>(initialScreen);
  const [buffer, setBuffer] = useState<TextBuffer>(() => createBuffer(initialText));
  const [questionnaire, dispatch] = useReducer(questionnaireReducer, initialQuestionnaire);
  const [term, setTerm] = useState(0);
  const [scrollable, setScrollable] = useState(false);
  const classification = useClassification(buffer.value, debounceMs, classifier);
  const fits = fitsTerminal(columns, rows);
  const typing = screen === 'classify';
  const width = Math.max(20, columns - 1);

  useInput((input, key) => {
    if (key.escape) exit();
    else if (key.tab) setScreen((current) => cycleScreen(current, key.shift ? -1 : 1));
    else if (tabPresses(input) > 0) {
      setScreen((current) => cycleScreen(current, tabPresses(input)));
    } else if (!typing && input === 'q') exit();
    else if (numbersOpenScreens(screen) && /^[1-4]$/.test(input)) {
      setScreen((current) => screenByNumber(Number(input)) ?? current);
    } else if (screen === 'glossary' && (key.upArrow || key.downArrow)) {
      setTerm((t) => (t + (key.upArrow ? definitions.length - 1 : 1)) % definitions.length);
    }
  });
  useFunctionKeys((n) => setScreen((current) => screenByNumber(n) ?? current));
  // Below the smallest size nothing is on screen to edit or answer: only the screen keys and quit work.
  useTextAreaInput(setBuffer, fits && typing, classifyWidths(width).wrap);
  useQuestionnaireInput(dispatch, fits && screen === 'questionnaire');

  if (!fits) return <TooSmall columns={columns} rows={rows} />;
  const footer = packHints(
    footerHints(screen, { scrollable, questionnaireDone: questionnaire.step >= QUESTION_COUNT }),
    width,
  );
  const height = screenHeight(rows, footer.length);
  const scrolled = (key: string, content: ReactNode) => (
    <ScrollView key={key} height={height} onOverflowChange={setScrollable}>
      {content}
    </ScrollView>
  );
  return (
    // No fixed width: in the render Ink makes on a resize, before this component hears of it,
    // a stale width would overflow the narrower terminal and leave wrapped rows behind; what
    // is wider than the terminal then is clipped. The last column stays empty: a full-width
    // row would make the terminal wrap early.
    <ColorContext value={color}>
      <Box flexDirection="column" paddingRight={1} height={rows} overflow="hidden">
        <Header screen={screen} columns={width} />
        <Box marginY={1} flexDirection="column" height={height} flexShrink={0}>
          {screen === 'classify' && (
            <ClassifyScreen
              buffer={buffer}
              classification={classification}
              columns={width}
              height={height}
              onOverflowChange={setScrollable}
            />
          )}
          {screen === 'questionnaire' && (
            <QuestionnaireScreen
              state={questionnaire}
              columns={width}
              height={height}
              onOverflowChange={setScrollable}
            />
          )}
          {screen === 'glossary' &&
            scrolled(`glossary-${term}`, <GlossaryScreen selected={term} columns={width} />)}
          {screen === 'compare' && scrolled('compare', <CompareScreen columns={width} />)}
        </Box>
        <Footer lines={footer} />
      </Box>
    </ColorContext>
  );
}
