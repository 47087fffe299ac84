/**
 * Small helpers the seeded example generators share: a PRNG (mulberry32), picking from lists
 * and by weight, and the great-circle distance. Same seed, same bytes.
 */

/** mulberry32: a small seeded PRNG returning numbers in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `pick` (uniform) and `weighted` (pairs of [value, weight]) over one random stream. */
export function choosers(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [value, w] of pairs) if ((r -= w) <= 0) return value;
    return pairs[pairs.length - 1][0];
  };
  return { pick, weighted };
}

/** Great-circle distance in km (haversine, mean earth radius 6,371 km). */
export function haversineKm(aLat, aLon, bLat, bLon) {
  const r = (d) => (d * Math.PI) / 180;
  const h = Math.sin(r(bLat - aLat) / 2) ** 2 + Math.cos(r(aLat)) * Math.cos(r(bLat)) * Math.sin(r(bLon - aLon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
