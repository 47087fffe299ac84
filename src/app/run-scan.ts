import { createScan } from '../core/scan/create-scan.js';
import type { EmployeeRow } from '../core/scan/employee-row.js';
import type { Geocoder, Station, WorkLocation } from '../core/scan/scan-context.js';
import type { ScanResult } from '../core/scan/scan-result.js';
import { suppressSmallCells } from '../core/scan/suppress-small-cells.js';
import type { ScanSettings } from '../core/settings/index.js';
import type { GeodataInfo } from '../core/geo/postcode-info.js';
import type { BuiltInPostcodesInfo } from '../adapters/geodata/load-built-in-postcodes.js';
import { loadGeocoder } from '../adapters/geodata/load-geocoder.js';
import { loadStations } from '../adapters/geodata/load-stations.js';
import { fileDate } from '../adapters/files/hash-file.js';
import { ingestHrExport, type IngestOptions, type IngestSummary } from './ingest-hr-export.js';

export interface RunScanOptions extends Omit<IngestOptions, 'onEmployee' | 'keepPersonnelId'> {
  locations: WorkLocation[];
  settings: ScanSettings;
  /** The user's geodata folder (default: the platform's data directory). */
  dataDir?: string;
  /** Geodata already loaded by the caller (to place the work locations first). */
  geo?: LoadedGeodata;
  /** Asks for the confidential per-employee list; rows arrive after all rows were read. */
  onEmployeeRow?: (row: EmployeeRow) => void;
  /** The year the export describes (its date's year); default: the year of the file's modification date, as the saved export date. */
  year?: number;
}

export interface ScanRun {
  ingest: IngestSummary;
  /** The aggregate result with small cells suppressed: safe to show, save and report. */
  result: ScanResult;
  /** The imported postcode table, or null when the built-in PC4 table stood alone. */
  geodata: GeodataInfo | null;
  /** The built-in PC4 table (always loaded; the imported table takes precedence). */
  builtInPostcodes: BuiltInPostcodesInfo;
}

/** The geocoder (imported postcodes and built-in places) and the station table. */
export interface LoadedGeodata {
  geocoder: Geocoder;
  info: GeodataInfo | null;
  builtIn: BuiltInPostcodesInfo;
  stations: Station[];
}

/** Loads the user's imported postcodes, the built-in PC4 and place tables and the stations. */
export async function loadGeodata(dataDir?: string): Promise<LoadedGeodata> {
  const [{ geocoder, info, builtIn }, stations] = await Promise.all([loadGeocoder(dataDir), loadStations()]);
  return { geocoder, info, builtIn, stations };
}

/** Reads an HR export and runs the mobility scan on it, streaming the rows through the scan. */
export async function runScan(file: string, options: RunScanOptions): Promise<ScanRun> {
  const { geocoder, info, builtIn, stations } = options.geo ?? (await loadGeodata(options.dataDir));
  const year = options.year ?? (await exportYear(file));
  const scan = createScan(options.settings, { locations: options.locations, geocoder, stations }, { year, onEmployee: options.onEmployeeRow });
  const ingest = await ingestHrExport(file, {
    ...options,
    keepPersonnelId: options.onEmployeeRow !== undefined,
    onEmployee: (employee) => scan.add(employee),
  });
  const raw = scan.finish({ rowsRead: ingest.rowsRead, rowsRejected: ingest.rowsRejected });
  return { ingest, result: suppressSmallCells(raw, options.settings.suppressionThreshold), geodata: info, builtInPostcodes: builtIn };
}

/** The year of the file's date (the export date a saved scan gets); this year when the file cannot be read (reading it then fails with its own message). */
async function exportYear(file: string): Promise<number> {
  try {
    return Number((await fileDate(file)).slice(0, 4));
  } catch {
    return new Date().getFullYear();
  }
}
