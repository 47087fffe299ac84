/**
 * CO2 per year from yearly km per mode and fuel, with factors passed in as data (the shape of
 * data/settings/co2-factors.json). Formula: km / occupants x g/km for vehicle-km factors,
 * km x g/km for passenger-km factors (docs/method.md).
 */
import { text, type Text } from '../i18n/index.js';
import { trackCheckMessages as m } from './track-check-messages.js';
import { apportionUnknownOv } from './apportion-unknown-ov.js';

/** One factor, as in data/settings/co2-factors.json; mode and fuel in the ingest vocabulary. */
export interface Co2Factor {
  mode: string;
  fuel?: string;
  gPerKmWtw: number;
  gPerKmTtw: number;
  /** 'vkm': per vehicle-km (divide by occupants); 'pkm': per passenger-km. */
  unit: 'vkm' | 'pkm';
  source: string;
  year: number;
}

/** Person-km travelled in a year by one mode (and fuel). */
export interface KmByModeFuel {
  mode: string;
  fuel?: string;
  km: number;
  /** People per vehicle, for vehicle-km factors; 1 unless given (carpool: 2). */
  occupants?: number;
}

/** 'wtw' well-to-wheel (footprint convention), 'ttw' tank-to-wheel (the WPM form). */
export type Co2Basis = 'wtw' | 'ttw';

/** One input line with its CO2; `factor` null when no factor matched (CO2 then 0, warned). */
export interface Co2Line extends KmByModeFuel {
  co2Kg: number;
  factor: Co2Factor | null;
}

const CARPOOL_OCCUPANTS = 2; // our assumption: the usual carpool is two colleagues; override per line
const UNKNOWN_FUEL = 'onbekend';

/** "auto (diesel)", or the mode alone when the fuel is not known; mode and fuel words are the vocabulary's own. */
function modeFuel(mode: string, fuel: string | undefined): string | Text {
  return fuel ? text(m, 'modeFuel', { mode, fuel }) : mode;
}

/** The factor for a mode and fuel: exact, else the mode's unknown-fuel factor; carpool uses the car's. */
export function findCo2Factor(factors: readonly Co2Factor[], mode: string, fuel?: string): Co2Factor | null {
  const lookupMode = mode === 'carpool' && !factors.some((f) => f.mode === 'carpool') ? 'auto' : mode;
  const ofMode = factors.filter((f) => f.mode === lookupMode);
  return (
    ofMode.find((f) => (f.fuel ?? UNKNOWN_FUEL) === (fuel ?? UNKNOWN_FUEL)) ??
    ofMode.find((f) => f.fuel === undefined || f.fuel === UNKNOWN_FUEL) ??
    // a mode with a single factor (e-bike) serves lines whose fuel is not known
    ((fuel ?? UNKNOWN_FUEL) === UNKNOWN_FUEL && ofMode.length === 1 ? (ofMode[0] ?? null) : null)
  );
}

/** CO2 per line and in total (kg per year), with a warning for every line without a factor. */
export function co2FromKm(
  kmByModeFuel: readonly KmByModeFuel[],
  factors: readonly Co2Factor[],
  basis: Co2Basis = 'wtw',
): { lines: Co2Line[]; co2Kg: number; warnings: Text[]; assumptions: Text[] } {
  const warnings: Text[] = [];
  // one assumption per kind and subject, in the order first met
  const assumptions = new Map<string, Text>();
  const assume = (key: string, assumption: Text): void => {
    if (!assumptions.has(key)) assumptions.set(key, assumption);
  };
  const ov = apportionUnknownOv(kmByModeFuel);
  if (ov.rule === 'own-mix') assume('ov', text(m, 'ovOwnMix'));
  if (ov.rule === 'as-bus') assume('ov', text(m, 'ovAsBus'));
  const lines = ov.lines.map((entry): Co2Line => {
    const factor = findCo2Factor(factors, entry.mode, entry.fuel);
    if (factor === null) {
      warnings.push(text(m, 'noFactor', { what: modeFuel(entry.mode, entry.fuel), km: Math.round(entry.km) }));
      return { ...entry, co2Kg: 0, factor };
    }
    if ((factor.fuel ?? UNKNOWN_FUEL) !== (entry.fuel ?? UNKNOWN_FUEL)) {
      assume(`fuel ${entry.mode} ${entry.fuel ?? ''}`, text(m, 'unknownFuelFactor', { what: modeFuel(entry.mode, entry.fuel) }));
    }
    let occupants = 1;
    if (factor.unit === 'vkm') {
      occupants = entry.occupants ?? (entry.mode === 'carpool' ? CARPOOL_OCCUPANTS : 1);
      if (entry.mode === 'carpool' && entry.occupants === undefined) {
        assume('carpool', text(m, 'carpoolOccupants', { n: CARPOOL_OCCUPANTS }));
      }
    }
    const gPerKm = basis === 'wtw' ? factor.gPerKmWtw : factor.gPerKmTtw;
    return { ...entry, co2Kg: (Math.max(0, entry.km) / Math.max(1, occupants)) * gPerKm / 1000, factor };
  });
  return { lines, co2Kg: lines.reduce((s, l) => s + l.co2Kg, 0), warnings, assumptions: [...assumptions.values()] };
}
