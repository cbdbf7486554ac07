/**
 * The wordings that state a role, as pattern indexes built once and shared: what follows a payer
 * ("… pay"), what comes before one ("paid for by …"), the same for users and for the recipients
 * of a programme.
 *
 * @module
 */
import {
  AUDIENCE_LABELS,
  LEFT_OUT_AFTER,
  PAYER_AFTER,
  PAYER_BEFORE,
  PAYER_NOUNS,
  PROVIDER_FOR,
  RECIPIENT_AFTER,
  RECIPIENT_BEFORE,
  USER_AFTER,
  USER_BEFORE,
  USER_SHOWN_BEFORE,
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';

/** A field's label before whom a brief is for: "*Audience*: couples". */
export const audienceLabels = indexPatterns(AUDIENCE_LABELS);
/** After people a programme leaves out: "the operators *never see any* of this". */
export const leftOutAfter = indexPatterns(LEFT_OUT_AFTER);
/** After the payer: "the parents *pay*", "facilities managers *sign the orders*". */
export const payerAfter = indexPatterns(PAYER_AFTER);
/** Before the payer: "*paid for by* grandparents". */
export const payerBefore = indexPatterns(PAYER_BEFORE);
/** Role nouns that stand for the payer on their own: "procurement isn't the target". */
export const payerNouns = indexPatterns(PAYER_NOUNS);
/** Before the organisations a company makes something for: "*builds* fraud-detection APIs *for* banks". */
export const providerFor = indexPatterns(PROVIDER_FOR);
/** After the user: "the crews *who'll carry* them". */
export const userAfter = indexPatterns(USER_AFTER);
/** Before the user: "*used by* nurses", "*aimed at* teens". */
export const userBefore = indexPatterns(USER_BEFORE);
/** Before people a programme shows or speaks to: "a spot *showing* a grandmother". */
export const userShownBefore = indexPatterns(USER_SHOWN_BEFORE);
/** After the recipients of a programme: "members who spent 500+ *get* a gold card". */
export const recipientAfter = indexPatterns(RECIPIENT_AFTER);
/** Before the recipients of a programme: "*rewards for* our returning diners". */
export const recipientBefore = indexPatterns(RECIPIENT_BEFORE);
/**
 * Every wording that role statements look for at a token, as one index: most words start none,
 * and need no look-up in each.
 */
export const statementWordings = indexPatterns([
  ...AUDIENCE_LABELS,
  ...PAYER_AFTER,
  ...PAYER_BEFORE,
  ...PAYER_NOUNS,
  ...PROVIDER_FOR,
  ...RECIPIENT_BEFORE,
  ...USER_AFTER,
  ...USER_BEFORE,
  ...USER_SHOWN_BEFORE,
]);
