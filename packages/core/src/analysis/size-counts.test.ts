import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { tokenize } from '../text/tokenize.ts';
import { countsASize } from './size-counts.ts';

/** Whether the word `word` of `text` is read as a count in a business's size. */
const isSize = (text: string, word: string) => {
  const tokens = tokenize(text);
  return countsASize(
    tokens,
    tokens.findIndex((t) => t.norm === word),
  );
};

const cueTexts = (text: string) =>
  Object.values(classify(text).dimensions).flatMap((d) => d.evidence.map((e) => e.text));

describe('size counts', () => {
  it('reads the people after "with" or "employing" and a number, after a business, as its size', () => {
    expect(isSize('Payroll for employers with 200+ staff.', 'staff')).toBe(true);
    expect(isSize('Firms employing over 1,000 engineers get a named manager.', 'engineers')).toBe(
      true,
    );
    expect(isSize('Retailers with between 10 and 50 employees.', 'employees')).toBe(true);
    // "a focus group of 12 teenagers", "a team of 8 kids": "of" counts members, not a size.
    expect(isSize('A focus group of 12 teenagers.', 'teenagers')).toBe(false);
  });

  it('leaves people alone without a number, or after anyone but a business', () => {
    expect(isSize('Payroll for employers with happy staff.', 'staff')).toBe(false);
    expect(isSize('A study of families with 3 kids.', 'kids')).toBe(false);
    expect(isSize('Train 200 staff at our employers.', 'staff')).toBe(false);
  });

  it('reads an age band after a business as people, not as a headcount', () => {
    expect(isSize("We're building the brand with 18–25s.", 's')).toBe(false);
    expect(isSize('A football club with 8-year-olds on Saturdays.', 'olds')).toBe(false);
    expect(isSize('A school with 80 teachers.', 'teachers')).toBe(true);
  });

  it('keeps the staff of a sized buyer out of the evidence and out of the end user', () => {
    const text = 'Spring campaign for employers with 500 staff.';
    const result = classify(text);
    expect(cueTexts(text)).not.toContain('staff');
    expect(result.roles.endUser).toBeNull();
    expect(result.orientation).toBe('customer');
    // The same staff, not a size, are still people who use.
    expect(cueTexts('Spring campaign for the staff of our employers.')).toContain('staff');
  });
});
