import { parseCountry } from '../ingest/parse-country.js';
import { parsePostcode } from '../ingest/parse-postcode.js';
import { isLatLon } from './lat-lon.js';
import { text, type Text } from '../i18n/index.js';
import { postcodeRejectMessages, type PostcodeRejectCode } from './postcode-reject-messages.js';

/** One coordinate row of a postcode source, validated but not yet merged with its duplicates. */
export interface PostcodeRow {
  /** Line in the source file (1-based), for the import report. */
  line: number;
  /** ISO alpha-2 country. */
  country: string;
  /** Dutch 'pc4' or 'pc6', or any other country's postcode ('foreign'). */
  kind: 'pc4' | 'pc6' | 'foreign';
  /** The postcode as the HR ingest normalises it ("3311AB", "3311", "47533"), so keys meet. */
  key: string;
  /** Place name given with the row, if any: judges misplaced rows and adds to the place table. */
  place: string;
  /** GeoNames admin1 code of the place ("11" Zuid-Holland), or ''. */
  admin: string;
  lat: number;
  lon: number;
}

/** A rejected row: which line, a stable code, and why in words (reasons never quote the value). */
export interface RowReject {
  line: number;
  code: PostcodeRejectCode;
  reason: Text;
}

/** A rejected row whose reason is the code's own words. */
export function rowReject(line: number, code: PostcodeRejectCode, reason: Text = text(postcodeRejectMessages, code)): RowReject {
  return { line, code, reason };
}

/** Rows read from one source file. */
export interface ParsedPostcodeRows {
  rows: PostcodeRow[];
  rejects: RowReject[];
  /** Which coordinate system the rows came in; 'rd' rows were converted with rdToWgs84. */
  coordinates: 'wgs84' | 'rd' | 'mixed';
}

/*
 * The Netherlands' extent with a margin of a few km (Cadzand 3.36 E, Rottum 53.56 N, Vaals
 * 50.75 N, Bad Nieuweschans 7.23 E); a Dutch postcode outside it is certainly wrong.
 */
const NL_BOX = { minLat: 50.6, maxLat: 53.8, minLon: 3.1, maxLon: 7.4 } as const;

/** The raw fields of one row, before checking. */
export interface RawPostcodeFields {
  line: number;
  country: string;
  postcode: string;
  place: string;
  admin?: string;
  lat: number;
  lon: number;
}

/** Checks one row: a known country, a valid postcode for it, coordinates in range. */
export function toPostcodeRow(raw: RawPostcodeFields): PostcodeRow | RowReject {
  const country = raw.country.trim() === '' ? { ok: true as const, value: 'NL' } : parseCountry(raw.country);
  if (!country.ok) return rowReject(raw.line, 'unknown-country');
  if (raw.postcode.trim() === '') return rowReject(raw.line, 'no-postcode');
  const parsed = parsePostcode(raw.postcode, country.value);
  if (!parsed.ok) return rowReject(raw.line, 'invalid-postcode', parsed.reason);
  const point = { lat: raw.lat, lon: raw.lon };
  if (!isLatLon(point)) return rowReject(raw.line, 'bad-coordinates');
  const key = parsed.value;
  const place = raw.place.trim();
  const admin = (raw.admin ?? '').trim();
  if (key.postcode !== undefined) return { line: raw.line, country: key.country, kind: 'foreign', key: key.postcode, place, admin, ...point };
  const inside =
    point.lat >= NL_BOX.minLat && point.lat <= NL_BOX.maxLat && point.lon >= NL_BOX.minLon && point.lon <= NL_BOX.maxLon;
  if (!inside) return rowReject(raw.line, 'outside-nl');
  if (key.pc6 !== undefined) return { line: raw.line, country: 'NL', kind: 'pc6', key: key.pc6, place, admin, ...point };
  return { line: raw.line, country: 'NL', kind: 'pc4', key: key.pc4 ?? '', place, admin, ...point };
}

/** Reads a coordinate written with a decimal point or a Dutch decimal comma; NaN if it is none. */
export function parseCoordinate(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return Number.NaN;
  const normal = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}
