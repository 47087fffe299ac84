import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import type { Station } from '../scan/scan-context.js';
import type { ScanResult } from '../scan/scan-result.js';
import { mapAltText } from './map-alt-text.js';
import { mapCoverage } from './map-coverage.js';
import { mapMessages } from './map-messages.js';
import { labelKey, mapPlaceName, mapStationName } from './map-names.js';
import { translator } from '../i18n/index.js';
import type { Lang, MapCell, MapModel, MapPoint } from './report-model.js';
import type { NotShownReason } from './map-coverage.js';

/** A place of the built-in table, for orientation on the map. */
export interface MapPlace extends MapPoint {
  population: number;
}

/** The farthest the map reaches from a location, km: beyond the 30 km bands. */
const MAX_REACH_KM = 40;
/** The map reaches at least as far as the homes of this share of the employees it can show. */
const REACH_SHARE = 0.9;
/** Stations drawn on the map: those nearest to each location. */
const STATIONS_PER_LOCATION = 6;
/** Places offered for names (the writer names those that fit), most populous first. */
const PLACES_OFFERED = 24;
/** Bike and e-bike reach, docs/method.md section 4 (bands 2.5-7.5 and 7.5-15 km). */
const RINGS_KM: [number, number] = [7.5, 15];

const nearestKm = (locations: readonly LatLon[], p: LatLon): number => Math.min(...locations.map((l) => haversineKm(l, p)));

/** The largest 1, 2 or 5 times a power of ten not above `value`. */
function roundDown(value: number): number {
  if (value < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([5, 2, 1].find((f) => f * power <= value) ?? 1) * power;
}

/** `value` rounded down to its first digit (45 to 40, 230 to 200): the legend's largest circle stays close to the map's largest. */
function firstDigit(value: number): number {
  if (value < 1) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return Math.floor(value / power) * power;
}

/** Circle sizes for the legend: round numbers up to the largest count, none below the threshold. */
export function sizeSteps(maxCarCommuters: number, threshold: number): number[] {
  const largest = maxCarCommuters >= threshold ? Math.max(firstDigit(maxCarCommuters), threshold) : 0;
  const steps = [largest, roundDown(maxCarCommuters / 4), roundDown(maxCarCommuters / 16)].filter((v) => v >= threshold);
  return [...new Set(steps)];
}

/**
 * How far the map reaches: the bike and e-bike rings and the homes of REACH_SHARE of the
 * employees in the shown areas, rounded up to 5 km, at most MAX_REACH_KM. A tighter frame
 * than a fixed 40 km keeps the areas around the locations readable.
 */
export function mapReachKm(cells: readonly { employees: number; km: number }[]): number {
  const inside = cells.filter((c) => c.km <= MAX_REACH_KM).sort((a, b) => a.km - b.km);
  const total = inside.reduce((sum, c) => sum + c.employees, 0);
  let reach = Math.max(...RINGS_KM) + 2;
  let sum = 0;
  for (const c of inside) {
    sum += c.employees;
    if (sum >= REACH_SHARE * total) {
      reach = Math.max(reach, c.km);
      break;
    }
  }
  return Math.min(MAX_REACH_KM, Math.ceil(reach / 5) * 5);
}

/** Stations nearest to each location within reach, one per name as a reader knows it, nearest first. */
function nearStations(locations: readonly LatLon[], stations: readonly Station[], reachKm: number): MapPoint[] {
  const chosen = new Map<string, MapPoint & { km: number }>();
  for (const l of locations) {
    const nearest = stations.map((s) => ({ s, km: haversineKm(l, s) })).filter((x) => x.km <= reachKm).sort((a, b) => a.km - b.km).slice(0, STATIONS_PER_LOCATION);
    for (const { s } of nearest) {
      const name = mapStationName(s.name);
      const km = nearestKm(locations, s);
      const seen = chosen.get(labelKey(name));
      if (!seen || km < seen.km) chosen.set(labelKey(name), { name, lat: s.lat, lon: s.lon, km });
    }
  }
  return [...chosen.values()].sort((a, b) => a.km - b.km).map(({ name, lat, lon }) => ({ name, lat, lon }));
}

/** Places within reach for orientation, most populous first, none named like a location. */
function nearPlaces(locations: readonly MapPoint[], places: readonly MapPlace[], reachKm: number, lang: Lang): MapPoint[] {
  const taken = new Set(locations.map((l) => labelKey(l.name)));
  const out: MapPoint[] = [];
  for (const p of [...places].sort((a, b) => b.population - a.population)) {
    if (out.length >= PLACES_OFFERED) break;
    const name = mapPlaceName(p.name, lang);
    if (taken.has(labelKey(name)) || nearestKm(locations, p) > reachKm * 1.4) continue;
    taken.add(labelKey(name));
    out.push({ name, lat: p.lat, lon: p.lon });
  }
  return out;
}

const REASON_KEYS = {
  smallAreas: 'reasonSmallAreas',
  farAway: 'reasonFarAway',
  abroad: 'reasonAbroad',
  placeName: 'reasonPlaceName',
  distanceOnly: 'reasonDistanceOnly',
  none: 'reasonNone',
  noPosition: 'reasonNoPosition',
  other: 'reasonOther',
} as const satisfies Record<NotShownReason, string>;

/** The map of a company report: car commuters per PC4 around the locations, and who is not on it. */
export function scanMap(result: ScanResult, locations: MapPoint[], stations: readonly Station[], places: readonly MapPlace[], lang: Lang): MapModel | null {
  if (locations.length === 0) return null;
  const threshold = result.suppression?.threshold ?? 5;
  const placed = result.overall.pc4.flatMap((c) =>
    c.lat !== null && c.lon !== null && c.employees !== null ? [{ cell: { pc4: c.pc4, lat: c.lat, lon: c.lon, employees: c.employees, carCommuters: c.carCommuters, carShare: c.carShare }, km: nearestKm(locations, { lat: c.lat, lon: c.lon }) }] : [],
  );
  const reachKm = mapReachKm(placed.map((p) => ({ employees: p.cell.employees, km: p.km })));
  const cells: MapCell[] = placed.filter((p) => p.km <= reachKm).map((p) => p.cell);
  const coverage = mapCoverage(result.overall, new Set(cells.map((c) => c.pc4)), threshold);
  const t = translator(mapMessages, lang);
  const reasons = coverage.notShown.map((r) => t(REASON_KEYS[r.reason], { n: r.employees, threshold, km: reachKm }));
  const ringsKm = RINGS_KM;
  const model: MapModel = {
    title: t('title'),
    locations,
    ringsKm,
    reachKm,
    cells,
    stations: nearStations(locations, stations, reachKm),
    places: nearPlaces(locations, places, reachKm, lang),
    sizeSteps: sizeSteps(Math.max(0, ...cells.map((c) => c.carCommuters ?? 0)), threshold),
    legend: {
      carCommuters: t('legendCarCommuters'),
      carShare: t('legendCarShare'),
      other: t('legendOther'),
      rings: [t('legendRingBike', { km: ringsKm[0] }), t('legendRingEbike', { km: ringsKm[1] })],
      station: t('legendStation'),
      location: t('legendLocation'),
      noData: t('legendNoData'),
      splitHidden: t('legendSplitHidden'),
      numbered: t('legendNumbered'),
    },
    shownNote: t('shown', { shown: coverage.shown, employees: coverage.employees }),
    notShownNote: reasons.length > 0 ? t('notShown', { reasons: reasons.join('; ') }) : '',
    alt: '',
    attribution: t('attribution'),
  };
  return { ...model, alt: mapAltText(model, places, lang) };
}
