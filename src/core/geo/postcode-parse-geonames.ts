import { text as deferred } from '../i18n/index.js';
import { postcodeRejectMessages } from './postcode-reject-messages.js';
import { parseCoordinate, rowReject, toPostcodeRow, type ParsedPostcodeRows } from './postcode-row.js';

/*
 * GeoNames postal-code dump format (https://download.geonames.org/export/zip/readme.txt):
 * tab-separated, no header, 12 columns: country code, postal code, place name, admin name1,
 * admin code1, admin name2, admin code2, admin name3, admin code3, latitude, longitude,
 * accuracy. Admin names may be empty (NL 3221-3238) or odd ("Gemeente Amsterdam", "North
 * Holland"), so only the place name and the admin1 code (the province, as in the place table)
 * are kept.
 */
const COLUMNS = 12;
const COL = { country: 0, postcode: 1, place: 2, admin: 4, lat: 9, lon: 10 } as const;

/**
 * Reads a GeoNames postal-code file (NL.txt, BE.txt, DE.txt, or NL_full.txt with PC6).
 * @example parseGeonamesPostcodes('NL\t3311\tDordrecht\tSouth Holland\t11\t\t\t\t\t51.8131\t4.6685\t\n')
 */
export function parseGeonamesPostcodes(text: string): ParsedPostcodeRows {
  const result: ParsedPostcodeRows = { rows: [], rejects: [], coordinates: 'wgs84' };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    // the accuracy column is sometimes cut off by editors that trim trailing tabs
    if (fields.length < COLUMNS - 1 || fields.length > COLUMNS) {
      result.rejects.push(rowReject(i + 1, 'column-count', deferred(postcodeRejectMessages, 'columnCount', { expected: COLUMNS, found: fields.length })));
      continue;
    }
    const row = toPostcodeRow({
      line: i + 1,
      country: fields[COL.country] ?? '',
      postcode: fields[COL.postcode] ?? '',
      place: fields[COL.place] ?? '',
      admin: fields[COL.admin] ?? '',
      lat: parseCoordinate(fields[COL.lat]),
      lon: parseCoordinate(fields[COL.lon]),
    });
    if ('reason' in row) result.rejects.push(row);
    else result.rows.push(row);
  }
  return result;
}

/** True when the text looks like a GeoNames postal-code file (for picking the format). */
export function looksLikeGeonames(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const fields = first.split('\t');
  return (fields.length === COLUMNS || fields.length === COLUMNS - 1) && /^[A-Z]{2}$/.test(fields[0] ?? '');
}
