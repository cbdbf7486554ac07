/**
 * A classification as plain text for people: headline, gauge, summary, one row per dimension
 * with the words that decided it, who pays and who uses, and the recommendations.
 *
 * @module
 */
import {
  type Classification,
  type DimensionResult,
  MAX_EVIDENCE,
  type RoleSpan,
} from '@marketlens/core';
import type { Colors } from './colors.ts';
import { gaugeLine } from './gauge.ts';
import { evidenceToQuote } from './quoted-evidence.ts';
import { colorOf, leanLabel, orientationTitle, percent, quoteEvidence } from './vocabulary.ts';
import { wrap, wrapIndented } from './wrap.ts';

/**
 * How to lay out the text. `basis` is what the result was judged from: a text (the default),
 * or questionnaire answers, which have no words to quote: a lean is then the user's answer.
 */
export type FormatOptions = { colors: Colors; width: number; basis?: 'text' | 'answers' };

const NAME_WIDTH = 24;
const LEAN_WIDTH = 9;

/**
 * The words quoted beside a lean: up to three, for its pole (both poles, two each at most,
 * beside "mixed"). A lean with no words of its pole in a complete list of evidence was judged
 * from the whole text; a list the core cut at `MAX_EVIDENCE` may hold them further on.
 */
function evidenceQuotes(dimension: DimensionResult, colors: Colors, basis: 'text' | 'answers') {
  if (basis === 'answers') return dimension.lean === 'unknown' ? '' : colors.dim('your answer');
  const quoted = evidenceToQuote(dimension, dimension.lean === 'mixed' ? 2 : 3).slice(0, 3);
  const leans = dimension.lean === 'customer' || dimension.lean === 'consumer';
  if (quoted.length === 0 && leans && dimension.evidence.length < MAX_EVIDENCE)
    return colors.dim('judged from the whole text');
  return quoted
    .map((evidence) => colors[colorOf(evidence.pole)](quoteEvidence(evidence)))
    .join(', ');
}

function dimensionRow(
  dimension: DimensionResult,
  colors: Colors,
  basis: 'text' | 'answers',
): string {
  const lean = leanLabel(dimension.lean).padEnd(LEAN_WIDTH);
  const quotes = evidenceQuotes(dimension, colors, basis);
  return `  ${dimension.name.padEnd(NAME_WIDTH)}${colors[colorOf(dimension.lean)](lean)}${quotes}`.trimEnd();
}

/** A role as the text names it, marked when it is only inferred: "Toddler (inferred)". */
function roleText(role: RoleSpan | null, colors: Colors): string {
  if (role === null) return colors.dim('not named');
  return role.inferred ? `${role.text} ${colors.dim('(inferred)')}` : role.text;
}

/** Renders `result` for a terminal or a pipe; ends with a newline. */
export function formatClassification(result: Classification, options: FormatOptions): string {
  const { colors } = options;
  const width = Math.max(40, Math.min(options.width, 100));
  const title = colors.bold(
    colors[colorOf(result.orientation)](orientationTitle(result.orientation)),
  );
  const out: string[] = [
    `${title}  ${colors.dim(`confidence ${percent(result.confidence)}`)}`,
    gaugeLine(result.customerShare, Math.min(width, 60)),
    ...wrap(result.summary, width),
    '',
    colors.bold('Dimensions'),
    ...Object.values(result.dimensions).map((dimension) =>
      dimensionRow(dimension, colors, options.basis ?? 'text'),
    ),
    '',
    `${colors.bold('Who pays'.padEnd(10))}${roleText(result.roles.purchaser, colors)}`,
    `${colors.bold('Who uses'.padEnd(10))}${roleText(result.roles.endUser, colors)}`,
  ];
  if (result.recommendations.length > 0) {
    out.push('', colors.bold('Recommendations'));
    for (const recommendation of result.recommendations) {
      out.push(`  • ${colors[colorOf(recommendation.pole)](recommendation.title)}`);
      out.push(wrapIndented(recommendation.detail, width, 4));
      if (recommendation.kpis.length > 0) {
        out.push(colors.dim(wrapIndented(`KPIs: ${recommendation.kpis.join(', ')}`, width, 4)));
      }
    }
  }
  return `${out.join('\n')}\n`;
}
