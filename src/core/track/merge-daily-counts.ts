/**
 * Importing the same measurements twice must change nothing: a date from the same source
 * replaces what was there; other sources (a second garage) stay beside it.
 */
import type { SourcedDailyCount } from './types.js';

const keyOf = (c: SourcedDailyCount) => `${c.date}\u0000${c.source}`;

/** Existing counts with the incoming ones merged in, ordered by date then source. */
export function mergeDailyCounts(
  existing: readonly SourcedDailyCount[],
  incoming: readonly SourcedDailyCount[],
): SourcedDailyCount[] {
  const merged = new Map<string, SourcedDailyCount>();
  for (const count of existing) merged.set(keyOf(count), { ...count });
  for (const count of incoming) merged.set(keyOf(count), { ...count });
  return [...merged.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source),
  );
}
