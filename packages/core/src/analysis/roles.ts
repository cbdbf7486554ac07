import { EVERYONE_PRONOUNS, STAFF_NOUNS, wordSet } from '../lexicon/index.ts';
import { isText, isWord, normAt, type Token } from '../text/tokenize.ts';
import { type CueHit, signedProgrammeWeight } from './evidence.ts';
import { headMatches, isBusinessHead } from './head-match.ts';
import { headWordWhere, inferAddressedUser, inferDependantUser } from './inferred-roles.ts';
import { createLeanReader } from './local-lean.ts';
import { withoutMeans } from './means-phrase.ts';
import { createNegationScanner, type NegationScanner } from './negation.ts';
import {
  headPositions,
  isBoundModifier,
  isFacedBy,
  isPlural,
  isPossessor,
  type NounPhrase,
  phraseAt,
} from './noun-phrase.ts';
import {
  complementsAnotherNoun,
  isAdviserAsked,
  overlaps,
  overlapsAt,
  pairOf,
  servesTheBuyer,
} from './phrase-relations.ts';
import { fallbackPurchaser } from './purchaser-fallbacks.ts';
import {
  buyerHeads,
  dependantHeads,
  guardianHeads,
  namesBuyerOrOrganisation,
  organisationHeads,
  tradeHeads,
  userHeads,
} from './role-heads.ts';
import { DO_FORMS, readRoleStatements } from './role-statements.ts';
import { leftOutAfter, payerNouns, recipientAfter } from './role-wordings.ts';
import { headingEnd as findHeadingEnd, headingSellerTest, isSeller } from './seller.ts';
import { countsASize } from './size-counts.ts';
import type { Structure } from './structure.ts';

/** Who pays and who uses, as noun phrases, and where the text states who pays. */
export interface RoleFindings {
  readonly purchaser: NounPhrase | null;
  /** True when the purchaser is only read off the shape of a sentence ("shopkeepers buy …"). */
  readonly purchaserInferred: boolean;
  readonly endUser: NounPhrase | null;
  /**
   * True when the end user is only a dependant named in passing ("toddler scooter"), not a role
   * the text's structure states.
   */
  readonly endUserInferred: boolean;
  /** Token ranges that state who pays ("the parents pay"): background, not programme content. */
  readonly payerStatements: readonly (readonly [number, number])[];
}

const NO_TOKENS: ReadonlySet<number> = new Set();

/**
 * Buyer-side evidence around whom a programme keeps ("keep merchants with pricing reviews and a
 * dedicated support line") above which they, not people a statement says pay, are who pays.
 */
const KEPT_RECIPIENT_LEAN = 2;

/** Words for the public at large: the pronouns and "people" ("folks", "ppl" read as "people"). */
const GENERIC_PEOPLE: ReadonlySet<string> = new Set([...EVERYONE_PRONOUNS, 'people']);
/**
 * User-side evidence a text needs before people it names only as a modifier are read as its
 * users: a note that merely mentions "the nurse station" is no programme for nurses. At 2 no
 * right role on the labelled sets changes (one wrong end user fewer on the unseen ones), and one
 * more non-marketing text stays undetermined than at 0.
 */
const MODIFIER_USERS_LEAN = 2;
/** User nouns that say no more than the pronouns do. */
const GENERIC_USERS: ReadonlySet<string> = wordSet('user users');
/** The cue of people at work ("plumbers", "nurses"), who buy for their firm or for others. */
const AT_WORK_CUE = 'professional-users';
/** The stem of a gift, bought for someone else ("… as a gift", "gift cards for friends"). */
const GIFT_STEM = 'gift';
/** How far after a buyer's phrase a gift still says what they bought ("… as a gift"). */
const GIFT_REACH = 4;
/** How many words after a phrase the words that leave it out may start. */
const LEFT_OUT_REACH = 3;

/** True when the words after `p` leave it out: "the operators never see any of this". */
function isLeftOut(tokens: readonly Token[], p: NounPhrase): boolean {
  for (let i = p.to, words = 0; words < LEFT_OUT_REACH && isText(tokens[i]); i++, words++)
    if (leftOutAfter.findAt(tokens, i).length > 0) return true;
  return false;
}

