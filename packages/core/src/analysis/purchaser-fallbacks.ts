/**
 * Who pays when no statement in the text says so: the fallbacks of role reading, in their
 * order of trust, from whom a programme rewards ("members who spent 500+ get …") to the phrase
 * with the most buyer-side evidence around it.
 *
 * @module
 */
import { PRODUCT_FOR_WORDS } from '../lexicon/index.ts';
import { normAt, type Token } from '../text/tokenize.ts';
import { buyingClauseSubject } from './buying-clause.ts';
import type { CueHit } from './evidence.ts';
import { headMatches, isBusinessHead } from './head-match.ts';
import { inferPurchaser, inferRecipient } from './inferred-roles.ts';
import { isPlural, type NounPhrase, phraseAt } from './noun-phrase.ts';
import { overlaps, overlapsAt } from './phrase-relations.ts';
import { buyerHeads } from './role-heads.ts';
import { payerAfter, payerNouns, recipientAfter } from './role-wordings.ts';
import { isSeller } from './seller.ts';

/** The text as role reading sees it. */
export interface RoleText {
  readonly tokens: readonly Token[];
  readonly raw: string;
  readonly isHead: readonly boolean[];
  readonly hits: readonly CueHit[];
  /** Every head noun that is not a modifier, in text order. */
  readonly positions: readonly number[];
  /** The phrases that may name a role: not in a heading, not a size, not the seller. */
  readonly candidates: readonly NounPhrase[];
  /** The programme evidence of the whole text, buyers positive. */
  readonly overallLean: number;
}

/** The judgements about phrases that role reading makes along the way. */
export interface RoleJudgements {
  /** Buyer-side evidence around a phrase, minus user-side. */
  readonly localLean: (phrase: NounPhrase) => number;
  /** False for whom a programme for buyers rules out. */
  readonly mayPay: (phrase: NounPhrase) => boolean;
  /** True for a head in the text's heading (which names the seller, not a role). */
  readonly inHeading: (head: number) => boolean;
}

/** A purchaser, and whether it is only read off a word or a sentence's shape. */
export interface PurchaserFallback {
  readonly purchaser: NounPhrase | null;
  readonly inferred: boolean;
}

/** A purchaser the text names as one (`inferred` false), or none. */
const namedPurchaser = (purchaser: NounPhrase | null): PurchaserFallback => ({
  purchaser,
  inferred: false,
});

/**
 * The purchaser of a text whose statements name none: `recipient` is whom a programme for buyers
 * is for ("rewards for our returning diners"); `endUser`, if stated, is never the purchaser.
 */
export function fallbackPurchaser(
  text: RoleText,
  judge: RoleJudgements,
  recipient: NounPhrase | null,
  endUser: NounPhrase | null,
): PurchaserFallback {
  const { tokens, raw, isHead, hits, positions, candidates, overallLean } = text;
  const { localLean, mayPay, inHeading } = judge;
  // "members who spent 500+ get a gold card": whom a programme rewards.
  for (const head of positions) {
    const phrase = phraseAt(tokens, raw, isHead, head, true);
    if (
      recipientAfter.findAt(tokens, phrase.to).length > 0 &&
      localLean(phrase) > 0 &&
      mayPay(phrase)
    )
      return namedPurchaser(phrase);
  }
  if (recipient !== null && mayPay(recipient)) return namedPurchaser(recipient);
  // "the distilleries that order casks each spring": whom a buying clause picks out.
  // A noun the lexicon does not know is only read off the clause's shape: inferred.
  const bought = buyingClauseSubject(tokens, raw, isHead, hits);
  if (bought !== null && mayPay(bought.phrase))
    return { purchaser: bought.phrase, inferred: !bought.known };
  // "shopkeepers buy the terminal": a plural the lexicon does not know, as the subject of paying.
  const payingSubject = inferPurchaser(tokens, raw, isHead, payerAfter);
  if (payingSubject !== null) return { purchaser: payingSubject, inferred: true };
  const payerNoun = positions
    .filter((h) => headMatches(payerNouns, tokens, h))
    .map((h) => phraseAt(tokens, raw, isHead, h, false))
    .find(mayPay);
  if (payerNoun !== undefined) return namedPurchaser(payerNoun);
  const payingSide = candidates.find(
    (p) => !overlaps(endUser, p) && localLean(p) > 0.5 && mayPay(p),
  );
  if (payingSide !== undefined) return namedPurchaser(payingSide);
  // A programme for buyers names whom it keeps, even with a user noun ("past students get…").
  const buyerProgramme = overallLean > 1;
  if (buyerProgramme) {
    const kept = candidates.find((p) => !overlaps(endUser, p) && localLean(p) >= 0 && mayPay(p));
    if (kept !== undefined) return namedPurchaser(kept);
    // Still none: a role noun used as a modifier ("the lapsed-subscriber list"), but not the
    // seller ("Loyalty app for our coffee chain: …").
    const leftOut = candidates.filter((p) => !mayPay(p));
    for (let h = 0; h < tokens.length; h++) {
      if (!isHead[h] || inHeading(h) || overlapsAt(endUser, h)) continue;
      if (leftOut.some((p) => overlapsAt(p, h))) continue;
      const phrase = phraseAt(tokens, raw, isHead, h, false);
      if (!isSeller(tokens, phrase)) return namedPurchaser(phrase);
    }
  }
  // Else the phrase with the most buyer-side evidence around it, if any leans that way.
  let best = 0;
  let leaning: NounPhrase | null = null;
  for (const p of candidates) {
    const lean = localLean(p);
    if (lean > best && !overlaps(endUser, p) && mayPay(p)) {
      best = lean;
      leaning = p;
    }
  }
  if (leaning !== null) return namedPurchaser(leaning);
  // "livery yards on fortnightly delivery get …": an unknown plural that a programme rewards.
  if (overallLean > 1) {
    const rewarded = inferRecipient(tokens, raw, isHead, recipientAfter);
    return { purchaser: rewarded, inferred: rewarded !== null };
  }
  // "Payroll software for growing businesses": where nothing is said of a programme, the
  // businesses a product is for are who buys it.
  if (overallLean === 0) {
    const served = candidates.find(
      (p) =>
        PRODUCT_FOR_WORDS.has(normAt(tokens, p.from - 1)) &&
        isPlural(normAt(tokens, p.head)) &&
        isBusinessHead(tokens, p.head) &&
        !overlaps(endUser, p),
    );
    if (served !== undefined) return namedPurchaser(served);
  }
  // "acquisition ads + check-ins for top accounts", "keep existing subs happy": whatever the
  // rest of the text leans to, buyers named as such are who pays.
  const buyer = candidates.find(
    (p) => headMatches(buyerHeads, tokens, p.head) && !overlaps(endUser, p) && mayPay(p),
  );
  return namedPurchaser(buyer ?? null);
}
