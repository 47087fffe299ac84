import type { Text } from '../i18n/index.js';
import { groupPostcodeRows } from './postcode-merge.js';
import { looksLikeGeonames, parseGeonamesPostcodes } from './postcode-parse-geonames.js';
import { parsePostcodeCsv } from './postcode-parse-csv.js';
import { resolvePostcodeGroups, type PostcodeCorrection } from './postcode-resolve.js';
import type { PostcodeRow, RowReject } from './postcode-row.js';
import { toPostcodeTable, type PostcodeTable } from './postcode-table.js';

/** The source formats an import reads. */
export const POSTCODE_FORMATS = ['geonames', 'csv'] as const;
export type PostcodeFormat = (typeof POSTCODE_FORMATS)[number];

/** The attribution GeoNames asks for (https://www.geonames.org/about.html, CC BY 4.0). */
export const GEONAMES_ATTRIBUTION = 'GeoNames (www.geonames.org), CC BY 4.0';

/** How many rejected lines are listed by number; the rest are only counted. */
const REJECT_EXAMPLES = 10;

/** One source file's text as the adapter read it. */
export interface PostcodeSource {
  name: string;
  text: string;
  /** Undefined: decided from the content. */
  format?: PostcodeFormat;
}

/** What became of one source file. */
export interface PostcodeSourceReport {
  file: string;
  format: PostcodeFormat;
  coordinates: 'wgs84' | 'rd' | 'mixed';
  rowsRead: number;
  rowsAccepted: number;
  /** reason code (postcode-reject-messages.ts) -> number of rows. */
  rejects: Record<string, number>;
  /** The first few rejected lines. */
  rejectExamples: RowReject[];
  /** Set when the file as a whole could not be read (e.g. no postcode column). */
  problem?: Text;
  /** The credit the source asks for; null for a user's own file imported without --attribution (no licence stated). */
  attribution: string | null;
}

/** The outcome of an import, before anything is written. */
export interface PostcodeImport {
  table: PostcodeTable;
  sources: PostcodeSourceReport[];
  corrections: PostcodeCorrection[];
  /** Postcodes per kind, and places named by the source (they fill in the built-in place table). */
  counts: { pc4: number; pc6: number; foreign: number; places: number };
  countries: string[];
}

/**
 * Reads, validates, merges and cleans one or more postcode sources into one table. Data
 * problems are values in the report; the caller decides what is fatal.
 */
export function buildPostcodeImport(sources: readonly PostcodeSource[], attribution?: string): PostcodeImport {
  const rows: PostcodeRow[] = [];
  const reports: PostcodeSourceReport[] = [];
  for (const source of sources) {
    const format = source.format ?? (looksLikeGeonames(source.text) ? 'geonames' : 'csv');
    const parsed = format === 'geonames' ? parseGeonamesPostcodes(source.text) : parsePostcodeCsv(source.text);
    // a fact, not a sentence: the report says "licence not stated" in its own language, without the file name
    const credit = attribution ?? (format === 'geonames' ? GEONAMES_ATTRIBUTION : null);
    const base = { file: source.name, format, attribution: credit };
    if ('problem' in parsed) {
      reports.push({ ...base, coordinates: 'wgs84', rowsRead: 0, rowsAccepted: 0, rejects: {}, rejectExamples: [], problem: parsed.problem });
      continue;
    }
    const rejects: Record<string, number> = {};
    for (const r of parsed.rejects) rejects[r.code] = (rejects[r.code] ?? 0) + 1;
    reports.push({
      ...base,
      coordinates: parsed.coordinates,
      rowsRead: parsed.rows.length + parsed.rejects.length,
      rowsAccepted: parsed.rows.length,
      rejects,
      rejectExamples: parsed.rejects.slice(0, REJECT_EXAMPLES),
    });
    for (const row of parsed.rows) rows.push(row); // no spread: 400,000 arguments overflow the stack
  }
  const { resolved, corrections } = resolvePostcodeGroups(groupPostcodeRows(rows));
  const table = toPostcodeTable(resolved);
  const countries = [...new Set(resolved.map((r) => r.country))].sort();
  return { table, sources: reports, corrections, counts: { pc4: table.pc4.size, pc6: table.pc6.size, foreign: table.foreign.size, places: table.places.length }, countries };
}
