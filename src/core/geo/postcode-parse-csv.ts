import { text as deferred, type Text } from '../i18n/index.js';
import { postcodeFileMessages as m } from './postcode-file-messages.js';
import { parse } from 'csv-parse/sync';
import { isRdCoordinate, rdToWgs84 } from './rd-to-wgs84.js';
import { parseCoordinate, toPostcodeRow, type ParsedPostcodeRows } from './postcode-row.js';

/** Header words for each column a postcode CSV can have, folded to lower case without spaces. */
const HEADERS = {
  postcode: ['postcode', 'pc', 'pc4', 'pc6', 'postalcode', 'postal_code', 'zip', 'zipcode', 'postcode4', 'postcode6'],
  lat: ['lat', 'latitude', 'breedte', 'breedtegraad', 'wgs84_lat', 'lat_wgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengte', 'lengtegraad', 'wgs84_lon', 'lon_wgs84'],
  x: ['x', 'rd_x', 'x_rd', 'xcoord', 'x_coord', 'rdx', 'x_coordinaat'],
  y: ['y', 'rd_y', 'y_rd', 'ycoord', 'y_coord', 'rdy', 'y_coordinaat'],
  country: ['country', 'land', 'landcode', 'country_code', 'countrycode'],
  place: ['place', 'plaats', 'woonplaats', 'city', 'place_name'],
} as const;
type Column = keyof typeof HEADERS;

/** A CSV whose header lacks what an import needs. */
export interface CsvHeaderProblem {
  problem: Text;
}

/**
 * Reads a CSV or TSV with a header naming a postcode column and either lat + lon (WGS84) or
 * x + y (Dutch RD, EPSG:28992, converted with rdToWgs84). Delimiter `,`, `;` or tab; Dutch
 * decimal commas are read. Keys may be PC4 or PC6; a country column makes foreign rows.
 * @example parsePostcodeCsv('postcode;x;y\n3818;155000;463000\n')
 */
export function parsePostcodeCsv(text: string): ParsedPostcodeRows | CsvHeaderProblem {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = ['\t', ';', ','].find((d) => headerLine.includes(d)) ?? ',';
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    return { problem: deferred(m, 'unreadableCsv', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const index = (column: Column): number => header.findIndex((h) => (HEADERS[column] as readonly string[]).includes(h));
  const at = { postcode: index('postcode'), lat: index('lat'), lon: index('lon'), x: index('x'), y: index('y'), country: index('country'), place: index('place') };
  if (at.postcode < 0) return { problem: deferred(m, 'noPostcodeColumn', { expected: HEADERS.postcode.join(', ') }) };
  const useLatLon = at.lat >= 0 && at.lon >= 0;
  if (!useLatLon && (at.x < 0 || at.y < 0)) return { problem: deferred(m, 'noCoordinateColumns') };

  const result: ParsedPostcodeRows = { rows: [], rejects: [], coordinates: 'wgs84' };
  let rd = 0;
  let wgs = 0;
  const field = (record: string[], i: number): string => (i >= 0 ? (record[i] ?? '') : '');
  for (let r = 1; r < records.length; r++) {
    const record = records[r] ?? [];
    let lat = parseCoordinate(field(record, useLatLon ? at.lat : at.y));
    let lon = parseCoordinate(field(record, useLatLon ? at.lon : at.x));
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      if (!useLatLon && isRdCoordinate(lon, lat)) {
        ({ lat, lon } = rdToWgs84(lon, lat));
        rd++;
      } else {
        wgs++; // lat/lon, or columns called x and y that hold degrees (x is the longitude)
      }
    }
    // records are numbered by index; with no quoted line breaks this is the file's line
    const line = r + 1;
    const row = toPostcodeRow({ line, country: field(record, at.country), postcode: field(record, at.postcode), place: field(record, at.place), lat, lon });
    if ('reason' in row) result.rejects.push(row);
    else result.rows.push(row);
  }
  result.coordinates = rd > 0 && wgs > 0 ? 'mixed' : rd > 0 ? 'rd' : 'wgs84';
  return result;
}
