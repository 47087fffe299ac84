import type { LocationInput } from '../../core/workspace/types.js';

/** Finds a normalised postcode (`3318AT` or `3318`); undefined when it is not known. */
export type PostcodeLocator = (postcode: string) => { lat: number; lon: number } | undefined;

/** What filling in coordinates did, for the command to report. */
export interface FillResult {
  locations: LocationInput[];
  /** Names of locations that still have no coordinates. */
  unplaced: string[];
}

/**
 * Gives each location with a postcode but no coordinates the postcode's position. The
 * lookup is loaded only when such a location exists; without geodata the locations stay unplaced.
 */
export async function fillCoordinates(
  locations: readonly LocationInput[],
  load: () => Promise<PostcodeLocator | undefined>,
): Promise<FillResult> {
  const needs = locations.some((l) => l.lat === null && l.postcode !== null);
  const locate = needs ? await load() : undefined;
  const filled = locations.map((l) => {
    if (l.lat !== null || l.postcode === null || !locate) return l;
    const found = locate(l.postcode);
    return found ? { ...l, lat: found.lat, lon: found.lon } : l;
  });
  return { locations: filled, unplaced: filled.filter((l) => l.lat === null).map((l) => l.name) };
}

/** The hint shown when locations stay without coordinates. */
export const UNPLACED_HINT = 'import geodata (see `mobiscan geodata --help`) or give coordinates as --location "NAME=LAT,LON"';

/**
 * The geodata helper's geocoder as a locator: PC6 when the imported table has it, else the PC4
 * centroid. Undefined when no postcode table was imported, so a company can still be saved.
 */
export async function loadPostcodeLocator(): Promise<PostcodeLocator | undefined> {
  const { loadGeocoder } = await import('../../adapters/geodata/load-geocoder.js');
  const { geocoder, info } = await loadGeocoder();
  if (info === null) return undefined;
  return (postcode) => (postcode.length === 6 ? geocoder.pc6?.(postcode) : undefined) ?? geocoder.pc4(postcode.slice(0, 4));
}
