/**
 * The Questionnaire screen: one question at a time with its four options, then the result.
 *
 * @module
 */
import { assess, dimensions } from '@marketlens/core';
import { Box, Text } from 'ink';
import { colorOf } from '../format/vocabulary.ts';
import { optionsOf, QUESTION_COUNT, type QuestionnaireState } from './questionnaire-state.ts';
import { ResultView } from './result-view.tsx';

/** Props of {@link QuestionnaireScreen}. */
export type QuestionnaireScreenProps = { state: QuestionnaireState; columns: number };

function Progress({ state }: { state: QuestionnaireState }) {
  return (
    <Text>
      {dimensions.map((dimension, index) => {
        const answer = state.answers[dimension.id];
        const mark = index === state.step ? '◆' : answer === undefined ? '◇' : '●';
        return (
          <Text key={dimension.id} color={answer ? colorOf(answer) : undefined}>
            {`${mark} `}
          </Text>
        );
      })}
    </Text>
  );
}

/** The open question, or the result once all seven are answered. */
export function QuestionnaireScreen({ state, columns }: QuestionnaireScreenProps) {
  const dimension = dimensions[state.step];
  if (dimension === undefined) {
    return (
      <Box flexDirection="column">
        <Progress state={state} />
        <Text dimColor>All {QUESTION_COUNT} answered. ← back to change an answer · r restart</Text>
        <Box marginTop={1}>
          <ResultView result={assess(state.answers)} width={columns} maxRecommendations={5} />
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Progress state={state} />
      <Text dimColor>
        Question {state.step + 1} of {QUESTION_COUNT} · {dimension.name}
      </Text>
      <Box marginY={1}>
        <Text bold>{dimension.question}</Text>
      </Box>
      {optionsOf(dimension).map((option, index) => {
        const selected = index === state.selected;
        return (
          <Text key={option.answer} color={selected ? colorOf(option.answer) : undefined}>
            {selected ? '❯ ' : '  '}
            <Text bold={selected}>{option.label}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
