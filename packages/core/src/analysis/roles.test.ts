import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { tokenize } from '../text/tokenize.ts';
import { analyse } from './analyse.ts';
import { findHeads, type NounPhrase } from './noun-phrase.ts';

const rolesOf = (text: string) => {
  const { purchaser, endUser } = classify(text).roles;
  return { purchaser: purchaser?.text ?? null, endUser: endUser?.text ?? null };
};

/** The norms of the words `findHeads` marks as person or organisation heads. */
const heads = (text: string) => {
  const tokens = tokenize(text);
  const isHead = findHeads(tokens, text);
  return tokens.filter((_, i) => isHead[i]).map((t) => t.norm);
};

const spanText = (a: ReturnType<typeof analyse>, p: NounPhrase) =>
  a.text.slice(
    (a.tokens[p.from] as { start: number }).start,
    (a.tokens[p.to - 1] as { end: number }).end,
  );

describe('findRoles', () => {
  it('leaves the verb that opens an instruction out of whom it names', () => {
    expect(rolesOf('Reactivate dormant users.').purchaser).toBe('dormant users');
    expect(rolesOf('Re-engage dormant users.').purchaser).toBe('dormant users');
    expect(rolesOf('Nurture lapsed donors.').purchaser).toBe('lapsed donors');
    expect(rolesOf('Convert trial users to paid.').endUser).toBe('trial users');
    expect(rolesOf('Stop losing customers to the discounters.').purchaser).toBe('customers');
    expect(rolesOf('Attract younger shoppers with a TikTok series.').endUser).toBe(
      'younger shoppers',
    );
    expect(
      rolesOf('A loyalty drop rewarding past season-pass buyers with exclusive skins.').purchaser,
    ).toBe('past season-pass buyers');
    expect(rolesOf('Stop chasing new subscribers; keep the ones we have.').purchaser).not.toMatch(
      /chasing/,
    );
  });

  it('reads a hyphened role after "IT" as one phrase, not the pronoun and a verb', () => {
    const text = 'Webinar series for IT decision-makers at mid-size firms: renewal terms.';
    expect(rolesOf(text).purchaser).toBe('IT decision-makers');
    expect(heads(text)).toContain('decision');
    // The pronoun still ends a phrase: "it rewards [passengers]".
    expect(rolesOf('The app is simple: it rewards passengers who fly often.').endUser).not.toMatch(
      /^it/i,
    );
  });

  it('reads a heading\'s "parents of newborns" as the parents who pay and the babies', () => {
    expect(
      rolesOf('Parents of newborns: a sample box and a TV spot for every new family.'),
    ).toEqual({ purchaser: 'Parents', endUser: 'newborns' });
    // "Owners of salons" are the salons' people, buying for a business.
    expect(
      classify('Owners of independent salons: a reorder discount and a named rep.').dimensions
        .market.lean,
    ).toBe('customer');
  });

  it('reads who approves the spend, signs off the orders or does the paying as the payer', () => {
    expect(
      rolesOf('Reactivation for lapsed accounts. The office manager approves the spend.').purchaser,
    ).toBe('The office manager');
    expect(
      rolesOf('A fit day for clinics. The nurse manager signs off every order; staff wear them.')
        .purchaser,
    ).toBe('The nurse manager');
    expect(rolesOf('Kids do the playing and parents do the paying.').purchaser).toBe('parents');
    expect(
      rolesOf('Who pays: parents. Who watches: children 3-6. A trailer on YouTube.').purchaser,
    ).toBe('parents');
  });

  it('reads who the text says pays before whom the seller sells to', () => {
    expect(
      rolesOf('We supply uniforms to schools; parents pay. A web shop campaign.').purchaser,
    ).toBe('parents');
    expect(
      rolesOf('We sell scanners to optician chains. Renewal reviews each spring.').purchaser,
    ).toBe('optician chains');
    // "finance departments" names a department, not someone who finances.
    expect(
      rolesOf(
        'Ledgerly sells accounts-payable automation to finance departments at mid-market firms.',
      ).purchaser,
    ).toBe('finance departments');
  });

  it('reads "our paying customers are …" as naming who pays', () => {
    expect(
      rolesOf(
        'Our paying customers are biotech companies. This launch is for the bench scientists.',
      ).purchaser,
    ).toBe('biotech companies');
    // Denied, it names no one; nor does "our CMO approves the budget".
    expect(
      rolesOf('Our paying customers are not the people who use it: HR buys it, employees use it.'),
    ).toEqual({ purchaser: 'HR', endUser: 'employees' });
    expect(
      rolesOf('Our CMO approves the budget; the campaign is TikTok for first-time buyers.')
        .purchaser,
    ).toBe('first-time buyers');
  });

  it('never reads a guardian who pays as the user for want of anyone else', () => {
    expect(
      rolesOf(
        "Game trailer. 'Kids do the playing, parents do the paying', and this trailer is for the players alone.",
      ),
    ).toEqual({ purchaser: 'parents', endUser: 'players' });
  });

  it('keeps a payer who gets the programme as the payer', () => {
    expect(
      rolesOf(
        "Parents who pay for their children's swim lessons get a progress report. The messages go to whoever holds the account.",
      ),
    ).toEqual({
      purchaser: "Parents who pay for their children's swim lessons",
      endUser: 'their children',
    });
  });

  it('reads a plural it does not know, with "who" after it, as people', () => {
    expect(
      rolesOf(
        "Superintendents on supply contracts get a soil review. The greenkeepers who do the spreading aren't addressed.",
      ).endUser,
    ).toBe('The greenkeepers who do the spreading');
    // An age is no one: "couples in their sixties who fly"; "whose" follows things too.
    expect(heads('Cruises for couples in their sixties who fly often.')).not.toContain('sixties');
    expect(heads('The postcodes whose households switched get a door drop.')).not.toContain(
      'postcodes',
    );
  });

  it('ends a describing clause before a denied verb', () => {
    expect(
      rolesOf(
        "The creative is made for teenagers. The corporate sponsors who fund it don't feature at all.",
      ).purchaser,
    ).toBe('The corporate sponsors who fund it');
  });

  it('reads "X are just end users" as naming the users', () => {
    expect(
      rolesOf('For the renewal push, admins are who we talk to; employees are just end users.')
        .endUser,
    ).toBe('employees');
  });

  it('reads drivers named in passing beside a paying organisation as the users', () => {
    expect(
      rolesOf(
        "Framework renewal: the 14 councils on our framework get a joint review day. Drivers' feedback is nice to have, not the point.",
      ).endUser,
    ).toBe('Drivers');
    // One of the seller's staff is no user.
    expect(
      rolesOf('Framework renewal: the councils on our framework get a stylist session.').endUser,
    ).toBeNull();
  });

  it("reads a field coach as the seller's staff and guest swaps as a format", () => {
    expect(
      rolesOf(
        'Bakery franchise: franchisees get a named field coach; the brand needs to become the default croissant where nobody has heard of us.',
      ).endUser,
    ).toBeNull();
    expect(
      rolesOf(
        'Podcast, 400k monthly listeners, almost all free: keep growing them with guest swaps and TikTok clips.',
      ).endUser,
    ).not.toBe('guest');
  });

  it("reads a guest pass as a product and a street team as the seller's staff", () => {
    expect(
      rolesOf('Audience: lapsed members.\nOffer: a free guest pass and a personal call.').endUser,
    ).toBeNull();
    expect(
      rolesOf('Segment: students.\nPlan: TikTok creators and campus street teams.').purchaser ?? '',
    ).not.toMatch(/teams/);
  });

  it('reads a singular seller and its verb before people as subject and verb', () => {
    expect(rolesOf('The gym rewards members who visit 3x a week.').purchaser).toBe(
      'members who visit 3x a week',
    );
    // A possessive is no verb: "the trust's buyers".
    expect(rolesOf("Renewal terms for the trust's buyers.").purchaser).toBe("the trust's buyers");
  });

  it('reads what moves a figure as no one: "reorder drivers"', () => {
    const text = 'Reorder drivers: what makes our clinic accounts reorder every month.';
    expect(rolesOf(text)).toEqual({ purchaser: 'our clinic accounts', endUser: null });
    expect(heads('Delivery drivers get a free coffee.')).toContain('drivers');
  });

  it('reads a modifier of another head as that head, not as people', () => {
    expect(
      rolesOf(
        "Onboarding: a success manager trains each new client's warehouse staff on the scanners during the first month.",
      ).endUser,
    ).not.toBe('warehouse');
  });

  it('reads a payer who says they use it too as the end user', () => {
    expect(
      rolesOf(
        'Sole-trader plumbers buy the van racking and use it every day. Trade counters tell us they buy once and stay loyal, so the money goes into a loyalty card.',
      ),
    ).toEqual({ purchaser: 'Sole-trader plumbers', endUser: 'Sole-trader plumbers' });
    expect(
      rolesOf('Gamers buy the headset with their own money. A trend study shapes the launch spot.')
        .endUser,
    ).toBe('Gamers');
    // Paying alone says nothing of who uses, unless the payers are named by their use: in a
    // programme for buyers, players who spend use what they buy.
    expect(
      rolesOf('Garages buy the van racking. The money goes into a loyalty card.').endUser,
    ).toBeNull();
    expect(
      rolesOf("Players who've spent over €500 in the last quarter get a personal concierge.")
        .endUser,
    ).toBe("Players who've spent over €500");
    // The NHS is an organisation: it buys, its patients and staff use.
    expect(
      rolesOf(
        "NHS wheelchair services buy in bulk, but users decide which model they'll accept, so we run user trials.",
      ),
    ).toEqual({ purchaser: 'NHS', endUser: 'users' });
    // Gift buyers and people at work buy for others.
    expect(
      rolesOf('Guests who buy a spa voucher as a gift get a loyalty discount on the next one.')
        .endUser,
    ).toBeNull();
    expect(
      rolesOf(
        'Plumbers who buy our boilers to install for homeowners get a loyalty bonus on every tenth unit.',
      ).endUser,
    ).toBeNull();
  });

  it("reads a programme's own director as the seller's staff", () => {
    expect(
      rolesOf(
        'Executive education: companies that sent managers on our course last year get a corporate rebooking rate and a debrief with the programme director.',
      ).purchaser,
    ).toMatch(/^companies/);
  });

  it('never names who serves the buyer for the seller as the user', () => {
    expect(
      rolesOf(
        "Members who haven't checked in for 21 days get a text from their coach, a free PT session and a freeze option instead of cancelling.",
      ).endUser,
    ).toBeNull();
    expect(
      rolesOf(
        'Agri-inputs plan: retain the 400 arable farms that ordered fertiliser from us last season. Each gets a dedicated agronomist visit and early-order pricing.',
      ).endUser,
    ).toBeNull();
    // A group, or a possessor, is not one person serving the buyer.
    expect(
      rolesOf(
        "Music school: parents get a termly report written by their child's teacher, and the re-enrolment form comes with the same lesson slot held.",
      ).endUser,
    ).toBe('their child');
  });

  it("reads a whole staff title as the seller's staff", () => {
    expect(
      rolesOf(
        'Segment: our 300 enterprise accounts, each with a named customer success manager and renewals averaging £90k a year.',
      ).purchaser,
    ).toBe('our 300 enterprise accounts');
  });

  it('reads the age of a thing as no one', () => {
    expect(
      rolesOf(
        'Tractor dealer group: owners of machines over five years old get a personalised trade-in valuation and a loyalty discount on a service plan.',
      ),
    ).toEqual({ purchaser: 'owners', endUser: null });
    expect(
      rolesOf(
        'Service retention: owners whose cars are 3+ years old get a personalised service plan.',
      ).endUser,
    ).toBeNull();
  });

  it('never names as a role what the writer says their own business is', () => {
    expect(
      rolesOf(
        'We are a medical distributor. For private clinics we start a programme: fixed delivery days and a monthly visit.',
      ).purchaser,
    ).toBe('private clinics');
    expect(
      rolesOf(
        'Our company is mobile operator in Vietnam. Plan: old customer get free data gift on birthday, and a big campaign on TV for young people.',
      ).endUser,
    ).toBe('young people');
    // "we're going after …" says whom they chase, not what they are; "after" opens no role.
    expect(
      rolesOf("We're going after DIYers with a colour-matching app and weekend demos.").endUser,
    ).toMatch(/^DIYers/);
  });

  it('never names as the user the adviser the user is sent to ("ask your stylist")', () => {
    expect(
      rolesOf(
        "Consumer campaign for the salon-only repair treatment: Instagram before-and-afters, a salon locator and the line 'ask your stylist for it'. Salons buy the product from us.",
      ).endUser,
    ).toBeNull();
    expect(
      rolesOf(
        'Disease-awareness campaign on migraine: social video, a symptom checker and a prompt to ask a doctor, aimed at adults who have never been diagnosed.',
      ).endUser,
    ).toBe('adults who have never been diagnosed');
  });

  it('names the users by the noun the text gives them rather than by "the people" or "anyone"', () => {
    expect(
      rolesOf(
        'Fleet leasing: the finance team signs the lease, but the campaign is for the people who drive the vans every day. Drivers get a comfort checklist and a seat demo.',
      ).endUser,
    ).toBe('Drivers');
    // People described by what they do are named already.
    expect(
      rolesOf(
        'A running app for people who run at least twice a week: training plans and race-day tips.',
      ).endUser,
    ).toBe('people who run at least twice a week');
  });

  it('reads stores as buyers, but not a single store nor where a product is found', () => {
    expect(
      rolesOf(
        'Car-seat brand: staff training and a margin uplift for stores that carry the full range, plus a fitting video campaign for parents.',
      ).purchaser,
    ).toBe('stores that carry the full range');
    expect(
      rolesOf('Summer launch: sampling in stores, a jingle on radio and a comic strip for kids.')
        .purchaser,
    ).toBeNull();
    expect(
      rolesOf(
        'Staff uniforms: procurement leads at the retail chains we supply get reorder prompts timed to their store openings.',
      ).purchaser,
    ).toBe('procurement leads');
  });

  it("reads a head that modifies a compound as part of it, up to the compound's own head", () => {
    expect(
      rolesOf('Contract-end calls for business broadband accounts, with a tailored upgrade offer.')
        .purchaser,
    ).toBe('business broadband accounts');
    expect(
      rolesOf('Quarterly reviews for our hospital renal units, with a price lock at renewal.')
        .purchaser,
    ).toBe('our hospital renal units');
    // A possessor opens its own phrase: the club is not who pays.
    expect(
      rolesOf(
        "For the kids' after-school club we're focusing on families already enrolled this term: early re-enrolment discount for spring.",
      ).purchaser,
    ).toBe('families already enrolled this term');
    // A singular possessor's people are the ones meant: the team, named with whose it is.
    expect(
      rolesOf(
        "Medical gloves: renegotiating the framework with the trust's procurement team, and fitting sessions so theatre nurses try the new cuff.",
      ).purchaser,
    ).toBe("the trust's procurement team");
  });

  it('reads no role inside quotation marks: a title or a mention names no one', () => {
    const roles = rolesOf(
      "For corporate clients we keep the travel-manager desk, and the travellers get a 'road warrior' Instagram series.",
    );
    expect(roles.endUser).not.toContain('warrior');
    expect(
      rolesOf(
        "heads up: the 'customer' in the brief title is wrong. It's a sampling drive at universities for students who've never heard of the brand.",
      ).purchaser,
    ).not.toBe('customer');
    // A possessive apostrophe is no quotation.
    expect(rolesOf("Our dealers' customers get a free first service.").purchaser).toContain(
      "dealers' customers",
    );
  });

  it("ends a participle's clause at the next verb, with the adverb that goes with it", () => {
    expect(
      rolesOf(
        'Adult children pay for the alarm. The parents wearing the pendant have their own support line.',
      ).endUser,
    ).toBe('The parents wearing the pendant');
    expect(
      rolesOf(
        'Lab plan: university departments ordering reagents monthly already buy from us, so they get a rebate.',
      ).purchaser,
    ).toBe('university departments ordering reagents monthly');
  });

  it('leaves out a verb whose object the people are, and an article that is not theirs', () => {
    expect(rolesOf('Bus-stop posters urging teens to try the new flavour.').endUser).toBe('teens');
    expect(
      rolesOf('Dealers: an incentive scheme rewarding dealers that meet annual order targets.')
        .purchaser,
    ).toBe('dealers that meet annual order targets');
    // An adjective in -ing stays: "paying subscribers", "wedding planners".
    expect(rolesOf('Renewal offers for paying subscribers only.').purchaser).toBe(
      'paying subscribers',
    );
    expect(rolesOf("Loyalty: a members' lounge with early access to the sale.").purchaser).toBe(
      'members',
    );
  });

  it('reads co-ops as buyers, but co-op funds as a budget', () => {
    expect(
      rolesOf(
        'Spray-drone maker: a YouTube channel teaching drone pilots; farm co-ops buy the fleets.',
      ).purchaser,
    ).toBe('farm co-ops');
    expect(
      rolesOf('Retail programme: co-op funds for stockists who reorder monthly.').purchaser,
    ).toBe('stockists who reorder monthly');
    expect(
      rolesOf(
        'Toy launch: a cartoon series for kids, plus a retailer programme with co-op ad funds and guaranteed restock for the toy chains carrying it.',
      ).purchaser,
    ).toBe('the toy chains carrying it');
  });

  it("reads a meeting's or a ticket's people fields as the seller's own people", () => {
    expect(heads('Attendees: J. Park (Brand), L. Ferreira (CX)')).not.toContain('attendees');
    expect(heads('Owner: @mika')).not.toContain('owner');
    expect(heads('Conference attendees get a free tote.')).toContain('attendees');
    // A section for the market is no person, nor is an email's greeting.
    expect(heads('Consumer: a TV campaign so drivers ask for us.')).not.toContain('consumer');
    expect(heads('Dear colleagues, the new segment is live.')).not.toContain('colleagues');
    expect(heads('Mechanics: double stars on the 3rd visit.')).not.toContain('mechanics');
    expect(heads('Subject: champion program for admins')).not.toContain('champion');
    expect(heads('Mechanics who service our vans get a discount.')).toContain('mechanics');
    // A persona's label is no field: "Small business owner: runs a salon".
    expect(heads('Small business owner: runs a salon.')).toContain('owner');
    // A field named for people in the market names them: "Pet owners: awareness ads".
    expect(heads('Pet owners: awareness ads for the new vaccine.')).toContain('owners');
  });

  it('reads who takes a medicine every day as its user', () => {
    expect(
      rolesOf('Who is who: the PBMs pay, cardiologists prescribe, patients take it every day.'),
    ).toEqual({ purchaser: 'the PBMs', endUser: 'patients' });
  });

  it('reads a habit given up as no use, and an insurer that covers a treatment as who pays', () => {
    expect(rolesOf('Win back regulars who used to come in on Fridays.').endUser).toBeNull();
    expect(rolesOf('Ads for the farmers who use the tractors.').endUser).toBe(
      'the farmers who use the tractors',
    );
    expect(rolesOf('Ads to patients with psoriasis; insurers cover the therapy.')).toEqual({
      purchaser: 'insurers',
      endUser: 'patients with psoriasis',
    });
  });

  it('reads "X don\'t buy it, Y do" as Y paying for X', () => {
    expect(rolesOf("Dads don't buy their own cufflinks, their kids do.")).toEqual({
      purchaser: 'their kids',
      endUser: 'Dads',
    });
    expect(
      rolesOf('Riders never pay us a penny - the transport authority does - so ads go on buses.'),
    ).toEqual({ purchaser: 'the transport authority', endUser: 'Riders' });
    // "they do post photos": an emphatic verb, no payer.
    expect(
      rolesOf("Passengers don't buy aircraft seats, but they do post photos of them.").purchaser,
    ).toBeNull();
  });

  it('reads the recipients of a gift as its users', () => {
    expect(rolesOf('Gift boxes: givers pay, recipients get a box every month.')).toEqual({
      purchaser: 'givers',
      endUser: 'recipients',
    });
    expect(
      rolesOf(
        'Gift subscriptions: the gifter gets a one-click renewal; the recipient gets a welcome card.',
      ),
    ).toEqual({ purchaser: 'the gifter', endUser: 'the recipient' });
  });

  it('reads a tender or a formulary as a document, not as who pays', () => {
    expect(
      rolesOf(
        'Respiratory team: support NHS trust procurement managers with tender documentation and a multi-year pricing agreement.',
      ).purchaser,
    ).toMatch(/NHS trust procurement managers$/);
  });

  it('reads buyers a heading names as whom it is for, unless the text after it names them', () => {
    expect(
      rolesOf('Lapsed subscribers: a personal call and one free month to come back.').purchaser,
    ).toBe('Lapsed subscribers');
    expect(
      rolesOf('Stockists: the 96 boutiques that carry our knitwear get a reorder bonus.').purchaser,
    ).toBe('the 96 boutiques that carry our knitwear');
  });

  it('reads other people as a heading label only when they end it', () => {
    expect(
      rolesOf('First-time parents: a welcome box, a sleep guide and a monthly call with a midwife.')
        .endUser,
    ).toBe('First-time parents');
    expect(
      rolesOf("Kids' console bundle: ads during cartoons, plus demo kiosks in toy stores.").endUser,
    ).toBeNull();
  });

  it('reads the businesses a product is for as its buyers when nothing is said of a programme', () => {
    expect(rolesOf('Payroll software built for growing businesses.').purchaser).toBe(
      'growing businesses',
    );
    expect(rolesOf('Bookkeeping services for dental practices in Leeds.').purchaser).toBe(
      'dental practices in Leeds',
    );
  });

  it('keeps an age range whole', () => {
    expect(
      rolesOf('Summer camp brief: the ads are for 12 to 15 year olds, robot battles.').endUser,
    ).toBe('12 to 15 year olds');
    expect(rolesOf('Instagram campaign for women aged 25 to 44.').endUser).toBe(
      'women aged 25 to 44',
    );
    expect(rolesOf('A smartwatch for 6-to-10-year-olds: calls only.').endUser).toBe(
      '6-to-10-year-olds',
    );
  });

  it('ends a phrase at a past verb, and reads "lead with" as a verb', () => {
    expect(
      rolesOf(
        'YouTube series for our home battery: how a family in Leeds ran their house in a power cut.',
      ).endUser,
    ).toBe('a family in Leeds');
    expect(
      rolesOf('Motorbike brand: film a ride through the Alps and invite riders to demo days.')
        .endUser,
    ).toBe('riders');
    expect(
      rolesOf('Skincare launch: Instagram reels and sampling. Lead with before-and-after results.'),
    ).toEqual({ purchaser: null, endUser: null });
    expect(
      rolesOf(
        'Meditation app: partner with run clubs on a calm challenge aimed at stressed first-jobbers.',
      ).endUser,
    ).toBe('stressed first-jobbers');
    // "direct-to-consumer" is a way of selling, not a person.
    expect(
      rolesOf('Hearing aids direct-to-consumer: the campaign targets adults in their 50s.').endUser,
    ).toBe('adults in their 50s');
  });

  it("reads a buying organisation's own business managers as people, the seller's as staff", () => {
    expect(
      rolesOf('Interviews with 12 school business managers (who buy) and 25 teachers (who use).')
        .purchaser,
    ).toBe('12 school business managers (who buy)');
    expect(rolesOf('Our hospital account managers visit every trust.').purchaser).toBe(
      'every trust',
    );
    // Offices lease and buy; "the tax office", "our sales office", "office hours" do not.
    expect(
      rolesOf('Our sales office in Dubai runs quarterly business reviews for the 40 distributors.')
        .purchaser,
    ).toBe('the 40 distributors');
    expect(rolesOf('Weekly livestream office hours for our paying admins.').purchaser).toBe(
      'our paying admins',
    );
    expect(
      rolesOf(
        'Q2 goes on the 450 offices that lease our bean-to-cup units: a free descaling visit.',
      ).purchaser,
    ).toMatch(/^the 450 offices/);
    // "our legacy officer" serves the donors; the donors give.
    expect(
      rolesOf(
        'Supporters who have given monthly for 10+ years get a personal conversation with our legacy officer.',
      ).purchaser,
    ).toBe('Supporters who have given monthly for 10+ years');
  });

  it('does not read a ratio as an age band', () => {
    const { purchaser } = rolesOf(
      'Franchise plan: monthly 1:1s with area managers and a franchisee advisory council.',
    );
    expect(purchaser).not.toMatch(/1s/);
    expect(purchaser).toMatch(/franchisee/);
  });

  it('keeps a past participle that describes the people, not one that says what is made of them', () => {
    expect(rolesOf('Radio spots aimed at commuters stuck in traffic.').endUser).toBe(
      'commuters stuck in traffic',
    );
    expect(rolesOf('Podcast ads aimed at households still cooking from scratch.').endUser).toBe(
      'households still cooking from scratch',
    );
    expect(
      rolesOf('The library will keep cardholders engaged with reading picks and renewal nudges.')
        .purchaser,
    ).toBe('cardholders');
  });

  it('ends a clause before a hyphened compound it would cut in two', () => {
    expect(
      rolesOf(
        "Uniform plan: partner schools get a contract review, and separately we'll win over parents with a back-to-school ad.",
      ).endUser,
    ).toBe('parents');
  });

  it('in a text that leans to users, reads people with no buyer-side words around them as users', () => {
    // The emails go to past buyers; the dads are who the cufflinks are for.
    expect(
      rolesOf(
        "Father's Day: every email goes to people who bought from us last June, with dads in the photos showing how good the cufflinks look on.",
      ),
    ).toEqual({ purchaser: 'people who bought from us last June', endUser: 'dads in the photos' });
  });

  it('reads "talk to a doctor" as an adviser, but "talk to the nurses" as the audience', () => {
    expect(
      rolesOf(
        'Unbranded psoriasis campaign: social video, a symptom quiz and a prompt to talk to a doctor. Aimed at adults who have never been treated.',
      ).endUser,
    ).toBe('adults who have never been treated');
    expect(
      rolesOf('Trade-show push for our new infusion pump: we talk to the nurses who use it daily.')
        .endUser,
    ).toBe('the nurses who use it daily');
  });

  it('does not take the adviser users are sent to, or people set aside, for the users', () => {
    expect(
      rolesOf(
        'Patient campaign for our inhaler: social ads for adults living with asthma, encouraging them to ask their doctor about it. Prescribers and pharmacists are not the audience.',
      ).endUser,
    ).toBe('adults living with asthma');
  });

  it('reads signing with no object as paying', () => {
    expect(
      rolesOf('Clinic software: practice managers sign, vets and nurses click all day.'),
    ).toEqual({ purchaser: 'practice managers', endUser: 'vets and nurses' });
    // "sign up" is joining, not paying.
    expect(rolesOf('Free trial: nurses sign up in a minute.').purchaser).toBeNull();
  });

  it('reads no payer in a denied payment', () => {
    expect(
      rolesOf(
        "Parents don't pay for this one: the school buys the licence and pupils use the app.",
      ),
    ).toEqual({ purchaser: 'the school', endUser: 'pupils' });
  });

  it('reads the people a place is attached to as who pays, not the place', () => {
    expect(
      rolesOf(
        'Clinic software: ops managers at each practice sign the contract, so they get the QBRs; the nurses who use it daily get in-app tips.',
      ).purchaser,
    ).toBe('ops managers');
  });

  it('reads people said to pay as the users too, unless they pay for dependants', () => {
    expect(
      rolesOf(
        'The studio publishes mobile puzzle games that are free to download; players buy hint packs.',
      ),
    ).toEqual({ purchaser: 'players', endUser: 'players' });
    expect(
      rolesOf(
        "Kids' cereal spot: mum and dad pay, but it's all about the fun of the game on the box.",
      ).endUser,
    ).not.toBe('mum and dad');
  });

  it('reads who handles or negotiates the renewals as who pays', () => {
    expect(
      rolesOf(
        'Fleet accounts: 140 companies run our vans on contract hire. Fleet managers handle renewals every spring.',
      ).purchaser,
    ).toBe('Fleet managers');
    expect(
      rolesOf(
        'Segment: corporate accounts with airline fares renewed yearly by their travel buyers.',
      ).purchaser,
    ).toBe('their travel buyers');
  });

  it('reads homes as places, not as the people in them', () => {
    expect(
      rolesOf(
        "Heat pumps: an 'ask your landlord' campaign for private renters, with a savings calculator showing warmer homes for less. Landlords buy the units.",
      ).endUser,
    ).not.toBe('warmer homes');
  });

  it('reads the buyers a programme keeps as who pays, beside people said to buy on the users side', () => {
    expect(
      rolesOf(
        "Plan for the eyewear shop: existing patients get recall reminders and a 'second pair half price' offer; then, separately, a style campaign on Instagram aimed at young professionals who buy frames as fashion.",
      ),
    ).toEqual({
      purchaser: 'existing patients',
      endUser: 'young professionals who buy frames as fashion',
    });
  });

  it('reads who commissions or shops for it as who pays', () => {
    expect(
      rolesOf(
        'Baby skincare: bath-time films showing the lotion on tiny hands. Parents shop for it, but the story is told through the baby.',
      ),
    ).toEqual({ purchaser: 'Parents', endUser: 'the baby' });
    expect(
      rolesOf('Patients never pay; the health board commissions the physio app for them.')
        .purchaser,
    ).toBe('the health board');
  });

  it('reads the merchants a programme keeps as who pays, not the shoppers told they can pay', () => {
    expect(
      rolesOf(
        'Payments: keep merchants with pricing reviews and a dedicated support line, and run a consumer campaign telling shoppers they can pay in three instalments at checkout.',
      ),
    ).toEqual({ purchaser: 'merchants', endUser: 'shoppers' });
  });

  it('reads "consumer" before a noun as an adjective, not as whom a programme is for', () => {
    expect(
      rolesOf(
        'Of the £400k, £250k funds a dealer loyalty scheme with tiered margins and £150k goes on a consumer push showing families how much room the new trailer tent has.',
      ).purchaser,
    ).toBe('dealer');
  });

  it("reads one person a call comes from as the seller's, not a role", () => {
    expect(
      rolesOf(
        'Segment: households whose complaint took more than 14 days to resolve. Each gets a goodwill credit and a personal call from the complaints lead before month end.',
      ).purchaser,
    ).toBe('households whose complaint took more than 14 days');
  });

  it('reads a buying role the text sets aside as who pays', () => {
    expect(
      rolesOf(
        "It's not about the purchasing managers. Our pipette brand runs bench demos for the lab technicians who pipette all day.",
      ).purchaser,
    ).toBe('the purchasing managers');
    // "until" opens a clause: "procurement" is no modifier of "until".
    expect(
      rolesOf(
        "A free tier and templates for individual designers. We don't talk to procurement until a team has 5+ active users.",
      ).purchaser,
    ).toBe('procurement');
  });

  it('keeps a describing clause of nine words whole', () => {
    expect(
      rolesOf(
        'Tour operator: travel agencies that booked more than 50 passengers last season get override commission.',
      ).purchaser,
    ).toBe('travel agencies that booked more than 50 passengers last season');
  });

  it('ends a clause cut short before the phrase it cut into', () => {
    expect(
      rolesOf('Win-back emails for ppl who cancelled their gym membership in the last 60 days.')
        .purchaser,
    ).toBe('ppl who cancelled their gym membership');
    expect(
      rolesOf(
        'Reorder perks for the 2,300 veterinary clinics that bought from our catalogue in the past 18 months.',
      ).purchaser,
    ).toBe('the 2,300 veterinary clinics that bought from our catalogue');
    expect(
      rolesOf(
        'Service renewals for every hospital that has bought one of our imaging systems since 2018.',
      ).purchaser,
    ).toBe('every hospital that has bought one of our imaging systems');
  });

  it('ends a describing clause before "how" and the programme verb that shows it', () => {
    expect(
      rolesOf(
        "Serum launch: TikTok creators show skincare fans who don't know us yet how it fades dark spots.",
      ).endUser,
    ).toBe("skincare fans who don't know us yet");
    expect(
      rolesOf(
        'The high-street banks pay us, but the campaign targets students starting university showing how the app splits rent.',
      ).endUser,
    ).toBe('students starting university');
  });

  it('reads an amount with a currency sign as part of the describing clause', () => {
    expect(
      rolesOf('Existing merchants processing over $1M a year get a rate review.').purchaser,
    ).toBe('Existing merchants processing over $1M a year');
    expect(rolesOf('Perks for members spending over £500 a year.').purchaser).toBe(
      'members spending over £500 a year',
    );
  });

  it('ends a prepositional clause where an article opens a second phrase', () => {
    expect(
      rolesOf(
        'Radio spots and village demo plots showing smallholder farmers across the region the healthier yields from a new fungicide.',
      ).endUser,
    ).toBe('smallholder farmers across the region');
    expect(
      rolesOf(
        'The private banking team will give every client above £1m a relationship manager and a birthday call.',
      ).purchaser,
    ).toBe('every client above £1m');
    expect(
      rolesOf('Quarterly reviews for our clients in the north of the country.').purchaser,
    ).toBe('our clients in the north of the country');
  });

  it('reads whoever leads a programme for the seller as no role ("a nurse-led programme")', () => {
    const roles = rolesOf(
      'For the asthma inhaler: a nurse-led support programme for patients (inhaler training, refill reminders) and quarterly contract reviews with the pharmacies that dispense it.',
    );
    expect(roles.endUser).toBe('patients');
  });

  it("reads the people a plural possessor has, as with 's", () => {
    expect(
      rolesOf("We sell the plan to employers' benefits managers, who renew each spring.").purchaser,
    ).toBe("employers' benefits managers");
  });

  it('reads people named only as a modifier as the users of a programme for users', () => {
    expect(
      rolesOf('Developer awareness push for our payments API: free tier, docs and meetups.')
        .endUser,
    ).toBe('Developer');
    expect(
      rolesOf('Nurse awareness drive for the new pump: demo videos and ward roadshows.').endUser,
    ).toBe('Nurse');
    // A possessor names a place: no one is named as using.
    expect(
      rolesOf("Children's museum: a new dinosaur trail, promoted on local radio.").endUser,
    ).toBe(null);
  });

  it('reads "at least" in a cut clause as a quantity, and "that" after a verb as a determiner', () => {
    expect(
      rolesOf('Clients who ordered from our catalogue at least five times a year get a gift.')
        .purchaser,
    ).toBe('Clients who ordered from our catalogue at least five times');
    expect(
      rolesOf('Parents who have bought that brand of nappies for over two years get a voucher.')
        .purchaser,
    ).toMatch(/^Parents who have bought that brand of nappies/);
  });

  it('ends a clause cut short where a second clause opens inside it', () => {
    expect(
      rolesOf('Segment: renters aged 22 to 35 who move flat at least once every two years.')
        .purchaser,
    ).toBe('renters aged 22 to 35');
  });

  it('keeps the verb of a "whose" clause and the preposition of a participle', () => {
    expect(
      rolesOf('Service plan: van owners whose vans are over four years old get a loyalty discount.')
        .purchaser,
    ).toBe('van owners whose vans are over four years old');
    expect(rolesOf('Ice-cream ads for families heading to the coast this summer.').endUser).toBe(
      'families heading to the coast this summer',
    );
    expect(rolesOf('Owners whose old cars are over four years old get a discount.').purchaser).toBe(
      'Owners whose old cars are over four years old',
    );
    expect(rolesOf('Members whose plan is about to lapse get a call.').purchaser).toBe(
      'Members whose plan is about to lapse',
    );
  });

  it('reads a word that only ends in -ing as no participle ("the thing 18–24s bring")', () => {
    expect(
      rolesOf('Snack brief: make the chilli crisps the thing 18–24s bring to pre-drinks.').endUser,
    ).toBe('18–24s');
  });

  it('gives a pronoun head no modifiers and a bracket no participle after it', () => {
    expect(rolesOf('Book whoever is cheapest.').endUser).toBe('whoever is cheapest');
    expect(rolesOf('Call whoever is about to renew.').purchaser).toBe('whoever is about to renew');
    expect(
      rolesOf(
        'The spot is cut for nine-year-olds (dragons, jokes) knowing it is mostly grandparents who pay.',
      ).endUser,
    ).toBe('nine-year-olds (dragons, jokes)');
  });

  it('reads a preposition alone after people as no clause', () => {
    expect(rolesOf('Reach new puppy owners in via influencers.').endUser).toBe('new puppy owners');
  });

  it('ends a describing clause where "never" opens the sentence\'s own verb', () => {
    expect(
      rolesOf(
        'Label printers for warehouses: the pickers love the one-handed grip. The people who sign the PO never touch a label printer, so the campaign skips them.',
      ).purchaser,
    ).toBe('The people who sign the PO');
    expect(rolesOf("Awareness for people who've never tried oat milk.").endUser).toBe(
      "people who've never tried oat milk",
    );
  });

  it('reads a procurement office or its heads as one buying role', () => {
    expect(
      rolesOf(
        'For the district rollout, we sell to the procurement office with a pricing lock, and win the teachers with demo videos.',
      ).purchaser,
    ).toBe('the procurement office');
    expect(
      rolesOf(
        'We sell treadmills to gym chains. Their procurement heads get service contracts; their members get the workout app.',
      ).endUser,
    ).toBe('their members');
  });

  it('reads people given something of their own beside a paying buyer as the users', () => {
    expect(
      rolesOf(
        'Hotel group brief: corporate accounts get negotiated rates and an account manager, while the business travellers who stay with us get a mobile key.',
      ),
    ).toEqual({
      purchaser: 'corporate accounts',
      endUser: 'the business travellers who stay with us',
    });
  });

  it('names whom an X-facing thing faces by the one word, as a modifier does', () => {
    const { endUser } = classify(
      'Hospital beds: procurement gets contract pricing; a patient-facing video explains the controls.',
    ).roles;
    expect(endUser).toMatchObject({ text: 'patient', inferred: true });
  });

  it('ends a clause cut short before a preposition whose object it leaves out', () => {
    expect(
      rolesOf(
        'Win-back: subscribers who cancelled their meal-kit plan in the last six months get a free box.',
      ).purchaser,
    ).toBe('subscribers who cancelled their meal-kit plan');
    // A particle at the end of a clause stays.
    expect(rolesOf('Staff who log in daily get badges; HR buys the licences.').endUser).toContain(
      'log in',
    );
  });

  it('reads a plural noun before a verb and its object as a subject, not a modifier', () => {
    // "guests rate" is not a compound like "guest reviews": the guests are named.
    expect(
      rolesOf(
        'The hotel chains sign the contracts but guests rate the mattresses online, so: a key account programme for chains and a sleep campaign for guests.',
      ).endUser,
    ).toMatch(/guests/);
    expect(
      rolesOf(
        'Smart locks: tenants tap in every day, but the property-management companies who pay get bulk pricing and service reviews.',
      ).endUser,
    ).toBe('tenants');
  });

  it('ends a buyer clause at the verb of what they are given ("find", "enjoy", "unlock")', () => {
    expect(
      rolesOf('Members who have booked five classes find a free guest pass in their app.')
        .purchaser,
    ).toBe('Members who have booked five classes');
    expect(rolesOf('Clients that renewed twice unlock a priority support line.').purchaser).toBe(
      'Clients that renewed twice',
    );
  });

  it('reads no one in an idiom: "on account", "on board"', () => {
    expect(heads('A loyalty rate for the 40 bakeries on account.')).toEqual(['bakeries']);
    expect(heads('Each gym gets a setup visit when they come on board.')).toEqual(['gym']);
    expect(heads('Account managers brief the board.')).toContain('board');
    // "nobody else leads with it" is a verb; an "over-rider" is a rebate.
    expect(heads('Our scan shows nobody else leads with no-install.')).not.toContain('leads');
    expect(heads('An over-rider if they beat last year by 5%.')).not.toContain('rider');
    expect(heads('Sales leads from the show go to the reps.')).toContain('leads');
    // "an engineer visit" is the seller's service; "engineers who use it" are people.
    expect(rolesOf('Garages get an engineer visit each quarter and a rebate.').endUser).toBeNull();
    expect(heads('Engineers who use the app every day.')).toContain('engineers');
    expect(rolesOf('Each engineer visits our training centre twice a year.').endUser).toBe(
      'Each engineer',
    );
  });

  it('reads a person noun in a verb\'s place as the verb: "we will pilot", "who coach"', () => {
    expect(heads('We will also pilot a rebate scheme for our accounts.')).toEqual(['accounts']);
    expect(heads("We'll nurse the relationship with our top accounts.")).toEqual(['accounts']);
    expect(heads('Parents who coach junior teams buy our kit.')).not.toContain('coach');
    expect(heads('They host a dinner for dealers.')).toEqual(['dealers']);
    // A noun after a head, a plural, or after "which" is still a person.
    expect(heads('Our IT director will sign.')).toEqual(['it', 'director']);
    expect(heads('We nurses know the ward.')).toContain('nurses');
    expect(heads('Which buyer signs off?')).toEqual(['buyer']);
    expect(heads('We will pilot it in March.')).toEqual([]);
    expect(rolesOf('We will pilot a rebate scheme for our accounts.').endUser).toBeNull();
  });

  it('reads sales reps and tradespeople as people in a trade, and "our sales reps" as staff', () => {
    expect(
      rolesOf('A CRM podcast for sales reps who are sick of data entry; their managers buy it.')
        .endUser,
    ).toBe('sales reps');
    expect(
      rolesOf('Volume rebates for our merchants, plus demo days where tradespeople try the gun.')
        .endUser,
    ).toBe('tradespeople');
    expect(rolesOf('Our sales reps will call each lapsed account.')).toEqual({
      purchaser: 'each lapsed account',
      endUser: null,
    });
    expect(rolesOf('The sales reps visit every store monthly.').purchaser).toBeNull();
    expect(rolesOf('Sales reps will call every lapsed account.').endUser).toBeNull();
  });

  it('reads role fields: "Payer: the employer. User: staff."', () => {
    expect(rolesOf('Payer: the employer. User: staff.')).toEqual({
      purchaser: 'the employer',
      endUser: 'staff',
    });
    expect(rolesOf('Buyers: 40 distributors. Users: their technicians.')).toEqual({
      purchaser: '40 distributors',
      endUser: 'their technicians',
    });
    expect(rolesOf('Decision maker: the CFO. Users: engineers.')).toEqual({
      purchaser: 'the CFO',
      endUser: 'engineers',
    });
    // Not a field: the buyer named in a sentence is who pays.
    expect(rolesOf('The buyer at each store gets a rebate.').purchaser).toBe('The buyer');
  });

  it('reads a role noun before a determiner as heading its own phrase', () => {
    // "send our retail buyers *a* deck": the buyers are named, not a modifier of "a".
    expect(
      rolesOf(
        'Launch plan for the granola: billboards and sampling. We will send our retail buyers a sell-in deck.',
      ).purchaser,
    ).toBe('our retail buyers');
  });

  it('reads a group of organisations as one head ("employer groups", "clinic groups")', () => {
    expect(
      rolesOf(
        'Retention sprint: the 25 employer groups renewing in March get a claims review and a rate hold.',
      ).purchaser,
    ).toBe('the 25 employer groups renewing in March');
  });

  it('reads "consumer" before another word as an adjective, not as people', () => {
    expect(
      rolesOf(
        "Agency proposal for Peak Gear: we'll run their consumer campaign for climbers and set up monthly reviews.",
      ).endUser,
    ).toBe('climbers');
  });

  it("reads the seller's own drivers, chefs and tutors as staff, not users", () => {
    expect(
      rolesOf(
        "Coach hire: schools that booked their trip with us two years running get next year's price guaranteed and, where possible, the same driver.",
      ).endUser,
    ).toBeNull();
  });

  it('never names the seller a programme is "for" as who pays', () => {
    // The heading's "for our …" names whose plan it is, not whom it keeps.
    expect(rolesOf('Retention plan for our hotel group: perks for repeat guests.').purchaser).toBe(
      'repeat guests',
    );
    expect(
      rolesOf('A new loyalty app for our bakery: personalised offers for regulars.').purchaser,
    ).toBe('regulars');
    // An agency's heading names its client, the seller, with "the".
    const agency = classify(
      'Loyalty app refresh for the coffee chain: double stars on weekdays and a free birthday drink.',
    );
    expect(agency.roles.purchaser?.text).not.toBe('the coffee chain');
    expect(agency.dimensions.market.lean).toBe('consumer');
    expect(
      rolesOf('Loyalty for the print shop: agencies that order weekly get a rebate.').purchaser,
    ).toBe('agencies that order weekly');
    // With no one else named, or in talk of the account, the business a plan is for is the account.
    expect(
      rolesOf('Account plan for the hospital: quarterly reviews and volume pricing.').purchaser,
    ).toBe('the hospital');
    expect(
      rolesOf(
        'Upsell plan for the gym: add the nutrition module for members and renew the contract.',
      ),
    ).toEqual({ purchaser: 'the gym', endUser: 'members' });
    expect(
      rolesOf('The port authority will meet each shipping line quarterly to agree tariffs.')
        .purchaser,
    ).not.toBe('The port authority');
    // Buyers named "our …" still pay, and a business plan is no business.
    expect(
      rolesOf('A retention plan for our distributors: rebates and early access.').purchaser,
    ).toBe('our distributors');
    expect(
      rolesOf("Our key-account team runs a joint business plan with Tesco and Sainsbury's.")
        .purchaser,
    ).toBeNull();
  });

  it('reads buyers a heading labels with a clause of their own as whom it is for', () => {
    expect(
      rolesOf(
        'Frequent flyers who dropped a tier this year: a personal note and a soft-landing offer.',
      ).purchaser,
    ).toBe('Frequent flyers who dropped a tier this year');
    // "Kids' coding club:" names a product, not its users.
    expect(
      rolesOf("Kids' coding club: renewal outreach to the school IT leads who bought licences.")
        .endUser,
    ).toBeNull();
  });

  it('reads "staff training" as what a programme gives, not people who use the product', () => {
    const text =
      'Independent pet shops buy the aquarium kits by the case: a shelf planogram, staff training and a reorder portal.';
    expect(rolesOf(text)).toEqual({ purchaser: 'Independent pet shops', endUser: null });
    expect(classify(text).orientation).toBe('customer');
    expect(rolesOf('Kitchen staff use the dishwashers every day.').endUser).toBe('Kitchen staff');
  });

  it('knows enthusiasts, lovers and age groups in their informal names', () => {
    expect(
      rolesOf('A tasting-notes zine for home coffee lovers and latte-art nerds.').endUser,
    ).toBe('home coffee lovers');
    expect(
      rolesOf('Target is anxious 30-somethings who have tried every sleep app.').endUser,
    ).toMatch(/^30-somethings/);
    // A verb of reporting ends the phrase: "our survey found [hikers] …".
    expect(rolesOf('Our survey found weekend hikers want lighter packs.').endUser).toBe(
      'weekend hikers',
    );
  });

  it('reads who pays from passive and routing wordings', () => {
    // "paid for by" names the payer after it, never the noun before it.
    expect(
      rolesOf('The teen banking app is mostly paid for by grandparents, but the ads are for teens.')
        .purchaser,
    ).toBe('grandparents');
    expect(
      rolesOf('Our fleet insurance renewals go through finance directors, so the push is theirs.')
        .purchaser,
    ).toBe('finance directors');
    // An advisory board is a programme for the buyers it is made of.
    expect(
      rolesOf('Renewal calls and an advisory board of our largest distributors.').purchaser,
    ).toMatch(/largest distributors/);
  });

  it('reads a plural the lexicon does not know as the payer before other guesses', () => {
    const { purchaser } = classify(
      'Ticket machines: stationmasters buy the machines, but it is their customers who tap.',
    ).roles;
    expect(purchaser?.text).toBe('stationmasters');
    expect(purchaser?.inferred).toBe(true);
    // …with a relative word between the noun and its verb, too.
    expect(
      rolesOf(
        'Ski passes: the lodge-keepers who pay for the season get a renewal call; the skiers get an app.',
      ).purchaser,
    ).toBe('the lodge-keepers who pay for the season');
  });

  it('keeps an age band whole and leaves a change in a figure out of the phrase', () => {
    expect(
      rolesOf('Posters and radio spots encouraging over-50s to get their flu jab.').endUser,
    ).toBe('over-50s');
    expect(
      rolesOf('OKR: raise NPS among enterprise accounts from 32 to 45; cut churn below 5%.')
        .purchaser,
    ).toBe('enterprise accounts');
    expect(rolesOf('Members with 500+ points get a free night.').purchaser).toBe(
      'Members with 500+ points',
    );
    expect(rolesOf('Swim lessons for kids aged 4-10, booked by their parents.')).toEqual({
      purchaser: 'their parents',
      endUser: 'kids aged 4-10',
    });
  });

  it('starts a phrase at its count and ends it before the means of the programme', () => {
    expect(
      rolesOf('Recruit 10,000 new app users in Lagos through WhatsApp referral codes.').endUser,
    ).toBe('10,000 new app users in Lagos');
    expect(rolesOf('Retention programme for our top 200 trade accounts.').purchaser).toBe(
      'top 200 trade accounts',
    );
    expect(
      rolesOf('Objective: get 18–24s to try it this summer with festival sampling.').endUser,
    ).toBe('18–24s');
  });

  it('never takes the prospects a programme for buyers rules out for its buyer', () => {
    expect(
      rolesOf(
        'Not trying to reach new people here; this is all about the 30 dealers we already have.',
      ).purchaser,
    ).toBe('the 30 dealers');
    // Ruling out a newsletter does not rule out the florists it was for.
    expect(
      rolesOf(
        'Can we kill the generic newsletter for our wholesale florists and do a per-account restock reminder based on their last 3 orders?',
      ),
    ).toEqual({ purchaser: 'our wholesale florists', endUser: null });
  });

  it('reads the stockists of a brand as its buyers', () => {
    expect(
      rolesOf(
        'Influencer seeding to pet owners, and a separate trade stand for vet clinics who stock our food.',
      ).purchaser,
    ).toBe('vet clinics who stock our food');
  });

  it('leaves a plural subject and its verb out of the phrase they point at', () => {
    // "emails walk new seat holders": the emails are the subject, "walk" the verb.
    expect(rolesOf('Onboarding emails walk new seat holders through setup.').purchaser).toBe(
      'new seat holders',
    );
    expect(rolesOf('Trade events reached independent pharmacy owners.').purchaser).toBe(
      'independent pharmacy owners',
    );
    // A compound of plurals stays whole, and so does a hyphenated object after a verb in -s.
    expect(rolesOf('Our kids clothes shop owners get a rebate.').purchaser).toBe(
      'Our kids clothes shop owners',
    );
    expect(
      rolesOf('A national campaign on TV and social targets hay-fever sufferers.').endUser,
    ).toBe('hay-fever sufferers');
    // A verb in -s is no subject: "wants" does not cut "type 1 teens" short.
    expect(
      rolesOf('The brand team wants type 1 teens to see the sensor as something cool.').endUser,
    ).toBe('type 1 teens');
  });

  it('ends a role phrase where its clause ends, never on a dangling word', () => {
    // A prepositional phrase ends at the verb that follows it.
    expect(
      rolesOf(
        'The label printer sells through office resellers, who get rebates and a reorder portal, but the people in the mailroom need to love it, so there is a user campaign with tutorial videos.',
      ).endUser,
    ).toBe('the people in the mailroom');
    // A clause cut short does not keep "for the" at its end; a particle ("log in") stays.
    const spans = rolesOf(
      'Awareness campaign for new parents in our catchment who bank elsewhere for the junior-account launch.',
    );
    expect(spans.endUser ?? spans.purchaser).not.toMatch(/\b(?:for|the)$/);
    expect(
      rolesOf(
        'HR directors sign the contract; onboarding nudges go to the employees who log in each week.',
      ).endUser,
    ).toMatch(/who log in/);
  });

  it('finds a dependant named inside the purchaser’s own phrase', () => {
    const roles = rolesOf(
      'Toy subscription box: parents whose kids have received six or more boxes get a free loyalty box.',
    );
    expect(roles.purchaser).toMatch(/^parents/);
    expect(roles.endUser).toBe('kids');
  });

  it('does not make a stated payer the end user too', () => {
    const roles = rolesOf(
      'Christmas spot built around a six-year-old’s face. Grandparents are often the ones paying, but they never appear in the ad.',
    );
    expect(roles.purchaser).toBe('Grandparents');
    expect(roles.endUser).not.toBe('Grandparents');
  });

  it('never takes an organisation or a place for the end user', () => {
    const roles = rolesOf(
      'Craft brewery: volume rebates and rep visits for pubs that stock our ales, and a social campaign so drinkers ask for the brand at the bar.',
    );
    expect(roles.endUser).not.toMatch(/bar|pubs/);
    expect(
      rolesOf(
        'Smart-thermostat brand: autumn awareness push showing a warmer home with lower bills.',
      ).endUser,
    ).toBeNull();
  });

  it('knows people at work and hobbyists as people', () => {
    expect(
      rolesOf(
        'Site safety boots: the contractor buys in bulk, but the campaign is aimed at the operatives who wear them every day.',
      ).endUser,
    ).toMatch(/operatives/);
    expect(
      rolesOf('Launch a wetsuit range for surfers with beach demos and reels.').endUser,
    ).toMatch(/surfers/);
  });

  it('reads a sentence before a colon as a sentence, not a heading that names the seller', () => {
    expect(
      rolesOf(
        'The cinema chain wants teens back: cheap Tuesday tickets, a meme-friendly ad series and a bring-a-friend night.',
      ).endUser,
    ).toBe('teens');
    // A heading still names the seller, not a role.
    expect(
      rolesOf('Pet food wholesale: a reorder discount for the independent pet shops.').endUser,
    ).toBeNull();
  });

  it('reads guardians as paying for their dependants even where nothing says "pay"', () => {
    expect(
      rolesOf(
        "The children's sunscreen campaign shows kids who barely notice the cream. KPI: consideration among parents of under-10s.",
      ),
    ).toEqual({ purchaser: 'parents', endUser: 'kids who barely notice the cream' });
    expect(
      rolesOf('A lunchbox campaign for the kids starting reception, not the parents buying.')
        .purchaser,
    ).toMatch(/parents/);
  });

  it('reads organisations as paying for the people in them', () => {
    expect(
      rolesOf(
        "In-app nudges and a streak counter for employees who activated but never booked. Employers aren't copied.",
      ),
    ).toEqual({ purchaser: 'Employers', endUser: 'employees who activated' });
  });

  it('reads the businesses a company makes something for as who pays', () => {
    expect(rolesOf('The studio builds booking apps for independent gyms.').purchaser).toBe(
      'independent gyms',
    );
    expect(
      rolesOf('We make own-label sauces for supermarkets and renew the contracts every year.')
        .purchaser,
    ).toBe('supermarkets');
    // People a product is made for use it; they are not read as a business that pays.
    expect(rolesOf('We publish picture books for toddlers.')).toEqual({
      purchaser: null,
      endUser: 'toddlers',
    });
  });

  it('names no one in "customer marketing", and stops a phrase at the verb after a pronoun', () => {
    expect(
      rolesOf('The upgrade is customer marketing: it rewards passengers who already fly with us.')
        .purchaser,
    ).toBe('passengers who already fly with us');
    expect(rolesOf('This is consumer marketing for new mothers.').purchaser).not.toMatch(
      /marketing/,
    );
  });

  it('reads whom a heading is for as a role, while a heading’s other nouns stay labels', () => {
    expect(
      rolesOf("Broadband campaign for students moving into halls: 'No contract, just Wi-Fi.'")
        .endUser,
    ).toBe('students moving into halls');
  });

  it('reads the client or business a heading is "for" as the seller whose plan it is', () => {
    const roles = rolesOf(
      'Plan for the garden-centre client: loyalty points and a spring preview evening for members.',
    );
    expect(roles.purchaser).not.toMatch(/client/);
    expect(roles.endUser ?? '').not.toMatch(/client/);
  });

  it('tells GPs (doctors) from GPS (positioning) by their letter case, as IT from it', () => {
    expect(
      rolesOf('Pawpal makes GPS collars that let dog owners see where their dog is.').endUser,
    ).not.toMatch(/GPS/);
    expect(rolesOf('Samples and a detailing visit for GPs in the region.').purchaser).toBe(
      'GPs in the region',
    );
  });

  it('reads informal names for people: "devs", "folks"', () => {
    expect(
      rolesOf('The CISO gets renewal pricing, while the devs get a free CLI to love it bottom-up.')
        .endUser,
    ).toMatch(/devs/);
    expect(
      rolesOf("The e-book ad targets folks who haven't got a library card yet.").endUser,
    ).toMatch(/^folks/);
  });

  it('reads a customer-success lead as the seller’s staff, not the buyer', () => {
    expect(rolesOf('Escalate renewals with low usage to the CS lead.').purchaser).toBeNull();
    expect(
      rolesOf(
        'Book an executive check-in with the economic buyer. Escalate any account with NPS below 7 to the CS lead.',
      ).purchaser,
    ).toBe('the economic buyer');
  });

  it('names whom a programme for buyers sets aside as its users, never as its buyer', () => {
    // The users are left out of the renewal email: they use what the billing contact buys.
    const renewal = rolesOf(
      'The renewal email goes to the billing contact, not the users: pricing, a multi-year discount and contract dates.',
    );
    expect(renewal.endUser).toBe('the users');
    expect(renewal.purchaser).toBe('the billing contact');
    expect(
      rolesOf(
        'Distributors get co-op funds tied to reorder volume and a quarterly call with their category lead. Purely trade; shoppers are not involved.',
      ),
    ).toEqual({ purchaser: 'Distributors', endUser: 'shoppers' });
    // "new shoppers" are buyers not yet won, not users.
    expect(
      rolesOf(
        "Regulars who ordered three times get a thank-you box and early access. We're not chasing new shoppers with this one.",
      ).endUser,
    ).toBeNull();
    // In a programme for users, whoever it sets aside may well be the one who pays.
    expect(
      rolesOf(
        'For the note-taking app we target the people in the meeting, not the CIO: a free personal plan and memes about pointless meetings.',
      ).purchaser,
    ).toBe('the CIO');
  });

  it('reads a dependant named in passing as the user, without making it a stated role', () => {
    const scooter = analyse('Toddler scooter that makes the school run an adventure.');
    expect(scooter.roles.endUser && spanText(scooter, scooter.roles.endUser)).toBe('Toddler');
    expect(scooter.roles.endUserInferred).toBe(true);
    // The result says so too, for whoever shows it.
    expect(
      classify('Toddler scooter that makes the school run an adventure.').roles.endUser,
    ).toEqual({ text: 'Toddler', start: 0, end: 7, inferred: true });
    expect(
      rolesOf(
        "Kids' vitamin gummies shaped like dinosaurs, with cartoon ads on family channels. Parents buy them.",
      ),
    ).toEqual({ purchaser: 'Parents', endUser: 'Kids' });
    // An age band is kept whole.
    expect(
      rolesOf(
        'Telematics app with weekly driving tips and badges for smooth braking, made for the 17–21-year-old behind the wheel.',
      ).endUser,
    ).toMatch(/17–21-year-old/);
    // A user the text's structure names is no inference.
    expect(
      analyse('Parents pay the fee; the kids who use the app get a new badge every week.').roles
        .endUserInferred,
    ).toBe(false);
  });

  it('reads the people of a paying organisation as its users: "their members"', () => {
    expect(
      rolesOf(
        'Physio app: insurers who pay for it get a quarterly outcomes review, while their members get an onboarding video and reminders to do the exercises.',
      ),
    ).toEqual({ purchaser: 'insurers who pay for it', endUser: 'their members' });
    // Not the organisation's buying staff.
    expect(
      rolesOf(
        'We sell treadmills to gym chains. Their procurement team gets service contracts and upgrade terms.',
      ).endUser,
    ).toBeNull();
  });

  it('reads who pays from "the budget holder is …" and from "whoever signed …"', () => {
    expect(
      rolesOf(
        'The budget holder is the clinic director, so she gets the invoice review and the price lock; the vets just use the app.',
      ).purchaser,
    ).toBe('the clinic director');
    expect(
      rolesOf(
        'Send the renewal quote to whoever signed the PO last year, with a two-year discount.',
      ).purchaser,
    ).toBe('whoever signed the PO last year');
  });

  it('reads an unknown plural that pays as the purchaser, marked as inferred', () => {
    const rental = analyse(
      'Kayak rental: marinas sign the contracts, paddlers use the gear, so we need a renewal deck and an app promo.',
    );
    expect(rental.roles.purchaser && spanText(rental, rental.roles.purchaser)).toBe('marinas');
    expect(rental.roles.purchaserInferred).toBe(true);
    // A kind of organisation the lexicon knows is read, not inferred.
    const resorts = analyse('Ski rental: resorts sign the contracts, skiers use the gear.');
    expect(resorts.roles.purchaser && spanText(resorts, resorts.roles.purchaser)).toBe('resorts');
    expect(resorts.roles.purchaserInferred).toBe(false);
    // A participle after a noun is passive: "invoices paid within 14 days" pay no one.
    expect(
      rolesOf('Next-day delivery, a monthly statement and 2% off invoices paid within 14 days.')
        .purchaser,
    ).toBeNull();
  });

  it('keeps a head of two words whole when its second word alone names no one', () => {
    expect(rolesOf('We sell cleaning products to housing associations.').purchaser).toBe(
      'housing associations',
    );
  });

  it('reads an age band written in words: "eleven-year-olds"', () => {
    expect(
      rolesOf(
        'Schoolbook publisher: the districts buy, but the series is for the eleven-year-olds reading it, with comic-style covers.',
      ).endUser,
    ).toMatch(/^the eleven-year-olds/);
  });

  it('reads who signs a named kind of contract as a statement of who pays', () => {
    const text =
      'Chair maker: a roadshow for hygienists to try the chair; practice owners sign the finance deal later.';
    const analysis = analyse(text);
    expect(analysis.roles.purchaser && spanText(analysis, analysis.roles.purchaser)).toBe(
      'practice owners',
    );
    // The statement is background, not programme content: its span runs to the contract named.
    const [statement] = analysis.roles.payerStatements;
    expect(statement && spanText(analysis, { from: statement[0], to: statement[1], head: 0 })).toBe(
      'practice owners sign the finance deal',
    );
  });

  it('reads "fund" and "finance" as paying only as verbs with an object', () => {
    expect(
      analyse('Employers fund the scheme; staff use the app.').roles.payerStatements,
    ).toHaveLength(1);
    expect(
      analyse('Resellers get co-marketing funds and a partner portal.').roles.payerStatements,
    ).toEqual([]);
  });

  it('reads a plural before a verb and a preposition as the subject: "hygienists sit through"', () => {
    expect(
      rolesOf(
        'Chair maker: a comfort tour letting hygienists sit through a whole clinic day in the chair; practice owners sign the finance deal later.',
      ).endUser,
    ).toBe('hygienists');
  });
  it.each([
    [
      'Gym racks: bulk deals for the gyms that buy them, and hype content for the lifters who train on them.',
      /^the lifters/,
    ],
    [
      'Thermostat maker: an online calculator showing householders what they would save this winter.',
      /^householders/,
    ],
    [
      'Work boots: the campaign follows farmhands after a long day in the mud; farm owners buy them for the crew.',
      /farmhands/,
    ],
  ])('reads a person named by what they do as the user: %s', (text, endUser) => {
    expect(rolesOf(text).endUser).toMatch(endUser);
  });
  it('reads a field labelled as the audience as the users, over people named earlier', () => {
    expect(
      rolesOf(
        'Objective: fill midweek rooms with people who have never stayed with us / Audience: couples within a two-hour drive / Channels: Instagram',
      ).endUser,
    ).toBe('couples within a two-hour drive');
    expect(
      rolesOf(
        'Mid-funnel video series for our home battery: how a family in Leeds got through a power cut. Target: homeowners researching solar.',
      ).endUser,
    ).toBe('homeowners researching solar');
  });

  it('leaves an audience field that names buyers to the buyer side', () => {
    const roles = rolesOf(
      'Renewal programme for library subscriptions. Audience: library directors at institutions renewing this year, with a named account manager and loyalty pricing.',
    );
    expect(roles.purchaser).toMatch(/^library directors/);
    expect(roles.endUser ?? '').not.toMatch(/directors/);
  });
  it('lets a bare "people" give way to the people the text names', () => {
    expect(
      rolesOf(
        "We need people to want it first. Nobody knows how quiet a heat pump is, so let's film homeowners next to one in their kitchen.",
      ).endUser,
    ).toMatch(/^homeowners/);
    // Narrowed down, "people" is itself the group.
    expect(
      rolesOf(
        'Brand campaign for the running line: real runners at 6am, on podcasts and city billboards. We are talking to people who run at least twice a week.',
      ).endUser,
    ).toMatch(/^people who run/);
  });
  it('reads the dependant named beside a guardian as the user, not a product named after them', () => {
    const roles = rolesOf(
      "Kids' cough syrup: pharmacy chains get shelf-ready packs, parents see a TV spot, and the children who take the spoonful get a new berry flavour.",
    );
    expect(roles.endUser).toMatch(/^the children/);
    expect(
      rolesOf(
        'Infant formula: a trade programme with pharmacy chains and a parent-facing education campaign on infant nutrition for new parents.',
      ).endUser,
    ).toMatch(/parent/);
  });
  it('reads people a programme for buyers says never hear of it as its users', () => {
    expect(
      rolesOf(
        'Fleet customers get a dedicated service engineer, a parts price lock and a fleet review every spring. The operators never see any of this.',
      ).endUser,
    ).toBe('The operators');
  });
  it('prefers whom a programme is aimed at over whom its ad shows', () => {
    expect(
      rolesOf(
        "Hearing-aid maker: a TV spot showing a grandmother hearing her grandkids clearly again, aimed at older adults who've been putting off a hearing test.",
      ).endUser,
    ).toMatch(/^older adults/);
  });
  it.each([
    [
      'EV-charging network: a podcast campaign and a map-app tie-in to make drivers think of us first, targeting EV owners who have not used us yet.',
      /^EV owners/,
    ],
    [
      'Teaser campaign for our survival game: trailers and a public demo weekend. KPI: wishlist adds among 16-34 PC gamers.',
      /PC gamers$/,
    ],
  ])('reads whom a text targets, or counts results among, as its users: %s', (text, endUser) => {
    expect(rolesOf(text).endUser).toMatch(endUser);
  });
  it('reads the people a company description serves as its users, not a business it sells to', () => {
    expect(
      rolesOf('Harbour Pantry is a seaside café and deli serving walkers and day-trippers.')
        .endUser,
    ).toBe('walkers and day-trippers');
    expect(rolesOf('Tidewater Cruises runs small-ship river cruises for retirees.').endUser).toBe(
      'retirees',
    );
    expect(
      rolesOf(
        'Agro Pak sells grain storage bags and silage film through farm co-operatives in the Midwest.',
      ).endUser,
    ).toBeNull();
    // An office note with one stray market word names no market.
    expect(
      rolesOf('can someone DM me the guest wifi pwd, visitor arriving at 2').endUser,
    ).toBeNull();
    // "family-run" describes the firm; no family is named.
    expect(
      rolesOf(
        'Family-run campsite on the Cornish coast with glamping pods and a dog-friendly beach.',
      ),
    ).toEqual({
      purchaser: null,
      endUser: null,
    });
  });
  it('reads a plural before a verb and "how" as its subject: "commuters hate how …"', () => {
    expect(
      rolesOf(
        "Insight from social listening: commuters hate how the competitor's earbuds fall out. Build the campaign around fit and comfort for anyone on a train.",
      ).endUser,
    ).toBe('commuters');
  });
  it('reads "the person using it" as someone, but not "personal", "per person" or "in person"', () => {
    expect(
      rolesOf(
        'Gift cards for spa days: most are bought by partners and colleagues as presents, but the ads are all about the person receiving it.',
      ).endUser,
    ).toBe('the person receiving it');
    expect(
      rolesOf(
        'Churned members: a personal call, in-person events at £20 per person, and a free month to return.',
      ).purchaser,
    ).toBe('Churned members');
  });
  it('reads the people of a paying organisation as its users: brokers, credit unions, employer accounts', () => {
    expect(
      rolesOf(
        'Credit unions license our mobile banking app under their own name, and their members use it without knowing we exist.',
      ),
    ).toEqual({ purchaser: 'Credit unions', endUser: 'their members' });
  });
  it('reads "does the shop" and "covers the rent" as paying, and "mum or dad" as one phrase', () => {
    expect(
      rolesOf(
        "Cereal brand: cartoon mascot spots on kids' channels. Mum or dad does the shop, but the pester power comes from the child.",
      ),
    ).toEqual({ purchaser: 'Mum or dad', endUser: 'kids' });
    expect(
      rolesOf(
        'Student halls: TikTok room tours for incoming students; parents often cover the rent.',
      ).purchaser,
    ).toBe('parents');
  });
  it('reads "the travellers themselves" as the users, and not whom a wording denies', () => {
    expect(
      rolesOf(
        'For corporate clients we keep the travel-manager service and quarterly spend reviews, but we also want the travellers themselves to love booking with us.',
      ).endUser,
    ).toBe('the travellers');
    expect(
      rolesOf(
        'For our new sunscreen we want to reach girls and boys who love outdoor sport. We dont target the pharmacy owners, they buy from the distributor.',
      ).endUser,
    ).toBe('girls and boys who love outdoor sport');
  });
  it('in a programme for buyers, reads the users it sets aside before anyone else', () => {
    expect(
      rolesOf(
        "Retention for the catering contracts: the facilities managers who sign get a quarterly review and a renewal incentive. Staff eating in the canteen aren't who we're pitching, that's the chef's job.",
      ).endUser,
    ).toBe('Staff eating in the canteen');
  });
  it('reads whom a thing faces as the users beside a paying business: "the member-facing stuff"', () => {
    expect(
      rolesOf(
        'fyi the retention push for the gyms that lease our treadmills is the priority this qtr - renewal calls, free service check, loyalty pricing on yr 2. the member-facing stuff can wait til next yr',
      ).endUser,
    ).toBe('member');
  });
  it('reads "are the daily users" and whom a thing faces as the users', () => {
    expect(
      rolesOf(
        'We sell accounting software to small firms; the owner pays, the bookkeepers inside are the daily users.',
      ).endUser,
    ).toBe('the bookkeepers');
    expect(
      rolesOf(
        'Asthma inhaler brief: hold the hospital formulary contracts with a rebate, and run a patient-facing app that teaches inhaler technique and reminds people to use it.',
      ).endUser,
    ).toBe('patient');
  });
  it('keeps "the people living with the headaches" over the doctor they are sent to', () => {
    expect(
      rolesOf(
        'Unbranded migraine campaign: TV and social ads that help sufferers recognise chronic migraine and ask their doctor about preventive options. Insurers pay for the therapy, but the message is for the people living with the headaches.',
      ).endUser,
    ).toBe('the people living with the headaches');
  });
  it('reads the group in an audience field that uses, past the one that buys', () => {
    expect(
      rolesOf(
        'Objective: Lift sales of our cordless garden tools through our DIY retail partners this spring.\nAudience: Category buyers at our four retail partners, and homeowners with gardens.\nApproach: Joint business plans and a TV spot.',
      ).endUser,
    ).toBe('homeowners with gardens');
  });
  it('reads whoever stocks it as paying, and "til" as the end of a phrase', () => {
    expect(
      rolesOf(
        "the lawn mower brand — homeowners who hate mowing are the target. we're not talking to the garden centres who stock it. awareness + demand",
      ),
    ).toEqual({
      purchaser: 'the garden centres who stock it',
      endUser: 'homeowners who hate mowing',
    });
    expect(
      rolesOf(
        "the nurses are the ones who'll fight for these scrubs. coffee cart in the staff room, forget the trust's buyers til spring",
      ).purchaser,
    ).toBe("the trust's buyers");
  });
  it('reads buyers named as such as paying when nothing else says who pays', () => {
    expect(rolesOf('both: acquisition ads + CS check-ins for top accounts').purchaser).toBe(
      'top accounts',
    );
  });
  it('prefers a group of users over one character in the story', () => {
    expect(
      rolesOf(
        'Physio clinic chain: free Saturday group runs with a physio and a stretching video library, to make local runners aware of us.',
      ).endUser,
    ).toBe('local runners');
  });
  it('reads people an ad is made with as shown, not as the users, when others are named', () => {
    expect(
      rolesOf(
        'Launch of our new sunscreen: we make video with surfers and climbers, and give samples at beach festivals so families on holiday try it.',
      ).endUser,
    ).toMatch(/^families/);
  });
  it('reads "residents borrow" and "over-65s ride free" as naming the users', () => {
    expect(
      rolesOf(
        'public library service: the council funds it, residents borrow. the ad is about e-books on your phone tonight.',
      ).endUser,
    ).toBe('residents');
    // Things sold are no unknown group of people.
    expect(
      rolesOf(
        'public library service: the council funds it. the ad is about e-books on your phone tonight.',
      ).endUser,
    ).toBeNull();
  });
  it('reads a plural after "so" or before a verb in -ing as a subject, not a modifier', () => {
    // Invented wordings: a business pays, and the people a campaign moves are its users.
    expect(
      rolesOf(
        'Cider maker: pub accounts get a dray rebate; a summer roadshow so drinkers ask for it at the bar.',
      ).endUser,
    ).toBe('drinkers');
    expect(
      rolesOf(
        'Bakery supplier: cafe accounts get a price lock, and a street-food tour so locals start asking for our sourdough.',
      ).endUser,
    ).toBe('locals');
  });
  it('reads a plural before a gerund noun as a compound, not a subject', () => {
    expect(
      rolesOf(
        'Our sales reps visit clinics; the doctors surgery booking system is what the receptionists use.',
      ).endUser,
    ).toBe('the receptionists');
    expect(
      rolesOf('Dealers get a rebate on the drivers manual printing costs.').endUser,
    ).toBeNull();
  });

  it('joins a list of people by "and" into one phrase, up to ten words past its head', () => {
    expect(
      rolesOf(
        'Practice managers and office managers and IT managers approve the spend; staff use it.',
      ).purchaser,
    ).toBe('Practice managers and office managers and IT managers');
  });

  it("reads a payer's self-use a long way on in their sentence", () => {
    expect(
      rolesOf(
        'Parents buy the monthly craft box on our website, often late on a Sunday evening after a long week, and use it themselves.',
      ).endUser,
    ).toBe('Parents');
  });

  it('keeps an initialism joined by "&" in the phrase: "H&S managers", not "S managers"', () => {
    expect(rolesOf('H&S managers at each site buy the boots; welders wear them.').purchaser).toBe(
      'H&S managers',
    );
  });
});
