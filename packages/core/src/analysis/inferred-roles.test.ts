import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

const endUserOf = (text: string) => classify(text).roles.endUser;

describe('an end user read off an addressing wording', () => {
  it('takes a plural word the lexicon does not know after "aimed at", "talk to", "reaches"', () => {
    const climbers = endUserOf(
      'Work gloves: contractors buy them by the crate, but the new ads talk straight to steeplejacks about grip in the rain.',
    );
    expect(climbers?.text).toBe('steeplejacks');
    expect(climbers?.inferred).toBe(true);
    expect(
      endUserOf(
        'A podcast series aimed at beekeepers who have never tried a smart hive, with a free trial month.',
      )?.text,
    ).toMatch(/^beekeepers who have never tried/);
  });

  it('reads no audience off what a message shows, a singular in -s or a pronoun', () => {
    expect(
      endUserOf('A video campaign for the national park showing hikes, lakes and cabins.')?.text,
    ).not.toBe('hikes');
    expect(
      endUserOf('Open days aimed at campus life, with a parent track on fees.')?.text ?? null,
    ).not.toBe('campus');
    expect(endUserOf('The ad speaks to this: comfort over a long shift.')?.text ?? null).not.toBe(
      'this',
    );
    // A verb in -s is no plural: "help continues".
    expect(
      endUserOf(
        'Distributors keep their quarterly sell-through reviews; stock-rotation help continues.',
      )?.text ?? null,
    ).not.toBe('continues');
  });
});

describe('a purchaser read off what a programme for buyers gives', () => {
  const purchaserOf = (text: string) => classify(text).roles.purchaser;

  it('takes a plural word the lexicon does not know whose phrase is followed by "get"', () => {
    const yards = purchaserOf(
      'Feed merchant: livery yards on fortnightly delivery get their usual order pre-filled, a reminder the day before cut-off, and free delivery after ten orders.',
    );
    expect(yards?.text).toBe('livery yards on fortnightly delivery');
    expect(yards?.inferred).toBe(true);
  });

  it('prefers a role the lexicon knows, and reads no count of things as people', () => {
    expect(
      purchaserOf(
        'Renewal desk: accounts whose contract ends in the next 45 days get a call and a price lock.',
      ),
    ).toMatchObject({ text: 'accounts whose contract ends in the next 45 days', inferred: false });
    expect(
      purchaserOf('Rebook desk: the next 45 days get a reminder call and a price lock.')?.text ??
        '',
    ).not.toMatch(/days/);
  });
});

describe('an end user read off a modifier beside a business that pays', () => {
  it('takes a user noun named only as a modifier ("a patient site"), marked inferred', () => {
    expect(
      classify(
        'Dermatology launch: medical reps build relationships with the 400 dermatology clinics that buy and dispense the cream, while a patient site and search ads explain how it works.',
      ).roles.endUser,
    ).toMatchObject({ text: 'patient', inferred: true });
  });

  it('reads no user off a kind of business ("pet shops") or a buyer who is a person', () => {
    expect(
      classify(
        'Partner schools get a contract review with the bursar, and a display stand goes to the pet shops in each town.',
      ).roles.endUser,
    ).toBeNull();
    expect(
      classify('Parents who paid for a block of lessons get a progress note after each one.').roles
        .endUser,
    ).toBeNull();
  });
});

describe('a purchaser read off a modifier beside the users', () => {
  it('takes a plural business named only as a modifier ("Schools\' IT technicians"), marked inferred', () => {
    expect(
      classify(
        "Schools' IT technicians who send us broken Chromebooks get a collection bag and a fixed per-device rate for next year. The pupils using the laptops aren't our audience.",
      ).roles.purchaser,
    ).toMatchObject({ text: 'Schools', inferred: true });
  });

  it('reads no purchaser off a single business, which is usually the seller', () => {
    expect(
      classify(
        "What's the quickest way to get our period-tracking app in front of teenagers who've never used one? Thinking school nurse partnerships and TikTok explainers.",
      ).roles.purchaser,
    ).toBeNull();
  });
});

describe("an end user read off a business's own buyers", () => {
  it('takes the people a business that pays sells to ("members" of the gym chains), inferred', () => {
    expect(
      classify(
        'Fitness equipment maker: gym chains buy the treadmills (fleet renewals and service contracts with them), but we also want members to notice the brand with QR workouts on the console.',
      ).roles.endUser,
    ).toMatchObject({ text: 'members', inferred: true });
  });

  it('reads no user off prospects, who are buyers to be', () => {
    expect(
      classify(
        'Retention for the gyms that lease our treadmills: renewal calls and loyalty pricing; prospects who asked for a quote get a demo.',
      ).roles.endUser,
    ).toBeNull();
  });
});

describe('a trade named beside the users pays before they do', () => {
  it('takes a trade that buys to resell ("the dealer loyalty scheme") over the users, inferred', () => {
    const roles = classify(
      'Motorbike brand: a dealer loyalty scheme with volume bonuses, plus YouTube ride-outs for riders choosing their first bike.',
    ).roles;
    expect(roles.purchaser).toMatchObject({ text: 'dealer', inferred: true });
    expect(roles.endUser?.text).toMatch(/^riders/);
  });
});
