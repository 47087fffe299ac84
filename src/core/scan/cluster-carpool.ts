import { KM_PER_DEGREE_LAT } from '../geo/lat-lon.js';

/** Who may share a car (docs/method.md, Potential). */
export interface CarpoolRules {
  maxHomeDistanceKm: number;
  maxStartDifferenceMinutes: number;
  maxGroupSize: number;
}

/** Homes and start times (NaN = unknown) of the candidates of one work location. */
export interface CarpoolPoints {
  length: number;
  lat: Float64Array;
  lon: Float64Array;
  startMinutes: Float32Array;
}

const RAD = Math.PI / 180;
// The seed's own cell first, so the nearest (often the same PC4 centroid) are never cut off.
const RING = [[0, 0], [-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 1], [1, -1], [1, 0], [1, 1]] as const;
const NEIGHBOUR_LIMIT = 64; // bounds the work per seed where thousands share a PC4 centroid; 16 x the default group size

/**
 * Greedy carpool groups: in input order, each candidate not yet grouped seeds a group and takes
 * its nearest free neighbours whose home lies within maxHomeDistanceKm of every member and whose
 * start time (where both are known) is within maxStartDifferenceMinutes of every member, up to
 * maxGroupSize. Neighbours come from a grid of cells one maximum distance wide (3 x 3 cells
 * around the seed). Distances are equirectangular, exact enough at 2 km.
 * Returns the group of each candidate (-1 = none) and the number of groups.
 */
export function clusterCarpool(pts: CarpoolPoints, rules: CarpoolRules): { groupOf: Int32Array; groups: number } {
  const n = pts.length;
  const groupOf = new Int32Array(n).fill(-1);
  if (n < 2) return { groupOf, groups: 0 };
  let maxAbsLat = 0;
  for (let i = 0; i < n; i++) maxAbsLat = Math.max(maxAbsLat, Math.abs(pts.lat[i]!));
  const cellLat = rules.maxHomeDistanceKm / KM_PER_DEGREE_LAT;
  const cellLon = rules.maxHomeDistanceKm / (KM_PER_DEGREE_LAT * Math.max(0.01, Math.cos(maxAbsLat * RAD)));
  const key = (cy: number, cx: number): number => (cy + 100_000) * 1_000_000 + (cx + 500_000);
  const cells = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor(pts.lat[i]! / cellLat), Math.floor(pts.lon[i]! / cellLon));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  }
  const done = new Uint8Array(n);
  const maxKm2 = rules.maxHomeDistanceKm ** 2;
  const km2 = (i: number, j: number): number => {
    const dy = (pts.lat[j]! - pts.lat[i]!) * KM_PER_DEGREE_LAT;
    const dx = (pts.lon[j]! - pts.lon[i]!) * KM_PER_DEGREE_LAT * Math.cos(((pts.lat[i]! + pts.lat[j]!) / 2) * RAD);
    return dx * dx + dy * dy;
  };
  const fits = (i: number, j: number): boolean => {
    const a = pts.startMinutes[i]!;
    const b = pts.startMinutes[j]!;
    return km2(i, j) <= maxKm2 && (Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= rules.maxStartDifferenceMinutes);
  };
  let groups = 0;
  // The neighbours of a seed, kept sorted by (distance, index) as they are found: typed arrays
  // and an insertion sort instead of an object per neighbour (a million candidates make garbage).
  const nearJ = new Int32Array(NEIGHBOUR_LIMIT);
  const nearD = new Float64Array(NEIGHBOUR_LIMIT);
  const members = new Int32Array(NEIGHBOUR_LIMIT + 1);
  for (let seed = 0; seed < n; seed++) {
    if (done[seed]) continue;
    done[seed] = 1;
    let near = 0;
    const cy = Math.floor(pts.lat[seed]! / cellLat);
    const cx = Math.floor(pts.lon[seed]! / cellLon);
    for (const [dy, dx] of RING) {
      if (near >= NEIGHBOUR_LIMIT) break;
      const list = cells.get(key(cy + dy, cx + dx));
      if (!list) continue;
      let w = 0;
      let r = 0;
      for (; r < list.length && near < NEIGHBOUR_LIMIT; r++) {
        const j = list[r]!;
        if (done[j]) continue; // compacts the cell as it goes
        list[w++] = j;
        if (fits(seed, j)) {
          const d = km2(seed, j);
          let at = near++;
          for (; at > 0 && (nearD[at - 1]! > d || (nearD[at - 1] === d && nearJ[at - 1]! > j)); at--) {
            nearD[at] = nearD[at - 1]!;
            nearJ[at] = nearJ[at - 1]!;
          }
          nearD[at] = d;
          nearJ[at] = j;
        }
      }
      // a full neighbour list leaves the rest of the cell as it is, uncompacted
      if (r < list.length) list.copyWithin(w, r);
      list.length = w + (list.length - r);
    }
    members[0] = seed;
    let size = 1;
    for (let k = 0; k < near && size < rules.maxGroupSize; k++) {
      const j = nearJ[k]!;
      let fitsAll = true;
      for (let m = 0; m < size && fitsAll; m++) fitsAll = fits(members[m]!, j);
      if (fitsAll) members[size++] = j;
    }
    if (size < 2) continue;
    for (let m = 0; m < size; m++) {
      done[members[m]!] = 1;
      groupOf[members[m]!] = groups;
    }
    groups++;
  }
  return { groupOf, groups };
}
