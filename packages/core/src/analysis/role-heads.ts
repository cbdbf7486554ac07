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
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import type { Token } from '../text/tokenize.ts';
import { headMatches } from './head-match.ts';

/** People who use what someone else buys: staff, pupils, children, pets. */
export const userHeads = indexPatterns(USER_HEADS);
/** Buyers and paying relationships: customers, members, dealers. */
export const buyerHeads = indexPatterns(BUYER_HEADS);
/** Businesses that buy to resell: retailers, dealers, distributors. */
export const tradeHeads = indexPatterns(TRADE_HEADS);
/** Organisations and places: chains, clinics, councils. */
export const organisationHeads = indexPatterns(ORGANISATION_HEADS);
/** People who pay for a dependant: parents, grandparents, pet owners. */
export const guardianHeads = indexPatterns(GUARDIAN_HEADS);
/** Dependants who use what a guardian buys: children, babies, pets. */
export const dependantHeads = indexPatterns(DEPENDANT_HEADS);

/** True when the head at `head` names a buyer or an organisation: whoever uses is someone else. */
export const namesBuyerOrOrganisation = (tokens: readonly Token[], head: number): boolean =>
  headMatches(buyerHeads, tokens, head) || headMatches(organisationHeads, tokens, head);
