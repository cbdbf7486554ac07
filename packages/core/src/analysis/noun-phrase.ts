import {
  ADDRESSING_PARTICIPLES,
  ADJECTIVE_ROLE_WORDS,
  AGE_BAND_PREFIXES,
  BENEFIT_VERBS,
  CLAUSE_VERBS,
  COUNT_QUALIFIERS,
  EVERYONE_PRONOUNS,
  GERUND_NOUNS,
  HEAD_IDIOMS,
  HEADS_UNMADE_BY_NEXT,
  IRREGULAR_PLURAL_PEOPLE,
  NOT_PERSON_FORMS,
  NOT_PLURAL_NOUNS,
  NOT_PLURAL_SUBJECTS,
  NUMBERED_WORDS,
  OBJECT_DETERMINERS,
  PERSON_HEADS,
  PHRASE_BOUNDARIES,
  PHRASE_OPENERS,
  PREDICATE_ADJECTIVES,
  SELLER_STAFF_MODIFIERS,
  SELLER_STAFF_OPENERS,
  SELLER_VERBS,
  STAFF_NOUNS,
  SUBJECT_CONJUNCTIONS,
  SUBJECT_DETERMINERS,
  SUBJECT_PRONOUNS,
  VERB_ADVERBS,
  VERB_OBJECT_OPENERS,
  wordSet,
} from '../lexicon/index.ts';
import { indexPatterns } from '../match/pattern-index.ts';
import { quotedRanges } from '../text/quotations.ts';
import { isNumber, isText, isWord, normAt, type Token } from '../text/tokenize.ts';
import { isBusinessHead } from './head-match.ts';
import { relativeClauseEnd } from './relative-clause.ts';

const heads = indexPatterns(PERSON_HEADS);
/** The words person heads are spelled with: a form outside them only shares a stem. */
const PERSON_WORDS = new Set(PERSON_HEADS.flatMap((pattern) => pattern.split(/[\s|?_]+/)));
const VERB_FORM = /(?:ing|ed)$/;
/** Words a verb follows bare: "we *will* pilot", "they'*ll* coach" ("'ll" reads as "will"). */
const MODALS = /^(?:will|would|can|could|should|must)$/;

/** "couples in their sixties": an age, not people. */
const DECADE = /ties$/;

/** True for a form in -ing or -ed: a verb's, unless the word is a known noun. */
export const isVerbForm = (norm: string) => VERB_FORM.test(norm);

/** False for a matched form that names no one: "its", "shopping", "banked". */
function namesSomeone(norm: string): boolean {
  if (NOT_PERSON_FORMS.has(norm)) return false;
  return PERSON_WORDS.has(norm) || !VERB_FORM.test(norm);
}

/** A noun phrase naming people or organisations, as a token range `[from, to)`. */
export interface NounPhrase {
  readonly from: number;
  readonly to: number;
  /** Token index of the head noun. */
  readonly head: number;
}

/** The phrase of the one word at `head`. */
export const wordPhrase = (head: number): NounPhrase => ({ from: head, to: head + 1, head });

const MAX_MODIFIERS = 5;
/**
 * Most words a phrase takes in to the right of its head, compound heads and "and"/"or" included
 * ("insurers and employers"). Bounded so that an endless list of nouns takes linear time; no
 * labelled phrase is longer.
 */
const MAX_JOINED = 10;
/** Pronouns that head a phrase alone: "book [whoever] is cheapest", "reach [anyone] heading …". */
const PRONOUN_HEADS: ReadonlySet<string> = new Set([...EVERYONE_PRONOUNS, 'whoever', 'whomever']);

/** Determiners of the one person a buyer hears from: "a call from *the* complaints lead". */
const SENDER_DETERMINERS: ReadonlySet<string> = wordSet('a an our the their your');
/** The most words from such a determiner to the person: "from their named account manager". */
const SENDER_REACH = 4;

