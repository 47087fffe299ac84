import { haversineKm } from './haversine-km.js';
import type { PostcodeRow } from './postcode-row.js';

/*
 * Rows of one postcode further apart than this describe different places, not one area: a Dutch
 * PC4 area is rarely more than 10-15 km across (the largest rural PC4s, e.g. on the Wadden
 * islands), so 25 km leaves room while still catching GeoNames' 9999 (six places, 240 km apart).
 */
export const SAME_AREA_KM = 25;

/** Rows of one postcode that lie together, averaged. */
export interface PostcodeCluster {
  lat: number;
  lon: number;
  /** Distinct place names of the rows. */
  places: string[];
  /** Admin1 code of the first row that has one (a postcode lies in one province), or ''. */
  admin: string;
  rows: number;
}

/** All rows of one postcode: one cluster when they agree, several when they do not. */
export interface PostcodeGroup {
  country: string;
  kind: PostcodeRow['kind'];
  key: string;
  /** Largest cluster first. */
  clusters: PostcodeCluster[];
}

/**
 * Groups rows by postcode and splits each group into clusters of rows within SAME_AREA_KM of
 * each other. PC6 rows also count as rows of their PC4 (one row per PC6, so a PC4 is the plain
 * mean of its PC6 centroids), unless the source gave that PC4 itself.
 */
export function groupPostcodeRows(rows: readonly PostcodeRow[]): PostcodeGroup[] {
  const byKey = new Map<string, PostcodeRow[]>();
  const add = (row: PostcodeRow): void => {
    const id = `${row.country}:${row.kind}:${row.key}`;
    const list = byKey.get(id);
    if (list) list.push(row);
    else byKey.set(id, [row]);
  };
  for (const row of rows) add(row);
  const groups: PostcodeGroup[] = [];
  const pc6Groups: PostcodeGroup[] = [];
  for (const list of byKey.values()) {
    const first = list[0];
    if (!first) continue;
    const group = { country: first.country, kind: first.kind, key: first.key, clusters: clusterPoints(list) };
    groups.push(group);
    if (first.kind === 'pc6') pc6Groups.push(group);
  }
  // derive PC4s from the PC6 table where the source did not give them
  const derived = new Map<string, PostcodeRow[]>();
  for (const g of pc6Groups) {
    const best = g.clusters[0];
    const pc4 = g.key.slice(0, 4);
    if (!best || byKey.has(`NL:pc4:${pc4}`)) continue;
    const list = derived.get(pc4) ?? [];
    list.push({ line: 0, country: 'NL', kind: 'pc4', key: pc4, place: best.places[0] ?? '', admin: best.admin, lat: best.lat, lon: best.lon });
    derived.set(pc4, list);
  }
  for (const [pc4, list] of derived) groups.push({ country: 'NL', kind: 'pc4', key: pc4, clusters: clusterPoints(list) });
  return groups;
}

/** A point to cluster, with the place it names. */
export interface ClusterInput {
  lat: number;
  lon: number;
  place: string;
  admin?: string;
}

/** Splits points into clusters of points within SAME_AREA_KM of a seed with the most such neighbours. */
export function clusterPoints(points: readonly ClusterInput[]): PostcodeCluster[] {
  const whole = summarise(points);
  // fast path for the usual case: everything within half the limit of the mean agrees pairwise
  if (points.every((p) => haversineKm(p, whole) <= SAME_AREA_KM / 2)) return [whole];
  let rest = [...points];
  const clusters: PostcodeCluster[] = [];
  while (rest.length > 0) {
    let seed = rest[0]!;
    let seedCount = -1;
    for (const p of rest) {
      const count = rest.filter((q) => haversineKm(p, q) <= SAME_AREA_KM).length;
      if (count > seedCount) [seed, seedCount] = [p, count];
    }
    const members = rest.filter((q) => haversineKm(seed, q) <= SAME_AREA_KM);
    clusters.push(summarise(members));
    rest = rest.filter((q) => !members.includes(q));
  }
  return clusters.sort((a, b) => b.rows - a.rows);
}

function summarise(points: readonly ClusterInput[]): PostcodeCluster {
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  const places = [...new Set(points.map((p) => p.place).filter((p) => p !== ''))];
  const admin = points.find((p) => p.admin !== undefined && p.admin !== '')?.admin ?? '';
  return { lat: lat / points.length, lon: lon / points.length, places, admin, rows: points.length };
}
