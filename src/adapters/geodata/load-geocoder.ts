import { createGeocoder, type Geocoder } from '../../core/geo/postcode-geocoder.js';
import type { GeodataInfo } from '../../core/geo/postcode-info.js';
import { readGeodataInfo, readPostcodeTable } from './geodata-store.js';
import { loadPlaces } from './load-places.js';
import { resolveDataDir } from './resolve-data-dir.js';

/**
 * The geocoder for a scan: the imported postcode table of the data directory (if any) plus the
 * built-in place table. `info` is null when no postcode table was imported; the geocoder then
 * answers place names only.
 */
export async function loadGeocoder(dataDir?: string): Promise<{ geocoder: Geocoder; info: GeodataInfo | null }> {
  const dir = resolveDataDir(dataDir);
  const [info, places] = await Promise.all([readGeodataInfo(dir), loadPlaces()]);
  const table = info ? await readPostcodeTable(dir, info) : undefined;
  return { geocoder: createGeocoder(table, places), info };
}
