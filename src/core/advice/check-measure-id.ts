/** What a `--measure` value is: a known catalogue id, free text, or an id that is not in the catalogue. */
export type MeasureCheck =
  | { ok: true; kind: 'id' | 'text' }
  | { ok: false; suggestion: string | undefined };

/** Looks like an id (`ebike-trial-pool`): lower case, digits and hyphens, no spaces. */
const ID_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Edit distance (insertions, deletions, substitutions; a swap of two neighbours counts once). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known id nearest to `value`, when it is near enough to be a typo (at most a third of its letters, at least 2). */
export function nearestId(value: string, ids: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(value, id);
    if (best === undefined || distance < best.distance) best = { id, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(value.length / 3)) ? best.id : undefined;
}

/**
 * Checks a measure a member took: a value shaped like an id must be a catalogue id (a typo such
 * as `ebike-trail-pool` gets the nearest id as a suggestion); anything else (words with spaces or
 * capitals) is free text.
 */
export function checkMeasureId(value: string, ids: readonly string[]): MeasureCheck {
  if (!ID_SHAPE.test(value)) return { ok: true, kind: 'text' };
  if (ids.includes(value)) return { ok: true, kind: 'id' };
  return { ok: false, suggestion: nearestId(value, ids) };
}
