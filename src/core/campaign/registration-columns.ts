import { normaliseKey } from '../ingest/normalise-key.js';

/** The columns of a campaign registration file (0-based indexes); only the date is required. */
export interface RegistrationColumnIndex {
  date?: number;
  trips?: number;
  km?: number;
  modeInstead?: number;
  peak?: number;
  time?: number;
  company?: number;
  personnelNumber?: number;
}

// Header words as campaign apps and survey tools write them, folded by normaliseKey.
const SYNONYMS: Record<keyof RegistrationColumnIndex, readonly string[]> = {
  date: ['datum', 'date', 'dag', 'day', 'ritdatum'],
  trips: ['aantal', 'ritten', 'aantalritten', 'count', 'trips', 'number', 'vermedenritten'],
  km: ['km', 'afstand', 'kilometers', 'kmbespaard', 'bespaardekm', 'kmvermeden', 'vermedenkm', 'distance', 'kmsaved', 'distancekm'],
  modeInstead: ['vervoerwijze', 'modaliteit', 'mode', 'inplaatsvan', 'alternatief', 'gereisdmet', 'travelledby', 'modeinstead'],
  peak: ['spits', 'indespits', 'spitsrit', 'peak', 'inpeak', 'peaktrip', 'spitsmijding'],
  time: ['tijd', 'vertrektijd', 'time', 'departure', 'begintijd'],
  company: ['deelnemer', 'organisatie', 'werkgever', 'bedrijf', 'lid', 'member', 'company', 'employer', 'organisation', 'organization'],
  personnelNumber: ['personeelsnummer', 'medewerkernummer', 'persnr', 'pnr', 'employeeid', 'employeenumber', 'emid', 'pernr'],
};

const BY_KEY = new Map<string, keyof RegistrationColumnIndex>();
for (const [role, words] of Object.entries(SYNONYMS) as [keyof RegistrationColumnIndex, readonly string[]][]) {
  for (const word of words) BY_KEY.set(normaliseKey(word), role);
}

/** Finds the columns by their headers; the first column of a role wins, others are ignored. */
export function findRegistrationColumns(headers: readonly string[]): RegistrationColumnIndex {
  const found: RegistrationColumnIndex = {};
  headers.forEach((header, index) => {
    const role = BY_KEY.get(normaliseKey(header));
    if (role !== undefined && found[role] === undefined) found[role] = index;
  });
  return found;
}
