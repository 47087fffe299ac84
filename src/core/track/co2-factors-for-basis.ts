/**
 * The factor file (data/settings/co2-factors.json, checked by co2FactorFileSchema) as the
 * factor list co2FromKm takes, for one basis. A factor whose value on that basis is not known
 * (null: diesel and hybrid cars have no TTW figure yet) is left out, so co2FromKm warns about
 * those km instead of counting them with a made-up figure.
 */
import type { Co2FactorFile } from '../settings/co2-factor-schema.js';
import type { Co2Basis, Co2Factor } from './co2-from-km.js';

/** Factors usable on `basis`, with their sources; for use with that basis only. */
export function co2FactorsForBasis(file: Co2FactorFile, basis: Co2Basis): { factors: Co2Factor[]; unknown: string[] } {
  const factors: Co2Factor[] = [];
  const unknown: string[] = [];
  for (const f of Object.values(file.factors)) {
    const value = basis === 'wtw' ? f.wtwGPerKm : f.ttwGPerKm;
    const name = f.fuel === undefined ? f.mode : `${f.mode} (${f.fuel})`;
    if (value === null) {
      unknown.push(name);
      continue;
    }
    factors.push({
      mode: f.mode,
      ...(f.fuel !== undefined && { fuel: f.fuel }),
      // only `basis` is read by co2FromKm; the other side repeats it rather than inventing one
      gPerKmWtw: value,
      gPerKmTtw: value,
      unit: f.unit,
      source: `${f.source}${f.indicative ? ' (indicative)' : ''}`,
      year: f.year ?? 0,
    });
  }
  return { factors, unknown };
}
