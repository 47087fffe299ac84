import type { PctCoefficients } from '../settings/scan-settings-schema.js';

/**
 * Share of commuters who would cycle a route of `distanceKm` with average gradient `gradientPct`
 * under a PCT scenario: logit(p) = a + d1 d + d2 sqrt(d) + d3 d^2 + h1 g + i1 d g + i2 sqrt(d) g,
 * with g = gradientPct - gradientCentre (0.78 in the 2020 models). Lovelace et al. 2017,
 * doi:10.5198/jtlu.2016.862; coefficients of the `pct` R package (R/uptake.R).
 * Beyond `maxDistanceKm` the answer is 0: the PCT models only desire lines under 30 km and the
 * d^2 term turns the curve up again (METHOD.md 4).
 * @example pctUptake(15, 2, goDutch2017) // 0.0413
 */
export function pctUptake(distanceKm: number, gradientPct: number, c: PctCoefficients, maxDistanceKm = Infinity): number {
  if (!(distanceKm >= 0) || distanceKm > maxDistanceKm) return 0;
  const d = distanceKm;
  const sd = Math.sqrt(d);
  const g = gradientPct - c.gradientCentre;
  const logit = c.a + c.d1 * d + c.d2 * sd + c.d3 * d * d + c.h1 * g + c.i1 * d * g + c.i2 * sd * g;
  return 1 / (1 + Math.exp(-logit));
}
