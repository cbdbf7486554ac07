import type { DimensionResults } from '../schemas/result.ts';
import type { Orientation } from '../schemas/vocabulary.ts';
import { confidencePercent } from './confidence-percent.ts';

const LABEL: Readonly<Record<Orientation, string>> = {
  customer: 'Customer marketing',
  consumer: 'Consumer marketing',
  hybrid: 'A hybrid of customer and consumer marketing',
  undetermined: 'Undetermined',
};

/** Words that name people still to be won rather than people who use what is bought. */
const PROSPECTS = /\b(?:new|never|yet|prospective|potential|first-time)\b/i;

/** One sentence a person can read: the verdict, who it addresses, and its main focus. */
export function summarise(
  orientation: Orientation,
  confidence: number,
  dimensions: DimensionResults,
  purchaser: string | null,
  endUser: string | null,
  rolesDiffer: boolean,
): string {
  const percent = confidencePercent(confidence);
  if (orientation === 'undetermined') {
    return `Undetermined (${percent}% sure): the text has no sign of who pays, who uses, or what the initiative does for them.`;
  }
  const parts: string[] = [];
  const audience = dimensions.audience.lean;
  if (audience === 'customer')
    parts.push(`it addresses whoever pays${purchaser ? ` (${purchaser})` : ''}`);
  else if (audience === 'consumer')
    parts.push(`it addresses whoever uses${endUser ? ` (${endUser})` : ''}`);
  // A mix of buyers kept and buyers won is no payer-and-user split: say so only when both are
  // named, differ, and the users are not the people still to be won ("who've never given").
  else if (audience === 'mixed' && rolesDiffer && !PROSPECTS.test(endUser ?? ''))
    parts.push(`it addresses both whoever pays (${purchaser}) and whoever uses (${endUser})`);
  const focus = dimensions.focus.lean;
  if (focus === 'customer') parts.push('aims to keep and grow buyers');
  else if (focus === 'consumer') parts.push('aims to create demand and awareness');
  else if (focus === 'mixed') parts.push('keeps buyers while building demand');
  if (orientation === 'consumer' && rolesDiffer) parts.push(`paid for by ${purchaser}`);
  const reason = parts.length > 0 ? `: ${parts.join(', ')}` : '';
  return `${LABEL[orientation]} (${percent}% confidence)${reason}.`;
}
