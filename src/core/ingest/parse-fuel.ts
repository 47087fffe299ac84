import type { Fuel } from './types.js';
import { normaliseKey } from './normalise-key.js';
import { ok, type Parsed } from './parsed.js';

// Fuel words as lease and HR systems write them, folded by normaliseKey ("Plug-in" -> "plugin").
const FUEL_WORDS: Readonly<Record<Exclude<Fuel, 'onbekend'>, readonly string[]>> = {
  benzine: ['benzine', 'petrol', 'gasoline', 'e10', 'e5', 'euro95', 'euro98', 'super', 'superplus', 'benzin'],
  diesel: ['diesel', 'gasolie', 'tdi'],
  hybride: ['hybride', 'hybrid', 'hev', 'fullhybrid', 'benzinehybride', 'mildhybrid', 'mhev', 'hybridebenzine'],
  'plug-in': ['plugin', 'phev', 'pluginhybride', 'pluginhybrid', 'plugin hybride'],
  elektrisch: ['elektrisch', 'electric', 'ev', 'bev', 'volledigelektrisch', 'fullelectric', 'elektro', 'elektrischeauto', 'batteryelectric', 'fev'],
};

const FUEL_BY_KEY = new Map<string, Fuel>();
for (const [fuel, words] of Object.entries(FUEL_WORDS) as [Fuel, readonly string[]][]) {
  for (const word of words) FUEL_BY_KEY.set(normaliseKey(word), fuel);
}

/**
 * Reads a car's fuel ('benzine', 'diesel', 'hybride', 'plug-in', 'elektrisch'); anything else,
 * LPG and hydrogen included, is 'onbekend', so this never fails.
 * @example parseFuel('PHEV') // {ok: true, value: 'plug-in'}
 */
export function parseFuel(raw: string): Parsed<Fuel> {
  return ok(FUEL_BY_KEY.get(normaliseKey(raw)) ?? 'onbekend');
}