/**
 * Consumer market evidence from which a text with no programme evidence describes a business
 * and whom it serves ("a café serving walkers and day-trippers"); below it, a stray word ("guest
 * wifi") in an office note names no market.
 */
const DESCRIBED_MARKET = 0.5;

/** True for one person named with "a" or "an": "a grandmother", "a junior developer". */
const isSingleCharacter = (tokens: readonly Token[], p: NounPhrase) => {
  const first = normAt(tokens, p.from);
  return (first === 'a' || first === 'an') && !isPlural(normAt(tokens, p.head));
};

/** What follows a possessive: "the children's", "the members'". */
const POSSESSIVE_MARKS: ReadonlySet<string> = wordSet("' 's");

/** True when people are named only in a possessive, as in a product's name: "the children's sunscreen". */
const namesAProduct = (tokens: readonly Token[], p: NounPhrase) =>
  p.to === p.head + 1 && POSSESSIVE_MARKS.has(normAt(tokens, p.to));

/** Buyer nouns that name a business relationship, or buyers to be, rather than people who use. */
const ACCOUNT_WORDS: ReadonlySet<string> = wordSet('account accounts client clients prospects');

/** True for a business, or an account named by the business it is: "employer accounts". */
const namesAnOrganisation = (tokens: readonly Token[], head: number) =>
  isBusinessHead(tokens, head) ||
  (ACCOUNT_WORDS.has(normAt(tokens, head)) && isBusinessHead(tokens, head - 1));

/**
 * Reads who pays and who uses. In order of trust: explicit statements ("the parents pay",
 * "sold to car-park operators", "the crews who'll carry them"); the recipients of a programme
 * that keeps buyers ("members who spent 500+ get…"); a role noun ("procurement"); and people
 * named where the programme leans one way. A dependant or a person at work named beside the
 * purchaser (their kids, the staff) is the end user.
 */
