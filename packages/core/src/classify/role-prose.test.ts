import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';
import { roleInProse } from './role-prose.ts';

const span = (text: string, inferred: boolean) => ({ text, start: 0, end: text.length, inferred });

describe('roleInProse', () => {
  it('names a role inferred from one singular word as a group', () => {
    expect(roleInProse(span('pet', true))).toBe('pets');
    expect(roleInProse(span('Surgeon', true))).toBe('surgeons');
    expect(roleInProse(span('company', true))).toBe('companies');
    expect(roleInProse(span('child', true))).toBe('children');
    expect(roleInProse(span('OEM', true))).toBe('OEMs');
  });

  it('keeps what the text wrote for plurals and phrases', () => {
    expect(roleInProse(span('kids', true))).toBe('kids');
    expect(roleInProse(span('staff', true))).toBe('staff');
    expect(roleInProse(span('the 8-year-old', true))).toBe('the 8-year-old');
    expect(roleInProse(span('The buyer', true))).toBe('the buyer');
    expect(roleInProse(null)).toBeNull();
  });

  it('lowers the capital of a common word that opened a sentence, and keeps names', () => {
    expect(roleInProse(span('Parents', false))).toBe('parents');
    expect(roleInProse(span('The ops leaders', false))).toBe('the ops leaders');
    expect(roleInProse(span('Sole-trader plumbers', false))).toBe('sole-trader plumbers');
    // By stem: the lexicon has "farmer" and "facility" in other forms.
    expect(roleInProse(span('Farmers', false))).toBe('farmers');
    expect(roleInProse(span('Facility managers', false))).toBe('facility managers');
    for (const name of ['Gen Z', 'Gen-Z teens', 'NHS trusts', 'YouTube viewers', 'Acme buyers'])
      expect(roleInProse(span(name, false))).toBe(name);
  });

  it('writes "paid for by parents" in the summary, while the role keeps its span', () => {
    const result = classify('Parents pay, kids play: TikTok ads for the new slime kit.');
    expect(result.roles.purchaser?.text).toBe('Parents');
    expect(result.summary).toContain('paid for by parents');
  });

  it('reads as a group in the recommendations, while the role keeps its span', () => {
    const result = classify(
      'Contract renewals with hospital purchasing groups: consignment stock, a rebate on committed volume and quarterly business reviews. Surgeon preference is not addressed in this plan.',
    );
    expect(result.roles.endUser).toMatchObject({ text: 'Surgeon', inferred: true });
    const details = result.recommendations.map((r) => r.detail).join(' ');
    expect(details).toContain('surgeons use the product');
    expect(details).not.toContain('Surgeon use');
  });
});
