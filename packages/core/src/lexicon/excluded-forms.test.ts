import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { stemsOf } from '../match/pattern.ts';
import { wordKey } from '../text/normalize.ts';
import { CONSUMER_CUES } from './consumer-cues.ts';
import { CUSTOMER_CUES } from './customer-cues.ts';
import {
  EXCLUDED_FORMS,
  EXCLUDED_NEXT_WORDS,
  EXCLUDED_PREVIOUS_WORDS,
  UNMADE_BY_SELLER_SUBJECT,
} from './excluded-forms.ts';
import { MARKET_CUES } from './market-cues.ts';

/** The ids of every cue the classifier reports as evidence for a text. */
const cues = (text: string) =>
  Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.cue));

describe('excluded word forms', () => {
  it('name cues that exist', () => {
    const ids = new Set([...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES].map((cue) => cue.id));
    for (const id of EXCLUDED_FORMS.keys()) expect(ids).toContain(id);
    // "id word" keys hold for one word of the cue.
    const idOf = (key: string) => {
      expect(key.split(' ').length).toBeLessThanOrEqual(2);
      return key.split(' ')[0];
    };
    for (const key of EXCLUDED_NEXT_WORDS.keys()) expect(ids).toContain(idOf(key));
    for (const key of EXCLUDED_PREVIOUS_WORDS.keys()) expect(ids).toContain(idOf(key));
    for (const id of UNMADE_BY_SELLER_SUBJECT) expect(ids).toContain(id);
  });

  // Every form ships in the classify bundle: one that no match of its cue can contain is dead.
  it('name forms a match of their cue can contain: a form of its words, or any word in a gap', () => {
    const cues = [...CUSTOMER_CUES, ...CONSUMER_CUES, ...MARKET_CUES];
    const unreachable = [...EXCLUDED_FORMS].flatMap(([id, forms]) => {
      const slots = cues.filter((cue) => cue.id === id).flatMap((cue) => cue.pattern.split(' '));
      if (slots.some((slot) => slot === '*' || slot === '**')) return [];
      const stems = new Set(
        slots.flatMap((slot) => slot.replace(/\?$/, '').split('|').flatMap(stemsOf)),
      );
      return [...forms].filter((form) => !stems.has(wordKey(form).stem)).map((f) => `${id}: ${f}`);
    });
    expect(unreachable).toEqual([]);
  });

  it('read the seller as the subject of "use" and "never tried" as its own choice', () => {
    // The negation then reaches the channels: every item of the list is set aside.
    const noChannels = classify(
      "Renewal offers for our members. We won't use TV, OOH or influencers.",
    );
    expect(noChannels.orientation).toBe('customer');
    const channels = Object.values(noChannels.dimensions).flatMap((d) => d.evidence);
    expect(channels.filter((e) => /TV|OOH|influencers/.test(e.text)).every((e) => e.negated)).toBe(
      true,
    );
    expect(cues("We'll use paid social to reach parents.")).not.toContain('who-use');
    expect(cues("We won't use TV.")).not.toContain('usage');
    expect(cues('I have never tried TV for this.')).not.toContain('never-heard');
    expect(cues("We're not using this list for ads.")).not.toContain('never-heard');
    // People the seller has not met, or who use the product, are still what the cues say.
    expect(cues("Reach people we've never met.")).toContain('never-heard');
    expect(cues('Kids will use it every day.')).toContain('who-use');
    expect(cues('We need usage up to defend the renewal.')).toContain('usage');
  });

  it('read household wiring, economics, contracts and snack bars as no market', () => {
    expect(cues('Consumer unit tripped again, electrician on Monday.')).not.toContain('households');
    expect(cues('Consumer price inflation rose in May.')).not.toContain('consumer-marketing-term');
    expect(cues('Our consumer brand push.')).toContain('consumer-marketing-term');
    expect(cues('The bathroom fan stopped working.')).not.toContain('fans');
    expect(cues('Fans of the band get early tickets.')).toContain('fans');
    expect(cues('Situational awareness before crossing the yard.')).not.toContain('awareness');
    expect(cues('A campaign to build awareness among students.')).toContain('awareness');
    expect(cues('Water retention in the legs eases with rest.')).not.toContain('retention');
    expect(cues('Neither party shall be liable for delays.')).not.toContain('events');
    expect(cues('Press into a tin, bake and cut into bars.')).not.toContain('business-buyers');
    // People who own a business buy for it; a manner is no market.
    expect(cues('Awareness among salon owners who have never heard of us.')).not.toContain(
      'paying-people',
    );
    expect(cues('Awareness among new owners who have never heard of us.')).toContain(
      'paying-people',
    );
    expect(cues('Keep the consumer-style humour.')).not.toContain('consumer-marketing-term');
    expect(cues('We supply craft beer to bars and restaurants.')).toContain('business-buyers');
    expect(cues('Reorder drivers: why our clinic accounts come back.')).not.toContain('households');
    expect(cues('A key growth driver for Q3.')).not.toContain('households');
    expect(cues('A TV spot for drivers who commute.')).toContain('households');
  });

  it('hold a list keyed "id word" to that word alone', () => {
    expect(cues('A new headset for laptop gamers.')).toContain('end-user-people');
    expect(cues('Family prices at the zoo all summer.')).toContain('households');
    expect(cues('We sell into schools.')).toContain('business-buyers');
    expect(cues('Other events this summer.')).toContain('events');
    // "tour operators" are businesses; a band's tour still reaches people.
    expect(cues('Tour operators get a dedicated desk.')).not.toContain('events');
    expect(cues('A summer tour of festivals for fans.')).toContain('events');
  });

  it('keep a neighbouring word from unmaking the cue only where it means something else', () => {
    expect(cues('Farms that buy ad hoc get no price lock.')).not.toContain('mass-media');
    expect(cues('A referral link that gives both friends 1 GB extra.')).not.toContain(
      'selected-by-buying',
    );
    expect(cues('Donors who gave last spring get a thank-you call.')).toContain(
      'selected-by-buying',
    );
    expect(cues('A national TV ad for the new range.')).toContain('mass-media');
    expect(cues('Better onboarding for the free tier.')).not.toContain('vip');
    expect(cues('Lounge access for the platinum tier.')).toContain('vip');
    expect(cues("We'll spend the launch budget on the designers.")).not.toContain('purchase-act');
    expect(cues('An on-demand video library for members.')).not.toContain('demand');
    expect(cues('A claims experience review for each employer group.')).not.toContain('experience');
    expect(cues('Tablets for 8-12 year olds, advertised on kids TV.')).not.toContain(
      'counted-purchases',
    );
    expect(cues('Members with 5 years or more get a gift.')).toContain('counted-purchases');
    expect(cues('A quarterly usage report for each account.')).not.toContain('usage');
    expect(cues('Kids love it and parents buy it.')).not.toContain('purchase-act');
    expect(cues('A satisfaction survey of our clients.')).not.toContain('research');
    expect(cues('A renewal email with their usual order.')).not.toContain('one-to-many');
    expect(cues('A creator partnership with three gaming streamers.')).not.toContain('long-term');
    expect(cues('A long-term partnership with our top dealers.')).toContain('long-term');
    expect(cues('A free personal plan for students.')).not.toContain('personalised');
    // "personalised" stems to "person": a person, or a brand's personality, is no one-to-one contact.
    expect(cues('Every person in the city should know us.')).not.toContain('personalised');
    expect(cues('A bold brand personality on TV.')).not.toContain('personalised');
    expect(cues('Personalised offers for each member.')).toContain('personalised');
    // Places and rivals ranked, job titles and business moves are no buyers, elders or users.
    expect(cues('TV in the top 10 DMAs and our top 5 markets.')).not.toContain('top-n');
    expect(cues('Our top 20 accounts get a QBR.')).toContain('top-n');
    expect(cues('Sent by Jo, Senior Customer Success Manager.')).not.toContain('households');
    expect(cues('Discounts for seniors and students.')).toContain('households');
    expect(cues('It is a retention play, and two expansion plays.')).not.toContain('usage');
    expect(cues('Kids play with it every day.')).toContain('usage');
    expect(cues('Our top 3 priorities: the top 10 SKUs.')).not.toContain('top-n');
    expect(cues('Senior Copywriter and Senior Art Director on the launch.')).not.toContain(
      'households',
    );
    expect(cues('A loyalty play and an upsell play.')).not.toContain('usage');
    // Outdoor gear, spotting a trend and patient advocacy are no ads and no brand advocates.
    expect(cues('Our outdoor power equipment and outdoor gear range.')).not.toContain('mass-media');
    expect(cues('Outdoor and radio for new runners.')).toContain('mass-media');
    expect(cues('Use the data to spot lapsing SKUs.')).not.toContain('mass-media');
    expect(cues('A radio spot for new runners.')).toContain('mass-media');
    expect(cues('Patient-advocacy creators on Instagram.')).not.toContain('advocacy');
    expect(cues('The HR sponsors at each client get a renewal review.')).not.toContain(
      'mass-media',
    );
    expect(cues('Sponsors of the festival get logo placement.')).toContain('mass-media');
    // Employers who "sponsor managers" on a course pay for them; they buy no sponsorship.
    expect(cues('Employers who sponsor managers on our diploma get a review.')).not.toContain(
      'mass-media',
    );
    expect(cues('Brands who sponsor the Olympics reach millions of viewers.')).toContain(
      'mass-media',
    );
    expect(cues('Students opening their first bank account get a railcard.')).not.toContain(
      'clients',
    );
    expect(cues('Each client account gets a QBR.')).toContain('clients');
    // A buyer's own clients use what it buys; they are not ours.
    expect(cues('Salons buy the colour; their clients sit in the chair.')).not.toContain('clients');
    expect(cues("Shopkeepers buy it, but it's their customers who tap.")).not.toContain('clients');
    // "its customers" is as often the seller's own: "the airline keeps its customers flying".
    expect(cues('The airline keeps its customers flying with upgrades.')).toContain('clients');
    // An NHS trust, a household's energy bill and a school's business manager are no trust in
    // us, no invoicing of ours and no account manager of ours.
    expect(cues('Every NHS trust gets a renewal review.')).not.toContain('long-term');
    expect(cues('Households see their energy bills drop.')).not.toContain('invoicing');
    // "no ads" in a product's description is a feature, not a channel set aside; back-to-school
    // is a shopping season for households, not schools that buy.
    expect(cues('A drawing app for kids, with no ads.')).not.toContain('mass-media');
    expect(cues('A back-to-school sale on lunchboxes.')).toEqual(['households']);
    expect(cues('We sell to school districts.')).toContain('business-buyers');
    // An email's legal footer and a drinks ad's legal line; users championing inside an account.
    expect(cues('Registered in England and Wales No. 0123. Please drink responsibly.')).toEqual([]);
    // A habit given up, a shop's saved details and a price plan for students, each against the
    // sense the cue stands for.
    expect(cues('Regulars who used to come in on Fridays.')).not.toContain('who-use');
    expect(cues('Nurses who use the pump every shift.')).toContain('who-use');
    expect(cues('Checkout keeps saved addresses and saved cards.')).not.toContain('benefits');
    expect(cues('Owners saved 20% on fuel.')).toContain('benefits');
    expect(cues('A free student tier for designers.')).not.toContain('vip');
    expect(cues('Our gold tier members get early access.')).toContain('vip');
    expect(cues('Registered members get early access.')).toContain('existing');
    expect(cues('Hygienist advocacy inside each account.')).not.toContain('advocacy');
    expect(cues('The school business manager signs the order.')).not.toContain('account-manager');
    // A brief's header names who wrote it and for whom, not buyers or account staff.
    const header =
      'Client: Nike\nAccount Director: Sam Lee\nAgency: Brightwater\nBrief: trial among new runners.';
    expect(cues(header)).toEqual(expect.not.arrayContaining(['clients', 'account-manager']));
    expect(classify(header).orientation).toBe('consumer');
    // A longer label is a sentence: "Renewals for every client: …".
    expect(cues('Renewals for every client: a named account manager.')).toContain('clients');
    expect(cues('A quarterly results deck for each client.')).not.toContain('benefits');
    // "no-code", "source code": software, not a discount code.
    expect(cues('A no-code app builder; the source code stays yours.')).not.toContain(
      'purchase-offer',
    );
    expect(cues('Use code SPRING20 on your next order.')).toContain('purchase-offer');
    // "ed-tech", "a tech company": technology; "field techs" are technicians.
    expect(cues('A stand at the ed-tech fair for language-centre directors.')).not.toContain(
      'professional-users',
    );
    expect(cues('Our field techs install the units.')).toContain('professional-users');
    // "the benefits manager", "the Benefits plan": an HR role and an HR product.
    expect(cues('An ROI one-pager for the benefits manager.')).not.toContain('benefits');
    expect(cues('The benefits lead to happier skin.')).toContain('benefits');
    expect(cues('Companies on the Benefits plan renew in May.')).not.toContain('benefits');
    expect(cues('Returning players get a bonus skin.')).not.toContain('end-user-people');
    expect(cues('A reorder bonus for independent toy shops.')).not.toContain('consumer-products');
    expect(cues('A toy that teaches kids to code.')).toContain('consumer-products');
    expect(cues('Ads to create demand among runners.')).toContain('demand');
    expect(cues('Improve the customer experience for account holders.')).not.toContain(
      'experience',
    );
    expect(cues('Distributors get better terms when buying in bulk.')).toContain('purchase-act');
    expect(cues('Can anyone cover the front desk on Saturday?')).not.toContain('mass-scale');
    expect(cues('Anyone know where the spare keys went?')).not.toContain('mass-scale');
    expect(cues('A free tasting open to anyone who loves cheese.')).toContain('mass-scale');
  });

  it('keep a form that shares a stem from counting as the cue', () => {
    expect(cues('Ads on LinkedIn to individual contributors.')).not.toContain('personalised');
    expect(cues('Each account is reviewed individually.')).toContain('personalised');
    expect(cues('All hands on expansion this quarter.')).not.toContain('hands-on');
    expect(cues('A hands-on demo day for new riders.')).toContain('hands-on');
    expect(cues('Hospital wards get new beds.')).not.toContain('visits');
    expect(cues('Client hospitality days at the races.')).toContain('visits');
    expect(cues('Twelve brands that requested samples get tailored pricing.')).not.toContain(
      'brand-term',
    );
    expect(cues('A brand campaign on TV for the new range.')).toContain('brand-term');
    expect(cues('Our helpline exists for young people.')).not.toContain('existing');
    expect(cues('Thank-you notes for existing customers.')).toContain('existing');
    expect(cues("It's for regulars; we're not using it to find new customers.")).not.toContain(
      'never-heard',
    );
    expect(cues('Free trials for people who have never used a budgeting app.')).toContain(
      'never-heard',
    );
    expect(cues('Two of twelve sampled journal entries lacked documented approval.')).not.toContain(
      'trial',
    );
    expect(cues('Sampling in supermarkets.')).toContain('trial');
  });

  it('keep a subject inside a gap from turning a description into a selection of buyers', () => {
    expect(cues('Online tutoring that parents book for their teenagers.')).not.toContain(
      'selected-by-buying',
    );
    expect(cues('Parents who booked twice get a free lesson.')).toContain('selected-by-buying');
  });

  it('read a meal a product is for as no meeting with buyers', () => {
    const text = 'Linen dress, made for long lunches that turn into dinner. Pockets, obviously.';
    expect(cues(text)).not.toContain('visits');
    expect(classify(text).roles.endUser).toBeNull();
    expect(cues('Our reps take the top accounts to lunch twice a year.')).toContain('visits');
  });

  it('read "used by" as who uses, not as a message about using', () => {
    expect(cues('A records system sold to hospital trusts and used by clinicians.')).not.toContain(
      'usage',
    );
    expect(cues('Short videos of the scanner in use on the shop floor.')).toContain('usage');
  });

  it('read "pointed at" as aiming, not as loyalty points', () => {
    expect(
      cues('In-store demos, all pointed at whoever pushes the trolley.').includes('discount'),
    ).toBe(false);
  });

  it('read giving up as quitting, not as buying', () => {
    expect(cues("Sparkling tea for people who've given up on soda.")).not.toContain(
      'selected-by-buying',
    );
    expect(cues('Donors who have given twice get a thank-you call.')).toContain(
      'selected-by-buying',
    );
  });
});
