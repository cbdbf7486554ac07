/**
 * What a text states outright about who pays and who uses, read in one pass over its tokens.
 *
 * @module
 */

import { APPROVING, DENIALS, SELF_USE_VERBS, SIGNING, SOLD_TO, wordSet } from '../lexicon/index.ts';
import type { PatternMatch } from '../match/pattern-index.ts';
import { isText, normAt, type Token } from '../text/tokenize.ts';
import { headMatches, isBusinessHead } from './head-match.ts';
import { headAfter, headBefore } from './head-search.ts';
import { isPlural, type NounPhrase, phraseAt } from './noun-phrase.ts';
import { namesBuyerOrOrganisation as cannotUse, userHeads } from './role-heads.ts';
import {
  audienceLabels,
  payerAfter,
  payerBefore,
  payerNouns,
  providerFor,
  recipientBefore,
  statementWordings,
  userAfter,
  userBefore,
  userShownBefore,
} from './role-wordings.ts';
import { isSeller } from './seller.ts';
import type { Structure } from './structure.ts';
import { isUsedTo } from './used-to.ts';

/** The wordings before a user, each with whether it only shows them ("showing a grandmother"). */
const USER_WORDINGS = [
  [userBefore, false],
  [userShownBefore, true],
] as const;

/** The roles a text states, each the first of its kind, and where it states them. */
export interface RoleStatements {
  /** The first payer stated ("the parents pay", "sold to car-park operators"). */
  readonly purchaser: NounPhrase | null;
  /** The first user stated ("the crews who'll carry them", "aimed at teens"). */
  readonly endUser: NounPhrase | null;
  /** The first whom a programme for buyers is for ("rewards for our returning diners"). */
  readonly recipient: NounPhrase | null;
  /** A payer whose own sentence says they use it too ("gamers buy the headset and play in it"). */
  readonly selfUser: NounPhrase | null;
  /** Token ranges that state who pays: background, not programme content. */
  readonly payerStatements: [number, number][];
  /** Wordings that address users ("aimed at", "talk straight to"), for inferring a user later. */
  readonly userWordings: PatternMatch<string>[];
}

/**
 * How many tokens after the payer's verb a sentence may say they use it too ("Parents buy the box
 * on our website, often late on a Sunday after a long week, and use it themselves"). Bounded so
 * that a text of many payers in one endless sentence takes linear time; no labelled text has a
 * longer reach.
 */
const SELF_USE_REACH = 32;

/**
 * True when a payer's sentence, from `from` on, says they use what they buy too: "… and use it
 * every day", "… pay for their own sourdough".
 */
function saysSelfUse(tokens: readonly Token[], s: Structure, from: number): boolean {
  for (
    let j = from;
    j < tokens.length && j < from + SELF_USE_REACH && s.sentence[j] === s.sentence[from];
    j++
  ) {
    const word = normAt(tokens, j);
    const next = normAt(tokens, j + 1);
    if ((word === 'their' && next === 'own') || (word === 'and' && SELF_USE_VERBS.has(next)))
      return true;
  }
  return false;
}

/** True when the word at `i` is "sign" with no object: the end of its clause follows. */
const signsAlone = (tokens: readonly Token[], i: number) =>
  SIGNING.has(normAt(tokens, i)) && !isText(tokens[i + 1]);

/**
 * The forms of "do", which stand for a verb the sentence has said already: "dads don't buy their
 * own cufflinks, their kids do".
 */
export const DO_FORMS: ReadonlySet<string> = wordSet('did do does');

/**
 * Marks that end a brief's field: a full stop, a line break or a slash ("… / Channels: …"). A
 * bar is no token at all: the tokenizer skips it as it does spaces.
 */
const FIELD_ENDS: ReadonlySet<string> = new Set(['.', '', '/']);
const endsField = (token: Token) => FIELD_ENDS.has(token.norm);

