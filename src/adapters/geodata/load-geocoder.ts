import { createGeocoder, type Geocoder } from '../../core/geo/postcode-geocoder.js';
import type { GeodataInfo } from '../../core/geo/postcode-info.js';
import { readGeodataInfo, readPostcodeTable } from './geodata-store.js';
import { loadBuiltInPostcodes, type BuiltInPostcodesInfo } from './load-built-in-postcodes.js';
import { loadPlaces } from './load-places.js';
import { resolveDataDir } from './resolve-data-dir.js';

/**
 * The geocoder for a scan: the imported postcode table of the data directory (if any, it takes
 * precedence), the built-in PC4 table and the built-in place table. `info` is null when no
 * postcode table was imported; `builtIn` describes the built-in PC4 table.
 */
export async function loadGeocoder(dataDir?: string): Promise<{ geocoder: Geocoder; info: GeodataInfo | null; builtIn: BuiltInPostcodesInfo }> {
  const dir = resolveDataDir(dataDir);
  const [info, places, builtIn] = await Promise.all([readGeodataInfo(dir), loadPlaces(), loadBuiltInPostcodes()]);
  const table = info ? await readPostcodeTable(dir, info) : undefined;
  return { geocoder: createGeocoder(table, places, builtIn.table), info, builtIn: builtIn.info };
}
