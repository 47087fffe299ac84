import { loadScanSettings } from '../../adapters/config/load-scan-settings.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import { placeLocation } from '../resolve-work-locations.js';
import { loadGeodata, runScan } from '../run-scan.js';

/**
 * One-way commute km by personnel number, from a member's HR export read the way the scan reads
 * it. The map lives in memory while one registration file is read; nothing of it is stored.
 */
export async function commuteKmLookup(ws: Workspace, companyId: string, hrExport: string, dataDir?: string): Promise<Map<string, number>> {
  const [settings, geo] = await Promise.all([loadScanSettings(undefined), loadGeodata(dataDir)]);
  const locations = ws.companies.require(companyId, '--company').locations.map((l) => placeLocation(l, geo.geocoder));
  const km = new Map<string, number>();
  await runScan(hrExport, {
    locations,
    settings,
    geo,
    onEmployeeRow: (row) => {
      if (row.personnelId !== null && row.distanceKm !== null) km.set(row.personnelId, row.distanceKm);
    },
  });
  return km;
}
