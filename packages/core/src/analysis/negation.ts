import {
  NEGATION_CANCELLERS,
  NEGATORS_AFTER,
  NEGATORS_BEFORE,
  WIDE_NEGATORS_BEFORE,
  wordSet,
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import { isText, normAt, type Token } from '../text/tokenize.ts';

const before = indexPatterns(NEGATORS_BEFORE);
const wideBefore = indexPatterns(WIDE_NEGATORS_BEFORE);
const after = indexPatterns(NEGATORS_AFTER);
const cancellers = indexPatterns(NEGATION_CANCELLERS);

/**
 * A subject and its auxiliary that open a clause of its own between a negator and a cue ("…
 * we will run", "… we'll do"); not a relative clause ("the discounts we give") nor an object
 * ("never ask you to renew").
 */
const CLAUSE_SUBJECTS: ReadonlySet<string> = wordSet('i they we');
const CLAUSE_AUXILIARIES: ReadonlySet<string> = wordSet('are want will');

/** How far a negator reaches, in words: "not a loyalty push" (2), "no new-market spend". */
const REACH_BEFORE = 4;
const REACH_AFTER = 6;
/** The longest aside in brackets that a negator after it reaches past, in tokens. */
const ASIDE_REACH = 9;
/** Words that open a relative clause about people, which an aside between commas can be. */
const RELATIVE = /^(?:who|whom|whose)$/;
/**
 * Words after a comma that go on to a clause of its own, not back to the sentence's verb. Not the
 * lexicon's `CLAUSE_JOINERS`, which also takes the imperatives that open a second instruction.
 */
const OWN_CLAUSE_OPENERS = /^(?:and|or|but|while|whereas|so|then|as|for)$/;
/** How far "rather than" and its like reach: the phrase they set aside. */
const WIDE_REACH_BEFORE = 8;

/** Finds the negators of a text once, so each cue can ask about its own span. */
export interface NegationScanner {
  /**
   * Whether the token range `[from, to)` is negated, and from which side: by a word before it
   * ("not the kids") or after it ("the kids aren't the target"), or not at all (null).
   */
  negatedFrom(from: number, to: number): 'before' | 'after' | null;
}

/**
 * Builds a scanner over `tokens`. Tokens in `shielded` belong to cues that carry their own
 * negation ("never heard of us") and neither negate nor get negated.
 */
export function createNegationScanner(
  tokens: readonly Token[],
  shielded: ReadonlySet<number>,
): NegationScanner {
  // endsAt[i] = a negator phrase ends at token i (inclusive), not cancelled by "only"/"just".
  const endsAt = new Set<number>();
  const wideEndsAt = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (shielded.has(i)) continue;
    for (const match of before.findAt(tokens, i)) {
      if (cancellers.findAt(tokens, match.to).length === 0) endsAt.add(match.to - 1);
    }
    for (const match of wideBefore.findAt(tokens, i)) wideEndsAt.add(match.to - 1);
  }
  // Whether the comma at `at` closes a relative clause that a comma opened within the aside's
  // reach, with only words between, and the sentence goes on after it ("…, who use it daily,
  // are out of scope"; not "…, who pay, and the kids …").
  const closesRelative = (at: number) => {
    if (!isText(tokens[at + 1]) || OWN_CLAUSE_OPENERS.test(normAt(tokens, at + 1))) return false;
    for (let i = at - 1; i > at - ASIDE_REACH && isText(tokens[i]); i--)
      if (RELATIVE.test(normAt(tokens, i)) && normAt(tokens, i - 1) === ',') return true;
    return false;
  };
  // Without "rather than" and its like, no negator reaches past REACH_BEFORE.
  const reachBefore = wideEndsAt.size > 0 ? WIDE_REACH_BEFORE : REACH_BEFORE;
  return {
    negatedFrom(from, to) {
      let words = 0;
      for (let i = from - 1; i >= 0 && words < reachBefore; i--) {
        const token = tokens[i];
        // "not retention but awareness", "rather than calling each account we will run a TV
        // campaign": a contrast, or a subject opening a clause of its own, ends the scope.
        if (
          !isText(token) ||
          token.norm === 'but' ||
          (i < from - 1 &&
            CLAUSE_SUBJECTS.has(token.norm) &&
            CLAUSE_AUXILIARIES.has(normAt(tokens, i + 1)))
        )
          break;
        if (wideEndsAt.has(i) || (words < REACH_BEFORE && endsAt.has(i))) return 'before';
        words++;
      }
      words = 0;
      for (let i = to; i < tokens.length && words < REACH_AFTER; i++) {
        // "employees (end users) are excluded": an aside in brackets is stepped over whole,
        // so that its own words ("(not the buyer)", "(staff excluded)") negate nothing before
        // it; from inside one, its closing bracket is stepped over.
        // "employees, who use it daily, are out of scope": so is a relative clause between
        // commas (see `closesRelative`), and from inside one its closing comma.
        const norm = normAt(tokens, i);
        if (norm === '(') {
          const close = tokens.slice(i + 1, i + ASIDE_REACH).findIndex((t) => t.norm === ')');
          if (close < 0) break;
          i += close + 1;
          continue;
        }
        if (norm === ',' && i === to && RELATIVE.test(normAt(tokens, i + 1))) {
          let close = i + 2;
          while (isText(tokens[close])) close++;
          if (!closesRelative(close)) break;
          i = close;
          continue;
        }
        if (norm === ')' || (norm === ',' && i - to === words && closesRelative(i))) continue;
        if (!isText(tokens[i])) break;
        // "adults living with asthma": the people, not a task that "lives with" a team.
        if (!shielded.has(i) && norm !== 'living' && after.findAt(tokens, i).length > 0)
          return 'after';
        words++;
      }
      return null;
    },
  };
}
