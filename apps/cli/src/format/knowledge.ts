/**
 * The core's knowledge as plain text: the four definitions, the seven dimensions and the
 * side-by-side comparison.
 *
 * @module
 */
import type { Comparison, Definition, Dimension } from '@marketlens/core';
import type { Colors } from './colors.ts';
import { colorOf } from './vocabulary.ts';
import { wrap, wrapIndented } from './wrap.ts';

/** One line per definition: the term and its one-sentence meaning. */
export function formatDefinitionList(items: readonly Definition[], colors: Colors): string {
  const width = Math.max(...items.map((d) => d.id.length)) + 2;
  const lines = items.map((d) => `${colors[colorOf(d.pole)](d.id.padEnd(width))}${d.short}`);
  return `${lines.join('\n')}\n\n${colors.dim('marketlens define <term> shows one in full.')}\n`;
}

/** A definition in full: term, meaning, characteristics, source. */
export function formatDefinition(d: Definition, colors: Colors, width: number): string {
  const lines = [
    colors.bold(colors[colorOf(d.pole)](d.term)),
    ...wrap(d.long, width),
    '',
    ...d.characteristics.map((c) => `  • ${c}`),
    '',
    colors.dim(`Source: ${d.source.file ?? 'Marketlens'}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The seven dimensions with their question and both poles. */
export function formatDimensions(items: readonly Dimension[], colors: Colors, width: number) {
  const blocks = items.map((d) =>
    [
      `${colors.bold(d.name)} ${colors.dim(`(${d.id})`)}`,
      wrapIndented(d.question, width, 2),
      hanging(colors.blue('customer'), `${d.customer.label}: ${d.customer.description}`, width),
      hanging(colors.magenta('consumer'), `${d.consumer.label}: ${d.consumer.description}`, width),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** `  label  first line` with the following lines indented under the first. */
function hanging(label: string, text: string, width: number): string {
  const [first = '', ...rest] = wrap(text, Math.max(20, width - 12));
  return [`  ${label}  ${first}`, ...rest.map((line) => `            ${line}`)].join('\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

/** The comparison as a three-column table, or stacked rows when the terminal is narrow. */
export function formatComparison(table: Comparison, colors: Colors, width: number): string {
  const aspectWidth = Math.max(...table.rows.map((r) => r.aspect.length)) + 2;
  const columnWidth = Math.floor((width - aspectWidth - 3) / 2);
  const lines = [colors.bold(table.title), ''];
  if (columnWidth < 24) {
    for (const row of table.rows) {
      lines.push(colors.bold(row.aspect));
      lines.push(wrapIndented(`${table.columns.customer}: ${row.customer}`, width, 2));
      lines.push(wrapIndented(`${table.columns.consumer}: ${row.consumer}`, width, 2), '');
    }
    return `${lines.join('\n').trimEnd()}\n`;
  }
  lines.push(
    colors.bold(
      `${pad('', aspectWidth)}${pad(table.columns.customer, columnWidth)} │ ${table.columns.consumer}`,
    ),
  );
  for (const row of table.rows) {
    const left = wrap(row.customer, columnWidth);
    const right = wrap(row.consumer, columnWidth);
    const height = Math.max(left.length, right.length);
    for (let i = 0; i < height; i += 1) {
      const aspect = i === 0 ? colors.bold(pad(row.aspect, aspectWidth)) : pad('', aspectWidth);
      lines.push(`${aspect}${pad(left[i] ?? '', columnWidth)} │ ${right[i] ?? ''}`.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}
