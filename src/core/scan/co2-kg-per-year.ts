import type { Fuel, Mode } from '../ingest/types.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';

/** A factor ready to use: grams per person-km on the chosen basis. */
export interface PersonFactor {
  key: string;
  gPerPersonKm: number;
}

/**
 * The factor for a mode (and fuel) on the settings' basis (WTW or TTW), per person-km: vehicle
 * factors are divided by the occupants (docs/method.md, CO2). The entry '<mode>:<fuel>' when the
 * table has one, else the mode's own entry ('motor', 'scooter': petrol); cars of unknown fuel use
 * 'auto:onbekend'; a carpool uses the car factor over carpool.occupants. 'ov' has no entry: pass
 * the kind from ptKindOfOv(). Undefined when the table has no usable entry (unknown mode, or a
 * TTW value that is not known).
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
  const base = car ? 'auto' : mode;
  const key = [`${base}:${fuel ?? 'onbekend'}`, car ? 'auto:onbekend' : base].find((k) => s.co2.factors[k] !== undefined);
  const entry = key === undefined ? undefined : s.co2.factors[key];
  if (!entry || key === undefined) return undefined;
  const grams = s.co2.basis === 'wtw' ? entry.wtwGPerKm : entry.ttwGPerKm;
  if (grams === null) return undefined;
  const occupants = entry.unit === 'pkm' ? 1 : mode === 'carpool' ? s.carpool.occupants : 1;
  return { key, gPerPersonKm: grams / occupants };
}

/**
 * 'OV' of unknown kind as the kind it most likely is: a bus under `busBelowKm` one way (7.5 km by
 * default), a train from there (docs/method.md, CO2). Other modes come back unchanged.
 */
export function ptKindOfOv(mode: Mode, oneWayKm: number | undefined, busBelowKm: number): Mode {
  if (mode !== 'ov') return mode;
  return oneWayKm !== undefined && oneWayKm < busBelowKm ? 'bus' : 'trein';
}

/**
 * CO2 of one employee's commute in kg a year: 2 x one-way km x commuting days x g/km / 1000
 * (docs/method.md, CO2; occupants are already in the per-person factor).
 */
export function co2KgPerYear(oneWayKm: number, daysPerYear: number, gPerPersonKm: number): number {
  return (2 * Math.max(0, oneWayKm) * Math.max(0, daysPerYear) * Math.max(0, gPerPersonKm)) / 1000;
}
