import { UsageError } from '../core/errors.js';
import { text } from '../core/i18n/index.js';
import { workLocationMessages as m } from './work-location-messages.js';
import type { ColumnOverrides } from '../core/ingest/types.js';
import type { Geocoder } from '../core/scan/scan-context.js';
import { MAX_WORK_LOCATIONS, placeExportLocations, readExportLocationValues } from './export-work-locations.js';
import { placeLocation, type LocationRequest, type PlacedLocation } from './resolve-work-locations.js';

/** What a scan asks the user when the export does not say where people work. */
export type LocationQuestion =
  | { kind: 'no-column' }
  | { kind: 'too-many'; column: string; values: number }
  | { kind: 'unplaced'; column: string; value: string; employees: number };

/** The answer, as a `--location` value already placed; null leaves those employees out (unplaced) or gives up. */
export type AskLocation = (question: LocationQuestion) => Promise<PlacedLocation | null>;

/** Where the scan's work locations came from, for the summary and --json. */
export interface ScanLocations {
  locations: PlacedLocation[];
  source: 'flags' | 'export';
  /** The export's work-location column, when the locations came from it. */
  column?: string;
  /** Values of that column left without a location (their employees count as unmatched). */
  leftOut?: { value: string; employees: number }[];
}

/**
 * The work locations of a scan: the ones asked for (`--location`, `--company`), else the values
 * of the export's work-location column placed by postcode or place name. What cannot be placed
 * is asked on a terminal (`ask`); without one the scan fails with the flags that would do.
 */
export async function resolveScanLocations(
  file: string,
  requests: readonly LocationRequest[],
  geocoder: Geocoder,
  options: { sheet?: string; columns?: ColumnOverrides; ask?: AskLocation },
): Promise<ScanLocations> {
  if (requests.length > 0) return { locations: requests.map((r) => placeLocation(r, geocoder)), source: 'flags' };
  const found = await readExportLocationValues(file, options);
  if (found.column === null || found.values.length === 0 || found.values.length > MAX_WORK_LOCATIONS) {
    const question: LocationQuestion = found.column !== null && found.values.length > MAX_WORK_LOCATIONS ? { kind: 'too-many', column: found.column, values: found.values.length } : { kind: 'no-column' };
    const answer = options.ask ? await options.ask(question) : null;
    if (answer) return { locations: [answer], source: 'flags' };
    const message = question.kind === 'too-many' ? text(m, 'tooMany', { file, column: question.column, values: question.values }) : text(m, 'noColumn', { file });
    throw new UsageError(message, text(m, 'noColumnHint'));
  }
  const column = found.column;
  const { placed, unplaced } = placeExportLocations(found.values, geocoder);
  const leftOut: { value: string; employees: number }[] = [];
  for (const u of unplaced) {
    if (!options.ask) {
      const flags = [...placed.map(asFlag), ...unplaced.map((x) => `--location "${x.value}=POSTCODE"`)].join(' ');
      throw new UsageError(text(m, 'unplaced', { file, value: u.value, rows: u.employees, column }), text(m, 'unplacedHint', { flags }));
    }
    const answer = await options.ask({ kind: 'unplaced', column, value: u.value, employees: u.employees });
    if (answer) placed.push({ ...answer, name: u.value });
    else leftOut.push(u);
  }
  return { locations: placed, source: 'export', column, ...(leftOut.length > 0 && { leftOut }) };
}

/** The `--location` flag that gives a placed location again. */
function asFlag(l: PlacedLocation): string {
  return l.postcode !== undefined ? `--location "${l.name}=${l.postcode}"` : `--location "${l.name}=${l.lat.toFixed(4)},${l.lon.toFixed(4)}"`;
}
