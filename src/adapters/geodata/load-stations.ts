import { stationsFromJson, type Station } from '../../core/geo/station-table.js';
import { readBuiltInJson } from './built-in-data.js';

/** The station table file inside data/. */
export const STATIONS_FILE = 'stations/nl-stations.json';

let cached: Promise<Station[]> | undefined;

/** The built-in Dutch rail stations (about 400; read once per process). */
export function loadStations(): Promise<Station[]> {
  cached ??= readBuiltInJson(STATIONS_FILE).then(stationsFromJson);
  return cached;
}
