/**
 * The kinds of head noun that role reading tells apart — users, buyers, organisations,
 * guardians and dependants — each as a pattern index, built once and shared.
 *
 * @module
 */
import {
  BUYER_HEADS,
  DEPENDANT_HEADS,
  GUARDIAN_HEADS,
  ORGANISATION_HEADS,
  TRADE_HEADS,
  USER_HEADS,
} from '../lexicon/people.ts';
import { createPatternIndex } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';
import { headMatches } from './head-match.ts';

const index = (patterns: readonly string[]) => createPatternIndex(patterns, (p) => p);

/** People who use what someone else buys: staff, pupils, children, pets. */
export const userHeads = index(USER_HEADS);
/** Buyers and paying relationships: customers, members, dealers. */
export const buyerHeads = index(BUYER_HEADS);
/** Businesses that buy to resell: retailers, dealers, distributors. */
export const tradeHeads = index(TRADE_HEADS);
/** Organisations and places: chains, clinics, councils. */
export const organisationHeads = index(ORGANISATION_HEADS);
/** People who pay for a dependant: parents, grandparents, pet owners. */
export const guardianHeads = index(GUARDIAN_HEADS);
/** Dependants who use what a guardian buys: children, babies, pets. */
export const dependantHeads = index(DEPENDANT_HEADS);

/** True when the head at `head` names a buyer or an organisation: whoever uses is someone else. */
export const namesBuyerOrOrganisation = (tokens: readonly Token[], head: number): boolean =>
  headMatches(buyerHeads, tokens, head) || headMatches(organisationHeads, tokens, head);
