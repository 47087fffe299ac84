import { haversineKm } from './haversine-km.js';
import type { LatLon } from './lat-lon.js';

/** Fewest other PC4s a prefix group needs before its median means anything. */
const MIN_GROUP = 3;
/*
 * Thresholds for misplaced Dutch PC4s, tuned on the GeoNames NL file of 2024-04-12: postcodes
 * are handed out by region, so a PC4 lies near the others with the same first digits. A correct
 * PC4 can be far from its group's median (Schiermonnikoog 9166 is 29 km from Ameland's 916x,
 * Eemshaven 34 km) but then it has a near neighbour in its two-digit region or a name of its own;
 * GeoNames' wrong rows have neither (3062 Rotterdam near Ouddorp: 33 km from any 30xx PC4;
 * 6431 Hoensbroek in Belgium: 16 km; 5442 Rosmalen, whose name belongs to 524x).
 */
/** Farther than this from the median of its neighbours, a PC4 is suspicious. */
export const NEIGHBOUR_MEDIAN_KM = 20;
/** A suspicious PC4 with no PC4 of its two-digit region this close is misplaced. */
export const ISOLATED_KM = 15;

/** A PC4 whose rows agreed, with the place names they gave. */
export interface ReferencePc4 extends LatLon {
  key: string;
  places: string[];
}

/** How a PC4 relates to its neighbours. */
export type NeighbourVerdict =
  | { kind: 'fits' }
  | { kind: 'move'; to: LatLon; sameNamed: number; why: MisplacedWhy }
  | { kind: 'drop'; why: MisplacedWhy };

/** Why a PC4 is taken to be misplaced: far from its neighbours, and alone there or filed under a place named elsewhere. */
export interface MisplacedWhy {
  kind: 'isolated' | 'misfiled';
  /** Distance to its neighbours' median, whole km. */
  offKm: number;
  /** The first two digits, whose area has no other PC4 near it. */
  prefix: string;
  /** The distance within which no neighbour lies, km. */
  withinKm: number;
  places: string;
}

/** Neighbour statistics of the PC4s that share the first 3 (else 2) digits. */
export interface Pc4Neighbours {
  /** Coordinate-wise median of the other PC4s of its 3-digit group, or 2-digit if that is small. */
  median(pc4: string): LatLon | undefined;
  /** Judges one PC4 against its neighbours: fits, misplaced but movable to its namesakes, or dropped. */
  judge(p: LatLon & { key: string; places: string[] }): NeighbourVerdict;
}

/** Indexes the reference PC4s by prefix. */
export function createPc4Neighbours(reference: readonly ReferencePc4[]): Pc4Neighbours {
  const byPrefix = new Map<string, ReferencePc4[]>();
  const regionsOfName = new Map<string, Set<string>>();
  for (const p of reference) {
    for (const prefix of [p.key.slice(0, 2), p.key.slice(0, 3)]) {
      const list = byPrefix.get(prefix) ?? [];
      list.push(p);
      byPrefix.set(prefix, list);
    }
    for (const name of p.places) {
      const set = regionsOfName.get(name) ?? new Set<string>();
      set.add(p.key.slice(0, 2));
      regionsOfName.set(name, set);
    }
  }
  const others = (prefix: string, key: string): ReferencePc4[] => (byPrefix.get(prefix) ?? []).filter((q) => q.key !== key);
  const group = (key: string): ReferencePc4[] | undefined => {
    const three = others(key.slice(0, 3), key);
    if (three.length >= MIN_GROUP) return three;
    const two = others(key.slice(0, 2), key);
    return two.length >= MIN_GROUP ? two : undefined;
  };
  const median = (key: string): LatLon | undefined => {
    const g = group(key);
    return g ? medianPoint(g) : undefined;
  };

  return {
    median,
    judge(p) {
      const m = median(p.key);
      if (!m) return { kind: 'fits' };
      const offKm = haversineKm(p, m);
      if (offKm <= NEIGHBOUR_MEDIAN_KM) return { kind: 'fits' };
      const region = others(p.key.slice(0, 2), p.key);
      const nearestKm = Math.min(...region.map((q) => haversineKm(p, q)));
      const isolated = nearestKm > ISOLATED_KM;
      const local = others(p.key.slice(0, 3), p.key);
      const localNames = new Set(local.flatMap((q) => q.places));
      const elsewhere = p.places.filter((n) => !localNames.has(n) && [...(regionsOfName.get(n) ?? [])].some((r) => r !== p.key.slice(0, 2)));
      const misfiled = elsewhere.length > 0 && elsewhere.length === p.places.length;
      if (!isolated && !misfiled) return { kind: 'fits' };
      const why: MisplacedWhy = { kind: isolated ? 'isolated' : 'misfiled', offKm: Math.round(offKm), prefix: p.key.slice(0, 2), withinKm: ISOLATED_KM, places: p.places.join(', ') };
      const sameNamed = local.filter((q) => q.places.some((n) => p.places.includes(n)));
      if (sameNamed.length > 0) return { kind: 'move', to: medianPoint(sameNamed), sameNamed: sameNamed.length, why };
      return { kind: 'drop', why };
    },
  };
}

/** Coordinate-wise median, robust against the outliers it is used to find. */
function medianPoint(points: readonly LatLon[]): LatLon {
  return { lat: medianOf(points.map((p) => p.lat)), lon: medianOf(points.map((p) => p.lon)) };
}

function medianOf(values: number[]): number {
  const s = values.sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
