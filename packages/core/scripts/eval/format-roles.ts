import type { RoleScore } from './role-score.ts';
import type { FullReport } from './score.ts';
import { fixed3, table } from './table.ts';

const TITLE = 'roles (a hit: the spans share ≥ half the gold content words, or the gold head noun)';

/**
 * The roles section of a full report, as text. `lines` is how many lines the file has. When some
 * line leaves a role out, a `lines` column says how many lines each row counts, and a role no line
 * labels is said to be not labelled instead of scored 0.
 */
export function formatRoles(roles: FullReport['roles'], lines: number): string {
  const named: [string, RoleScore | null][] = [
    ['purchaser', roles.purchaser],
    ['endUser', roles.endUser],
  ];
  const partial = named.some(([, s]) => s === null || s.labelled !== undefined);
  const rows = table([
    ['role', 'recall', 'precision', 'hits', 'gold', 'predicted', ...(partial ? ['lines'] : [])],
    ...named.map(([name, s]) => {
      const cells = s === null ? ['—', '—', '—', '—', '—'] : roleCells(s);
      return [name, ...cells, ...(partial ? [`${s === null ? 0 : (s.labelled ?? lines)}`] : [])];
    }),
  ]);
  if (!partial) return [TITLE, rows].join('\n');
  const notes = named.flatMap(([name, s]) =>
    s === null ? [`${name}: not labelled in this file`] : [],
  );
  return [TITLE, 'each role over the lines that label it (lines)', rows, ...notes].join('\n');
}

function roleCells(s: RoleScore): string[] {
  return [fixed3(s.recall), fixed3(s.precision), `${s.hits}`, `${s.gold}`, `${s.predicted}`];
}
