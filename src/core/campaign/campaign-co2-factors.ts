import type { KmByModeFuel } from '../track/co2-from-km.js';
import { type Co2Factor, findCo2Factor } from '../track/co2-from-km.js';
import type { GramsPerKm } from './campaign-results.js';

/** Below this one-way distance "OV" without its kind counts as bus, from it as train (docs/method.md, CO2). */
const OV_TRAIN_FROM_KM = 7.5;

/**
 * g CO2 per car-km with a member's own fuel mix: the factors of its car fuels weighted by the
 * car km of its latest scan; the unknown-fuel factor when the scan has no car km.
 */
export function carGramsPerKm(kmPerYear: readonly KmByModeFuel[], wtw: readonly Co2Factor[], ttw: readonly Co2Factor[]): GramsPerKm {
  const cars = kmPerYear.filter((line) => line.mode === 'auto' && line.km > 0);
  const total = cars.reduce((s, line) => s + line.km, 0);
  const factor = (factors: readonly Co2Factor[], basis: 'wtw' | 'ttw') => {
    const unknown = findCo2Factor(factors, 'auto')?.[basis === 'wtw' ? 'gPerKmWtw' : 'gPerKmTtw'] ?? 0;
    if (total === 0) return unknown;
    return cars.reduce((s, line) => {
      const f = findCo2Factor(factors, 'auto', line.fuel ?? undefined);
      return s + line.km * (f === null ? unknown : basis === 'wtw' ? f.gPerKmWtw : f.gPerKmTtw);
    }, 0) / total;
  };
  return { wtw: factor(wtw, 'wtw'), ttw: factor(ttw, 'ttw') };
}

/** g CO2 per person-km of the mode used instead; none given or working from home is 0, carpool rides along (0). */
export function insteadGramsPerKm(wtw: readonly Co2Factor[], ttw: readonly Co2Factor[]) {
  return (mode: string | null, oneWayKm: number): GramsPerKm => {
    if (mode === null || mode === 'carpool' || mode === 'lopen' || mode === 'fiets') return { wtw: 0, ttw: 0 };
    const kind = mode === 'ov' ? (oneWayKm < OV_TRAIN_FROM_KM ? 'bus' : 'trein') : mode;
    const pick = (factors: readonly Co2Factor[], key: 'gPerKmWtw' | 'gPerKmTtw') => findCo2Factor(factors, kind)?.[key] ?? 0;
    return { wtw: pick(wtw, 'gPerKmWtw'), ttw: pick(ttw, 'gPerKmTtw') };
  };
}
