import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { NearestPoint, PointIndex } from '../geo/point-index.js';
import type { ScanSettingValues } from '../settings/scan-settings-schema.js';
import type { Station } from './scan-context.js';

/** A PT time estimate, or why there is none. Always an estimate, never a timetable answer. */
export type PtEstimate =
  | { ok: true; minutes: number; homeStationId: string; workStationId: string; accessKm: number; egressKm: number; transfers: 0 | 1 }
  | { ok: false; reason: PtNoEstimate };

/**
 * Why a home gets no PT estimate. The station table holds rail stations only, so each of these
 * means "no useful train connection", never "no public transport": buses, trams and metros are
 * not in the table.
 */
export type PtNoEstimate = 'no-stations' | 'same-station' | 'station-too-far' | 'stations-too-close';

/** Minutes to cover one access or egress leg: walk up to walkMaxKm, else bike plus parking. */
function legMinutes(km: number, pt: ScanSettingValues['pt']): number {
  return km <= pt.walkMaxKm ? (km / pt.walkKmh) * 60 : (km / pt.bikeKmh) * 60 + pt.bikeExtraMinutes;
}

/**
 * Door-to-door train time without a timetable (docs/method.md, Public transport): access to the
 * nearest station, a wait of half a headway, the train at an average speed over a detoured
 * station-to-station distance, one transfer (transferMinutes) when that ride is longer than one
 * line typically covers (directLineMaxKm: without a timetable the direct lines are not known),
 * and egress from the station nearest to work. Access and egress distances are great-circle x
 * the bike detour factor. No estimate when both ends share a station, the stations are closer
 * than minTrainKm (nobody takes the train for that), or a station is further than maxAccessKm.
 * Pass `workStation` when many homes share one work location, to look it up once.
 */
export function estimatePtMinutes(
  home: LatLon,
  work: LatLon,
  stationIndex: PointIndex<Station>,
  settings: Pick<ScanSettingValues, 'pt' | 'detourFactor'>,
  workStation: NearestPoint<Station> | undefined = stationIndex.nearest(work),
): PtEstimate {
  const homeStation = stationIndex.nearest(home);
  if (!homeStation || !workStation) return { ok: false, reason: 'no-stations' };
  if (homeStation.index === workStation.index) return { ok: false, reason: 'same-station' };
  const { pt, detourFactor } = settings;
  const accessKm = homeStation.distanceKm * detourFactor.bike;
  const egressKm = workStation.distanceKm * detourFactor.bike;
  if (accessKm > pt.maxAccessKm || egressKm > pt.maxAccessKm) return { ok: false, reason: 'station-too-far' };
  const stationsKm = haversineKm(homeStation.item, workStation.item);
  if (stationsKm < pt.minTrainKm) return { ok: false, reason: 'stations-too-close' };
  const rideKm = stationsKm * pt.trainDetourFactor;
  const transfers = rideKm > pt.directLineMaxKm ? 1 : 0;
  const minutes = legMinutes(accessKm, pt) + pt.waitMinutes + (rideKm / pt.trainKmh) * 60 + transfers * pt.transferMinutes + legMinutes(egressKm, pt);
  return { ok: true, minutes, homeStationId: homeStation.item.id, workStationId: workStation.item.id, accessKm, egressKm, transfers };
}
