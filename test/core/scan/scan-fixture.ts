import { KM_PER_DEGREE_LAT } from '../../../src/core/geo/lat-lon.js';
import type { Employee } from '../../../src/core/ingest/types.js';
import type { Geocoder, ScanContext } from '../../../src/core/scan/scan-context.js';

/** A point `km` due north of the hospital; along a meridian the great-circle distance is exact. */
export const north = (km: number) => ({ lat: 51.8 + km / KM_PER_DEGREE_LAT, lon: 4.66 });

const pc4: Record<string, { lat: number; lon: number }> = { '2000': north(10.5), '3000': north(40) };
/** A stub geocoder: one PC6, two PC4s, one ambiguous place. */
export const geocoder: Geocoder = {
  pc6: (code) => (code === '1234AB' ? north(10) : undefined),
  pc4: (code) => pc4[code],
  place: (name) => (name === 'Dordrecht' ? { ...north(3), ambiguous: true } : undefined),
};

/** Two locations and two stations: S1 at the hospital, S2 one km south of employee 6. */
export const context: ScanContext = {
  locations: [
    { name: 'Ziekenhuis', postcode: '3318 AT', lat: 51.8, lon: 4.66 },
    { name: 'Kantoor Den Haag', key: 'DH', postcode: '2511 AA', lat: 52.08, lon: 4.31 },
  ],
  geocoder,
  stations: [
    { id: 'S1', name: 'Dordrecht', ...north(0) },
    { id: 'S2', name: 'Noord', ...north(39) },
  ],
};

const base = { country: 'NL', mode: 'onbekend' } as const;
/** Twelve hand-made employees; the golden test works out each one's figures in its comments. */
export const employees: Employee[] = [
  { ...base, row: 1, personnelId: 'P1', workLocation: 'ziekenhuis', pc4: '1001', distanceKm: 2, mode: 'fiets' },
  { ...base, row: 2, personnelId: 'P2', workLocation: 'Ziekenhuis', pc4: '1001', distanceKm: 5, mode: 'auto', fuel: 'benzine', startMinutes: 510 },
  { ...base, row: 3, workLocation: '3318AT', distanceKm: 12, mode: 'auto', fuel: 'diesel', shift: 'Vroege dienst' },
  { ...base, row: 4, workLocation: 'Ziekenhuis', pc6: '1234AB', pc4: '1234', leaseCar: true },
  { ...base, row: 5, workLocation: 'Ziekenhuis', pc4: '2000', mode: 'auto', fuel: 'elektrisch', startMinutes: 480 },
  { ...base, row: 6, workLocation: 'Ziekenhuis', pc4: '3000', mode: 'auto', fuel: 'benzine' },
  { ...base, row: 7, workLocation: 'Ziekenhuis', pc4: '9999', homePlace: 'Dordrecht', mode: 'e-bike' },
  { ...base, row: 8, workLocation: 'Ziekenhuis', pc4: '8888', allowance: 'km' },
  { ...base, row: 9, workLocation: 'Hoofdkantoor', distanceKm: 20, mode: 'auto', fuel: 'benzine', workdaysPerWeek: 4 },
  { ...base, row: 10, workLocation: '2511aa', distanceKm: 8, mode: 'trein' },
  { ...base, row: 11, workLocation: 'dh', distanceKm: 25, mode: 'carpool' },
  { ...base, row: 12, workLocation: 'Kantoor Den Haag', distanceKm: 3, mode: 'auto', fuel: 'hybride', workdaysPerWeek: 3, homeworkDaysPerWeek: 1, startMinutes: 600 },
];
