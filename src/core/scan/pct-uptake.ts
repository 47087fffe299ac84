import type { PctCoefficients } from '../settings/scan-settings-schema.js';

/**
 * Share of ALL commuters on a route of `distanceKm` with average gradient `gradientPct` who would
 * cycle under a PCT scenario: logit(p) = a + d1 d + d2 sqrt(d) + d3 d^2 + h1 g + i1 d g + i2 sqrt(d) g,
 * with g = gradientPct - gradientCentre (0.78 in the 2020 models). Lovelace et al. 2017,
 * doi:10.5198/jtlu.2016.862; coefficients of the `pct` R package (R/uptake.R).
 * The distance is held within [minDistanceKm, maxDistanceKm]: under 1 km (0 = home and work in
 * the same area) the curve falls towards 0, which would give the shortest trips a lower share
 * than at 1 km; beyond 30 km the d^2 term turns the curve up again, so longer routes get the
 * share at 30 km (docs/method.md, Potential). A share, not a switch rate: apply it to a group.
 * @example pctUptake(15, 2, goDutch2017) // 0.0413
 */
export function pctUptake(distanceKm: number, gradientPct: number, c: PctCoefficients, minDistanceKm = 0, maxDistanceKm = Infinity): number {
  if (!(distanceKm >= 0)) return 0;
  const d = Math.min(maxDistanceKm, Math.max(minDistanceKm, distanceKm));
  const sd = Math.sqrt(d);
  const g = gradientPct - c.gradientCentre;
  const logit = c.a + c.d1 * d + c.d2 * sd + c.d3 * d * d + c.h1 * g + c.i1 * d * g + c.i2 * sd * g;
  return 1 / (1 + Math.exp(-logit));
}
