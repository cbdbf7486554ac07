import { describe, expect, it } from 'vitest';
import {
  contentWords,
  headNoun,
  headNouns,
  roleMatches,
  stem,
} from '../../scripts/eval/role-match.ts';
import { scoreRole } from '../../scripts/eval/role-score.ts';

describe('role matcher', () => {
  it.each([
    ['their children', 'children'],
    ['mums', 'Mums'],
    ['the health ministry', 'health ministry'],
    ['parents (past buyers)', 'the parents'],
    ['merchants processing over $1M a year', 'merchants'],
    ['adults over 65', 'adults'],
    ['HR directors at employer clients', 'the HR directors'],
    ['top 2% of cardholders by spend', 'cardholders'],
    ["contractors' buyers (via distributors)", 'buyers'],
    ['teachers and pupils', 'pupils'],
    ['cat owners new to clumping litter', 'cat owners'],
    ['small businesses on our payroll software', 'small businesses'],
    ['companies', 'company'],
    ['children', 'the kids'],
    ['their mums (the recipients)', 'mothers'],
    ['machine operators and mechanics', 'mechanics'],
    ['trade card holders (cafes, corner shops)', 'cafes'],
    ['stationers and chains; parents and schools', 'parents'],
    ['14-17 year olds', '14–17s'],
    ['16-18 year olds', 'the 16 to 18-year-olds'],
    ['IT department', 'the IT dept'],
    ['the university', 'the uni'],
    ['drivers aged 17–21', 'the 17–21-year-old'],
  ])('gold %j is matched by %j', (gold, predicted) => {
    expect(roleMatches(gold, predicted)).toBe(true);
  });

  it.each([
    ['their children', 'the parents'],
    ['HR directors at employer clients', 'procurement'],
    ['district curriculum directors', 'teachers'],
    ['adults with type 2 diabetes', 'insurers and employers'],
    ['the baby', ''],
    ['households on autoship; dog owners', 'most valuable buyers'],
    ['OEM manufacturers that source brackets from us', 'our engine'],
    ['14-17 year olds', '18–24s'],
    // a span that swallows a whole sentence is not a role
    [
      'kids',
      'cartoon ads to kids on saturday morning television with a free sticker book while the parents buy the toys',
    ],
  ])('gold %j is NOT matched by %j', (gold, predicted) => {
    expect(roleMatches(gold, predicted)).toBe(false);
  });

  it('normalises to content words with light plural stemming', () => {
    expect(contentWords('The top 50 resellers, and their buyers')).toEqual(['reseller', 'buyer']);
    expect(stem('categories')).toBe('category');
    expect(stem('boxes')).toBe('box');
    expect(stem('business')).toBe('business');
    expect(stem('status')).toBe('status');
    expect(stem('kids')).toBe('child');
  });

  it('finds the head noun of the leading noun phrase', () => {
    expect(headNoun('drivers insured with us for 3+ years')).toBe('driver');
    expect(headNoun('existing patients')).toBe('patient');
    expect(headNoun('2,000 employees using the app')).toBe('employee');
    expect(headNoun('the')).toBeNull();
    expect(headNouns('trade card holders (cafes, corner shops)')).toEqual([
      'holder',
      'cafe',
      'shop',
    ]);
    expect(headNouns('2,000 employees using the app')).toEqual(['employee']);
  });
});

describe('scoreRole', () => {
  it('counts recall over named gold roles and precision over predictions', () => {
    const s = scoreRole(
      ['parents', 'kids', null, 'retailers'],
      ['the parents', null, 'buyers', 'shoppers'],
    );
    expect(s).toMatchObject({ gold: 3, predicted: 3, hits: 1 });
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.precision).toBeCloseTo(1 / 3);
  });
});
