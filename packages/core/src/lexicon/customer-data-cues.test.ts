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

  it('leave market research and product talk alone', () => {
    const research = insight('A study of snacking trends across three cities shapes the launch.');
    expect(research.some((e) => e.startsWith('account-'))).toBe(false);
    expect(insight('Video reviews of the new blender from food creators.')).toEqual([]);
  });
});