/** True when the word at `i` opens the text or a field: after a break or a symbol ("/"). */
const startsField = (tokens: readonly Token[], i: number) => {
  const before = tokens[i - 1];
  return before === undefined || before.kind === 'break' || before.kind === 'symbol';
};

/**
 * Reads the roles a text states. `localLean` weighs the evidence around a phrase (buyers
 * positive); `sellerInHeading` tells a heading's seller ("Pet food wholesale: …") from a role.
 */
export function readRoleStatements(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  s: Structure,
  localLean: (phrase: NounPhrase) => number,
  sellerInHeading: (head: number) => boolean,
): RoleStatements {
  const payerStatements: [number, number][] = [];
  let purchaser: NounPhrase | null = null;
  let endUser: NounPhrase | null = null;
  let recipient: NounPhrase | null = null;
  let selfUser: NounPhrase | null = null;
  const userWordings: PatternMatch<string>[] = [];
  let labelled: NounPhrase | null = null;
  // Whom the seller sells or supplies to: the payer only if no statement says who pays ("we
  // supply uniforms to schools; parents pay").
  let soldTo: NounPhrase | null = null;
  let shownUser: NounPhrase | null = null;
  let deniedUser: NounPhrase | null = null;

  for (let i = 0; i < tokens.length; i++) {
    // A word that starts no wording states nothing, unless it is "sign" standing alone.
    if (statementWordings.findAt(tokens, i).length === 0 && !signsAlone(tokens, i)) continue;
    // "paid for by grandparents" is passive: whoever comes before it did not pay.
    const paidBy = payerBefore.findAt(tokens, i);
    const passive = paidBy.length > 0;
    // "owners don't buy the flea tab direct": a payer denied is no payer.
    const denied = DENIALS.has(normAt(tokens, i - 1));
    // "practice managers sign, vets click all day": signing, with nothing after, is paying.
    const stated: readonly PatternMatch<string>[] =
      passive || denied
        ? []
        : signsAlone(tokens, i)
          ? [{ entry: 'sign', from: i, to: i + 1 }]
          : payerAfter.findAt(tokens, i);
    // "dads don't buy their own cufflinks, their kids do": whom the denial points to pays, and
    // those it names get what is bought for them ("their own"), or use what others buy.
    const deniedBuying = denied ? payerAfter.findAt(tokens, i)[0] : undefined;
    const subject = deniedBuying ? headBefore(tokens, isHead, s, i, 3) : -1;
    if (deniedBuying && subject >= 0) {
      const reach = Math.min(tokens.length, i + SELF_USE_REACH);
      for (let j = deniedBuying.to; j < reach && !endsField(tokens[j] as Token); j++) {
        if (!DO_FORMS.has(normAt(tokens, j)) || isText(tokens[j + 1])) continue;
        const head = headBefore(tokens, isHead, s, j, 2);
        if (head > i) {
          purchaser ??= phraseAt(tokens, raw, isHead, head, false);
          if (saysSelfUse(tokens, s, i) || headMatches(userHeads, tokens, subject))
            deniedUser ??= phraseAt(tokens, raw, isHead, subject, true);
        }
        break;
      }
    }
    for (const match of stated) {
      const head = headBefore(tokens, isHead, s, i, 3);
      if (head < 0) continue;
      const phrase = phraseAt(tokens, raw, isHead, head, true);
      // "Our CMO approves the budget": the seller's own sign-off.
      if (APPROVING.includes(match.entry) && normAt(tokens, phrase.from) === 'our') continue;
      payerStatements.push([phrase.from, match.to]);
      purchaser ??= phrase;
      if (selfUser === null && saysSelfUse(tokens, s, match.to)) selfUser = phrase;
    }
    for (const match of paidBy) {
      // "our paying customers are not the people who use it"
      if (DENIALS.has(normAt(tokens, match.to))) continue;
      const head = headAfter(tokens, raw, isHead, s, match.to, 4);
      if (head < 0) continue;
      const phrase = phraseAt(tokens, raw, isHead, head, false);
      payerStatements.push([match.from, phrase.to]);
      if (SOLD_TO.includes(match.entry)) soldTo ??= phrase;
      else purchaser ??= phrase;
    }
    for (const match of providerFor.findAt(tokens, i)) {
      const head = headAfter(tokens, raw, isHead, s, match.to, 4);
      if (head < 0 || !isPlural(normAt(tokens, head)) || !isBusinessHead(tokens, head)) continue;
      const phrase = phraseAt(tokens, raw, isHead, head, false);
      payerStatements.push([match.from, phrase.to]);
      soldTo ??= phrase;
    }
    // "Payer: the employer", "Decision maker: the CFO": a field naming who pays.
    if (startsField(tokens, i))
      for (const match of payerNouns.findAt(tokens, i)) {
        const head =
          normAt(tokens, match.to) === ':'
            ? headAfter(tokens, raw, isHead, s, match.to + 1, 4)
            : -1;
        if (head >= 0) purchaser ??= phraseAt(tokens, raw, isHead, head, false);
      }
    // "… / Audience: couples within a two-hour drive": a field naming whom the brief is for
    // states its users more plainly than any wording around it.
    if (labelled === null && startsField(tokens, i)) {
      for (const match of audienceLabels.findAt(tokens, i)) {
        if (normAt(tokens, match.to) !== ':') continue;
        // "Audience: category buyers at our retail partners, and homeowners with gardens": the
        // first group in the field that uses rather than buys.
        let buying = -1;
        for (let h = match.to + 1; h < tokens.length && !endsField(tokens[h] as Token); h++) {
          if (!isHead[h] || isHead[h + 1] || cannotUse(tokens, h)) continue;
          const phrase = phraseAt(tokens, raw, isHead, h, true);
          // Heads co-ordinated with a group that buys ("directors and librarians") buy too.
          if (phrase.from <= buying) continue;
          if (localLean(phrase) <= 0) {
            labelled = phrase;
            break;
          }
          buying = phrase.to - 1;
        }
      }
    }
    // "regulars who used to come in": a habit given up, no use of the product.
    if (endUser === null && userAfter.findAt(tokens, i).some((m) => !isUsedTo(tokens, m.to - 1))) {
      const head = headBefore(tokens, isHead, s, i, 2);
      if (head >= 0 && !cannotUse(tokens, head))
        endUser = phraseAt(tokens, raw, isHead, head, true);
    }
    for (const [wordings, shown] of USER_WORDINGS)
      for (const match of wordings.findAt(tokens, i)) {
        userWordings.push(match);
        // "we don't target the pharmacy owners": whom a wording denies is no user named.
        if ((shown ? shownUser : endUser) !== null || denied) continue;
        const head = headAfter(tokens, raw, isHead, s, match.to, 4);
        if (head < 0 || cannotUse(tokens, head)) continue;
        const phrase = phraseAt(tokens, raw, isHead, head, true);
        if (localLean(phrase) > 1) continue;
        if (shown) shownUser = phrase;
        else endUser = phrase;
      }
    if (recipient === null && recipientBefore.findAt(tokens, i).length > 0) {
      const head = headAfter(tokens, raw, isHead, s, i + 1, 3);
      if (head >= 0 && !sellerInHeading(head)) {
        const phrase = phraseAt(tokens, raw, isHead, head, true);
        // "Retention plan for our hotel group: …": the seller is no one it is for.
        if (
          localLean(phrase) > 0.5 &&
          !headMatches(userHeads, tokens, head) &&
          !isSeller(tokens, phrase)
        )
          recipient = phrase;
      }
    }
  }
  purchaser ??= soldTo;
  endUser = labelled ?? endUser ?? shownUser ?? deniedUser;
  return { purchaser, endUser, recipient, selfUser, payerStatements, userWordings };
}
