import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  type EvalGoldCase,
  EvalGoldCaseSchema,
  type GoldCase,
  GoldCaseSchema,
  type PartialGoldCase,
  PartialGoldCaseSchema,
} from '../../src/schemas/input.ts';

/** A line of a gold file that could not be used, with where and why. */
export interface GoldProblem {
  file: string;
  line: number;
  fault: string;
}

/** The usable cases of a gold file and the lines that were skipped. */
export interface GoldSet<Case = GoldCase> {
  file: string;
  cases: Case[];
  problems: GoldProblem[];
}

/**
 * Parses JSONL gold data with {@link GoldCaseSchema}: every label given, as training needs. A bad
 * line (invalid JSON, a schema fault, a duplicate id) is recorded with its 1-based line number and
 * skipped; every other line is kept. Blank lines are ignored.
 */
export function parseGold(text: string, file: string): GoldSet {
  return parseLines(text, file, GoldCaseSchema);
}

/**
 * Parses JSONL gold data as `pnpm eval` reads it, with {@link PartialGoldCaseSchema}: like
 * {@link parseGold}, but a line may leave out `dimensions` (or some of their ids), `purchaser`
 * or `endUser`, which then count as not labelled.
 */
export function parsePartialGold(text: string, file: string): GoldSet<PartialGoldCase> {
  return parseLines(text, file, PartialGoldCaseSchema);
}

/**
 * Parses JSONL gold data as `pnpm eval --gold` reads it, with {@link EvalGoldCaseSchema}: like
 * {@link parsePartialGold}, and a line may also be labelled `undetermined` (not marketing at all).
 * {@link isMarketing} tells the two kinds of line apart.
 */
export function parseEvalGold(text: string, file: string): GoldSet<EvalGoldCase> {
  return parseLines(text, file, EvalGoldCaseSchema);
}

/** True for a line labelled customer, consumer or hybrid; false for one labelled not marketing. */
export function isMarketing(c: EvalGoldCase): c is PartialGoldCase {
  return c.orientation !== 'undetermined';
}

function parseLines<Case extends { id: string }>(
  text: string,
  file: string,
  schema: z.ZodType<Case>,
): GoldSet<Case> {
  const cases: Case[] = [];
  const problems: GoldProblem[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ file, line, fault: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      // One entry per distinct message: a missing block of seven keys reads as one fault.
      const byMessage = new Map<string, string[]>();
      for (const issue of parsed.error.issues) {
        const where = issue.path.join('.') || '(root)';
        byMessage.set(issue.message, [...(byMessage.get(issue.message) ?? []), where]);
      }
      const fault = [...byMessage]
        .map(([message, paths]) => `${paths.join(', ')}: ${message}`)
        .join('; ');
      problems.push({ file, line, fault });
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        fault: `duplicate id "${parsed.data.id}" (first on line ${first})`,
      });
      return;
    }
    seen.set(parsed.data.id, line);
    cases.push(parsed.data);
  });
  return { file, cases, problems };
}

/** Reads and parses a JSONL gold file; throws only when the file itself cannot be read. */
export function loadGold(file: string): GoldSet {
  return parseGold(readFileSync(file, 'utf8'), file);
}

/** Reads a JSONL gold file as {@link parseEvalGold}; throws only when it cannot be read. */
export function loadEvalGold(file: string): GoldSet<EvalGoldCase> {
  return parseEvalGold(readFileSync(file, 'utf8'), file);
}

/** Formats a problem the way compilers do: `file:line: fault`. */
export function formatProblem(problem: GoldProblem): string {
  return `${problem.file}:${problem.line}: ${problem.fault}`;
}

/** The bracketed tags in a case's note, e.g. `[roles-differ][short]` → roles-differ, short. */
export function noteTags(note: string | undefined): string[] {
  if (note === undefined) return [];
  return [...note.matchAll(/\[([a-z][a-z-]*)\]/g)].map((match) => match[1] ?? '');
}
