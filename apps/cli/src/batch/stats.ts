/**
 * Counts a batch run: records per orientation, errors (with the first few kept for the
 * summary), and throughput.
 *
 * @module
 */
import type { Orientation } from '@marketlens/core';
import type { Colors } from '../format/colors.ts';
import { count } from '../format/vocabulary.ts';
import type { GroupCounts } from './process-group.ts';
import type { BadRecord } from './record.ts';

const KEPT_ERRORS = 5;

/** Running totals of a batch. */
export type BatchStats = {
  records: number;
  byOrientation: Record<Orientation, number>;
  errors: number;
  firstErrors: BadRecord[];
  startedAt: number;
};

/** Fresh totals, started now. */
export function createStats(now: number): BatchStats {
  return {
    records: 0,
    byOrientation: { customer: 0, consumer: 0, hybrid: 0, undetermined: 0 },
    errors: 0,
    firstErrors: [],
    startedAt: now,
  };
}

/** Adds a processed group to the totals, keeping the first few errors to show. */
export function addGroup(stats: BatchStats, group: GroupCounts): void {
  stats.records += group.records;
  for (const [orientation, count] of Object.entries(group.orientations)) {
    stats.byOrientation[orientation as Orientation] += count;
  }
  stats.errors += group.errors.length;
  for (const error of group.errors) {
    if (stats.firstErrors.length >= KEPT_ERRORS) break;
    stats.firstErrors.push(error);
  }
}

/** "1 record", "2 records", "0 records". */
/** The end-of-run summary for stderr: counts, the first faults as `file:line: fault`, speed. */
export function formatSummary(stats: BatchStats, now: number, source: string, colors: Colors) {
  const seconds = Math.max((now - stats.startedAt) / 1000, 1e-6);
  const rate = Math.round(stats.records / seconds);
  const { customer, consumer, hybrid, undetermined } = stats.byOrientation;
  const errors = count(stats.errors, 'error');
  const lines = [
    `${colors.bold(count(stats.records, 'record'))}: ${colors.blue(`${customer} customer`)}, ` +
      `${colors.magenta(`${consumer} consumer`)}, ${colors.yellow(`${hybrid} hybrid`)}, ` +
      `${undetermined} undetermined, ` +
      (stats.errors > 0 ? colors.red(errors) : errors),
  ];
  for (const error of stats.firstErrors) lines.push(`  ${source}:${error.line}: ${error.error}`);
  if (stats.errors > stats.firstErrors.length) {
    lines.push(`  … and ${stats.errors - stats.firstErrors.length} more (see the output records)`);
  }
  lines.push(colors.dim(`${seconds.toFixed(2)} s, ${rate.toLocaleString('en-US')} records/s`));
  return `${lines.join('\n')}\n`;
}
