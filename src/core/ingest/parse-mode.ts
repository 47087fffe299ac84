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
  const mode = MODE_BY_KEY.get(normaliseKey(raw)) ?? combinedMode(raw);
  return mode === undefined ? fail('unknownMode') : ok(mode);
}

const PUBLIC_TRANSPORT: ReadonlySet<Mode> = new Set(['ov', 'trein', 'bus', 'tram/metro']);

/**
 * Values HR systems write beside the plain words: a note in brackets ("Auto (lease)", "Trein
 * (NS)") and two kinds at once ("Bus/tram", "trein + bus"). Two kinds of public transport are
 * public transport of unknown kind; two different modes ("fiets/auto") stay unknown rather
 * than guessed.
 */
function combinedMode(raw: string): Mode | undefined {
  const withoutNote = raw.replace(/\([^)]*\)/g, ' ').trim();
  const parts = withoutNote.split(/\s*(?:[/,+&]|\ben\b|\bof\b|\band\b|\bor\b)\s*/i).filter((p) => p.trim() !== '');
  if (parts.length === 0) return undefined;
  const modes = parts.map((p) => MODE_BY_KEY.get(normaliseKey(p)));
  if (modes.some((m) => m === undefined || m === 'onbekend')) return undefined;
  const distinct = new Set(modes as Mode[]);
  if (distinct.size === 1) return [...distinct][0];
  return [...distinct].every((m) => PUBLIC_TRANSPORT.has(m)) ? 'ov' : undefined;
}
