import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import { formatValue } from './format-value.js';
import { mapPlaceName } from './map-names.js';
import type { Lang, MapModel, MapPoint } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';

/** Areas named in the alternative text: the ones with the most car commuters. */
const TOP_AREAS = 3;
/** A PC4 is said to lie "at" a place when the place is this near, km. */
const NEAR_PLACE_KM = 5;

/** "A, B and C" in the report's language. */
export function listWords(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

function nearestPlace(p: LatLon, places: readonly (MapPoint & { population: number })[]): string | null {
  let best: { name: string; km: number } | null = null;
  for (const place of places) {
    const km = haversineKm(p, place);
    if (km <= NEAR_PLACE_KM && (!best || km < best.km)) best = { name: place.name, km };
  }
  return best?.name ?? null;
}

/**
 * The map in words, for a reader who cannot see it (the PDF's alternative text): where it is,
 * what the symbols mean, the areas with the most car commuters, and who is not on it.
 */
export function mapAltText(map: MapModel, places: readonly (MapPoint & { population: number })[], t: ReportTexts, lang: Lang): string {
  const and = text(t, 'mapAnd');
  const km = (n: number): string => formatValue(n, n % 1 === 0 ? 'int' : 'decimal1', lang);
  const top = [...map.cells].filter((c) => c.carCommuters > 0).sort((a, b) => b.carCommuters - a.carCommuters || a.pc4.localeCompare(b.pc4)).slice(0, TOP_AREAS);
  const areas = top.map((c) => {
    const place = nearestPlace(c, places);
    const n = formatValue(c.carCommuters, 'int', lang);
    return place ? text(t, 'mapAltArea', { pc4: c.pc4, place: mapPlaceName(place, lang), n }) : text(t, 'mapAltAreaNoPlace', { pc4: c.pc4, n });
  });
  return [
    text(t, 'mapAltIntro', { locations: listWords(map.locations.map((l) => l.name), and), km: km(map.reachKm), rings: `${listWords(map.ringsKm.map(km), and)} km` }),
    areas.length > 0 ? text(t, 'mapAltTop', { areas: listWords(areas, and) }) : text(t, 'mapAltNone'),
    map.shownNote,
    map.notShownNote,
  ]
    .filter((s) => s !== '')
    .join(' ');
}
