/**
 * Folding of place names so that spellings meet: case, accents, apostrophes, hyphens and dots
 * do not count ("'s-Hertogenbosch" = "s Hertogenbosch", "Köln" = "Koln"), and "St."/"Sankt"
 * are read as "Sint" ("St. Annaparochie" = "Sint Annaparochie").
 * @example foldPlaceName("'s-Hertogenbosch") // 's hertogenbosch'
 */
export function foldPlaceName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  return words.map((w) => (w === 'st' || w === 'sankt' ? 'sint' : w)).join(' ');
}

/*
 * Common other names of places, folded, mapped to the folded name the built-in table uses
 * (GeoNames' main name, which for a few big cities is the English one). Dutch exonyms of
 * border towns are the ones Dutch HR systems actually contain.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'den bosch': 's hertogenbosch',
  'hertogenbosch': 's hertogenbosch',
  'den haag': 'the hague',
  's gravenhage': 'the hague',
  'gravenhage': 'the hague',
  'ljouwert': 'leeuwarden',
  'snits': 'sneek',
  'brussel': 'brussels',
  'bruxelles': 'brussels',
  'brussel stad': 'brussels',
  'luik': 'liege',
  'bergen henegouwen': 'mons',
  'namen': 'namur',
  'antwerp': 'antwerpen',
  'anvers': 'antwerpen',
  'ghent': 'gent',
  'gand': 'gent',
  'keulen': 'koln',
  'cologne': 'koln',
  'koeln': 'koln',
  'aken': 'aachen',
  'kleef': 'kleve',
  'emmerik': 'emmerich',
  'emmerich am rhein': 'emmerich',
  'wezel': 'wesel',
  'munster westfalen': 'munster',
  'muenster': 'munster',
  'moenchengladbach': 'monchengladbach',
  'dusseldorp': 'dusseldorf',
  'duesseldorf': 'dusseldorf',
};

/** The table's folded name for a folded name that is a known alias, else the name itself. */
export function resolvePlaceAlias(folded: string): string {
  return ALIASES[folded] ?? folded;
}

/*
 * Dutch province hints as HR systems and PostNL write them after a place name ("Rijswijk (ZH)",
 * "Hengelo Gld", "Bergen NH"), mapped to GeoNames' admin1 codes for the Netherlands
 * (https://download.geonames.org/export/dump/admin1CodesASCII.txt, NL.01-NL.16).
 */
const PROVINCE_HINTS: Readonly<Record<string, string>> = {
  dr: '01', dre: '01', drenthe: '01',
  fr: '02', frl: '02', fri: '02', friesland: '02', fryslan: '02',
  gld: '03', gl: '03', ge: '03', gelderland: '03',
  gr: '04', gn: '04', gro: '04', groningen: '04',
  l: '05', lb: '05', li: '05', lim: '05', limburg: '05',
  nb: '06', nbr: '06', 'n br': '06', brabant: '06', 'noord brabant': '06',
  nh: '07', 'n h': '07', 'noord holland': '07',
  u: '09', ut: '09', utr: '09', utrecht: '09',
  z: '10', zl: '10', ze: '10', zld: '10', zeeland: '10',
  zh: '11', 'z h': '11', 'zuid holland': '11',
  o: '15', ov: '15', ovl: '15', overijssel: '15',
  fl: '16', fle: '16', flev: '16', flevoland: '16',
};

/** A place name split into the name and an optional province (admin1 code). */
export interface PlaceQuery {
  folded: string;
  admin?: string;
}

/**
 * Reads the ways a province is added to a name: "Rijswijk (ZH)", "Rijswijk, Zuid-Holland",
 * "Rijswijk ZH". Returns every reading, the plain one first, so "Bergen op Zoom" stays a name.
 */
export function readPlaceQuery(raw: string): PlaceQuery[] {
  const readings: PlaceQuery[] = [{ folded: foldPlaceName(raw) }];
  const bracket = /^(.*?)[\s,]*[([]([^)\]]*)[)\]]\s*$/.exec(raw) ?? /^(.*?),\s*([^,]+)$/.exec(raw);
  if (bracket) {
    const admin = PROVINCE_HINTS[foldPlaceName(bracket[2] ?? '')];
    if (admin) readings.unshift({ folded: foldPlaceName(bracket[1] ?? ''), admin });
    else readings.push({ folded: foldPlaceName(bracket[1] ?? '') });
  }
  const words = foldPlaceName(raw).split(' ');
  for (const take of [2, 1]) {
    if (words.length <= take) continue;
    const admin = PROVINCE_HINTS[words.slice(-take).join(' ')];
    if (admin) readings.push({ folded: words.slice(0, -take).join(' '), admin });
  }
  return readings;
}
