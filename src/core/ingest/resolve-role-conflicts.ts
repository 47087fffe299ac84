import type { ColumnAssignment, ColumnMapping, ColumnRole } from './types.js';

type RoleAssignment = Extract<ColumnAssignment, { kind: 'role' }>;

/** Roles for which a tie is a question for the user, not a coin toss (issue 2). */
const MUST_BE_UNAMBIGUOUS: ReadonlySet<ColumnRole> = new Set(['homePostcode', 'workLocation']);

// A user's mapping outranks any header or content match of the same confidence.
const rank = (c: RoleAssignment): number => c.confidence + (c.by === 'mapping' ? 1 : 0);

const ignore = (c: RoleAssignment, reason: string): ColumnAssignment => ({ kind: 'ignored', index: c.index, header: c.header, reason });

/**
 * Gives each role at most one column. The best-ranked candidate wins and the others are
 * ignored as "second candidate for <role>"; an exact tie for the home postcode or the work
 * location is left unresolved ('ambiguous'). A missing home location (neither postcode nor
 * place) is unresolved too ('missing').
 */
export function resolveRoleConflicts(columns: readonly ColumnAssignment[]): Omit<ColumnMapping, 'overrideProblems'> {
  const result: ColumnAssignment[] = [...columns];
  const roles: ColumnMapping['roles'] = {};
  const unresolved: ColumnMapping['unresolved'] = [];
  const byRole = new Map<ColumnRole, RoleAssignment[]>();
  for (const column of columns) {
    if (column.kind !== 'role') continue;
    const list = byRole.get(column.role) ?? [];
    list.push(column);
    byRole.set(column.role, list);
  }
  for (const [role, candidates] of byRole) {
    // Stable sort: among equals the leftmost column comes first.
    const sorted = [...candidates].sort((a, b) => rank(b) - rank(a));
    const top = sorted[0]!;
    const tied = sorted.filter((c) => rank(c) === rank(top));
    if (tied.length > 1 && MUST_BE_UNAMBIGUOUS.has(role)) {
      unresolved.push({ role, problem: 'ambiguous', candidates: tied.map((c) => c.index) });
      for (const c of sorted) {
        result[c.index] = ignore(c, tied.includes(c) ? `ambiguous: ${tied.length} columns could be ${role}` : `second candidate for ${role}`);
      }
      continue;
    }
    roles[role] = top.index;
    for (const c of sorted.slice(1)) result[c.index] = ignore(c, `second candidate for ${role}`);
  }
  const homeAmbiguous = unresolved.some((u) => u.role === 'homePostcode');
  if (roles.homePostcode === undefined && roles.homePlace === undefined && !homeAmbiguous) {
    unresolved.push({ role: 'homePostcode', problem: 'missing', candidates: [] });
  }
  return { columns: result, roles, unresolved };
}
