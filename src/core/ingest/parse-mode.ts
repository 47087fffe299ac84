import type { Mode } from './types.js';
import { normaliseKey } from './normalise-key.js';
import { fail, ok, type Parsed } from './parsed.js';

// Words for each mode in Dutch, English and German, folded by normaliseKey ("e-bike" -> "ebike").
const MODE_WORDS: Readonly<Record<Mode, readonly string[]>> = {
  auto: ['auto', 'car', 'eigenauto', 'leaseauto', 'pkw', 'personenauto', 'autobestuurder', 'autoalleen', 'bedrijfsauto', 'privéauto', 'priveauto', 'drive', 'driving', 'owncar', 'companycar'],
  fiets: ['fiets', 'bike', 'bicycle', 'rijwiel', 'cycling', 'cycle', 'gewonefiets', 'fahrrad', 'rad'],
  'e-bike': ['ebike', 'elektrischefiets', 'efiets', 'pedelec', 'electricbike', 'ebicycle', 'elektrofahrrad'],
  'speed pedelec': ['speedpedelec', 'spedelec', 'speedbike', 'snellefiets'],
  ov: ['ov', 'openbaarvervoer', 'publictransport', 'pt', 'ovkaart', 'opnv', 'transit'],
  trein: ['trein', 'train', 'ns', 'spoor', 'rail', 'bahn', 'zug'],
  bus: ['bus', 'autobus'],
  'tram/metro': ['tram', 'metro', 'trammetro', 'metrotram', 'ret', 'htm', 'gvb', 'subway', 'ubahn', 'sneltram'],
  carpool: ['carpool', 'carpoolen', 'samenrijden', 'meerijden', 'meerijder', 'autopassagier', 'rideshare', 'ridesharing', 'fahrgemeinschaft'],
  lopen: ['lopen', 'tevoet', 'voet', 'walk', 'walking', 'onfoot', 'wandelen', 'zufuss', 'lopend'],
  motor: ['motor', 'motorfiets', 'motorcycle', 'motorbike', 'motorrad'],
  scooter: ['scooter', 'brommer', 'snorfiets', 'bromfiets', 'snorscooter', 'moped', 'escooter', 'bromscooter'],
  onbekend: ['', 'onbekend', 'unknown', 'nvt', 'na', 'geen', 'none', 'overig', 'anders', 'other', 'unbekannt'],
};

const MODE_BY_KEY = new Map<string, Mode>();
for (const [mode, words] of Object.entries(MODE_WORDS) as [Mode, readonly string[]][]) {
  for (const word of words) MODE_BY_KEY.set(normaliseKey(word), mode);
}

/**
 * Reads how someone travels into the mode vocabulary of types.ts ('auto', 'fiets', 'e-bike',
 * ...). Empty and "onbekend"/"unknown" give 'onbekend'; an unrecognised word fails.
 * @example parseMode('Openbaar vervoer') // {ok: true, value: 'ov'}
 */
export function parseMode(raw: string): Parsed<Mode> {
  const mode = MODE_BY_KEY.get(normaliseKey(raw));
  return mode === undefined ? fail('unknown mode of travel') : ok(mode);
}
