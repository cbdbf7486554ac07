import { describe, expect, it } from 'vitest';
import { createColors } from '../format/colors.ts';
import { addGroup, createStats, formatSummary } from './stats.ts';

const group = (errors: number) => ({
  bytes: new Uint8Array(),
  records: 10 + errors,
  orientations: { customer: 4, consumer: 3, hybrid: 2, undetermined: 1 },
  errors: Array.from({ length: errors }, (_, i) => ({
    ok: false as const,
    line: i + 1,
    error: `fault ${i + 1}`,
  })),
});

describe('batch stats', () => {
  it('add up groups and keep only the first five errors', () => {
    const stats = createStats(0);
    addGroup(stats, group(4));
    addGroup(stats, group(4));
    expect(stats.records).toBe(28);
    expect(stats.byOrientation).toEqual({ customer: 8, consumer: 6, hybrid: 4, undetermined: 2 });
    expect(stats.errors).toBe(8);
    expect(stats.firstErrors.map((e) => e.error)).toEqual([
      'fault 1',
      'fault 2',
      'fault 3',
      'fault 4',
      'fault 1',
    ]);
  });

  it('summarise counts, the first faults as file:line, and the throughput', () => {
    const stats = createStats(0);
    addGroup(stats, group(7));
    const summary = formatSummary(stats, 2000, 'in.jsonl', createColors(false));
    expect(summary).toContain(
      '17 records: 4 customer, 3 consumer, 2 hybrid, 1 undetermined, 7 errors',
    );
    expect(summary).toContain('  in.jsonl:1: fault 1');
    expect(summary).toContain('… and 2 more');
    expect(summary).toContain('2.00 s, 9 records/s');
  });

  it('say "1 record" and "1 error", not "1 records" and "1 errors"', () => {
    const stats = createStats(0);
    addGroup(stats, {
      ...group(1),
      records: 1,
      orientations: { customer: 0, consumer: 0, hybrid: 0, undetermined: 0 },
    });
    const summary = formatSummary(stats, 1000, 'in.jsonl', createColors(false));
    expect(summary).toContain(
      '1 record: 0 customer, 0 consumer, 0 hybrid, 0 undetermined, 1 error\n',
    );
  });
});
