import type { Fuel, Mode } from '../ingest/types.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/** A factor ready to use: grams per person-km on the chosen basis. */
export interface PersonFactor {
  key: string;
  gPerPersonKm: number;
}

/**
 * The factor for a mode (and fuel) on the settings' basis (WTW or TTW), per person-km: vehicle
 * factors are divided by the occupants (METHOD.md 6). Cars of unknown fuel use 'auto:onbekend';
 * a carpool uses the car factor over carpool.occupants. Undefined when the table has no usable
 * entry (motor, scooter, unknown mode, or a TTW value that is not known).
 */
export function personFactor(mode: Mode, fuel: Fuel | undefined, s: Pick<ScanSettingValues, 'co2' | 'carpool'>): PersonFactor | undefined {
  // Memoised per settings object without building a string key: this runs several times per employee.
  let byMode = memo.get(s);
  if (!byMode) memo.set(s, (byMode = new Map()));
  let byFuel = byMode.get(mode);
  if (!byFuel) byMode.set(mode, (byFuel = new Map()));
  if (!byFuel.has(fuel)) byFuel.set(fuel, lookUp(mode, fuel, s));
  return byFuel.get(fuel);
}

const memo = new WeakMap<object, Map<Mode, Map<Fuel | undefined, PersonFactor | undefined>>>();

function lookUp(mode: Mode, fuel: Fuel | undefined, s: Pick<ScanSettingValues, 'co2' | 'carpool'>): PersonFactor | undefined {
  const car = mode === 'auto' || mode === 'carpool';
  const key = car ? `auto:${fuel ?? 'onbekend'}` : mode;
  const entry = s.co2.factors[key] ?? (car ? s.co2.factors['auto:onbekend'] : undefined);
  if (!entry) return undefined;
  const grams = s.co2.basis === 'wtw' ? entry.wtwGPerKm : entry.ttwGPerKm;
  if (grams === null) return undefined;
  const occupants = entry.unit === 'pkm' ? 1 : mode === 'carpool' ? s.carpool.occupants : 1;
  return { key: car && !s.co2.factors[key] ? 'auto:onbekend' : key, gPerPersonKm: grams / occupants };
}

/**
 * CO2 of one employee's commute in kg a year: 2 x one-way km x commuting days x g/km / 1000
 * (METHOD.md 6; occupants are already in the per-person factor).
 */
export function co2KgPerYear(oneWayKm: number, daysPerYear: number, gPerPersonKm: number): number {
  return (2 * Math.max(0, oneWayKm) * Math.max(0, daysPerYear) * Math.max(0, gPerPersonKm)) / 1000;
}
