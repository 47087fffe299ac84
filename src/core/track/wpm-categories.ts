/**
 * The commuting categories of the RVO WPM form (werkgebonden personenmobiliteit, docs/method.md
 * section 6), and which mode and fuel of the ingest vocabulary goes where.
 */

import { text, type Text } from '../i18n/index.js';
import { wpmNoteMessages } from './wpm-note-messages.js';

/** The categories in the order the form lists them. */
export const WPM_CATEGORIES = [
  { id: 'car-petrol', labelNl: 'Auto - benzine', labelEn: 'Car - petrol' },
  { id: 'car-diesel', labelNl: 'Auto - diesel', labelEn: 'Car - diesel' },
  { id: 'car-hybrid', labelNl: 'Auto - hybride en plug-in hybride', labelEn: 'Car - hybrid and plug-in' },
  { id: 'car-electric', labelNl: 'Auto - volledig elektrisch', labelEn: 'Car - fully electric' },
  { id: 'car-other', labelNl: 'Auto - overig of onbekend', labelEn: 'Car - other or unknown' },
  { id: 'moto-petrol', labelNl: 'Motor, scooter en bromfiets - benzine', labelEn: 'Motorcycle and moped - petrol' },
  { id: 'moto-electric', labelNl: 'Motor, scooter en bromfiets - elektrisch', labelEn: 'Motorcycle and moped - electric' },
  { id: 'bike-walk', labelNl: '(Elektrische) fiets en lopen', labelEn: '(E-)bike and walking' },
  { id: 'public-transport', labelNl: 'Openbaar vervoer', labelEn: 'Public transport' },
] as const;
export type WpmCategoryId = (typeof WPM_CATEGORIES)[number]['id'];

const CAR_MODES = new Set(['auto', 'carpool']);
const MOTO_MODES = new Set(['motor', 'scooter']);
const ACTIVE_MODES = new Set(['fiets', 'e-bike', 'speed pedelec', 'lopen']);
const PT_MODES = new Set(['ov', 'trein', 'bus', 'tram/metro']);

const CAR_BY_FUEL: Record<string, WpmCategoryId> = {
  benzine: 'car-petrol',
  diesel: 'car-diesel',
  hybride: 'car-hybrid',
  'plug-in': 'car-hybrid',
  elektrisch: 'car-electric',
};

/**
 * The category of a mode and fuel, or null for a mode the form has no place for ('onbekend').
 * `assumed` is set when the fuel had to be guessed (a motorcycle of unknown fuel: petrol).
 */
export function wpmCategoryOf(mode: string, fuel?: string): { id: WpmCategoryId; assumed?: Text } | null {
  if (CAR_MODES.has(mode)) return { id: CAR_BY_FUEL[fuel ?? ''] ?? 'car-other' };
  if (MOTO_MODES.has(mode)) {
    if (fuel === 'elektrisch') return { id: 'moto-electric' };
    if (fuel === 'benzine') return { id: 'moto-petrol' };
    return { id: 'moto-petrol', assumed: text(wpmNoteMessages, 'motoUnknownFuel') };
  }
  if (ACTIVE_MODES.has(mode)) return { id: 'bike-walk' };
  if (PT_MODES.has(mode)) return { id: 'public-transport' };
  return null;
}
