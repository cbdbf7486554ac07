import { describe, expect, it } from 'vitest';
import { TextTooLongError } from '../errors/text-too-long-error.ts';
import { workedExamples } from '../knowledge/worked-examples.ts';
import { MAX_EVIDENCE, MAX_TEXT_LENGTH } from '../limits.ts';
import { classify } from './classify.ts';

/** Each text reads as another kind of document: undetermined, and the summary says why. */
function expectOtherDocuments(texts: readonly string[]) {
  for (const text of texts) {
    const { orientation, summary } = classify(text);
    expect(orientation, text).toBe('undetermined');
    expect(summary).toMatch(/another kind of document/);
  }
}

/** Each text is judged as marketing, whatever words of other documents it carries. */
function expectJudged(texts: readonly string[]) {
  for (const text of texts) expect(classify(text).orientation, text).not.toBe('undetermined');
}

describe('classify', () => {
  it.each(workedExamples.map((e) => [e.id, e] as const))(
    'labels the seed example %s as the seed does',
    (_, example) => {
      expect(classify(example.text).orientation).toBe(example.orientation);
    },
  );

  it('names who pays and who uses, with offsets into the text', () => {
    const text = 'Cartoon ads to kids; the parents pay.';
    const { roles } = classify(text);
    expect(roles.purchaser?.text).toBe('the parents');
    expect(roles.endUser?.text).toBe('kids');
    expect(roles.differ).toBe(true);
    for (const span of [roles.purchaser, roles.endUser]) {
      expect(text.slice(span?.start, span?.end)).toBe(span?.text);
    }
  });

  it('names a role from plain words, not from a quoted slogan', () => {
    const text = "Campaign: 'Dogs love Tuesdays' - short videos of dogs at the park.";
    const { endUser } = classify(text).roles;
    expect(endUser?.text).toBe('dogs');
    expect(endUser?.start).toBe(text.lastIndexOf('dogs'));
    expect(text.slice(endUser?.start, endUser?.end)).toBe('dogs');
  });

  it('names the people a consumer text addresses as paying when no one else is said to', () => {
    const text =
      'A national TV spot to get families who have never stayed with us to book a weekend.';
    const { roles, summary } = classify(text);
    expect(roles.endUser?.text).toBe('families who have never stayed with us');
    expect(roles.purchaser).toEqual(roles.endUser);
    expect(roles.differ).toBe(false);
    expect(summary).not.toContain('paid for by');
    // Nor do the recommendations set them up as a payer apart from the users.
    expect(classify(text).recommendations.map((r) => r.id)).not.toContain('user-pull');
    for (const twice of [
      'Home cooks buy it. A TV campaign for home cooks.',
      'The ads target gamers; the gamers themselves pay for the subscription.',
    ]) {
      const result = classify(twice);
      expect(result.roles.differ).toBe(false);
      expect(result.recommendations.map((r) => r.id)).not.toContain('user-pull');
    }
    // Dependants are not assumed to pay for themselves.
    expect(classify('Cartoon ads on kids TV to get children excited.').roles.purchaser).toBeNull();
  });

  it('keeps "already buy from us" inside a statement of who pays as the point it is', () => {
    expect(
      classify(
        "For HR teams that already buy our compliance courses: a learning walkthrough and a 'refer a sister company' bonus.",
      ).orientation,
    ).toBe('customer');
  });

  it('ends a negation at "but" and at a subject opening a clause of its own', () => {
    // Written without commas: what follows the contrast or the new clause is what the plan does.
    expect(classify('not retention but awareness among students').orientation).toBe('consumer');
    expect(classify('no discounts but free samples for teens').dimensions.focus.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'free samples', negated: false })]),
    );
    expect(classify('rather than calling each account we will run a TV campaign').orientation).toBe(
      'consumer',
    );
    expect(classify('instead of a loyalty scheme we will do billboards').orientation).toBe(
      'consumer',
    );
    // Not a relative clause inside the phrase set aside, nor a pronoun as an object.
    expect(
      classify(
        'Rather than the discounts we give to existing accounts, we will run TV ads for students.',
      ).orientation,
    ).toBe('consumer');
    expect(
      classify('We will never ask you to renew; this is about reaching new students.').orientation,
    ).toBe('consumer');
    const regulars = classify('rather than chase new buyers we will reward our regulars');
    expect(regulars.orientation).toBe('customer');
    expect(regulars.roles.purchaser?.text).toBe('our regulars');
    // Inside one clause the scope still reaches the cue: "not something we reward" keeps it.
    expect(
      classify('This is not a loyalty push: TV ads for people who never heard of us.').orientation,
    ).toBe('consumer');
  });

  it('turns negated wording to the other pole', () => {
    const negated = classify(
      'This is not a loyalty push: TV and TikTok ads for people who have never heard of us.',
    );
    expect(negated.orientation).toBe('consumer');
    const flipped = negated.dimensions.focus.evidence.find(
      (e) => e.text.toLowerCase() === 'loyalty',
    );
    expect(flipped).toMatchObject({ pole: 'consumer', negated: true });
    expect(classify('Keep our top wholesale accounts; no new-market spend.').orientation).toBe(
      'customer',
    );
    expect(
      classify('Demo days for the nurses, not hospital buyers.').dimensions.audience.lean,
    ).toBe('consumer');
    // "non-subscribers" are people who do not buy yet, not subscribers.
    expect(classify('Free trial for non-subscribers.').orientation).toBe('consumer');
    // Those who never bought are not buyers yet; those who stopped are.
    expect(classify('Emails for people who have never bought from us.').orientation).toBe(
      'consumer',
    );
    expect(classify('Emails for customers who haven’t ordered since May.').orientation).toBe(
      'customer',
    );
    // "Rather than" sets aside its whole phrase, not only the word after it.
    const rather = classify(
      'Rather than another discount for our current customers, put the budget into a TV campaign for pet-owning households.',
    );
    expect(rather.dimensions.scope.evidence.find((e) => e.text === 'current')).toMatchObject({
      negated: true,
    });
    expect(
      classify(
        'Puzzle game: spend goes on reaching new casual players through playable ads, not on re-engaging our biggest spenders.',
      ).dimensions.scope.evidence.find((e) => e.text.startsWith('biggest')),
    ).toMatchObject({ negated: true });
    // What gets only what it always got, or is fine as it is, is no part of the plan.
    expect(
      classify(
        'Launch ads for team leads. Existing accounts will just get the newsletter.',
      ).dimensions.scope.evidence.find((e) => e.text === 'Existing'),
    ).toMatchObject({ negated: true });
    expect(
      classify(
        'Not a retention push — our repeat customers are fine. Pinterest ads for new people.',
      ).dimensions.focus.evidence.find((e) => e.text === 'repeat customers'),
    ).toMatchObject({ negated: true });
    // So is what sits outside the plan, or another programme covers.
    expect(
      classify(
        'Joint business plans with our grocery retailers. Shopper-facing advertising sits outside this plan.',
      ).dimensions.audience.evidence.find((e) => e.text === 'Shopper-facing'),
    ).toMatchObject({ negated: true });
    const paused = classify(
      "Donor retention: monthly givers who've supported us for 3+ years get a thank-you call and an impact report. New donor acquisition is paused.",
    );
    expect(paused.dimensions.focus.evidence.find((e) => e.text === 'acquisition')).toMatchObject({
      negated: true,
    });
    expect(paused.orientation).toBe('customer');
    // So is what the budget moves away from.
    expect(
      classify(
        'Loyalty members make 70% of sales, so budget shifts to personalised offers, away from mass TV.',
      ).dimensions.relationship.evidence.find((e) => e.text === 'TV'),
    ).toMatchObject({ negated: true });
    // So is what it hands to someone else or leaves off its list.
    expect(
      classify('Hotel purchasing teams aren’t on the target list.').dimensions.audience.evidence[0],
    ).toMatchObject({ negated: true });
    expect(
      classify(
        'A shopper campaign; retailer trade terms are someone else’s problem.',
      ).dimensions.emphasis.evidence.find((e) => e.text === 'trade terms'),
    ).toMatchObject({ negated: true });
    // What "lives with" another team is set aside; people "living with" a condition are who
    // the brief is for (the two share a stem: the form decides).
    const { dimensions } = classify(
      'TV and streaming spots aimed at adults living with moderate asthma.',
    );
    expect(Object.values(dimensions).flatMap((d) => d.evidence.filter((e) => e.negated))).toEqual(
      [],
    );
    expect(
      classify(
        'Retention lives with the CRM team. This brief is the TV launch for 18-34s who have never tried us.',
      ).dimensions.focus.evidence.find((e) => e.text === 'Retention'),
    ).toMatchObject({ negated: true });
    // What a text parks for later is set aside.
    expect(
      classify(
        'Distributors keep their sell-through reviews and rebate tiers. Shopper-facing activity parked until next year.',
      ).dimensions.audience.evidence.find((e) => e.text === 'Shopper-facing'),
    ).toMatchObject({ negated: true });
    // A negative subject rules out what its verb reaches.
    const ruledOut = classify(
      'Reddit threads and YouTube workouts for people who own a rower. Nothing in this plan touches our existing subscribers.',
    );
    expect(ruledOut.orientation).toBe('consumer');
    expect(
      ruledOut.dimensions.audience.evidence.find((e) => e.text === 'subscribers'),
    ).toMatchObject({ negated: true });
    // "Nothing" rules out what follows it, like "no": "nothing public" is no mass-market cue.
    const nothingPublic = classify(
      'Renewal calls for our hotel accounts, a fixed rate until spring. Nothing public.',
    );
    expect(nothingPublic.orientation).toBe('customer');
    expect(nothingPublic.dimensions.scope.evidence.find((e) => e.text === 'public')).toMatchObject({
      pole: 'customer',
      negated: true,
    });
    // Whom a text says it sends nothing is set aside.
    expect(
      classify(
        'Tutoring: paying parents get a progress report each week. Pupils aren’t sent any marketing.',
      ).dimensions.audience.evidence.find((e) => e.text === 'Pupils'),
    ).toMatchObject({ negated: true });
    // "Stop" before a verb in -ing rules out what it reaches: the existing donors here.
    const stopped = classify(
      'For the food bank: stop emailing our existing donors and run radio ads for people who have never given.',
    );
    expect(stopped.orientation).toBe('consumer');
    expect(stopped.dimensions.scope.evidence.find((e) => e.text === 'donors')).toMatchObject({
      negated: true,
    });
    // So does spending nothing on something.
    expect(
      classify(
        'Renewal calls and a loyalty discount for policyholders. We are spending nothing on new-customer ads this quarter.',
      ).orientation,
    ).toBe('customer');
  });

  it('reads "it isn\'t either/or" as a hybrid declared', () => {
    const text =
      "It isn't either/or for the wheelchair range. NHS wheelchair services buy in bulk and need a dedicated account team, but users decide which model they'll accept, so we're also running user trials.";
    const declared = classify(text);
    const plain = classify(text.replace("It isn't either/or for the wheelchair range. ", ''));
    // The declaration moves the verdict toward hybrid: the one-sided reading loses confidence.
    expect(plain.orientation).toBe('consumer');
    expect(declared.confidence).toBeLessThan(plain.confidence - 0.2);
  });

  it('reads wordings of several words as wholes: "in parallel", "stay as they are"', () => {
    const evidence = (text: string) =>
      Object.values(classify(text).dimensions).flatMap((d) => d.evidence);
    // A second track declared "in parallel" makes the hybrid surer.
    const text =
      'Renewal reviews for the 40 district accounts, and in parallel a classroom challenge for students.';
    const plain = classify(text.replace('in parallel ', ''));
    expect(classify(text).orientation).toBe('hybrid');
    expect(classify(text).confidence).toBeGreaterThan(plain.confidence);
    // What stays as it is, or can come later, is set aside; money shifted away from a thing too.
    for (const [wording, words] of [
      ['Loyalty perks for our dealers. The grower ads stay as they are.', ['ads']],
      ['Loyalty perks for our dealers. The grower ads can come later.', ['ads']],
      [
        'We are shifting budget from trade promotions into an awareness campaign for cat owners.',
        ['trade promotions'],
      ],
    ] as const) {
      const setAside = evidence(wording).filter((e) =>
        (words as readonly string[]).includes(e.text),
      );
      expect(setAside.length, wording).toBeGreaterThan(0);
      expect(
        setAside.every((e) => e.negated),
        wording,
      ).toBe(true);
    }
    expect(evidence('A rep visit for our top accounts.').map((e) => e.cue)).toContain('rep-visit');
    // "points never expire" is a perk, not a negation of whom it is for.
    const perk = classify('Loyalty redesign: points never expire for Gold members.');
    expect(perk.orientation).toBe('customer');
    expect(perk.confidence).toBeGreaterThan(0.9);
  });

  it('reads a negation after an aside in brackets: "employees (end users) are excluded"', () => {
    const text =
      'Renewal calls for our employer accounts. Employees (end users) are excluded from all sends.';
    const result = classify(text);
    expect(result.orientation).toBe('customer');
    const users = result.dimensions.audience.evidence.filter((e) => e.text !== 'accounts');
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((e) => e.negated)).toBe(true);
  });

  it('reads a negation after a relative clause between commas: "employees, who use it daily, are out of scope"', () => {
    const result = classify(
      'Employees, who use it daily, are out of scope; HR directors get the renewal pack.',
    );
    expect(result.orientation).toBe('customer');
    const users = result.dimensions.audience.evidence.filter((e) => e.text !== 'HR directors');
    expect(users.map((e) => e.text)).toEqual(expect.arrayContaining(['Employees', 'who use']));
    expect(users.every((e) => e.negated)).toBe(true);
    // Not past the end of the sentence, nor on to a clause of its own after "and" or "while".
    for (const text of [
      'Bulk terms go to pharmacies, whose buyers order monthly, and patients are not contacted.',
      'Renewal letters go to the parents, who pay. As for kids, they are not the target.',
      'We mail the CFOs, who sign the renewals, and the staff are not contacted at all.',
    ]) {
      const result = classify(text);
      expect(result.orientation, text).toBe('customer');
      const payers = Object.values(result.dimensions)
        .flatMap((d) => d.evidence)
        .filter((e) => /^(?:pharmacies|parents|CFOs)$/.test(e.text));
      expect(payers.length, text).toBeGreaterThan(0);
      expect(payers.every((e) => !e.negated)).toBe(true);
    }
    // The clause's own words still negate nothing before it.
    expect(
      classify('Kids, who never pay, love the cartoon ads on YouTube; the parents pay.')
        .orientation,
    ).toBe('consumer');
  });

  it('reads the words inside an aside as negating nothing before it: "kids (not the buyer)"', () => {
    expect(
      classify('Cartoon ads for kids (not the buyer) on YouTube; the parents pay.').orientation,
    ).toBe('consumer');
    expect(
      classify('All loyalty members (staff excluded) receive double points this month.')
        .orientation,
    ).toBe('customer');
  });

  it('reads what a brief puts out of scope as not part of it', () => {
    // "is a different brief", "stay as they are", "won't notice": the other pole is set aside.
    const trade = classify(
      'Range review: exclusive colourways, co-op money and guaranteed allocation so the retail buyers commit early. The kids’ TV spend is a different brief.',
    );
    expect(trade.orientation).toBe('customer');
    const tv = trade.dimensions.audience.evidence.concat(trade.dimensions.focus.evidence);
    expect(tv.filter((e) => /TV/.test(e.text)).every((e) => e.negated)).toBe(true);
    // "the brand team's problem" (not "our team's job"), "sits in the brand plan".
    for (const [text, orientation] of [
      [
        'Renewal calls and a personalised review for our 140 payroll accounts. Awareness is the brand team’s problem.',
        'customer',
      ],
      ['Drinker-facing POS sits in the brand plan.', undefined],
    ]) {
      const result = classify(text as string);
      if (orientation) expect(result.orientation, text).toBe(orientation);
      const setAside = Object.values(result.dimensions)
        .flatMap((d) => d.evidence)
        .filter((e) => /^(?:Awareness|Drinker)$/.test(e.text));
      expect(setAside.length, text).toBeGreaterThan(0);
      expect(setAside.every((e) => e.negated)).toBe(true);
    }
    // "keep … out of the creative": what is kept out is set aside; "out of their cars" is not.
    const keptOut = classify(
      'A spring campaign for people who don’t know us yet. Keep the loyalty offers out of the creative.',
    );
    expect(keptOut.orientation).toBe('consumer');
    const loyalty = Object.values(keptOut.dimensions)
      .flatMap((d) => d.evidence)
      .filter((e) => e.text === 'loyalty');
    expect(loyalty.length).toBeGreaterThan(0);
    expect(loyalty.every((e) => e.negated)).toBe(true);
    expect(
      Object.values(classify('Loyalty rewards to get members out of their cars.').dimensions)
        .flatMap((d) => d.evidence)
        .filter((e) => e.text === 'Loyalty')
        .every((e) => !e.negated),
    ).toBe(true);
    // "sits in the brief" puts a thing in it.
    expect(
      classify(
        'A loyalty tier for our top 50 accounts sits in the brief.',
      ).dimensions.focus.evidence.every((e) => !e.negated),
    ).toBe(true);
    const ours = classify(
      'Retention is our team’s job this year, so loyalty perks and renewal calls go to every subscriber.',
    );
    expect(ours.dimensions.focus.evidence.every((e) => !e.negated)).toBe(true);
    // "they're not who the pre-roll is for" negates them, not the pre-roll.
    const preRoll = classify(
      'Creative talks straight to 8–11s. Mums and dads pay, but they’re not who the YouTube pre-roll is for.',
    );
    expect(preRoll.orientation).toBe('consumer');
    expect(preRoll.roles.endUser?.text).toBe('8–11s');
    // Buying across the category is not buying from us.
    expect(
      classify('Shoppers who bought three different detergent brands this year.').orientation,
    ).toBe('consumer');
    // "not just our customers" reaches past them, where "not our customers" sets them aside.
    const beyond = classify(
      'This campaign goes after the whole half-marathon crowd, not just our customers: race-expo stands and a training app.',
    );
    expect(beyond.orientation).toBe('consumer');
    expect(beyond.dimensions.scope.evidence.map((e) => e.cue)).toContain('beyond-our-base');
    // A label that sets the rest of its sentence aside opens it: "Out: …", not "hear me out: …".
    const negatedAfter = (text: string) =>
      Object.values(classify(text).dimensions)
        .flatMap((d) => d.evidence)
        .filter((e) => e.cue === 'social-media')
        .map((e) => e.negated);
    expect(negatedAfter('Loyalty tiers for our dealers. Out: a podcast for drivers.')).toContain(
      true,
    );
    expect(negatedAfter('Hear me out: a podcast for drivers, pure awareness.')).not.toContain(true);
  });

  it('sees two programmes in one text as a hybrid', () => {
    expect(classify('Retain members, and launch TV awareness for non-members.').orientation).toBe(
      'hybrid',
    );
  });

  it('reads a reward on every nth purchase as keeping buyers', () => {
    const result = classify('A free drink on every tenth app scan for regulars.');
    expect(result.dimensions.focus.evidence.map((e) => e.cue)).toContain('every-nth');
    expect(result.dimensions.focus.evidence.find((e) => e.cue === 'every-nth')?.pole).toBe(
      'customer',
    );
  });

  it('reads a payer stated beside the people addressed as consumer marketing, not two markets', () => {
    expect(
      classify(
        'Beach sun-cream dispensers funded by the council: signs by the lifeguard huts and a short video for families on reapplying after every swim.',
      ).orientation,
    ).toBe('consumer');
  });

  it('reads "wants both" as both declared', () => {
    expect(
      classify(
        'Agency proposal for the water utility: an account programme for big commercial users, with named managers and tariff renewals, and a household campaign on saving water for families. The board wants both.',
      ).orientation,
    ).toBe('hybrid');
  });

  it('reads keeping one side and winning over the other as a hybrid', () => {
    const result = classify('Retain the clinics — win over the patients.');
    expect(result.orientation).toBe('hybrid');
    expect(result.dimensions.focus.evidence.map((e) => e.text)).toContain('win over');
  });

  it('reads "not choosing between" the two as both declared', () => {
    expect(
      classify(
        "We're not choosing between the app store and enterprise this year: the consumer app gets a paid acquisition campaign; enterprise accounts get an advisory board and renewal pricing.",
      ).orientation,
    ).toBe('hybrid');
  });

  it('reads "push and pull" and a budget split down the middle as both declared', () => {
    expect(
      classify(
        'Loyalty for the breweries buying our hops (early allocation, free lab tests) + a drinker campaign so people ask pubs for it. Push and pull.',
      ).orientation,
    ).toBe('hybrid');
    expect(
      classify(
        'Split the events budget down the middle: a summit for existing accounts, and hands-on demo days open to any practitioner who might use the kit.',
      ).orientation,
    ).toBe('hybrid');
  });

  it('reads a budget split by figures between the two as a hybrid', () => {
    expect(classify('retention emails + brand TikTok, split 60/40').orientation).toBe('hybrid');
    expect(classify('A 70/30 split: loyalty perks for members, then a TV spot.').orientation).toBe(
      'hybrid',
    );
  });

  it('reads a financial case for whoever signs beside training for the users as a hybrid', () => {
    const result = classify(
      'The hospital buys the beds, nurses use them every day — we are running nurse-focused training videos and a procurement-friendly TCO calculator.',
    );
    const cues = result.dimensions.emphasis.evidence.map((e) => [e.text, e.cue, e.pole]);
    expect(cues).toContainEqual(['TCO calculator', 'buying-case', 'customer']);
    expect(result.roles.purchaser?.text).toBe('The hospital');
    expect(result.roles.endUser?.text).toBe('nurses');
    expect(result.orientation).toBe('hybrid');
  });

  it('is undetermined without any marketing evidence', () => {
    for (const text of ['', 'hello world', 'Whisk two eggs with flour and bake for 20 minutes.']) {
      const result = classify(text);
      expect(result.orientation).toBe('undetermined');
      expect(Object.values(result.dimensions).every((d) => d.lean === 'unknown')).toBe(true);
    }
  });

  it('leaves a contract, minutes or a runbook undetermined, however many domain words', () => {
    // The summary says why: not "no sign of who pays" of a lease that names the tenant.
    expectOtherDocuments([
      'The Tenant may renew this lease for a further term by giving the Landlord six months’ notice, provided the Tenant is not in breach of its obligations. The rent for the renewed term shall be the open market rent.',
      'The Recipient shall hold the Confidential Information of the Disclosing Party in confidence, including customer lists and loyalty programme data, and is liable for any breach.',
      'Minutes: quorum present. The CFO reported customer churn at 4% and the loyalty relaunch on budget. AOB: none.',
      'If customer records stop syncing to the CRM, run `systemctl restart crm-sync` and check stderr for the loyalty worker.',
    ]);
    // Marketing whose subject is one of those documents' words is still read: a payroll app, a
    // GDPR course, a recruitment agency's ads.
    expectJudged([
      'Payroll for small firms: pay salary and statutory sick pay in one click. Google ads to owners; free for 30 days.',
      'Sell our GDPR training course to compliance officers at charities; early-bird discount.',
      'Ad for our recruitment agency: send us your CV, we find the salary you deserve. Bus shelters and Spotify.',
      'Landlords: are you liable for statutory gas checks? Our cover handles it. Facebook ads to buy-to-let owners.',
    ]);
  });

  it('reads the forms of a log, an API doc, a bug report or minutes as another document', () => {
    expectOtherDocuments([
      '2025-03-04T10:22:11Z ERROR points-svc: failed to credit loyalty points for customer_id=88122 order_id=551203',
      "GET /v1/users/{id} returns the user's profile and plan; 404 if the id is unknown.",
      'Loyalty tier badge missing at checkout. Steps: log in as a member, open the basket. Expected: gold badge. Actual: none. Component: checkout. Assignee: web team.',
      'Sales review, 3 May. Present: JK, AL. Apologies: SP. Customer churn at 4%, the loyalty relaunch on budget.',
      'INC-2093: CRM sync failed overnight; 3,400 contact records not updated. Root cause: an expired token.',
    ]);
    // A brief may carry a tracking link, a launch time, a ticket's fields or its own minutes.
    expectJudged([
      'Spring push for new parents: TikTok creators, with every link tagged utm_source=tiktok.',
      'Launch goes live 2025-03-04T09:00 CET: paid social and TikTok creators for first-time parents.',
      'MKT-48: win back lapsed buyers with a personal offer from their account manager. Priority: High. Assignee: CRM team.',
      'Brand sync. Attendees: JP, LF. Spring campaign continues on OOH to reach first-time buyers.',
    ]);
  });

  it('reads nothing in a link, and keeps every span on the text as written', () => {
    const text =
      'Spring push for new parents on TikTok: every link tagged https://shop.example.com/?utm_source=tiktok&hsa_acc=123 (see www.example.com/kids-club).';
    const result = classify(text);
    // "acc" in a link's parameter is no account, "kids" in its path no user.
    expect(result.roles.purchaser?.text).toBe('new parents on TikTok');
    const spans = Object.values(result.dimensions).flatMap((d) => d.evidence);
    expect(spans.every((e) => e.start < text.indexOf('https'))).toBe(true);
    for (const e of spans) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('leaves a text that does not talk about a market undetermined, stray cues and all', () => {
    // Each trips a cue ("dinner", "anyone", "water") but names no buyer, user, trade or marketing.
    for (const text of [
      "Dinner at the Thai place on Friday, who's in?",
      'Anyone know if the lift is fixed yet?',
      'Soak the beans overnight and simmer them in salted water for an hour.',
    ]) {
      const result = classify(text);
      expect(result.orientation).toBe('undetermined');
      expect(Object.values(result.dimensions).every((d) => d.lean === 'unknown')).toBe(true);
    }
    // The same little evidence with a word of the trade is still judged.
    expect(classify('Dinner for our top resellers on Friday.').orientation).toBe('customer');
  });

  it('reads a little evidence as a lean, not as undetermined', () => {
    // One line of product copy, one clause about clients: too little for the model, enough to lean.
    for (const [text, orientation] of [
      ['A velvet lipstick in twelve shades.', 'consumer'],
      ['Our new trail shoe grips wet rock.', 'consumer'],
      ['Clients get a text before their appointment.', 'customer'],
    ] as const) {
      const result = classify(text);
      expect(result.orientation).toBe(orientation);
      expect(result.confidence).toBeLessThan(0.9);
    }
  });

  it('reads who buys from a plain company description', () => {
    expect(classify('Payroll software for growing businesses.').dimensions.market.lean).toBe(
      'customer',
    );
    expect(classify('An app that helps families share photos.').dimensions.market.lean).toBe(
      'consumer',
    );
  });

  it('judges a description by who buys: organisations, people, or both', () => {
    expect(classify('Payroll software for growing businesses.').orientation).toBe('customer');
    expect(classify('An app that helps families share photos.').orientation).toBe('consumer');
    expect(
      classify('Northwind offers mobile plans for businesses and for families.').orientation,
    ).toBe('hybrid');
    // Sold to a trade and direct to people: two markets, not a payer beside its users.
    expect(
      classify('Nestwise sells smart thermostats to housebuilders and direct to homeowners online.')
        .orientation,
    ).toBe('hybrid');
    // People the text rules out are no second market.
    expect(
      classify("Not for residents - this deck is for the county's contract manager.").orientation,
    ).toBe('customer');
    // Nor is a non-marketing note about a printer.
    expect(
      classify('Can someone fix the printer on the third floor? It keeps jamming on A3 again.')
        .orientation,
    ).toBe('undetermined');
  });

  it('reads "consumer brands" as businesses that buy, and a consumer brand’s own campaign as consumer', () => {
    expect(classify('Vita Agency writes campaigns for consumer brands.').orientation).toBe(
      'customer',
    );
    expect(classify('Our consumer brand campaign reaches millions.').orientation).toBe('consumer');
  });

  it('reads donors as a charity’s existing givers, and new donors as ones it wants to win', () => {
    expect(classify('Thank-you calls and impact reports for our donors.').orientation).toBe(
      'customer',
    );
    expect(classify('An emotional TV appeal to find new donors nationwide.').orientation).toBe(
      'consumer',
    );
  });

  it('reads a business’s own guests, passengers or shoppers as its buyers', () => {
    expect(classify('Thank-you notes for our guests.').orientation).toBe('customer');
    expect(classify('Reach shoppers who have never heard of us.').orientation).toBe('consumer');
  });

  it('knows the words for buyers gone quiet and for a following', () => {
    const cues = (text: string) =>
      Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.cue));
    expect(cues('Send a note to dormant customers this spring.')).toContain('win-back');
    expect(cues('A renewal call for everyone in our book of business.')).toContain('our-buyers');
    expect(cues('Merch drops for our superfans.')).toContain('fans');
    expect(cues('A free sample of their most-bought tea in the next box.')).toContain('their-x');
    expect(cues('Keep the distributors who might defect to a cheaper rival.')).toContain('churn');
    expect(cues('A birthday treat for every member of the coffee club.')).toContain(
      'birthday-reward',
    );
    expect(cues('Renewing members hear that their price is held for another year.')).toContain(
      'price-held',
    );
    expect(cues('Posters for students who hop between gyms every term.')).toContain('switching');
    expect(cues('Reels on IG for the new flavour.')).toContain('social-media');
    // Appreciation of members, yes; "value for money" and "what drivers value", no.
    expect(cues('An evening to show our valued members some appreciation.')).toContain(
      'appreciation',
    );
    expect(cues('Study what young drivers value when they choose insurance.')).not.toContain(
      'appreciation',
    );
    // "everyone's formulas" in a text about our own visits is each buyer, not the market.
    expect(cues("We keep notes on everyone's colour formulas for the next visit.")).not.toContain(
      'mass-scale',
    );
    // Getting something before anyone else is a privilege of buyers, not a reach for everyone.
    const first = cues('Members see the new season a week before anyone else.');
    expect(first).toContain('ahead-of-others');
    expect(first).not.toContain('mass-scale');
  });

  it('reads an informal thank-you for people who bought as keeping buyers', () => {
    expect(classify("can we do a thank u thing for ppl who've bought 3+ times").orientation).toBe(
      'customer',
    );
  });

  it("reads offers fitted to each buyer's own record as studying our buyers", () => {
    for (const text of [
      'Members get a monthly box chosen based on what they ordered last time.',
      'Renewal quotes for fleet clients, priced on their mileage history.',
    ]) {
      const insight = classify(text).dimensions.insight;
      expect(insight.lean).toBe('customer');
      expect(insight.evidence.map((e) => e.cue)).toContainEqual(
        expect.stringMatching(/^(based-on-their|their-records)$/),
      );
    }
  });

  it('reads people picked out by what they paid for as buyers we have', () => {
    const result = classify(
      'Parents who paid for a term of swimming lessons get a progress card and first pick of next term.',
    );
    expect(result.orientation).toBe('customer');
    expect(result.dimensions.scope.evidence.map((e) => e.cue)).toContain('selected-by-buying');
  });

  it('reads regulars as buyers the business already has', () => {
    const result = classify('I own a small bakery and want more regulars.');
    expect(result.orientation).toBe('customer');
    expect(result.dimensions.scope.evidence.map((e) => e.cue)).toEqual(['regulars']);
  });

  it('reads a welcome for people who just bought as looking after buyers, not winning them', () => {
    expect(
      classify('Onboarding emails for new subscribers in their first 30 days.').orientation,
    ).toBe('customer');
    expect(classify('Welcome series for new members.').orientation).toBe('customer');
    expect(classify('Win new members with a free trial.').orientation).toBe('consumer');
  });

  it('reads events for the buyers it already has as keeping them, not reaching new people', () => {
    const result = classify('Client events for our top 50 accounts.');
    expect(result.orientation).toBe('customer');
    expect(result.dimensions.relationship.evidence.map((e) => e.cue)).toEqual(['client-events']);
    expect(classify('Festival events for music fans.').orientation).toBe('consumer');
  });

  it('reads "commercial" as the trade it qualifies, not as a TV advert', () => {
    const laundry = classify('Commercial laundry equipment.');
    expect(laundry.orientation).toBe('customer');
    expect(laundry.dimensions.relationship.evidence).toEqual([]);
    const breaks = classify('Ads in the commercial breaks of Love Island.');
    expect(breaks.dimensions.relationship.evidence.map((e) => e.cue)).toContain('mass-media');
  });

  it('reads an age band as people who buy for themselves, and a decade as no one', () => {
    expect(classify('Yoga classes for the over-60s.').dimensions.market.lean).toBe('consumer');
    expect(classify('Coding bootcamps for 18-24s.').dimensions.market.lean).toBe('consumer');
    const decade = classify('Since the 1990s we have supplied garages.').dimensions.market;
    expect(decade.evidence.map((e) => e.text)).toEqual(['garages']);
  });

  it('reads product descriptions: what is sold in shops is bought by people for themselves', () => {
    const candles = classify('A scented candle range sold in supermarkets and gift shops.');
    expect(candles.orientation).toBe('consumer');
    expect(candles.dimensions.market.evidence.map((e) => e.cue)).toContain('sold-at-retail');
    // The pharmacy is where people buy, not a business that buys.
    expect(
      classify('Our sunscreen is available at pharmacies nationwide.').dimensions.market.lean,
    ).toBe('consumer');
  });

  it('points the gauge the way of a verdict drawn from who buys (a plain description)', () => {
    const payroll = classify('Payroll software for growing businesses');
    expect(payroll.orientation).toBe('customer');
    expect(payroll.customerShare).toBeGreaterThan(0.5);
    expect(payroll.score).toBeGreaterThan(0);
    const photos = classify('An app that helps families share photos');
    expect(photos.orientation).toBe('consumer');
    expect(photos.customerShare).toBeLessThan(0.5);
    expect(photos.score).toBeLessThan(0);
    expect(classify('hello world').customerShare).toBe(0.5);
  });

  it('reads "B2C" as selling to people, as "B2B" is selling to businesses', () => {
    for (const text of ['We are a B2C company', 'B2C fintech app', 'B2C']) {
      const result = classify(text);
      expect(result.orientation).toBe('consumer');
      expect(result.dimensions.market.lean).toBe('consumer');
      expect(result.roles.endUser).toBeNull();
    }
    expect(classify('We are a B2B company').dimensions.market.lean).toBe('customer');
  });

  it('reads common slips of the words that decide, through the table or the tolerance', () => {
    const slips = classify(
      'Retnetion offers for our exisiting subscibers, not an awareneess push.',
    );
    const cues = Object.values(slips.dimensions).flatMap((d) => d.evidence.map((e) => e.cue));
    expect(slips.orientation).toBe('customer');
    expect(cues).toEqual(expect.arrayContaining(['retention', 'existing']));
    expect(classify('Loyality perks for our top custmers').orientation).toBe('customer');
  });

  it('honours its options', () => {
    const text =
      'Loyalty programme with volume rebates and a named account manager for our top resellers.';
    expect(classify(text, { recommendations: false }).recommendations).toEqual([]);
    const limited = classify(text, { maxEvidence: 1 });
    expect(Object.values(limited.dimensions).every((d) => d.evidence.length <= 1)).toBe(true);
    expect(
      Object.values(classify(text, { maxEvidence: -1 }).dimensions).every(
        (d) => d.evidence.length === 0,
      ),
    ).toBe(true);
    // By default a dimension lists at most MAX_EVIDENCE spans, however long the text.
    const long = classify(`${text} `.repeat(300));
    const counts = Object.values(long.dimensions).map((d) => d.evidence.length);
    expect(Math.max(...counts)).toBe(MAX_EVIDENCE);
  });

  it('throws only past the documented maximum length, or when given no string at all', () => {
    expect(() => classify('a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(TextTooLongError);
    expect(classify('a'.repeat(MAX_TEXT_LENGTH)).orientation).toBe('undetermined');
    for (const notText of [123, null, undefined, { text: 'kids' }])
      expect(() => classify(notText as never)).toThrow(new TypeError('text must be a string'));
    // Options left out, or null from a caller without types, are the defaults.
    expect(classify('Cartoon ads to kids', null).orientation).toBe(
      classify('Cartoon ads to kids').orientation,
    );
  });
});

