/**
 * `marketlens classify [TEXT]`: one text, human output or the core's result as JSON.
 *
 * @module
 */
import { classify, TextTooLongError } from '@marketlens/core';
import { formatClassification } from '../format/classification.ts';
import { createColors, shouldColor } from '../format/colors.ts';
import { EXIT, type ExitCode, type Io, write } from '../io.ts';
import { CliError, reportError } from './errors.ts';
import { readText, type SourcedText, type TextSource } from './read-text.ts';

/** Flags of `classify`. */
export type ClassifyCommandOptions = TextSource & { json?: boolean };

/**
 * Classifies the text from the argument, `--file` or stdin and prints the result.
 *
 * @example
 * ```ts
 * await runClassify(io, { words: ['Cartoon ads to kids; the parents pay.'], json: true });
 * ```
 */
export async function runClassify(io: Io, options: ClassifyCommandOptions): Promise<ExitCode> {
  try {
    return await printClassification(io, await readText(io, options), options.json === true);
  } catch (error) {
    return reportError(io, error);
  }
}

/**
 * Classifies a text and prints the result. A text over the core's limit is a {@link CliError}
 * that names where it came from.
 */
export async function printClassification(
  io: Io,
  { text, source }: SourcedText,
  json: boolean,
): Promise<ExitCode> {
  let output: string;
  try {
    output = renderClassification(io, text, json);
  } catch (error) {
    if (!(error instanceof TextTooLongError)) throw error;
    const fault = `the text is ${error.length} characters long; the limit is ${error.limit}`;
    throw new CliError(source === undefined ? fault : `${source}: ${fault}`);
  }
  await write(io.stdout, output);
  return EXIT.ok;
}

/** The output for one text: JSON on one line, or the human form coloured for `io.stdout`. */
export function renderClassification(io: Io, text: string, json: boolean): string {
  const result = classify(text);
  if (json) return `${JSON.stringify(result)}\n`;
  const colors = createColors(shouldColor(io.stdoutIsTTY, io.env));
  return formatClassification(result, { colors, width: io.columns ?? 80 });
}