/** Marks the tokens that are person or organisation head nouns. */
export function findHeads(tokens: readonly Token[], raw: string): boolean[] {
  const isHead = new Array<boolean>(tokens.length).fill(false);
  // The end of the longest match over each token so far: a word inside a longer head ("housing
  // associations") stays a head whatever a one-word match says of it.
  let longestTo = 0;
  const matches = heads.findAll(tokens);
  for (const match of matches) {
    for (let i = match.from; i < match.to; i++) isHead[i] = true;
    // A one-word match in a form that names no one is no head.
    if (
      match.to - match.from === 1 &&
      match.to > longestTo &&
      !namesSomeone(normAt(tokens, match.from))
    )
      isHead[match.from] = false;
    if (match.to - match.from > 1) longestTo = Math.max(longestTo, match.to);
  }
  // "account manager", "our sales team", "a dedicated payroll specialist": the seller's staff,
  // not a role in the market.
  tokens.forEach((t, i) => {
    if (!isHead[i] || !STAFF_NOUNS.has(t.norm)) return;
    const before = normAt(tokens, i - 1);
    const twoBefore = isHead[i - 1] ? '' : normAt(tokens, i - 2);
    // "school business managers", "hospital site leads": the buying organisation's own staff.
    if (isBusinessHead(tokens, i - 2) && !SELLER_STAFF_OPENERS.has(normAt(tokens, i - 3))) return;
    // "a survey of 400 sales reps at companies we don't sell to": people in a trade. "Our sales
    // reps", "the sales reps who visit", "sales reps will call": the seller's staff.
    if (
      before === 'sales' &&
      isPlural(t.norm) &&
      !/^(?:our|the|your)$/.test(normAt(tokens, i - 2)) &&
      !MODALS.test(normAt(tokens, i + 1))
    )
      return;
    if (SELLER_STAFF_MODIFIERS.has(before) || SELLER_STAFF_OPENERS.has(twoBefore)) {
      isHead[i] = false;
      // "a named customer success manager": the modifiers before are the staff title too.
      for (let j = i - 1; SELLER_STAFF_MODIFIERS.has(normAt(tokens, j)); j--) isHead[j] = false;
    }
  });
  // "a nurse-led programme", "a librarian-led session": who leads it, not who buys or uses.
  tokens.forEach((t, i) => {
    if (isHead[i] && normAt(tokens, i + 1) === 'led' && raw[t.end] === '-') isHead[i] = false;
  });
  // "breweries on account", "come on board": an idiom, not a role.
  tokens.forEach((t, i) => {
    if (isHead[i] && HEAD_IDIOMS.get(t.norm)?.has(normAt(tokens, i - 1))) isHead[i] = false;
  });
  // "co-op funds": a budget, not the co-op.
  for (const match of matches) {
    const last = tokens[match.to - 1] as Token;
    const next = normAt(tokens, match.to);
    if (!HEADS_UNMADE_BY_NEXT.get(last.norm)?.has(next)) continue;
    // A field's label opens its line ("Owner: @mika"); "Small business owner: runs a salon …"
    // describes a persona.
    if (next === ':' && normAt(tokens, match.from - 1) !== '') continue;
    for (let i = match.from; i < match.to; i++) isHead[i] = false;
  }
  // "a personal call from the complaints lead", "a text from their coach": the one person
  // something comes from serves the buyer for the seller, and plays no role.
  tokens.forEach((t, i) => {
    if (!isHead[i] || isHead[i + 1] || isPlural(t.norm)) return;
    let j = i - 1;
    while (j > i - SENDER_REACH && isHead[j] === true) j--;
    while (j > i - SENDER_REACH && isWord(tokens[j]) && !SENDER_DETERMINERS.has(normAt(tokens, j)))
      j--;
    if (!SENDER_DETERMINERS.has(normAt(tokens, j)) || normAt(tokens, j - 1) !== 'from') return;
    for (let k = j + 1; k <= i; k++) isHead[k] = false;
  });
  // "monthly 1:1s": a meeting, not an age band.
  tokens.forEach((t, i) => {
    if (!isNumber(t) || !isHead[i] || raw[t.start - 1] !== ':') return;
    for (let j = i; isHead[j] === true; j++) isHead[j] = false;
  });
  // "machines over five years old": the age of a thing; people are "five-year-olds".
  tokens.forEach((t, i) => {
    if (t.norm !== 'years' || normAt(tokens, i + 1) !== 'old') return;
    isHead[i] = false;
    isHead[i + 1] = false;
    for (let j = i - 1; isNumber(tokens[j]); j--) isHead[j] = false;
  });
  // "a 'road warrior' series", "the 'customer' in the brief title", "Segment: 'Curious
  // newcomers' – adults 25–40 …": words in quotes are a name or a mention; the people are
  // named in plain words.
  const quoted = quotedRanges(raw);
  for (let i = 0, q = 0; i < tokens.length && q < quoted.length; i++) {
    const token = tokens[i] as Token;
    while (q < quoted.length && (quoted[q] as [number, number])[1] < token.end) q++;
    const range = quoted[q];
    if (range !== undefined && token.start >= range[0]) isHead[i] = false;
  }
  // "the greenkeepers who do the spreading": a plural the lexicon does not know, with "who"
  // after it, names people ("in their sixties who …" is an age; "whose" follows things too:
  // "the postcodes whose households …").
  tokens.forEach((t, i) => {
    if (
      normAt(tokens, i + 1) === 'who' &&
      isUnknownPlural(t.norm) &&
      isWord(t) &&
      !DECADE.test(t.norm)
    )
      isHead[i] = true;
  });
  // "IT" (the department) and "it" (the pronoun) differ only in case; so do "GPs" (doctors)
  // and "GPS" (satellite positioning). A text in capitals throughout says nothing by its case:
  // it reads as if in lower case ("SLEEP ON IT" has no IT department).
  const cased = /\p{Ll}/u.test(raw);
  tokens.forEach((t, i) => {
    const written = cased ? raw.slice(t.start, t.end) : t.norm;
    if (t.norm === 'it') isHead[i] = written === 'IT';
    else if (t.norm === 'gps' && written === 'GPS') isHead[i] = false;
  });
  // After the case is read ("we will pilot it": "it" is no IT department here):
  // "we will pilot a scheme", "parents who coach", "we'll nurse the relationship": one person
  // in a verb's place is the verb.
  tokens.forEach((t, i) => {
    if (!isHead[i] || isHead[i + 1] || isPlural(t.norm)) return;
    const j = VERB_ADVERBS.has(normAt(tokens, i - 1)) ? i - 2 : i - 1;
    const before = isHead[j] ? '' : normAt(tokens, j);
    if ((SUBJECT_PRONOUNS.has(before) && before !== 'which') || MODALS.test(before))
      isHead[i] = false;
  });
  return isHead;
}