describe('the summary', () => {
  it('names who pays and who uses in a hybrid that addresses both, and no split where there is none', () => {
    expect(
      classify(
        'The hospital buys the beds, nurses use them every day: training videos for nurses and a TCO calculator for procurement.',
      ).summary,
    ).toContain('it addresses both whoever pays (the hospital) and whoever uses (nurses)');
    // Winning buyers and keeping buyers is no payer-and-user split.
    expect(
      classify('Win new gym members with TV and keep existing members with loyalty perks.').summary,
    ).not.toContain('whoever uses');
  });

  it('states the confidence the result shows, rounded down (0.995 is 99 %, never 100 %)', () => {
    const texts = [
      'Cartoon ads to kids; the parents pay.\n',
      'Loyalty programme with volume rebates for our top resellers at renewal.',
      'hello world',
    ];
    for (const text of texts) {
      const { confidence, summary } = classify(text);
      expect(summary).toMatch(
        new RegExp(`\\(${Math.floor(Math.round(confidence * 1000) / 10)}% (confidence|sure)\\)`),
      );
    }
    // 0.57 reads 57 %, though 0.57 × 100 falls just short of 57 in floating point.
    const crestline = classify(
      'Crestline Insurance underwrites group health plans for employers; members get a card and an app for finding in-network doctors.',
    );
    expect(crestline.confidence).toBe(0.57);
    expect(crestline.summary).toContain('(57% confidence)');
    const sure = classify(
      'Loyalty programme with volume rebates for our top resellers at renewal.',
    );
    if (sure.confidence < 1) expect(sure.summary).not.toContain('100%');
  });
});
