import { haversineKm } from './haversine-km.js';
import type { LatLon } from './lat-lon.js';
import type { PostcodeCluster, PostcodeGroup } from './postcode-merge.js';
import { createPc4Neighbours, NEIGHBOUR_MEDIAN_KM } from './postcode-neighbours.js';
import type { CorrectionReasonKey } from './postcode-correction-messages.js';

/** One postcode with its final coordinates. */
export interface ResolvedPostcode {
  country: string;
  kind: 'pc4' | 'pc6' | 'foreign';
  key: string;
  lat: number;
  lon: number;
  /** Place names of the rows that were kept, and their admin1 code. */
  places: string[];
  admin: string;
}

/** What the import changed about a postcode, for the report. */
export interface PostcodeCorrection {
  country: string;
  postcode: string;
  action: 'kept-part' | 'moved' | 'dropped';
  /** Why, as a message key with plain values (postcode-correction-messages.ts): stored, rendered at the edge. */
  reason?: { key: CorrectionReasonKey; values: Record<string, string | number> };
  /** Why in English, as imports before the language layer stored it. */
  detail?: string;
}

/**
 * Turns grouped rows into one point per postcode. A postcode whose rows disagree keeps the
 * cluster nearest its neighbours (or the clear majority); a Dutch PC4 far from its neighbours
 * is moved to the median of its same-named neighbours, or dropped. Every change is reported.
 */
export function resolvePostcodeGroups(groups: readonly PostcodeGroup[]): { resolved: ResolvedPostcode[]; corrections: PostcodeCorrection[] } {
  const corrections: PostcodeCorrection[] = [];
  const isPc4 = (g: PostcodeGroup): boolean => g.country === 'NL' && g.kind === 'pc4';
  const reference = groups.filter((g) => isPc4(g) && g.clusters.length === 1).map((g) => ({ key: g.key, ...g.clusters[0]! }));
  const neighbours = createPc4Neighbours(reference);

  const resolved: ResolvedPostcode[] = [];
  const pc4s: ResolvedPostcode[] = [];
  for (const g of groups) {
    const report = (action: PostcodeCorrection['action'], key: CorrectionReasonKey, values: Record<string, string | number>): void => {
      corrections.push({ country: g.country, postcode: g.key, action, reason: { key, values } });
    };
    const median = isPc4(g) ? neighbours.median(g.key) : undefined;
    const chosen = chooseCluster(g.clusters, median);
    if (g.clusters.length > 1) {
      // a cluster without place names is shown by its number of rows ("3x")
      const names = (c: PostcodeCluster): string => (c.places.length > 0 ? c.places.join(', ') : `${c.rows}x`);
      const others = g.clusters.filter((c) => c !== chosen).map(names).join('; ');
      if (chosen) report('kept-part', 'clustersKept', { kept: names(chosen), dropped: others });
      else report('dropped', 'clustersNone', { places: g.clusters.map(names).join('; ') });
    }
    if (!chosen) continue;
    const point = { country: g.country, kind: g.kind, key: g.key, lat: chosen.lat, lon: chosen.lon, places: chosen.places, admin: chosen.admin };
    if (isPc4(g)) pc4s.push(point);
    else resolved.push(point);
  }

  for (const p of pc4s) {
    const verdict = neighbours.judge(p);
    if (verdict.kind === 'fits') resolved.push(p);
    else if (verdict.kind === 'move') {
      const { kind, ...values } = verdict.why;
      corrections.push({ country: 'NL', postcode: p.key, action: 'moved', reason: { key: kind === 'isolated' ? 'isolatedMoved' : 'misfiledMoved', values: { ...values, n: verdict.sameNamed } } });
      resolved.push({ ...p, lat: verdict.to.lat, lon: verdict.to.lon });
    } else {
      const { kind, ...values } = verdict.why;
      corrections.push({ country: 'NL', postcode: p.key, action: 'dropped', reason: { key: kind, values } });
    }
  }
  return { resolved, corrections };
}

/** The cluster nearest the neighbours' median (if within reach), else a strict majority. */
function chooseCluster(clusters: readonly PostcodeCluster[], median: LatLon | undefined): PostcodeCluster | undefined {
  const [first, second] = clusters;
  if (!first) return undefined;
  if (!second) return first;
  if (median) {
    const byDistance = [...clusters].sort((a, b) => haversineKm(a, median) - haversineKm(b, median));
    const nearest = byDistance[0]!;
    return haversineKm(nearest, median) <= NEIGHBOUR_MEDIAN_KM ? nearest : undefined;
  }
  return first.rows > second.rows ? first : undefined;
}
