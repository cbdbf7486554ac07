import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { tokenize } from '../text/tokenize.ts';
import { analyseStructure } from './structure.ts';

/** The words of `text` its negating labels cover. */
const negatedWords = (text: string) => {
  const tokens = tokenize(text);
  const { labelNegated } = analyseStructure(tokens);
  return tokens.filter((t, i) => t.kind === 'word' && labelNegated[i]).map((t) => t.norm);
};

describe('analyseStructure: negating labels', () => {
  it('negates the rest of a sentence after a label and its colon', () => {
    expect(negatedWords('TV for parents. Out of scope: loyalty emails. KPIs: reach.')).toEqual([
      'loyalty',
      'emails',
    ]);
  });

  it('negates the lines under a label that is a line of its own, to the next blank line', () => {
    const brief = 'TV for parents.\n\n## Not in scope\nLoyalty emails.\n- CRM\n\n## KPIs\nReach.';
    expect(negatedWords(brief)).toEqual(['loyalty', 'emails', 'crm']);
    expect(negatedWords('Plan\n\nOut of scope:\n\n- Loyalty emails\n- CRM\n\nReach.')).toEqual([
      'loyalty',
      'emails',
      'crm',
    ]);
  });

  it('knows the labels of memos and meeting notes: "Not doing", "Won\'t do", "Parked"', () => {
    expect(negatedWords('Not doing:\n- brand awareness\n- TV\n\nGoal: renewals.')).toEqual([
      'brand',
      'awareness',
      'television',
    ]);
    expect(
      negatedWords("Won't do: TV. Parked: loyalty. Not this quarter: discounts. Plan: reach."),
    ).toEqual(['television', 'loyalty', 'discounts']);
    expect(negatedWords('Target: franchisees.\nNot targeting: the cooks.\nPlan: rebates.')).toEqual(
      ['the', 'cooks'],
    );
    expect(
      negatedWords('- who: first-time buyers\n- not: existing customers\n- where: TV'),
    ).toEqual(['existing', 'customers']);
    // "Not for" says other things too: "not for profit", "not for distribution".
    expect(negatedWords('Note, not for distribution:\nRenewal offers for members.')).toEqual([]);
    // "Avoid: churn at renewal" names a problem to avoid, not work left out.
    expect(negatedWords('Avoid: churn at renewal.')).toEqual([]);
  });

  it('ends a section at a line that opens a section or a field of its own', () => {
    expect(negatedWords('Out of scope:\n\nPlan:\nRenewal offers for members.')).toEqual([]);
    expect(
      negatedWords('## Out of scope\n- TV ads\n## In scope\n- Renewal offers\nChannels: email'),
    ).toEqual(['television', 'adverts']);
  });

  it('finds the label in a line ending in a colon, with words around it', () => {
    expect(
      negatedWords('Out of scope for this phase:\n- TV\n- influencers\n\nGoal: renewals.'),
    ).toEqual(['television', 'influencers']);
    expect(
      negatedWords("What we're NOT doing this quarter:\n- brand awareness\n\nKPIs: NRR"),
    ).toEqual(['brand', 'awareness']);
    // A label of one word must be the whole line: "out" and "excluded" say other things too.
    expect(negatedWords('Things to figure out:\nHow we reward loyal customers.')).toEqual([]);
    expect(negatedWords('Budget (agency fees excluded):\nTV for new audiences.')).toEqual([]);
    expect(negatedWords('Out now:\nThe new loyalty app for members.')).toEqual([]);
    // Without a colon, a line with more than its label is a sentence.
    expect(negatedWords('Loyalty is out of scope for this phase\nTV ads for parents.')).toEqual([]);
  });

  it('leaves alone a label inside a line, and a line that only starts with one', () => {
    expect(negatedWords('We left loyalty out of scope\nTV ads for parents.')).toEqual([]);
    expect(negatedWords('Not in scope this year, sadly\nLoyalty emails.')).toEqual([]);
  });

  it('reads a brief whose out-of-scope section names the buyers it keeps', () => {
    const brief =
      '## Objective\nAwareness and trial among parents of toddlers (they buy it).\n\n' +
      '## Not in scope\nLoyalty emails to existing owners.';
    const result = classify(brief);
    expect(result.orientation).toBe('consumer');
    expect(result.roles.purchaser?.text).toMatch(/^parents/);
  });
});

describe('analyseStructure: the past a later sentence replaces', () => {
  /** The words of `text` that count less than in full. */
  const background = (text: string) => {
    const tokens = tokenize(text);
    const { emphasis } = analyseStructure(tokens);
    return tokens.filter((t, i) => t.kind === 'word' && (emphasis[i] ?? 1) < 1).map((t) => t.norm);
  };

  it('reads what "last year" did as background once "this year" opens a sentence', () => {
    expect(background('Last year we ran TV. That job is done. This year: loyalty.')).toEqual([
      'last',
      'year',
      'we',
      'ran',
      'television',
      'that',
      'job',
      'is',
      'done',
    ]);
    expect(
      classify(
        'Last year we poured the budget into TV and influencer reach to put the brand on the map. That job is done. This year the money goes to the people who already bought: a members’ programme, birthday offers, and a service team that calls every buyer in week one.',
      ).orientation,
    ).toBe('customer');
  });

  it('leaves the past alone when nothing replaces it, and "last year\'s buyers" as buyers', () => {
    expect(background('Last year we ran TV. Loyalty for members.')).toEqual([]);
    expect(background("Last year's buyers get a thank-you. This year we add TV.")).toEqual([]);
    // A plan that goes on with the past keeps it; the past lies in its own paragraph.
    expect(
      background('Last year we grew loyalty. This year we keep all of that and add TV.'),
    ).toEqual([]);
    expect(background('Last year we grew loyalty.\n\n## Plan\nThis year: TV.')).toEqual([]);
    expect(background('Last year we grew loyalty. Now: kick-off in March.')).toEqual([]);
  });
});