export function findRoles(
  tokens: readonly Token[],
  raw: string,
  isHead: readonly boolean[],
  s: Structure,
  hits: readonly CueHit[],
): RoleFindings {
  const localLean = createLeanReader(hits, s);
  /** A buyer noun or an organisation at `head`: whoever uses is someone else. */
  const cannotUse = (head: number) => namesBuyerOrOrganisation(tokens, head);
  // A heading ("Pet food wholesale: …") names the seller, not a role; a sentence before a colon
  // ("The cinema chain wants teens back: …") is no heading.
  const headingEnd = findHeadingEnd(tokens);
  const positions = headPositions(tokens, isHead);
  const sellerInHeading = headingSellerTest(tokens, hits, positions, headingEnd);

  const stated = readRoleStatements(tokens, raw, isHead, s, localLean, sellerInHeading);
  const { recipient, selfUser, payerStatements, userWordings } = stated;
  let { purchaser, endUser } = stated;
  // Whom the text sets aside ("… goes to the billing contact, not the users", "we're not trying
  // to reach drivers at all"). Not the prospects a retention text rules out ("we're not chasing
  // new shoppers"), not "anyone", and not a modifier ("don't mention the consumer launch").
  // Scanned only when asked: only texts that lean to buyers ask.
  let negation: NegationScanner | undefined;
  const negatedFrom = (p: NounPhrase) => {
    negation ??= createNegationScanner(tokens, NO_TOKENS);
    return negation.negatedFrom(p.from, p.to) ?? (isLeftOut(tokens, p) ? 'after' : null);
  };
  const ruledOut = (p: NounPhrase) =>
    negatedFrom(p) !== null &&
    !complementsAnotherNoun(tokens, p) &&
    !EVERYONE_PRONOUNS.has(normAt(tokens, p.head)) &&
    !isBoundModifier(tokens, raw, isHead, p.head);
  const isEveryone = (h: number) => GENERIC_PEOPLE.has(normAt(tokens, h));
  const setAside = (p: NounPhrase) =>
    ruledOut(p) && !tokens.slice(p.from, p.head).some((t) => t.norm === 'new');
  let overallLean = 0;
  // Who buys, as the market cues say it (> 0: businesses).
  let marketLean = 0;
  for (const hit of hits) {
    overallLean += signedProgrammeWeight(hit);
    if (!hit.negated) marketLean += (hit.pole === 'customer' ? 1 : -1) * (hit.weights.market ?? 0);
  }
  // Whom a programme for buyers rules out is never its buyer: a user it leaves out, or the
  // prospects it is not chasing ("not trying to reach new people; this is about our dealers").
  const mayPay = (p: NounPhrase) => overallLean <= 0 || !ruledOut(p) || cannotUse(p.head);
  // "Broadband campaign for students moving into halls: …": whom a heading is for is no label.
  const addressed = (h: number) =>
    !sellerInHeading(h) && tokens.slice(Math.max(0, h - 3), h).some((t) => t.norm === 'for');
  // "Churned members: a call and a free month": buyers a heading names are whom it is for,
  // unless the text after it opens by naming them ("Stockists: the 96 boutiques that …").
  const firstAfterHeading = headingEnd < 0 ? undefined : positions.find((h) => h > headingEnd);
  const namedAfterHeading =
    firstAfterHeading !== undefined &&
    phraseAt(tokens, raw, isHead, firstAfterHeading, true).from === headingEnd + 1;
  // Other people only when they end the heading ("New parents:", "VIP customers only:"):
  // people inside it are a product's ("Kids' console bundle:").
  const labelEnd = normAt(tokens, headingEnd - 1) === 'only' ? headingEnd - 1 : headingEnd;
  const labelsBuyers = (h: number) =>
    h < headingEnd &&
    isPlural(normAt(tokens, h)) &&
    (headMatches(buyerHeads, tokens, h) ||
      // "Frequent flyers who dropped a tier:", not "Kids' coding club:" (a product's).
      // "Parents of newborns:": both the people and the people they are named by.
      ((h === labelEnd - 1 ||
        (normAt(tokens, h + 1) === 'of' &&
          h + 2 < labelEnd &&
          isHead[labelEnd - 1] &&
          // "Owners of salons:" are the salons' people, who buy for their business.
          !isBusinessHead(tokens, labelEnd - 1)) ||
        (phraseAt(tokens, raw, isHead, h, true).to === labelEnd && !isPossessor(tokens, raw, h))) &&
        !isBusinessHead(tokens, h)));
  const labels =
    headingEnd < 0 || namedAfterHeading
      ? []
      : positions.filter(labelsBuyers).map((h) => phraseAt(tokens, raw, isHead, h, true));
  const inHeading = (h: number) =>
    h < headingEnd &&
    s.sentence[h] === 0 &&
    !addressed(h) &&
    !labels.some((label) => overlapsAt(label, h));
  // "employers with 200+ staff": the staff measure the employer, they play no role of their own.
  const isSize = (h: number) => countsASize(tokens, h);
  const candidates = positions
    .filter((h) => !inHeading(h) && !isSize(h))
    .map((h) => phraseAt(tokens, raw, isHead, h, true))
    .filter((p) => !isSeller(tokens, p));
  // "existing patients get recall reminders; … a style campaign aimed at young professionals who
  // buy frames": where the buyers a programme keeps get something of their own, people said to
  // buy on the users' side of the text are its users, not whom it keeps.
  // A payer who is themselves the one who gets the programme ("Parents who pay for their
  // children's swim lessons get a progress report") stays the payer.
  if (
    purchaser !== null &&
    localLean(purchaser) < 0 &&
    recipientAfter.findAt(tokens, purchaser.to).length === 0
  ) {
    const said = purchaser;
    const keeps = (p: NounPhrase, lean: number) =>
      !overlaps(said, p) && localLean(p) > lean && mayPay(p);
    const kept =
      recipient !== null && keeps(recipient, KEPT_RECIPIENT_LEAN)
        ? recipient
        : candidates.find((p) => keeps(p, 0) && recipientAfter.findAt(tokens, p.to).length > 0);
    if (kept !== undefined) {
      purchaser = kept;
      if (endUser === null && !cannotUse(said.head)) endUser = said;
    }
  }
  // No statement names who pays: the fallbacks, in their order of trust.
  let purchaserInferred = false;
  if (purchaser === null) {
    const text = { tokens, raw, isHead, hits, positions, candidates, overallLean };
    const fallback = fallbackPurchaser(text, { localLean, mayPay, inHeading }, recipient, endUser);
    purchaser = fallback.purchaser;
    purchaserInferred = fallback.inferred;
  }
  // A person with user-side evidence around them; in a programme for users, anyone it names
  // without buyer-side evidence ("… to get families who've never stayed with us to book").
  // "Prescribers and pharmacists are not the audience": in a programme for users, whom it sets
  // aside is not who it is for.
  const notSetAsideFromUsers = (p: NounPhrase) => overallLean > 0 || negatedFrom(p) === null;
  const usesHere = (p: NounPhrase) =>
    (overallLean < 0 || (overallLean === 0 && marketLean < -DESCRIBED_MARKET)
      ? localLean(p) <= 0
      : localLean(p) < -0.5) && notSetAsideFromUsers(p);
  // Someone a programme for buyers sets aside ("staff eating in the canteen aren't who we're
  // pitching") still uses what they buy: said outright, it comes first.
  const setAsideUser = (p: NounPhrase) =>
    !overlaps(purchaser, p) && !cannotUse(p.head) && setAside(p);
  if (endUser === null && overallLean > 0)
    endUser =
      candidates.find(
        (p) =>
          setAsideUser(p) &&
          headMatches(userHeads, tokens, p.head) &&
          isPlural(normAt(tokens, p.head)),
      ) ?? null;
  const mayUse = (p: NounPhrase) => !overlaps(purchaser, p) && !cannotUse(p.head) && usesHere(p);
  // "a TV spot showing a grandmother …, aimed at older adults": one person in a story is a
  // character; the users are a group. People an ad is made "with" ("a video with surfers and
  // climbers") are shown or partnered with; the users are named elsewhere, if at all.
  endUser ??=
    candidates.find(
      (p) => mayUse(p) && !isSingleCharacter(tokens, p) && normAt(tokens, p.from - 1) !== 'with',
    ) ??
    candidates.find((p) => mayUse(p) && !isSingleCharacter(tokens, p)) ??
    candidates.find(mayUse) ??
    (purchaser === null
      ? null
      : (candidates.find(
          (p) => !overlaps(purchaser, p) && headMatches(userHeads, tokens, p.head),
        ) ?? null));
  // "parents whose kids have received six boxes", "employers paying for staff physio": a
  // dependant or a person at work named inside the purchaser's own phrase.
  if (endUser === null && purchaser !== null) {
    for (let h = purchaser.head + 1; h < purchaser.to; h++) {
      if (!isHead[h] || !headMatches(userHeads, tokens, h) || isSize(h)) continue;
      const phrase = phraseAt(tokens, raw, isHead, h, false);
      endUser = {
        from: Math.max(phrase.from, purchaser.head + 1),
        to: Math.min(phrase.to, purchaser.to),
        head: h,
      };
      break;
    }
  }
  // Guardians pay for their dependants: "consideration among parents of under-10s … kids who
  // barely notice the cream" names who pays and who uses even where nothing says "pay".
  if (purchaser === null) {
    const pair = pairOf(
      candidates,
      (p) => headMatches(guardianHeads, tokens, p.head),
      (p) => headMatches(dependantHeads, tokens, p.head),
    );
    if (pair !== null) {
      purchaser = pair.payer;
      // "Kids' yoghurt tubes … mums and dads do the shop": a product named for the dependants
      // says who pays; the dependants the text names as people, if any, use it.
      if (endUser === null || overlaps(endUser, pair.payer))
        endUser = namesAProduct(tokens, pair.user)
          ? (candidates.find(
              (p) =>
                headMatches(dependantHeads, tokens, p.head) &&
                !namesAProduct(tokens, p) &&
                !overlaps(pair.payer, p),
            ) ?? pair.user)
          : pair.user;
    }
  }
  // Organisations pay for the people in them: "employers … their staff", "schools … pupils". The
  // seller is one organisation, so only a plural one is read as the buyer here.
  if (purchaser === null) {
    const pair = pairOf(
      candidates,
      (p) => isPlural(normAt(tokens, p.head)) && headMatches(organisationHeads, tokens, p.head),
      (p) => headMatches(userHeads, tokens, p.head),
    );
    if (pair !== null) {
      purchaser = pair.payer;
      endUser ??= pair.user;
    }
  }
  // Someone a programme for buyers sets aside still uses what they buy (again, now that the
  // purchaser may have changed).
  if (endUser === null && overallLean > 0) endUser = candidates.find(setAsideUser) ?? null;
  let endUserInferred = false;
  // An organisation that pays has people of its own who use (not its staff: "their category
  // lead", nor a buying role). Stated: "insurers who pay for it get a quarterly review, while
  // their members get an onboarding video". Else read off the text, so inferred: its own buyers
  // named elsewhere ("gym chains buy the treadmills … we want members to notice the brand").
  if (endUser === null && purchaser !== null && namesAnOrganisation(tokens, purchaser.head)) {
    const paying = purchaser;
    const ownPeople = (p: NounPhrase) =>
      !overlaps(paying, p) &&
      !isBusinessHead(tokens, p.head) &&
      !STAFF_NOUNS.has(normAt(tokens, p.head)) &&
      !headMatches(payerNouns, tokens, p.head);
    endUser =
      candidates.find(
        (p) => ownPeople(p) && p.from > paying.head && normAt(tokens, p.from) === 'their',
      ) ?? null;
    if (endUser === null) {
      endUser =
        candidates.find(
          (p) =>
            ownPeople(p) &&
            isPlural(normAt(tokens, p.head)) &&
            headMatches(buyerHeads, tokens, p.head) &&
            !ACCOUNT_WORDS.has(normAt(tokens, p.head)),
        ) ?? null;
      endUserInferred = endUser !== null;
    }
  }
  // "corporate accounts get negotiated rates, while the business travellers who stay with us
  // get a mobile key": beside a paying buyer or organisation, people the programme gives
  // something of their own use it.
  if (endUser === null && purchaser !== null && cannotUse(purchaser.head)) {
    const paying = purchaser;
    endUser =
      candidates.find(
        (p) =>
          !overlaps(paying, p) &&
          !cannotUse(p.head) &&
          !STAFF_NOUNS.has(normAt(tokens, p.head)) &&
          isPlural(normAt(tokens, p.head)) &&
          recipientAfter.findAt(tokens, p.to).length > 0,
      ) ?? null;
  }
  // People who pay and use alike: in a programme for users that names no one else as using, a
  // purchaser who is a person rather than an organisation or a buying role uses it too
  // ("remote workers who spend a month abroad"). A programme for buyers leaves the user unsaid,
  // and a text that says who pays ("grandparents are the ones paying") may name users later.
  const usesWhatTheyBuy = (p: NounPhrase) =>
    !cannotUse(p.head) &&
    // "installers aren't who we're talking to": set aside, not the people it is for.
    negatedFrom(p) === null;
  if (
    endUser === null &&
    purchaser !== null &&
    // "sold to parents": a guardian buys for a dependant, unless they say they use it too.
    ((payerStatements.length === 0 &&
      overallLean < 0 &&
      !headMatches(guardianHeads, tokens, purchaser.head)) ||
      purchaser === selfUser) &&
    usesWhatTheyBuy(purchaser)
  )
    endUser = purchaser;
  // A trade that buys to resell, named beside the users ("the dealer loyalty thing and the demos
  // for riders"), pays before the users do.
  if (purchaser === null && endUser !== null) {
    const using = endUser;
    purchaser = headWordWhere(
      isHead,
      (i) => !overlapsAt(using, i) && !inHeading(i) && headMatches(tradeHeads, tokens, i),
    );
    purchaserInferred = purchaser !== null;
  }
  // People who buy for themselves: with no one else named as paying, whoever a consumer text
  // addresses also pays ("retired couples taking two holidays a year"). Dependants and people at
  // work are left alone: someone else usually pays for them.
  if (
    purchaser === null &&
    endUser !== null &&
    overallLean < 0 &&
    !headMatches(userHeads, tokens, endUser.head)
  )
    purchaser = endUser;
  // Still no user: a plural word the lexicon does not know, addressed as users ("talk straight
  // to scaffolders"); then a dependant named in passing ("toddler scooter"). Both are read off a
  // word or a sentence's shape, not stated by the text's structure.
  if (endUser === null) {
    const cued = new Array<number>(tokens.length).fill(0);
    for (const hit of hits) cued.fill(1, hit.from, hit.to);
    const paying = purchaser;
    const addressed = inferAddressedUser(tokens, raw, isHead, userWordings, (at) => cued[at] === 1);
    endUser =
      addressed !== null && !overlaps(paying, addressed)
        ? addressed
        : inferDependantUser(
            tokens,
            raw,
            isHead,
            (h) => !isSize(h) && !inHeading(h) && !overlapsAt(paying, h),
          );
    endUserInferred = endUser !== null;
  }
  // A user named, no purchaser: a business named only as a modifier ("the installer loyalty
  // thing", "a retailer programme") is whom the other side of the plan is for.
  if (purchaser === null && endUser !== null) {
    const using = endUser;
    purchaser = headWordWhere(
      isHead,
      (i) =>
        !overlapsAt(using, i) &&
        !inHeading(i) &&
        isBusinessHead(tokens, i) &&
        // The seller is one business: only a plural names buyers.
        isPlural(normAt(tokens, i)),
    );
    purchaserInferred = purchaser !== null;
  }
  // A head word that may name users as a modifier ("a *patient* site"): not the payer's, not a
  // size, not the seller's staff, and not a modifier of another head ("pet shops", "warehouse
  // staff" name that head's people).
  const usersModifier = (i: number, paying: NounPhrase | null) =>
    !overlapsAt(paying, i) &&
    !isSize(i) &&
    // "a stylist session" is the seller's; "drivers' feedback" is the users'.
    (!STAFF_NOUNS.has(normAt(tokens, i)) || isPossessor(tokens, raw, i)) &&
    !isHead[i + 1];
  // Still none beside a business that pays: people named only as a modifier ("a patient site",
  // "to build shopper preference") are whom the other side of the plan is for.
  if (endUser === null && purchaser !== null && cannotUse(purchaser.head)) {
    const paying = purchaser;
    endUser = headWordWhere(
      isHead,
      (i) =>
        usersModifier(i, paying) &&
        !inHeading(i) &&
        // "the member-facing stuff": whom a thing faces, whatever they are called.
        (headMatches(userHeads, tokens, i) ||
          (isFacedBy(tokens, raw, i) && !ACCOUNT_WORDS.has(normAt(tokens, i)))) &&
        !GENERIC_USERS.has(normAt(tokens, i)),
    );
    endUserInferred = endUser !== null;
  }
  // Still none in a programme for users: people the text says pay use it too ("players buy hint
  // packs"), unless they pay for dependants ("mum and dad pay").
  if (
    endUser === null &&
    purchaser !== null &&
    overallLean < 0 &&
    !headMatches(guardianHeads, tokens, purchaser.head) &&
    usesWhatTheyBuy(purchaser)
  )
    endUser = purchaser;
  // In a programme for buyers, buyers named by their use ("players who spent €500", "patients on
  // our plan") use what they buy; people at work ("plumbers who stock our boilers") buy for
  // others, as do buyers of a gift ("guests who buy a spa voucher as a gift").
  const buysForOthers = (p: NounPhrase) =>
    hits.some((hit) => hit.cue.id === AT_WORK_CUE && hit.from === p.head) ||
    tokens.slice(p.from, p.to + GIFT_REACH).some((t) => t.stem === GIFT_STEM);
  if (
    endUser === null &&
    purchaser !== null &&
    overallLean > 0 &&
    headMatches(userHeads, tokens, purchaser.head) &&
    !buysForOthers(purchaser) &&
    usesWhatTheyBuy(purchaser)
  )
    endUser = purchaser;
  // "ask their doctor about it": whom the user is sent to is not the user; someone else named
  // on the user's side may be.
  if (endUser !== null && isAdviserAsked(tokens, endUser)) {
    const adviser = endUser;
    endUser =
      candidates.find(
        (p) =>
          !overlaps(adviser, p) &&
          !overlaps(purchaser, p) &&
          !cannotUse(p.head) &&
          !isAdviserAsked(tokens, p) &&
          localLean(p) <= 0 &&
          notSetAsideFromUsers(p),
      ) ?? null;
    // "ads for adults living with asthma, encouraging them to ask their doctor": in a programme
    // for users, the person it addresses as paying uses it too.
    if (endUser === null && purchaser !== null && overallLean < 0 && !cannotUse(purchaser.head))
      endUser = purchaser;
    endUserInferred = false;
  }
  // "a call from their coach", "a dedicated agronomist": in a programme for buyers, whoever
  // serves them for the seller is not who uses.
  if (endUser !== null && overallLean > 0 && servesTheBuyer(tokens, endUser)) {
    endUser = null;
    endUserInferred = false;
  }
  // "parents see a TV spot, and the children who take the spoonful get a new flavour": a
  // guardian read as the user gives way to the dependant the text names, who uses what the
  // guardian buys.
  if (endUser !== null && headMatches(guardianHeads, tokens, endUser.head)) {
    const guardian = endUser;
    // Named as people, not in a product's name ("baby formula", "dog treats").
    const dependant = candidates.find(
      (p) =>
        headMatches(dependantHeads, tokens, p.head) &&
        !isSize(p.head) &&
        !overlaps(guardian, p) &&
        !overlaps(purchaser, p) &&
        !isBoundModifier(tokens, raw, isHead, p.head) &&
        !namesAProduct(tokens, p) &&
        // "dads don't buy their own cufflinks, their kids do": the dependant buys here.
        !DO_FORMS.has(normAt(tokens, p.to)) &&
        notSetAsideFromUsers(p),
    );
    if (dependant !== undefined) {
      purchaser ??= guardian;
      endUser = dependant;
      endUserInferred = false;
    }
  }
  // "anyone on a train", "the folks who'd use it": a pronoun of the public gives way to the
  // users the text names by a noun ("commuters hate how earbuds fall out … for anyone on a train").
  // A bare "people" ("we need people to want it first … clips of homeowners") gives way to
  // anyone else the text names on the users' side.
  if (endUser !== null && isEveryone(endUser.head)) {
    const pronoun = endUser;
    const paying = purchaser === null ? '' : normAt(tokens, purchaser.head);
    const may = (p: NounPhrase) =>
      !overlaps(purchaser, p) &&
      !overlaps(pronoun, p) &&
      normAt(tokens, p.head) !== paying &&
      !GENERIC_USERS.has(normAt(tokens, p.head)) &&
      !isBoundModifier(tokens, raw, isHead, p.head) &&
      // "ask their doctor": whom the users are sent to.
      !isAdviserAsked(tokens, p) &&
      localLean(p) <= 0;
    // "a patient-facing app that reminds people to use it": whom the thing faces.
    const facedPeople = () =>
      headWordWhere(isHead, (h) => isFacedBy(tokens, raw, h) && !cannotUse(h)) ?? undefined;
    const named =
      candidates.find((p) => may(p) && headMatches(userHeads, tokens, p.head)) ??
      (pronoun.to === pronoun.head + 1
        ? (candidates.find(
            (p) => may(p) && !cannotUse(p.head) && !isEveryone(p.head) && notSetAsideFromUsers(p),
          ) ?? facedPeople())
        : undefined);
    if (named !== undefined) {
      // Read as paying only because they use it: the people named pay in their place.
      if (purchaser === pronoun) purchaser = named;
      endUser = named;
      endUserInferred = false;
    }
  }
  // Still none in a programme for users: people named only as a modifier ("developer
  // awareness", "a family audio trail", "student account acquisition") are whom it is for.
  if (endUser === null && overallLean < -MODIFIER_USERS_LEAN) {
    const paying = purchaser;
    endUser = headWordWhere(
      isHead,
      (i) =>
        usersModifier(i, paying) &&
        !cannotUse(i) &&
        headMatches(userHeads, tokens, i) &&
        isWord(tokens[i + 1]) &&
        // "Children's museum": a possessor names a place or a product, not whom it is for.
        !isPossessor(tokens, raw, i),
    );
    endUserInferred = endUser !== null;
  }
  return {
    purchaser: withoutMeans(purchaser, tokens, hits),
    purchaserInferred,
    endUser: withoutMeans(endUser, tokens, hits),
    endUserInferred,
    payerStatements,
  };
}
