import { describe, expect, it } from 'vitest';
import { cycleScreen, tabPresses } from './screens.ts';

describe('screens', () => {
  it('cycle round by any number of steps, either way', () => {
    expect(cycleScreen('classify', 1)).toBe('questionnaire');
    expect(cycleScreen('classify', -1)).toBe('compare');
    expect(cycleScreen('compare', 2)).toBe('questionnaire');
    expect(cycleScreen('glossary', 4)).toBe('glossary');
    expect(cycleScreen('classify', -5)).toBe('compare');
  });

  it('count a chunk made only of tabs as that many Tab presses, and text as none', () => {
    expect(tabPresses('\t')).toBe(1);
    expect(tabPresses('\t\t\t')).toBe(3);
    expect(tabPresses('a\tb')).toBe(0);
    expect(tabPresses('')).toBe(0);
  });
});
