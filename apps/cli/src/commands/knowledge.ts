/**
 * `marketlens define [TERM]`, `marketlens dimensions`, `marketlens compare`: the core's
 * knowledge, for people or (with `--json`) for machines.
 *
 * @module
 */
import { comparison, definitions, dimensions, findDefinition } from '@marketlens/core';
import { createColors, shouldColor } from '../format/colors.ts';
import {
  formatComparison,
  formatDefinition,
  formatDefinitionList,
  formatDimensions,
} from '../format/knowledge.ts';
import { EXIT, type ExitCode, type Io, write } from '../io.ts';
import { CliError, reportError } from './errors.ts';

/** Flags shared by the knowledge commands. */
export type KnowledgeOptions = { json?: boolean };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const colorsFor = (io: Io) => createColors(shouldColor(io.stdoutIsTTY, io.env));
const widthOf = (io: Io) => Math.min(io.columns ?? 80, 100);

/** `customer marketing`, `Customer_Marketing` and `customer-marketing` all name one term. */
export function normaliseTerm(term: string): string {
  return term
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Prints all four definitions, or the one named by `term`. An unknown term is a usage error. */
export async function runDefine(
  io: Io,
  term: string | undefined,
  options: KnowledgeOptions,
): Promise<ExitCode> {
  if (term === undefined) {
    await write(
      io.stdout,
      options.json ? json(definitions) : formatDefinitionList(definitions, colorsFor(io)),
    );
    return EXIT.ok;
  }
  const definition = findDefinition(normaliseTerm(term));
  if (definition === undefined) {
    const known = definitions.map((d) => d.id).join(', ');
    return reportError(
      io,
      new CliError(`unknown term "${term}"; known terms: ${known}`, EXIT.usage),
    );
  }
  await write(
    io.stdout,
    options.json ? json(definition) : formatDefinition(definition, colorsFor(io), widthOf(io)),
  );
  return EXIT.ok;
}

/** Prints the seven dimensions with their questions and poles. */
export async function runDimensions(io: Io, options: KnowledgeOptions): Promise<ExitCode> {
  await write(
    io.stdout,
    options.json ? json(dimensions) : formatDimensions(dimensions, colorsFor(io), widthOf(io)),
  );
  return EXIT.ok;
}

/** Prints the side-by-side comparison of customer and consumer marketing. */
export async function runCompare(io: Io, options: KnowledgeOptions): Promise<ExitCode> {
  await write(
    io.stdout,
    options.json ? json(comparison) : formatComparison(comparison, colorsFor(io), widthOf(io)),
  );
  return EXIT.ok;
}
