import { describe, expect, it } from 'vitest';
import { classify } from '../classify/classify.ts';
import { analyse } from './analyse.ts';

const cueIds = (text: string) => analyse(text).hits.map((hit) => hit.cue.id);

describe('business spread', () => {
  it('reads where a business’s buyers are as no market at large', () => {
    expect(cueIds('We supply hydraulic parts to machinery OEMs across Europe.')).not.toContain(
      'mass-scale',
    );
    expect(classify('We supply hydraulic parts to machinery OEMs across Europe.').orientation).toBe(
      'customer',
    );
  });

  it('keeps the market at large after people or a singular business', () => {
    expect(cueIds('A TV campaign for drivers across Europe.')).toContain('mass-scale');
    expect(cueIds('Our bakery is known across the region.')).toContain('mass-scale');
  });
});
