import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';

const purchaserOf = (text: string) => classify(text).roles.purchaser?.text;
const endUserOf = (text: string) => classify(text).roles.endUser?.text;

describe('withoutMeans', () => {
  it('ends a role phrase before what the programme gives them', () => {
    expect(purchaserOf('Win back lapsed customers with a 20% voucher.')).toBe('lapsed customers');
    expect(purchaserOf('Reward the enterprise accounts with multi-year discounts.')).toBe(
      'the enterprise accounts',
    );
    expect(endUserOf('Reach young renters with a brand campaign on streaming.')).toBe(
      'young renters',
    );
  });

  it('keeps what describes the people themselves', () => {
    expect(endUserOf('TikTok ads for teens with acne.')).toBe('teens with acne');
    expect(purchaserOf('A thank-you gift for members with 10+ nights this year.')).toBe(
      'members with 10+ nights this year',
    );
    expect(purchaserOf('Renewal calls to accounts with contracts ending in Q1.')).toBe(
      'accounts with contracts ending in Q1',
    );
    expect(endUserOf('Awareness ads for households with no savings buffer.')).toBe(
      'households with no savings buffer',
    );
  });

  it('drops a bracket that lists what they get, and keeps one that says who they are', () => {
    expect(
      purchaserOf(
        'Keep restaurant groups (credit terms, a reorder app) and win home cooks with TV.',
      ),
    ).toBe('restaurant groups');
    expect(purchaserOf('Quarterly reviews for the vip clients (top 50 by spend).')).toBe(
      'the vip clients (top 50 by spend)',
    );
  });

  it('shows the shortened phrase in the recommendations too', () => {
    const result = classify(
      'Win back lapsed customers with a 20% voucher, and run a TV spot for kids so they nag their parents.',
    );
    expect(result.roles.purchaser?.text).toBe('lapsed customers');
    const prose = result.recommendations.map((r) => r.detail).join(' ');
    expect(prose).toContain('(lapsed customers)');
    expect(prose).not.toContain('voucher)');
  });
});