/**
 * True when an apostrophe follows the word at `i` straight away: a possessor, "the trust's",
 * "employers' " (the tokenizer drops the plural's apostrophe, so the text is read).
 */
export const isPossessor = (tokens: readonly Token[], raw: string, i: number): boolean =>
  /['’]/.test(raw[(tokens[i] as Token).end] ?? '');

/** True when the word at `head` is whom a thing faces: "a *patient*-facing video". */
export const isFacedBy = (tokens: readonly Token[], raw: string, head: number): boolean =>
  normAt(tokens, head + 1) === 'facing' && raw[(tokens[head] as Token).end] === '-';

/** True for a role word used as an adjective before a word: "their *consumer* campaign". */
export const isAdjectiveRoleWord = (tokens: readonly Token[], i: number): boolean =>
  ADJECTIVE_ROLE_WORDS.has(normAt(tokens, i)) && isWord(tokens[i + 1]);

/** True when the head at `i` modifies a following noun ("cat food") rather than heading. */
export function isModifier(
  tokens: readonly Token[],
  isHead: readonly boolean[],
  i: number,
): boolean {
  const next = tokens[i + 1];
  if (!isText(next) || isHead[i + 1]) return false;
  // "their consumer campaign", "the consumer app": the adjective, not people.
  if (isAdjectiveRoleWord(tokens, i)) return true;
  if (PHRASE_BOUNDARIES.has(next.norm) || isNumber(next)) return false;
  if (PREDICATE_ADJECTIVES.has(next.norm)) return false;
  // "gives the HR team *a* dashboard": a determiner opens the next phrase.
  if (OBJECT_DETERMINERS.has(next.norm)) return false;
  if (next.norm === "'s") return false;
  if (VERB_FORM.test(next.norm) && !GERUND_NOUNS.has(next.norm)) return false;
  return !isSubjectOfVerb(tokens, i);
}

/** True for a plural noun form: "guests", "children". */
export const isPlural = (norm: string) =>
  (norm.endsWith('s') && !norm.endsWith('ss')) || IRREGULAR_PLURAL_PEOPLE.has(norm);

/** Past forms that, straight after a noun, read as passive: "invoices paid", "items ordered". */
const PAST_FORM = /(?:ed|paid|bought)$/;

/** True for a past form that makes the noun before it passive ("invoices *paid* in 14 days"). */
export const isPastForm = (norm: string) => PAST_FORM.test(norm);

/** Shortest word the lexicon does not know that is read as a noun: "yards", "nerds", not "us". */
const MIN_UNKNOWN_NOUN = 4;
/** Singular endings in -s: "campus", "analysis", "business" (not "delis", "taxis"). */
const SINGULAR_IN_S = /(?:us|ss|sis)$/;

/**
 * True for a word the lexicon does not know that reads as a plural noun: "scaffolders",
 * "distilleries", not "campus", "this" or "us".
 */
export const isUnknownPlural = (norm: string) =>
  norm.length >= MIN_UNKNOWN_NOUN &&
  norm.endsWith('s') &&
  !SINGULAR_IN_S.test(norm) &&
  !NOT_PLURAL_NOUNS.has(norm);

/**
 * True when the word after the noun at `i` is its verb, not the rest of a compound:
 * - a plural noun, a word, then what opens a verb's object: "guests rate the mattresses",
 *   "drivers feel the difference";
 * - a singular noun after a determiner, a word in -s, then the end of the clause or an object:
 *   "as the baby grows, …", "the 8-year-old begs." (but "the baby monitor" stays a compound).
 */
function isSubjectOfVerb(tokens: readonly Token[], i: number): boolean {
  const noun = normAt(tokens, i);
  const verb = normAt(tokens, i + 1);
  const after = tokens[i + 2];
  const opensObject = after !== undefined && VERB_OBJECT_OPENERS.has(after.norm);
  // "so diners start ordering", "until fans stop buying": after a conjunction, or before a
  // word and a verb in -ing that ends the clause or takes an object ("start ordering the
  // wines"), a plural is a subject ("the drivers manual printing costs" stays a compound).
  if (isPlural(noun))
    return (
      opensObject ||
      (/ing$/.test(after?.norm as string) &&
        !GERUND_NOUNS.has(after?.norm as string) &&
        (!isText(tokens[i + 3]) || VERB_OBJECT_OPENERS.has(normAt(tokens, i + 3)))) ||
      SUBJECT_CONJUNCTIONS.has(normAt(tokens, i - 1))
    );
  const determined = SUBJECT_DETERMINERS.has(normAt(tokens, i - 1));
  const thirdPerson = verb.endsWith('s') && !verb.endsWith('ss');
  return determined && thirdPerson && (opensObject || after === undefined || !isText(after));
}

/**
 * True when the word at `i` reads as the verb of a plural subject just before it: the subject
 * is a plural noun that heads no role ("emails", "webinars"), and the word itself is neither
 * plural, a role noun, a form in -ing ("kids swimming school owners"), nor the first half of a
 * hyphenated compound ("social targets hay-fever sufferers": "targets" is the verb there, and
 * "hay" part of its object).
 */
function isVerbAfterPluralSubject(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  i: number,
): boolean {
  const subject = tokens[i - 1];
  const word = tokens[i] as Token;
  if (!isWord(subject) || isHead[i - 1] || isHead[i]) return false;
  if (subject.norm.length < 4 || NOT_PLURAL_SUBJECTS.has(subject.norm)) return false;
  // "the team wants type 1 teens": a verb in -s is no subject.
  if (CLAUSE_VERBS.has(subject.norm) || BENEFIT_VERBS.has(subject.norm)) return false;
  if (raw[word.end] === '-' || raw[subject.end] === '-') return false;
  return isPlural(subject.norm) && !isPlural(word.norm) && !word.norm.endsWith('ing');
}

/**
 * The noun phrase around the head at `head`: its modifiers to the left, co-ordinated heads
 * ("insurers and employers"), and, with `withClause`, a following relative clause
 * ("members who spent 500+ last year").
 */
export function phraseAt(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  head: number,
  withClause: boolean,
): NounPhrase {
  // "a patient-facing campaign": whom a thing faces is named by the one word.
  if (isFacedBy(tokens, raw, head)) return wordPhrase(head);
  let from = head;
  let to = head + 1;
  // Compound heads and co-ordination to the right ("&" and "+" read as "and").
  while (to - head < MAX_JOINED) {
    const next = tokens[to];
    if (isText(next) && isHead[to]) to++;
    else if ((next?.norm === 'and' || next?.norm === 'or') && isHead[to + 1]) to += 2;
    else break;
  }
  // Modifiers and openers to the left; a pronoun takes none ("book [whoever] is cheapest").
  let words = PRONOUN_HEADS.has(normAt(tokens, head)) ? MAX_MODIFIERS : 0;
  while (from > 0 && words < MAX_MODIFIERS) {
    const prev = tokens[from - 1] as Token;
    // "our customers' customers": a possessive apostrophe on the word before, not an opening
    // quote ("a 'road warrior' series").
    if (prev.norm === "'") {
      if (tokens[from - 2]?.end !== prev.start) break;
      from--;
      continue;
    }
    if (!isText(prev)) break;
    if ((prev.norm === 'and' || prev.norm === 'or') && isHead[from - 2]) {
      from -= 2;
      words++;
      continue;
    }
    if (PHRASE_OPENERS.has(prev.norm)) {
      from--;
      break;
    }
    // "over-50s", "under-10s": the prefix of an age band is part of it, and only an opener
    // ("the over-70s") may come before it.
    if (AGE_BAND_PREFIXES.has(prev.norm) && raw[prev.end] === '-' && isNumber(tokens[from])) {
      from--;
      if (PHRASE_OPENERS.has(normAt(tokens, from - 1))) from--;
      break;
    }
    // "12 to 15 year olds": a range inside an age band is part of it.
    if (prev.norm === 'to' && isHead[from - 1] && isNumber(tokens[from])) {
      from--;
      continue;
    }
    // "Recruit [10,000 new app users]": before a count only an opener or a qualifier of the
    // count ("our top 200 accounts", "nearly 500 members") belongs to the phrase.
    // A word that a number names ("type 1 teens", "Year 7 pupils", "tier 2 accounts") stays.
    const counted = isNumber(tokens[from]) && isWord(prev);
    if (counted && !COUNT_QUALIFIERS.has(prev.norm) && !NUMBERED_WORDS.has(prev.norm)) break;
    // "[IT decision-makers]": the department (a head, as `findHeads` reads its capitals), not the
    // pronoun.
    if (prev.norm === 'it' && isHead[from - 1]) {
      from--;
      words++;
      continue;
    }
    // "the chain wants [teens]": a verb before the modifiers ends the phrase.
    if (PHRASE_BOUNDARIES.has(prev.norm) || CLAUSE_VERBS.has(prev.norm)) break;
    // "a scheme rewarding [dealers]", "rewarding [past season-pass buyers]", "chasing [new
    // subscribers]": a participle that addresses people is a verb, and the phrase is its object
    // ("our aspiring chefs" stays).
    if (ADDRESSING_PARTICIPLES.has(prev.norm)) break;
    // "it rewards [passengers]", "let's film [homeowners]": the word after a subject pronoun
    // is its verb.
    // "IT decision-makers": a word hyphened to the next is a compound's half, not a verb.
    if (isSubjectPronoun(tokens, from - 2) && raw[prev.end] !== '-') break;
    // "the gym rewards [members]": a singular head and a seller's verb are subject and verb.
    if (
      prev.norm !== "'s" &&
      isHead[from - 2] &&
      !isPlural(normAt(tokens, from - 2)) &&
      SELLER_VERBS.has(prev.norm)
    )
      break;
    // "emails walk [new seat holders]": a plural, a singular word, then a modifier of the head
    // are subject, verb and object ("kids clothes shop owners" stays one phrase).
    if (from < head && isVerbAfterPluralSubject(tokens, raw, isHead, from - 1)) break;
    from--;
    words++;
  }
  // "a members' evening", "a children's podiatrist": the article is the next noun's.
  const article = normAt(tokens, from);
  if ((article === 'a' || article === 'an') && from < head && isPlural(normAt(tokens, head)))
    from++;
  if (withClause) to = relativeClauseEnd(tokens, raw, to);
  return { from, to, head };
}

/** True for a subject pronoun at `i`, "us" of "let's" included. */
const isSubjectPronoun = (tokens: readonly Token[], i: number) =>
  SUBJECT_PRONOUNS.has(normAt(tokens, i)) ||
  (normAt(tokens, i) === "'s" && normAt(tokens, i - 1) === 'let');

/** Every head noun that is not a modifier, in text order. */
export function headPositions(tokens: readonly Token[], isHead: readonly boolean[]): number[] {
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isHead[i]) continue;
    // A run of heads is one phrase: keep its last word ("account owners").
    if (isHead[i + 1] && isText(tokens[i + 1])) continue;
    if (!isModifier(tokens, isHead, i)) positions.push(i);
  }
  return positions;
}

/**
 * True when the head at `i` is the first half of a hyphenated compound ("our home-insurance
 * base") or a singular possessor ("the studio's biggest spenders"): when looking for the phrase
 * a word points at, the noun that follows is the one meant. (A plural possessor's apostrophe is
 * dropped by the tokenizer, so "a members' newsletter" reads as the compound "members newsletter".)
 */
export function isBoundModifier(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  i: number,
): boolean {
  const head = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const possessive = next.norm === "'" || next.norm === "'s";
  const at = possessive ? i + 2 : i + 1;
  const after = tokens[at];
  if (!isText(after) || isHead[at] || PHRASE_BOUNDARIES.has(after.norm)) return false;
  if (possessive) return true;
  return raw[head.end] === '-' && next.start === head.end + 1;
}
