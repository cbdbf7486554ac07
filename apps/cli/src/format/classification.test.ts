import { classify, type Evidence, MAX_EVIDENCE } from '@marketlens/core';
import { describe, expect, it } from 'vitest';
import { evidence } from '../test-evidence.ts';
import { formatClassification } from './classification.ts';
import { createColors } from './colors.ts';

const plainColors = createColors(false);

/** A real result whose `insight` row is set to `lean` with `found` as its evidence. */
function withInsight(lean: 'customer' | 'consumer' | 'mixed' | 'unknown', found: Evidence[]) {
  const result = classify('A TV campaign to build awareness among young families.');
  return {
    ...result,
    dimensions: {
      ...result.dimensions,
      insight: { ...result.dimensions.insight, lean, evidence: found },
    },
  };
}

const insightRow = (text: string) =>
  text.split('\n').find((line) => line.includes('What is studied'));

describe('formatClassification', () => {
  it('quotes beside a lean only the words for its pole', () => {
    const found = [evidence('CRM', 'customer'), evidence('panel', 'consumer')];
    const row = insightRow(
      formatClassification(withInsight('consumer', found), { colors: plainColors, width: 80 }),
    );
    expect(row).toMatch(/consumer\s+“panel”$/);
  });

  it('says the lean was judged from the whole text when no word speaks for it', () => {
    const row = insightRow(
      formatClassification(withInsight('consumer', [evidence('CRM', 'customer')]), {
        colors: plainColors,
        width: 80,
      }),
    );
    expect(row).toMatch(/consumer\s+judged from the whole text$/);
    expect(row).not.toContain('CRM');
  });

  it('claims nothing of a list of evidence the core cut at MAX_EVIDENCE', () => {
    const found = Array.from({ length: MAX_EVIDENCE }, () => evidence('ads', 'consumer'));
    const row = insightRow(
      formatClassification(withInsight('customer', found), { colors: plainColors, width: 80 }),
    );
    expect(row).toMatch(/What is studied\s+customer$/);
  });

  it('quotes at most three words beside "mixed"', () => {
    const found = ['a', 'b', 'c'].flatMap((w) => [
      evidence(`${w}1`, 'customer'),
      evidence(`${w}2`, 'consumer'),
    ]);
    const row = insightRow(
      formatClassification(withInsight('mixed', found), { colors: plainColors, width: 80 }),
    );
    expect(row).toMatch(/mixed\s+“a1”, “a2”, “b1”$/);
  });

  it('quotes both poles beside "mixed" and nothing beside "—"', () => {
    const found = [evidence('CRM', 'customer'), evidence('panel', 'consumer')];
    const options = { colors: plainColors, width: 80 };
    expect(insightRow(formatClassification(withInsight('mixed', found), options))).toMatch(
      /mixed\s+“CRM”, “panel”$/,
    );
    expect(insightRow(formatClassification(withInsight('unknown', found), options))).toMatch(
      /What is studied\s+—$/,
    );
  });
});
