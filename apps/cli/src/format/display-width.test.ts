import { describe, expect, it } from 'vitest';
import { clusterWidth, displayWidth } from './display-width.ts';

describe('displayWidth', () => {
  it('counts a column per ASCII or Latin character', () => {
    expect(displayWidth('Loyalty for resellers')).toBe(21);
    expect(displayWidth('café — “quoted” ●─')).toBe(18);
  });

  it('counts two columns for wide CJK and emoji, none for accents and joiners', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('ｱ１')).toBe(3);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('👍🏽 ok')).toBe(5);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('🇫🇷')).toBe(2);
    expect(displayWidth('❤️ ❤')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(clusterWidth('\u200b')).toBe(0);
  });
});
