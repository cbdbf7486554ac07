/**
 * The Questionnaire screen: one question at a time with its four options, then the result.
 *
 * @module
 */
import { assess, type Dimension, dimensions } from '@marketlens/core';
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { colorOf } from '../format/vocabulary.ts';
import { usePaint } from './palette.ts';
import { Prose, proseLines } from './prose.tsx';
import {
  allAnswered,
  optionsOf,
  QUESTION_COUNT,
  type QuestionnaireState,
} from './questionnaire-state.ts';
import { ResultView } from './result-view.tsx';
import { ScrollView } from './scroll-view.tsx';

/** Props of {@link QuestionnaireScreen}. */
export type QuestionnaireScreenProps = {
  state: QuestionnaireState;
  columns: number;
  /** Rows the screen may take; without it, as many as it needs. */
  height?: number;
  /** Told whether the screen is taller than `height`. */
  onOverflowChange?: (overflowing: boolean) => void;
};

/** Before an option: the selection mark and the option's number key. */
const optionPrefix = (index: number, selected: boolean) => `${selected ? '❯' : ' '} ${index + 1} `;

function Progress({ state }: { state: QuestionnaireState }) {
  const paint = usePaint();
  return (
    <Text>
      {dimensions.map((dimension, index) => {
        const answer = state.answers[dimension.id];
        const mark = index === state.step ? '◆' : answer === undefined ? '◇' : '●';
        return (
          <Text key={dimension.id} color={answer ? paint(colorOf(answer)) : undefined}>
            {`${mark} `}
          </Text>
        );
      })}
    </Text>
  );
}

/** The rows of the question and of each option, at `columns`. */
export function questionRows(dimension: Dimension, columns: number) {
  const question = proseLines(dimension.question, columns).length;
  const options = optionsOf(dimension).map(
    (option, index) => proseLines(option.label, columns, optionPrefix(index, false)).length,
  );
  return { question, options };
}

/**
 * Content rows from the question to the end of the selected option: what must stay in view.
 * The question starts below `headRows` rows (progress, question number, note) and a blank one.
 */
function selectionRows(dimension: Dimension, columns: number, selected: number, headRows: number) {
  const rows = questionRows(dimension, columns);
  const top = headRows + 1;
  const before = rows.options.slice(0, selected).reduce((sum, n) => sum + n, 0);
  return { top, bottom: top + rows.question + 1 + before + (rows.options[selected] ?? 1) };
}

/** The open question, or the result once all seven are answered. */
export function QuestionnaireScreen({
  state,
  columns,
  height,
  onOverflowChange,
}: QuestionnaireScreenProps) {
  const paint = usePaint();
  const dimension = dimensions[state.step];
  const scrolled = (content: ReactNode, reveal?: { top: number; bottom: number }) =>
    height === undefined ? (
      content
    ) : (
      <ScrollView
        key={state.step}
        height={height}
        onOverflowChange={onOverflowChange}
        reveal={reveal}
      >
        {content}
      </ScrollView>
    );
  if (dimension === undefined) {
    return scrolled(
      <Box flexDirection="column">
        <Progress state={state} />
        <Prose
          dimColor
          text={`All ${QUESTION_COUNT} answered. ← back or 1–${QUESTION_COUNT} to change an answer · r restart`}
          width={columns}
        />
        <Box marginTop={1} flexShrink={0}>
          <ResultView result={assess(state.answers)} width={columns} maxRecommendations={5} />
        </Box>
      </Box>,
    );
  }
  const revisiting = allAnswered(state.answers);
  return scrolled(
    <Box flexDirection="column">
      <Progress state={state} />
      <Text dimColor wrap="truncate-end">
        Question {state.step + 1} of {QUESTION_COUNT} · {dimension.name}
      </Text>
      {revisiting && (
        <Text dimColor wrap="truncate-end">
          An answer takes you back to the result.
        </Text>
      )}
      <Box marginTop={1} flexShrink={0}>
        <Prose bold text={dimension.question} width={columns} />
      </Box>
      <Box marginTop={1} flexDirection="column" flexShrink={0}>
        {optionsOf(dimension).map((option, index) => {
          const selected = index === state.selected;
          return (
            <Prose
              key={option.answer}
              bold={selected}
              color={selected ? paint(colorOf(option.answer)) : undefined}
              prefix={optionPrefix(index, selected)}
              text={option.label}
              width={columns}
            />
          );
        })}
      </Box>
    </Box>,
    selectionRows(dimension, columns, state.selected, revisiting ? 3 : 2),
  );
}
