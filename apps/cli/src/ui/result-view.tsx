/**
 * A classification for the UI: orientation, gauge and confidence, one row per dimension with
 * its lean, who pays and who uses, and the recommendations.
 *
 * @module
 */
import type { Classification, DimensionResult, RoleSpan } from '@marketlens/core';
import { Box, Text } from 'ink';
import { evidenceToQuote } from '../format/quoted-evidence.ts';
import {
  colorOf,
  leanLabel,
  orientationTitle,
  percent,
  quoteEvidence,
} from '../format/vocabulary.ts';
import { Gauge } from './gauge.tsx';
import { usePaint } from './palette.ts';
import { Prose } from './prose.tsx';

/** Props of {@link ResultView}. */
export type ResultViewProps = {
  result: Classification;
  width: number;
  pending?: boolean;
  /** How many recommendations to list (the rest are counted). */
  maxRecommendations?: number;
};

const NAME_WIDTH = 23;

/**
 * How strongly a dimension leans, as five cells. Only a lean to one pole fills any, and always at
 * least one: beside "mixed" or "—" a full bar would say the opposite of the label, and an empty
 * one beside "customer" would say there is no lean.
 */
export function strengthBar(dimension: Pick<DimensionResult, 'lean' | 'strength'>): string {
  const leans = dimension.lean === 'customer' || dimension.lean === 'consumer';
  const strength = Math.min(1, Math.max(0, dimension.strength));
  const filled = leans ? Math.max(1, Math.round(strength * 5)) : 0;
  return `${'■'.repeat(filled)}${'·'.repeat(5 - filled)}`;
}

/**
 * The words to quote beside a dimension's lean: the first for the pole it leans to, one for each
 * pole when it is mixed, none when it has no lean ("—"), so the quote never argues with the label.
 */
export function dimensionQuote(
  dimension: Pick<DimensionResult, 'lean' | 'evidence'>,
): string | undefined {
  const quoted = evidenceToQuote(dimension, 1);
  return quoted.length === 0 ? undefined : quoted.map(quoteEvidence).join(' / ');
}

function DimensionRow({ dimension, width }: { dimension: DimensionResult; width: number }) {
  const paint = usePaint();
  const quote = dimensionQuote(dimension);
  const room = width - NAME_WIDTH - 18;
  return (
    <Text wrap="truncate-end">
      {dimension.name.padEnd(NAME_WIDTH)}
      <Text color={paint(colorOf(dimension.lean))}>{leanLabel(dimension.lean).padEnd(9)}</Text>
      <Text dimColor>{strengthBar(dimension)}</Text>
      {quote !== undefined && room > 6 ? <Text dimColor>{`  ${quote}`}</Text> : null}
    </Text>
  );
}

/** A role as the text names it, marked when it is only inferred. */
function RoleText({ role }: { role: RoleSpan | null }) {
  if (role === null) return <Text dimColor>not named</Text>;
  return (
    <Text>
      {role.text}
      {role.inferred ? <Text dimColor> (inferred)</Text> : null}
    </Text>
  );
}

/** The result panel. */
export function ResultView({ result, width, pending, maxRecommendations = 4 }: ResultViewProps) {
  const paint = usePaint();
  const shown = result.recommendations.slice(0, maxRecommendations);
  const hidden = result.recommendations.length - shown.length;
  return (
    <Box flexDirection="column" flexGrow={1} flexShrink={1}>
      <Text>
        <Text bold color={paint(colorOf(result.orientation))}>
          {orientationTitle(result.orientation)}
        </Text>
        <Text dimColor>{`  confidence ${percent(result.confidence)}${pending ? '  …' : ''}`}</Text>
      </Text>
      <Gauge customerShare={result.customerShare} width={width} />
      <Prose dimColor text={result.summary} width={width} />
      <Box flexDirection="column" marginTop={1}>
        {Object.values(result.dimensions).map((dimension) => (
          <DimensionRow key={dimension.id} dimension={dimension} width={width} />
        ))}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text>
          <Text bold>Who pays </Text>
          <RoleText role={result.roles.purchaser} />
        </Text>
        <Text>
          <Text bold>Who uses </Text>
          <RoleText role={result.roles.endUser} />
        </Text>
      </Box>
      {shown.length > 0 && (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>Recommendations</Text>
          {shown.map((recommendation) => (
            <Text key={recommendation.id} wrap="truncate-end">
              <Text color={paint(colorOf(recommendation.pole))}>• {recommendation.title}</Text>
              <Text dimColor>{` — ${recommendation.detail}`}</Text>
            </Text>
          ))}
          {hidden > 0 && <Text dimColor>… and {hidden} more</Text>}
        </Box>
      )}
    </Box>
  );
}
