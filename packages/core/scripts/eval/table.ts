/** Column alignment: left for labels, right for figures. */
export type Align = 'left' | 'right';

/**
 * Renders rows as a plain-text table with columns padded to their widest cell. The first row is
 * the header, underlined with dashes. `align` defaults to left for the first column, right after.
 */
export function table(rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const alignOf = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const render = (row: readonly string[]) =>
    row
      .map((cell, i) =>
        alignOf(i) === 'left' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(header), rule, ...body.map(render)].join('\n');
}

/** A ratio as a fixed 3-decimal figure ("0.953"). */
export const fixed3 = (x: number): string => x.toFixed(3);

/** A ratio as a percentage with one decimal ("1.5%"). */
export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
