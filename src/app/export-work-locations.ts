import { parsePostcode } from '../core/ingest/parse-postcode.js';
import type { ColumnOverrides } from '../core/ingest/types.js';
import type { Geocoder } from '../core/scan/scan-context.js';
import { previewExport } from './ingest-hr-export.js';
import { placeByName, placeLocation, type PlacedLocation } from './resolve-work-locations.js';

/** More distinct values than this is not a list of work locations (a department, a cost centre). */
export const MAX_WORK_LOCATIONS = 50;

/** The values of an export's work-location column, with how many rows hold each. */
export interface ExportLocationValues {
  /** The column's header, or null when the export has no work-location column. */
  column: string | null;
  /** Most rows first. */
  values: { value: string; employees: number }[];
  /** Rows with the column empty. */
  blank: number;
}

/**
 * Reads the work-location column of an export (one pass over the rows, reading that column only),
 * so a scan without `--location` can take its locations from the export itself.
 */
export async function readExportLocationValues(file: string, options: { sheet?: string; columns?: ColumnOverrides } = {}): Promise<ExportLocationValues> {
  const preview = await previewExport(file, options);
  const index = preview.mapping.roles.workLocation;
  if (index === undefined) return { column: null, values: [], blank: 0 };
  const header = preview.headers[index] ?? '';
  const counts = new Map<string, number>();
  let blank = 0;
  const take = (cells: string[]): void => {
    if (cells.every((c) => c === '')) return;
    const value = (cells[index] ?? '').trim().replace(/\s+/g, ' ');
    if (value === '') blank++;
    else if (value !== header) counts.set(value, (counts.get(value) ?? 0) + 1); // a repeated header row is no location
  };
  for (const row of preview.buffered) take(row.cells);
  for (let next = await preview.rest.next(); !next.done; next = await preview.rest.next()) for (const row of next.value) take(row.cells);
  const values = [...counts].map(([value, employees]) => ({ value, employees })).sort((a, b) => b.employees - a.employees || a.value.localeCompare(b.value));
  return { column: header, values, blank };
}

/** The export's location values placed by postcode or place name, and those that could not be. */
export interface ExportLocations {
  placed: PlacedLocation[];
  unplaced: { value: string; employees: number }[];
}

/** Places each value of the work-location column: a Dutch postcode through the postcode tables, else a place name. */
export function placeExportLocations(values: ExportLocationValues['values'], geocoder: Geocoder): ExportLocations {
  const placed: PlacedLocation[] = [];
  const unplaced: ExportLocations['unplaced'] = [];
  for (const { value, employees } of values) {
    const postcode = parsePostcode(value);
    if (postcode.ok && postcode.value.country === 'NL') {
      const at = tryPlace(() => placeLocation({ name: value, address: null, postcode: postcode.value.pc6 ?? postcode.value.pc4 ?? null, lat: null, lon: null }, geocoder));
      if (at) placed.push(at);
      else unplaced.push({ value, employees });
      continue;
    }
    const hit = placeByName(value, geocoder);
    if (hit) placed.push({ name: value, lat: hit.lat, lon: hit.lon, precision: 'place', ...(hit.ambiguous && { ambiguous: true }) });
    else unplaced.push({ value, employees });
  }
  return { placed, unplaced };
}

function tryPlace(place: () => PlacedLocation): PlacedLocation | undefined {
  try {
    return place();
  } catch {
    return undefined;
  }
}
