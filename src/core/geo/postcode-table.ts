import type { LatLon } from './lat-lon.js';
import type { Place } from './place-index.js';
import { placesFromPostcodes } from './place-from-postcodes.js';
import { Pc6Index, type PointLookup } from './postcode-pc6-index.js';
import type { ResolvedPostcode } from './postcode-resolve.js';

/** Imported postcode centroids (WGS84), keyed as the HR ingest normalises postcodes. */
export interface PostcodeTable {
  /** Dutch PC4 ("3311") -> centroid. */
  pc4: Map<string, LatLon>;
  /** Dutch PC6 ("3311AB") -> centroid (a Map while importing, a compact Pc6Index once loaded). */
  pc6: PointLookup;
  /** Other countries: foreignKey("BE", "2000") -> centroid. */
  foreign: Map<string, LatLon>;
  /** Place centroids derived from the place names of the source (empty for a CSV without them). */
  places: Place[];
}

/** First line of the stored table; the number is the format version. */
export const POSTCODE_TABLE_MAGIC = 'mobiscan-postcodes\t1';
/** Line that starts the place section: country, admin1, name, lat, lon. */
const PLACES_MARKER = 'mobiscan-places\t1';

/** Key of a foreign postcode in PostcodeTable.foreign. */
export function foreignKey(country: string, postcode: string): string {
  return `${country.toUpperCase()}:${postcode}`;
}

/** An empty table, with a Map for PC6 so it can be filled. */
export function emptyPostcodeTable(): PostcodeTable & { pc6: Map<string, LatLon> } {
  return { pc4: new Map(), pc6: new Map(), foreign: new Map(), places: [] };
}

/** Builds the lookup table from resolved postcodes. */
export function toPostcodeTable(resolved: readonly ResolvedPostcode[]): PostcodeTable {
  const table = emptyPostcodeTable();
  const pc6 = table.pc6;
  for (const r of resolved) {
    const point = { lat: r.lat, lon: r.lon };
    if (r.kind === 'pc4') table.pc4.set(r.key, point);
    else if (r.kind === 'pc6') pc6.set(r.key, point);
    else table.foreign.set(foreignKey(r.country, r.key), point);
  }
  table.places = placesFromPostcodes(resolved);
  return table;
}

/*
 * Stored as tab-separated text, one postcode a line: country, postcode, lat, lon. Five decimals
 * are about 1 m, far finer than a postcode area; 400,000 PC6s make about 10 MB and parse in
 * a fraction of a second, so no binary format is needed.
 */
const DECIMALS = 5;

/** Serialises the table in its stored form. */
export function serializePostcodeTable(table: PostcodeTable): string {
  const lines = [POSTCODE_TABLE_MAGIC];
  const put = (country: string, key: string, p: LatLon): void => {
    lines.push(`${country}\t${key}\t${p.lat.toFixed(DECIMALS)}\t${p.lon.toFixed(DECIMALS)}`);
  };
  for (const [key, p] of [...table.pc4].sort(byKey)) put('NL', key, p);
  for (const [key, p] of [...table.pc6.entries()].sort(byKey)) put('NL', key, p);
  for (const [id, p] of [...table.foreign].sort(byKey)) {
    const colon = id.indexOf(':');
    put(id.slice(0, colon), id.slice(colon + 1), p);
  }
  lines.push(PLACES_MARKER);
  for (const p of table.places) {
    // names never hold tabs or line breaks in GeoNames; guard against a CSV that has them
    const name = p.name.replace(/[\t\r\n]+/g, ' ');
    lines.push(`${p.country}\t${p.admin}\t${name}\t${p.lat.toFixed(DECIMALS)}\t${p.lon.toFixed(DECIMALS)}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses a stored table; undefined when the text is not one (wrong or newer format). */
export function parsePostcodeTable(text: string): PostcodeTable | undefined {
  if (!text.startsWith(POSTCODE_TABLE_MAGIC + '\n')) return undefined;
  const table: PostcodeTable = emptyPostcodeTable();
  const pc6 = { keys: [] as string[], lats: [] as number[], lons: [] as number[] };
  let start = POSTCODE_TABLE_MAGIC.length + 1;
  let inPlaces = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line === PLACES_MARKER) {
      inPlaces = true;
      continue;
    }
    if (inPlaces) {
      const [country = '', admin = '', name = '', lat = '', lon = ''] = line.split('\t');
      const place = { name, country, admin, lat: Number(lat), lon: Number(lon), population: 0 };
      if (name !== '' && Number.isFinite(place.lat) && Number.isFinite(place.lon)) table.places.push(place);
      continue;
    }
    const [country = '', key = '', lat = '', lon = ''] = line.split('\t');
    const point = { lat: Number(lat), lon: Number(lon) };
    if (key === '' || !Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    if (country !== 'NL') table.foreign.set(foreignKey(country, key), point);
    else if (key.length === 4) table.pc4.set(key, point);
    else {
      pc6.keys.push(key);
      pc6.lats.push(point.lat);
      pc6.lons.push(point.lon);
    }
  }
  table.pc6 = new Pc6Index(pc6.keys, pc6.lats, pc6.lons);
  return table;
}

function byKey(a: [string, LatLon], b: [string, LatLon]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
