import type { Mode } from '../ingest/types.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

type EstimateRows = ScanSettingValues['modeEstimate'];

/**
 * Estimates the current mode of employees whose export does not say it, from national mode
 * shares by distance (setting modeEstimate: CBS, docs/method.md, Current mode). Whole people,
 * not fractions, so every later figure (peak trips, carpool, CO2) works as for a given mode:
 * within each group (a key, e.g. the work location, x a distance row) the next employee gets the
 * mode furthest behind its share so far (largest remainder, in input order), so a group of 100 at
 * 10 km gets 61 car drivers, 20 cyclists, 15 PT users and 5 passengers, give or take one.
 * Deterministic: the same export gives the same estimate. Labelled 'estimated' wherever it shows.
 */
export class ModeEstimator {
  private readonly groups = new Map<string, { n: number; given: Map<Mode, number> }>();
  private readonly rows: { upToKm: number | null; shares: [Mode, number][] }[];

  constructor(rows: EstimateRows) {
    this.rows = rows.map((r) => ({ upToKm: r.upToKm, shares: (Object.entries(r.shares) as [Mode, number][]).filter(([, x]) => x > 0) }));
  }

  /** The estimated mode of the next employee of `key` at `distanceKm` one way; undefined without a distance. */
  next(key: string | number, distanceKm: number | undefined): Mode | undefined {
    if (distanceKm === undefined || !(distanceKm >= 0)) return undefined;
    const r = this.rows.findIndex((row) => row.upToKm === null || distanceKm < row.upToKm);
    const row = this.rows[r < 0 ? this.rows.length - 1 : r]!;
    const groupKey = `${key}|${r}`;
    let g = this.groups.get(groupKey);
    if (!g) this.groups.set(groupKey, (g = { n: 0, given: new Map() }));
    g.n++;
    let best: Mode | undefined;
    let bestBehind = -Infinity;
    for (const [mode, share] of row.shares) {
      const behind = g.n * share - (g.given.get(mode) ?? 0);
      if (behind > bestBehind + 1e-12) {
        best = mode;
        bestBehind = behind;
      }
    }
    if (best !== undefined) g.given.set(best, (g.given.get(best) ?? 0) + 1);
    return best;
  }
}
