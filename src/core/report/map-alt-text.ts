import { haversineKm } from '../geo/haversine-km.js';
import type { LatLon } from '../geo/lat-lon.js';
import { translator } from '../i18n/index.js';
import { mapMessages } from './map-messages.js';
import { mapPlaceName } from './map-names.js';
import type { Lang, MapModel, MapPoint } from './report-model.js';

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
export function mapAltText(map: MapModel, places: readonly (MapPoint & { population: number })[], lang: Lang): string {
  const t = translator(mapMessages, lang);
  const and = t('and');
  const km = (n: number): string => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);
  const top = map.cells.flatMap((c) => (c.carCommuters !== null && c.carCommuters > 0 ? [{ ...c, carCommuters: c.carCommuters }] : [])).sort((a, b) => b.carCommuters - a.carCommuters || a.pc4.localeCompare(b.pc4)).slice(0, TOP_AREAS);
  const areas = top.map((c) => {
    const place = nearestPlace(c, places);
    const n = c.carCommuters;
    return place ? t('altArea', { pc4: c.pc4, place: mapPlaceName(place, lang), n }) : t('altAreaNoPlace', { pc4: c.pc4, n });
  });
  return [
    t('altIntro', { locations: listWords(map.locations.map((l) => l.name), and), km: map.reachKm, rings: listWords(map.ringsKm.map(km), and) }),
    areas.length > 0 ? t('altTop', { areas: listWords(areas, and) }) : t('altNone'),
    map.shownNote,
    map.notShownNote,
  ]
    .filter((s) => s !== '')
    .join(' ');
}
