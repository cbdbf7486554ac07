import { DIMENSION_BASICS } from '../knowledge/dimension-basics.ts';
import { STRATEGY_MOVES, type StrategyMove } from '../knowledge/strategy-moves.ts';
import type { DimensionResults, Recommendation } from '../schemas/result.ts';
import type { DimensionId, Lean, Orientation, Pole } from '../schemas/vocabulary.ts';

/** Dimensions in the order their advice matters most. */
const PRIORITY: readonly DimensionId[] = [
  'focus',
  'audience',
  'relationship',
  'emphasis',
  'insight',
  'scope',
  'market',
];
const MAX_RECOMMENDATIONS = 6;

/** What the recommendations are built from. */
export interface RecommendationInput {
  readonly orientation: Orientation;
  readonly dimensions: DimensionResults;
  readonly purchaser: string | null;
  readonly endUser: string | null;
  /** True when the text names a payer and a user who are not the same people. */
  readonly rolesDiffer: boolean;
}

function fill(template: string, input: RecommendationInput): string {
  return template
    .replaceAll('{purchaser}', input.purchaser ?? 'the payer')
    .replaceAll('{endUser}', input.endUser ?? 'the users')
    .replaceAll('{purchaserClause}', input.purchaser ? ` (${input.purchaser})` : '')
    .replaceAll('{endUserClause}', input.endUser ? ` (${input.endUser})` : '');
}

function structuralMove(input: RecommendationInput): StrategyMove | undefined {
  const { orientation } = input;
  const when =
    orientation === 'hybrid' || orientation === 'undetermined'
      ? orientation
      : input.rolesDiffer
        ? `${orientation}-roles-differ`
        : undefined;
  return STRATEGY_MOVES.find((move) => move.when === when);
}

function dimensionMove(
  id: DimensionId,
  pole: Pole,
  gap: boolean,
  buyers: Lean,
  mixed = false,
): Recommendation {
  const dimension = DIMENSION_BASICS.find((d) => d.id === id);
  const profile = dimension?.[pole];
  // Businesses that buy are kept account by account, people with points and personal offers.
  const variant =
    buyers === 'customer' || buyers === 'consumer' ? profile?.whenBuyersAre?.[buyers] : undefined;
  const implication = variant?.move ?? profile?.move ?? '';
  return {
    id: `${id}-${pole}${gap ? '-gap' : ''}`,
    pole,
    dimension: id,
    title: implication,
    detail: gap
      ? `Too little is said about ${dimension?.name.toLowerCase()} to judge it (${dimension?.question}) For ${pole} marketing: ${profile?.description.toLowerCase()}`
      : mixed
        ? `${dimension?.name} is mixed; on its ${pole} side: ${profile?.description}`
        : `${dimension?.name} leans ${pole}: ${profile?.description}`,
    kpis: [...(variant?.kpis ?? profile?.kpis ?? [])],
  };
}

/**
 * Strategy moves for a result: first the move its structure calls for (payer ≠ user, hybrid),
 * then, dimension by dimension, what each lean implies, and for dimensions the text leaves
 * open, what the orientation would need there.
 */
export function recommend(input: RecommendationInput): Recommendation[] {
  const out: Recommendation[] = [];
  const move = structuralMove(input);
  if (move !== undefined) {
    out.push({
      id: move.id,
      pole: move.pole,
      dimension: null,
      title: move.title,
      detail: fill(move.detail, input),
      kpis: [...move.kpis],
    });
  }
  if (input.orientation === 'undetermined') return out;
  const buyers = input.dimensions.market.lean;
  for (const id of PRIORITY) {
    const lean = input.dimensions[id].lean;
    if (lean === 'customer' || lean === 'consumer')
      out.push(dimensionMove(id, lean, false, buyers));
    else if (lean === 'mixed') {
      out.push(
        dimensionMove(id, 'customer', false, buyers, true),
        dimensionMove(id, 'consumer', false, buyers, true),
      );
    } else if (input.orientation !== 'hybrid' && id !== 'market') {
      out.push(dimensionMove(id, input.orientation, true, buyers));
    }
  }
  return out.slice(0, MAX_RECOMMENDATIONS);
}
