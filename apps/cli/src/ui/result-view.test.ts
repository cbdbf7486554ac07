import { describe, expect, it } from 'vitest';
import { strengthBar } from './result-view.tsx';

describe('strengthBar', () => {
  it('fills a cell per fifth of strength for a lean to one pole', () => {
    expect(strengthBar({ lean: 'customer', strength: 0.6 })).toBe('■■■··');
    expect(strengthBar({ lean: 'consumer', strength: 1 })).toBe('■■■■■');
  });

  it('stays empty beside "mixed" and "unknown", whatever the evidence weighs', () => {
    expect(strengthBar({ lean: 'unknown', strength: 0.6 })).toBe('·····');
    expect(strengthBar({ lean: 'mixed', strength: 0.4 })).toBe('·····');
  });
});
