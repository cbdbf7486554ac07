import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

/** The insight evidence the classifier gives for a text, as `cue: words`. */
const insight = (text: string) =>
  classify(text).dimensions.insight.evidence.map((e) => `${e.cue}: ${e.text}`);

describe("cues of each buyer's own data", () => {
  it("read a report on the buyer's own use or spend as insight into our buyers", () => {
    expect(
      insight('Facilities managers get a renewal visit and a quarterly utilisation report.'),
    ).toContain('account-report: utilisation report');
    expect(insight('The district admins get usage dashboards ahead of renewal.')).toContain(
      'account-report: usage dashboards',
    );
  });

  it('read what our systems hold on each buyer, and what each bought', () => {
    expect(insight("Map every lab's ordering cycle from the ERP, then time a reminder.")).toEqual(
      expect.arrayContaining(['account-systems: ordering cycle', 'account-systems: ERP']),
    );
    expect(insight('A monthly statement showing what they bought, with points.')).toContain(
      'what-they-bought: what they bought',
    );
    expect(insight("I'll call if their order drops two weeks running.")).toContain(
      'dropping-orders: order drops',
    );
  });

  it("read each buyer's own use, and how long since they last bought", () => {
    expect(
      insight('Your account manager will review your usage and discuss loyalty pricing.'),
    ).toContain('their-own-use: your usage');
    expect(insight("A call to every client who hasn't been in since May.")).toContain(
      "gone-quiet: n't been in since",
    );
    expect(insight("Members who haven't scanned in for three weeks get a call.")).toContain(
      "gone-quiet: n't scanned in for three",
    );
    expect(insight('The renewal quote goes with last year’s redemption figures.')).toContain(
      'account-figures: redemption figures',
    );
    expect(insight('Card members whose weekly basket has dropped get a coupon pack.')).toContain(
      'dropping-orders: whose weekly basket has dropped',
    );
    // Buyers who did not renew or reorder lapsed: ours to win back, not people new to us.
    expect(insight('22 dealers did not renew last year.')).toContain('gone-quiet: did not renew');
    expect(classify('22 dealers did not renew last year.').orientation).toBe('customer');
    expect(insight("22 dealers won't renew.")).toContain("gone-quiet: won't renew");
    // The seller's own deals are no lapsed buyers.
    expect(insight('We did not renew the sponsorship.')).toEqual([]);
    // Not a lapse: what a text leaves out of scope.
    expect(insight('Shoppers are not in scope for this quarter.')).toEqual([]);
  });

  it('leave market research and product talk alone', () => {
    const research = insight('A study of snacking trends across three cities shapes the launch.');
    expect(research.some((e) => e.startsWith('account-'))).toBe(false);
    expect(insight('Video reviews of the new blender from food creators.')).toEqual([]);
  });
});
