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
import { readText, type TextSource } from './read-text.ts';

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
    const text = await readText(io, options);
    await write(io.stdout, renderClassification(io, text, options.json === true));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof TextTooLongError) return reportError(io, new CliError(error.message));
    return reportError(io, error);
  }
}

/** The output for one text: JSON on one line, or the human form coloured for `io.stdout`. */
export function renderClassification(io: Io, text: string, json: boolean): string {
  const result = classify(text);
  if (json) return `${JSON.stringify(result)}\n`;
  const colors = createColors(shouldColor(io.stdoutIsTTY, io.env));
  return formatClassification(result, { colors, width: io.columns ?? 80 });
}
